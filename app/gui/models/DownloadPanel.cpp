#include "app/gui/models/DownloadPanel.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/common/DeviceReport.h"
#include "app/common/download/HubDownloader.h"

namespace sb {

namespace {

enum Column { FileColumn, SizeColumn, StatusColumn };
constexpr int kPathRole = Qt::UserRole;

QString formatDuration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void setFraction(QProgressBar *bar, qint64 done, qint64 total)
{
    bar->setValue(total > 0 ? int(double(done) / double(total) * 1000.0) : 0);
}

} // namespace

DownloadPanel::DownloadPanel(QWidget *parent)
    : QGroupBox(tr("Download from Hugging Face"), parent)
    , m_downloader(new HubDownloader(this))
{
    setObjectName(QStringLiteral("downloadPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    auto *repoRow = new QHBoxLayout;
    m_repo = new QLineEdit(HubRepo::defaultRepo(), this);
    m_repo->setObjectName(QStringLiteral("hubRepo"));
    m_repo->setAccessibleName(tr("Hugging Face repository"));
    m_repo->setPlaceholderText(tr("owner/name"));
    m_revision = new QLineEdit(QStringLiteral("main"), this);
    m_revision->setObjectName(QStringLiteral("hubRevision"));
    m_revision->setAccessibleName(tr("Revision"));
    m_revision->setMaximumWidth(160);
    m_list = new QPushButton(tr("List files"), this);
    m_list->setObjectName(QStringLiteral("hubList"));
    m_list->setAccessibleName(tr("List the repository's files"));
    // One field per row: the area shares the window's width with the local model column.
    form->addRow(tr("Repository:"), m_repo);
    repoRow->addWidget(m_revision, 1);
    repoRow->addWidget(m_list);
    repoRow->addStretch(1);
    form->addRow(tr("Revision:"), repoRow);

    auto *destRow = new QHBoxLayout;
    m_destination = new QLineEdit(HubDownloader::defaultDestination(HubRepo::defaultRepo()), this);
    m_destination->setObjectName(QStringLiteral("hubDestination"));
    m_destination->setAccessibleName(tr("Download folder"));
    m_browse = new QPushButton(tr("Folder…"), this);
    m_browse->setAccessibleName(tr("Choose the download folder"));
    destRow->addWidget(m_destination, 1);
    destRow->addWidget(m_browse);
    form->addRow(tr("Save to:"), destRow);
    layout->addLayout(form);

    m_files = new QTreeWidget(this);
    m_files->setObjectName(QStringLiteral("hubFiles"));
    m_files->setAccessibleName(tr("Files of the repository"));
    m_files->setRootIsDecorated(false);
    m_files->setTextElideMode(Qt::ElideMiddle); // shard names differ at the end
    m_files->setUniformRowHeights(true);
    m_files->setHeaderLabels({ tr("File"), tr("Size"), tr("Status") });
    m_files->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_files->setMinimumHeight(120);
    layout->addWidget(m_files, 1);
    m_total = new QLabel(tr("List the files to see their sizes."), this);
    m_total->setObjectName(QStringLiteral("hubTotal"));
    auto *totalRow = new QHBoxLayout;
    m_total->setWordWrap(true);
    totalRow->addWidget(m_total, 1);
    layout->addLayout(totalRow);

    auto *buttons = new QHBoxLayout;
    m_download = new QPushButton(tr("Download"), this);
    m_download->setObjectName(QStringLiteral("hubDownload"));
    m_download->setAccessibleName(tr("Download the checked files"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("hubPause"));
    m_pause->setAccessibleName(tr("Pause the download"));
    m_resume = new QPushButton(tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("hubResume"));
    m_resume->setAccessibleName(tr("Resume the download"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("hubCancel"));
    m_cancel->setAccessibleName(tr("Cancel the download"));
    m_open = new QPushButton(tr("Open model"), this);
    m_open->setObjectName(QStringLiteral("hubOpen"));
    m_open->setAccessibleName(tr("Open the downloaded model"));
    for (QPushButton *b : { m_download, m_pause, m_resume, m_cancel })
        buttons->addWidget(b);
    buttons->addStretch(1);
    totalRow->addWidget(m_open);
    layout->addLayout(buttons);

    auto *bars = new QFormLayout;
    m_fileProgress = new QProgressBar(this);
    m_fileProgress->setObjectName(QStringLiteral("hubFileProgress"));
    m_fileProgress->setAccessibleName(tr("Progress of the current file"));
    m_totalProgress = new QProgressBar(this);
    m_totalProgress->setObjectName(QStringLiteral("hubTotalProgress"));
    m_totalProgress->setAccessibleName(tr("Progress of the whole download"));
    for (QProgressBar *bar : { m_fileProgress, m_totalProgress }) {
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setTextVisible(true);
        bar->setFormat(QString());
    }
    bars->addRow(tr("File:"), m_fileProgress);
    bars->addRow(tr("Total:"), m_totalProgress);
    layout->addLayout(bars);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hubStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("hubError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    connect(m_repo, &QLineEdit::textEdited, this, &DownloadPanel::onRepoEdited);
    connect(m_revision, &QLineEdit::textEdited, this, &DownloadPanel::onRepoEdited);
    connect(m_destination, &QLineEdit::textEdited, this, [this] { m_destinationEdited = true; });
    connect(m_browse, &QPushButton::clicked, this, &DownloadPanel::browseDestination);
    connect(m_list, &QPushButton::clicked, this, &DownloadPanel::listFiles);
    connect(m_download, &QPushButton::clicked, this, &DownloadPanel::startDownload);
    connect(m_pause, &QPushButton::clicked, m_downloader, &HubDownloader::pause);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_error->setVisible(false);
        m_downloader->resume();
    });
    connect(m_cancel, &QPushButton::clicked, m_downloader, &HubDownloader::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openModelRequested(destination()); });
    connect(m_files, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updatingTree)
            updateSelectionTotal();
    });
    connect(m_downloader, &HubDownloader::listed, this, &DownloadPanel::onListed);
    connect(m_downloader, &HubDownloader::progressChanged, this, &DownloadPanel::onProgress);
    connect(m_downloader, &HubDownloader::stateChanged, this, &DownloadPanel::onStateChanged);
    connect(m_downloader, &HubDownloader::failed, this, &DownloadPanel::onFailed);
    connect(m_downloader, &HubDownloader::fileFinished, this, &DownloadPanel::onFileFinished);
    connect(m_downloader, &HubDownloader::retrying, this, [this](const DownloadError &e, int delayMs) {
        m_status->setText(tr("%1 Trying again in %2 s…").arg(e.message).arg((delayMs + 999) / 1000));
    });
    connect(m_downloader, &HubDownloader::finished, this, [this] {
        m_status->setText(tr("Downloaded and verified %1 files into %2.")
                              .arg(m_downloader->queue().size())
                              .arg(QDir::toNativeSeparators(destination())));
        Q_EMIT downloadFinished(destination());
    });
    updateButtons();
}

DownloadPanel::~DownloadPanel() = default;

void DownloadPanel::setKeyStore(KeyStore *keys)
{
    m_downloader->setKeyStore(keys);
}

void DownloadPanel::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
}

