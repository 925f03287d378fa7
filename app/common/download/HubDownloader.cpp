#include "app/common/download/HubDownloader.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTimer>

#include "app/common/DataPaths.h"
#include "app/common/download/FileTransfer.h"
#include "app/common/download/HubApi.h"
#include "router/keys/KeyStore.h"

namespace sb {

namespace {

constexpr qint64 kSpeedWindowMs = 5000;
constexpr qint64 kPublishEveryMs = 100;

} // namespace

HubDownloader::HubDownloader(QObject *parent, QNetworkAccessManager *network)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<sb::HubListing>();
    qRegisterMetaType<sb::DownloadProgress>();
    qRegisterMetaType<sb::DownloadError>();
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_state == DownloadState::Downloading)
            startCurrent();
    });
    m_clock.start();
}

HubDownloader::~HubDownloader()
{
    // The transfer aborts its reply before the network manager goes.
    delete m_transfer;
    m_transfer = nullptr;
}

QString HubDownloader::destination() const
{
    return m_destination.isEmpty() ? defaultDestination(m_repo.repo) : m_destination;
}

QString HubDownloader::defaultDestination(const QString &repo)
{
    return QDir(dataPaths::modelsDirectory()).filePath(repo);
}

void HubDownloader::withToken(std::function<void()> then)
{
    if (m_tokenKnown || !m_keys) {
        if (!m_tokenKnown && m_token.isEmpty())
            m_token = qEnvironmentVariable("HF_TOKEN");
        m_tokenKnown = true;
        then();
        return;
    }
    QPointer<HubDownloader> self(this);
    m_keys->readKey(QStringLiteral("huggingface"), [self, then](std::optional<QString> key, QString) {
        if (!self)
            return;
        // A keychain failure is not fatal: public repositories need no token.
        self->m_token = key && !key->isEmpty() ? *key : qEnvironmentVariable("HF_TOKEN");
        self->m_tokenKnown = true;
        then();
    });
}

void HubDownloader::listFiles()
{
    withToken([this] {
        HubApi::listFiles(
            m_network, m_repo, m_token, this, [this](HubListing listing) { Q_EMIT listed(listing); });
    });
}

void HubDownloader::listFiles(const HubRepo &repo, QObject *context, std::function<void(HubListing)> done)
{
    HubApi::listFiles(repo, qEnvironmentVariable("HF_TOKEN"), context, std::move(done));
}

