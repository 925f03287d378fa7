#pragma once
// The Models area's download manager for Hugging Face Hub repositories: repository and revision,
// "List files" with sizes and a total, files to fetch (the weights and JSON files by default),
// a destination under the data directory, per-file and total progress with speed and ETA,
// pause / resume / cancel, the error in plain words, and "Open model" once everything is verified.

#include <QGroupBox>

#include "app/common/download/HubTypes.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb {

class HubDownloader;
class KeyStore;

class DownloadPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit DownloadPanel(QWidget *parent = nullptr);
    ~DownloadPanel() override;

    // The token for gated repositories is read from the "huggingface" entry.
    void setKeyStore(KeyStore *keys);
    // Tests and mirrors; default: $SB_HF_ENDPOINT or https://huggingface.co.
    void setEndpoint(const QUrl &endpoint);
    void setRepo(const QString &repo, const QString &revision = QStringLiteral("main"));
    void setDestination(const QString &dir);
    QString destination() const;
    HubDownloader *downloader() const { return m_downloader; }

    void listFiles();
    void startDownload(); // the checked files
    // Lists if needed, then downloads the default selection.
    void startDefaultDownload();

    QString statusText() const;
    QString errorText() const;

Q_SIGNALS:
    void openModelRequested(const QString &folder);
    void downloadFinished(const QString &folder);

private:
    HubRepo currentRepo() const;
    void onRepoEdited();
    void onListed(const HubListing &listing);
    void onProgress(const DownloadProgress &p);
    void onStateChanged(DownloadState state);
    void onFailed(const DownloadError &error);
    void onFileFinished(const QString &path);
    void updateSelectionTotal();
    void updateButtons();
    void browseDestination();
    QTreeWidgetItem *itemFor(const QString &path) const;

    HubDownloader *m_downloader = nullptr;
    QUrl m_endpoint;
    HubListing m_listing;
    bool m_listingOk = false;
    bool m_listingInFlight = false;
    bool m_downloadAfterListing = false;
    bool m_destinationEdited = false;
    bool m_updatingTree = false;

    QLineEdit *m_repo = nullptr;
    QLineEdit *m_revision = nullptr;
    QPushButton *m_list = nullptr;
    QTreeWidget *m_files = nullptr;
    QLabel *m_total = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_download = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QProgressBar *m_fileProgress = nullptr;
    QProgressBar *m_totalProgress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sb