void DownloadPanel::setRepo(const QString &repo, const QString &revision)
{
    m_repo->setText(repo);
    m_revision->setText(revision);
    onRepoEdited();
}

void DownloadPanel::setDestination(const QString &dir)
{
    m_destination->setText(dir);
    m_destinationEdited = true;
}

QString DownloadPanel::destination() const
{
    return m_destination->text().trimmed();
}

QString DownloadPanel::statusText() const
{
    return m_status->text();
}

QString DownloadPanel::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

HubRepo DownloadPanel::currentRepo() const
{
    HubRepo r;
    r.repo = m_repo->text().trimmed();
    r.revision
        = m_revision->text().trimmed().isEmpty() ? QStringLiteral("main") : m_revision->text().trimmed();
    r.endpoint = m_endpoint;
    return r;
}

void DownloadPanel::onRepoEdited()
{
    m_listingOk = false;
    m_files->clear();
    m_total->setText(tr("List the files to see their sizes."));
    if (!m_destinationEdited)
        m_destination->setText(HubDownloader::defaultDestination(m_repo->text().trimmed()));
    updateButtons();
}

void DownloadPanel::listFiles()
{
    const HubRepo repo = currentRepo();
    if (!repo.repo.contains(QLatin1Char('/'))) {
        m_error->setText(tr("Enter a repository as owner/name, for example %1.").arg(HubRepo::defaultRepo()));
        m_error->setVisible(true);
        return;
    }
    if (m_listingInFlight)
        return;
    m_listingInFlight = true;
    m_error->clear();
    m_error->setVisible(false);
    m_status->setText(tr("Listing the files of %1…").arg(repo.repo));
    m_downloader->setRepo(repo);
    m_downloader->listFiles();
    updateButtons();
}