void HubDownloader::download(const QVector<HubFile> &files)
{
    if (m_transfer) {
        m_transfer->pause();
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
    m_retryTimer->stop();
    ++m_queueGeneration;
    m_files = files;
    m_index = 0;
    m_doneBefore = 0;
    m_finished.clear();
    m_error = DownloadError();
    m_retriesLeft = m_retryAttempts;
    m_progress = DownloadProgress();
    m_progress.fileCount = int(files.size());
    m_progress.total = 0;
    for (const HubFile &f : files)
        m_progress.total = f.size >= 0 && m_progress.total >= 0 ? m_progress.total + f.size : -1;
    if (files.isEmpty()) {
        setState(DownloadState::Finished);
        Q_EMIT finished();
        return;
    }
    setState(DownloadState::Downloading);
    withToken([this] {
        if (m_state == DownloadState::Downloading)
            startCurrent();
    });
}

void HubDownloader::startCurrent()
{
    if (m_index >= m_files.size())
        return;
    if (!m_transfer) {
        m_transfer = new FileTransfer(m_network, m_repo, m_files[m_index], destination(), m_token, this);
        connect(m_transfer, &FileTransfer::progressed, this,
            [this](qint64 done, qint64 total) { onFileProgress(done, total, false); });
        connect(m_transfer, &FileTransfer::verifying, this,
            [this](qint64 done, qint64 total) { onFileProgress(done, total, true); });
        connect(m_transfer, &FileTransfer::finished, this, &HubDownloader::onFileFinished);
        connect(m_transfer, &FileTransfer::failed, this, &HubDownloader::onFileFailed);
    }
    m_progress.file = m_files[m_index].path;
    m_progress.fileIndex = m_index;
    m_progress.fileTotal = m_files[m_index].size;
    m_progress.fileDone = m_transfer->bytesDone();
    m_progress.done = m_doneBefore + m_progress.fileDone;
    m_lastFileDone = m_transfer->bytesDone();
    m_samples.clear();
    publishProgress(true);
    m_transfer->start();
}

void HubDownloader::pause()
{
    if (m_state != DownloadState::Downloading && m_state != DownloadState::Verifying)
        return;
    m_retryTimer->stop();
    if (m_transfer)
        m_transfer->pause();
    m_samples.clear();
    m_progress.bytesPerSecond = 0;
    m_progress.etaSeconds = -1;
    setState(DownloadState::Paused);
    publishProgress(true);
}

void HubDownloader::resume()
{
    if (m_state != DownloadState::Paused && m_state != DownloadState::Failed)
        return;
    if (m_index >= m_files.size())
        return;
    m_error = DownloadError();
    m_retriesLeft = m_retryAttempts;
    setState(DownloadState::Downloading);
    withToken([this] {
        if (m_state == DownloadState::Downloading)
            startCurrent();
    });
}

void HubDownloader::cancel()
{
    if (m_state == DownloadState::Idle || m_state == DownloadState::Finished
        || m_state == DownloadState::Cancelled)
        return;
    m_retryTimer->stop();
    if (m_transfer) {
        m_transfer->cancel();
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
    m_samples.clear();
    m_progress.bytesPerSecond = 0;
    m_progress.etaSeconds = -1;
    setState(DownloadState::Cancelled);
    publishProgress(true);
}

void HubDownloader::onFileProgress(qint64 done, qint64 total, bool verifying)
{
    if (verifying) {
        setState(DownloadState::Verifying);
    } else {
        if (m_state == DownloadState::Verifying)
            setState(DownloadState::Downloading);
        if (done > m_lastFileDone)
            m_received += done - m_lastFileDone;
    }
    m_lastFileDone = done;
    m_progress.fileDone = done;
    if (total >= 0 && m_progress.fileTotal < 0) {
        // The Hub told the size of a file queued without one.
        m_progress.fileTotal = total;
        m_files[m_index].size = total;
        qint64 sum = 0;
        for (const HubFile &f : m_files)
            sum = f.size >= 0 && sum >= 0 ? sum + f.size : -1;
        m_progress.total = sum;
    }
    m_progress.done = m_doneBefore + done;
    publishProgress(false);
}

void HubDownloader::onFileFinished()
{
    FileTransfer *t = m_transfer;
    m_transfer = nullptr;
    t->deleteLater();
    const QString path = m_files[m_index].path;
    m_doneBefore += qMax<qint64>(0, t->bytesDone());
    m_finished << path;
    m_progress.fileDone = t->bytesDone();
    m_progress.done = m_doneBefore;
    publishProgress(true);
    const int queue = m_queueGeneration;
    Q_EMIT fileFinished(path);
    if (queue != m_queueGeneration)
        return; // a slot replaced the queue
    ++m_index;
    m_retriesLeft = m_retryAttempts;
    if (m_index < m_files.size()) {
        if (m_state == DownloadState::Downloading || m_state == DownloadState::Verifying)
            startCurrent();
        return;
    }
    m_progress.bytesPerSecond = 0;
    m_progress.etaSeconds = 0;
    m_progress.total = m_doneBefore;
    setState(DownloadState::Finished);
    publishProgress(true);
    Q_EMIT finished();
}

void HubDownloader::onFileFailed(const DownloadError &error)
{
    if (error.resumable && m_retriesLeft > 0) {
        --m_retriesLeft;
        Q_EMIT retrying(error, m_retryDelayMs);
        m_retryTimer->start(m_retryDelayMs);
        return;
    }
    m_error = error;
    m_samples.clear();
    m_progress.bytesPerSecond = 0;
    m_progress.etaSeconds = -1;
    setState(DownloadState::Failed);
    publishProgress(true);
    Q_EMIT failed(error);
}

void HubDownloader::setState(DownloadState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void HubDownloader::publishProgress(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (m_samples.empty() || now - m_samples.back().first >= 50)
        m_samples.emplace_back(now, m_received);
    while (m_samples.size() > 2 && now - m_samples.front().first > kSpeedWindowMs)
        m_samples.pop_front();
    if (m_state == DownloadState::Downloading && m_samples.size() >= 2) {
        const qint64 dt = now - m_samples.front().first;
        if (dt >= 250) {
            m_progress.bytesPerSecond = double(m_received - m_samples.front().second) * 1000.0 / double(dt);
            m_progress.etaSeconds = m_progress.total >= 0 && m_progress.bytesPerSecond > 0
                ? double(m_progress.total - m_progress.done) / m_progress.bytesPerSecond
                : -1;
        }
    }
    if (!force && now - m_lastPublishMs < kPublishEveryMs)
        return;
    m_lastPublishMs = now;
    Q_EMIT progressChanged(m_progress);
}

} // namespace sb