void DownloadPanel::onListed(const HubListing &listing)
{
    m_listingInFlight = false;
    m_listing = listing;
    m_listingOk = listing.ok();
    m_updatingTree = true;
    m_files->clear();
    if (!listing.ok()) {
        m_updatingTree = false;
        m_downloadAfterListing = false;
        m_error->setText(listing.error);
        m_error->setVisible(true);
        m_status->clear();
        m_total->setText(tr("No file list."));
        updateButtons();
        return;
    }
    for (const HubFile &f : listing.files) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(FileColumn, f.path);
        item->setData(FileColumn, kPathRole, f.path);
        item->setText(SizeColumn, f.size >= 0 ? formatBytes(quint64(f.size)) : tr("unknown"));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(FileColumn, f.isDefaultSelection() ? Qt::Checked : Qt::Unchecked);
        if (f.isLfs())
            item->setToolTip(FileColumn, tr("SHA-256 %1").arg(f.sha256));
    }
    m_updatingTree = false;
    m_status->setText(tr("%1 files in %2 at %3.")
                          .arg(listing.files.size())
                          .arg(m_downloader->repo().repo, m_downloader->repo().revision));
    updateSelectionTotal();
    updateButtons();
    if (m_downloadAfterListing) {
        m_downloadAfterListing = false;
        startDownload();
    }
}

void DownloadPanel::updateSelectionTotal()
{
    qint64 selected = 0;
    int count = 0;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_files->topLevelItem(i);
        if (item->checkState(FileColumn) != Qt::Checked)
            continue;
        ++count;
        selected += qMax<qint64>(0, m_listing.files.value(i).size);
    }
    m_total->setText(tr("%1 files selected, %2 (the repository has %3 in %4 files).")
                         .arg(count)
                         .arg(formatBytes(quint64(selected)), formatBytes(quint64(m_listing.totalBytes())))
                         .arg(m_listing.files.size()));
    updateButtons();
}

void DownloadPanel::startDownload()
{
    if (!m_listingOk)
        return;
    QVector<HubFile> files;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_files->topLevelItem(i);
        item->setText(StatusColumn, QString());
        if (item->checkState(FileColumn) == Qt::Checked)
            files << m_listing.files.value(i);
    }
    if (files.isEmpty()) {
        m_error->setText(tr("Check at least one file to download."));
        m_error->setVisible(true);
        return;
    }
    m_error->clear();
    m_error->setVisible(false);
    for (const HubFile &f : files)
        if (QTreeWidgetItem *item = itemFor(f.path))
            item->setText(StatusColumn, tr("Waiting"));
    m_downloader->setDestination(destination());
    m_downloader->download(files);
}

void DownloadPanel::startDefaultDownload()
{
    setRepo(HubRepo::defaultRepo(), QStringLiteral("main"));
    m_downloadAfterListing = true;
    listFiles();
}

QTreeWidgetItem *DownloadPanel::itemFor(const QString &path) const
{
    for (int i = 0; i < m_files->topLevelItemCount(); ++i)
        if (m_files->topLevelItem(i)->data(FileColumn, kPathRole).toString() == path)
            return m_files->topLevelItem(i);
    return nullptr;
}

void DownloadPanel::onProgress(const DownloadProgress &p)
{
    setFraction(m_fileProgress, p.fileDone, p.fileTotal);
    setFraction(m_totalProgress, p.done, p.total);
    const QString ofTotal = p.fileTotal >= 0 ? formatBytes(quint64(p.fileTotal)) : tr("unknown size");
    m_fileProgress->setFormat(tr("%1: %2 of %3").arg(p.file, formatBytes(quint64(p.fileDone)), ofTotal));
    m_totalProgress->setFormat(tr("%1 of %2 (%p%)")
                                   .arg(formatBytes(quint64(p.done)),
                                       p.total >= 0 ? formatBytes(quint64(p.total)) : tr("unknown size")));
    const DownloadState state = m_downloader->state();
    if (state == DownloadState::Downloading) {
        m_status->setText(tr("File %1 of %2 · %3/s · %4 left")
                              .arg(p.fileIndex + 1)
                              .arg(p.fileCount)
                              .arg(formatBytes(quint64(p.bytesPerSecond)), formatDuration(p.etaSeconds)));
        if (QTreeWidgetItem *item = itemFor(p.file))
            item->setText(StatusColumn,
                p.fileTotal > 0 ? tr("%1%").arg(p.fileDone * 100 / p.fileTotal) : tr("Downloading"));
    } else if (state == DownloadState::Verifying) {
        m_status->setText(tr("Checking the partial download of %1…").arg(p.file));
        if (QTreeWidgetItem *item = itemFor(p.file))
            item->setText(StatusColumn, tr("Checking"));
    }
}

void DownloadPanel::onStateChanged(DownloadState state)
{
    switch (state) {
    case DownloadState::Paused:
        m_status->setText(tr("Paused. Resume continues where it stopped, also after a restart."));
        break;
    case DownloadState::Cancelled:
        m_status->setText(tr("Cancelled. The partial file was deleted; finished files are kept."));
        m_fileProgress->setValue(0);
        m_fileProgress->setFormat(QString());
        break;
    default:
        break;
    }
    updateButtons();
}

void DownloadPanel::onFailed(const DownloadError &error)
{
    m_error->setText(error.message
        + (error.resumable ? QLatin1Char(' ') + tr("Resume continues the download.") : QString()));
    m_error->setVisible(true);
    m_status->clear();
    if (QTreeWidgetItem *item = itemFor(error.file))
        item->setText(StatusColumn, tr("Failed"));
    updateButtons();
}

void DownloadPanel::onFileFinished(const QString &path)
{
    if (QTreeWidgetItem *item = itemFor(path))
        item->setText(StatusColumn, tr("Verified"));
}

void DownloadPanel::updateButtons()
{
    const DownloadState s = m_downloader->state();
    const bool busy = s == DownloadState::Downloading || s == DownloadState::Verifying;
    const bool stopped = s == DownloadState::Paused || s == DownloadState::Failed;
    m_list->setEnabled(!busy && !m_listingInFlight);
    m_repo->setEnabled(!busy);
    m_revision->setEnabled(!busy);
    m_destination->setEnabled(!busy && !stopped);
    m_browse->setEnabled(!busy && !stopped);
    m_download->setEnabled(!busy && m_listingOk);
    m_pause->setEnabled(busy);
    m_resume->setEnabled(stopped);
    m_cancel->setEnabled(busy || stopped);
    m_open->setEnabled(s == DownloadState::Finished);
}

void DownloadPanel::browseDestination()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Download folder"), destination());
    if (!dir.isEmpty())
        setDestination(dir);
}

} // namespace sb
