#pragma once
// Downloads files of a Hugging Face Hub repository into a folder, one after the other: progress
// (bytes, speed, ETA), pause / resume (HTTP Range into "<file>.part", also after the app
// restarts), cancel, SHA-256 verification against the Hub's listing, and an error that names
// the repository and file for every failure. Qt Core/Network only; the GUI and the CLI drive it.
//
// The token for gated repositories comes from setToken(), else from the KeyStore entry
// "huggingface" (the same token the Hugging Face provider uses), else from $HF_TOKEN.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>
#include <memory>

#include "app/common/download/HubTypes.h"

class QNetworkAccessManager;
class QTimer;

namespace sb {

class FileTransfer;
class KeyStore;

class HubDownloader : public QObject {
    Q_OBJECT

public:
    // `network` null: the downloader makes its own.
    explicit HubDownloader(QObject *parent = nullptr, QNetworkAccessManager *network = nullptr);
    ~HubDownloader() override;

    void setRepo(const HubRepo &repo) { m_repo = repo; }
    const HubRepo &repo() const { return m_repo; }
    // Where files go (sub-folders of the repository are kept). Default: defaultDestination().
    void setDestination(const QString &dir) { m_destination = dir; }
    QString destination() const;
    // <data folder>/models/<owner>/<name> (common/DataPaths.h)
    static QString defaultDestination(const QString &repo);
    void setToken(const QString &token)
    {
        m_token = token;
        m_tokenKnown = true;
    }
    void setKeyStore(KeyStore *keys) { m_keys = keys; }
    // After a dropped connection (resumable), try again this many times, waiting `delayMs`.
    void setAutoRetry(int attempts, int delayMs)
    {
        m_retryAttempts = attempts;
        m_retryDelayMs = delayMs;
    }

    // Lists the repository's files; listed() follows, with an error or the files.
    void listFiles();
    // The same without a downloader, for the welcome screen's "SmolLM3 (6.2 GB)": `done` runs on
    // `context`'s thread unless it is destroyed first. Token: $HF_TOKEN if set.
    static void listFiles(const HubRepo &repo, QObject *context, std::function<void(HubListing)> done);

    // Replaces the queue with `files` and starts. Files may come without sizes or hashes (then
    // the Hub's X-Linked-Size / ETag headers supply them).
    void download(const QVector<HubFile> &files);
    void pause();
    void resume(); // also retries after a failure
    void cancel(); // deletes the current .part; files already finished stay

    DownloadState state() const { return m_state; }
    DownloadProgress progress() const { return m_progress; }
    DownloadError lastError() const { return m_error; }
    QStringList finishedFiles() const { return m_finished; }
    const QVector<HubFile> &queue() const { return m_files; }

Q_SIGNALS:
    void listed(const sb::HubListing &listing);
    void stateChanged(sb::DownloadState state);
    void progressChanged(const sb::DownloadProgress &progress);
    void fileFinished(const QString &path);
    void finished(); // every queued file is verified and under its final name
    void failed(const sb::DownloadError &error);
    void retrying(const sb::DownloadError &error, int delayMs);

private:
    void withToken(std::function<void()> then);
    void startCurrent();
    void onFileProgress(qint64 done, qint64 total, bool verifying);
    void onFileFinished();
    void onFileFailed(const DownloadError &error);
    void setState(DownloadState state);
    void publishProgress(bool force);

    QNetworkAccessManager *m_network;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    HubRepo m_repo;
    QString m_destination;
    QString m_token;
    bool m_tokenKnown = false;
    KeyStore *m_keys = nullptr;
    int m_retryAttempts = 3;
    int m_retryDelayMs = 2000;
    int m_retriesLeft = 0;

    QVector<HubFile> m_files;
    int m_index = 0;
    int m_queueGeneration = 0; // bumps when download() replaces the queue
    qint64 m_doneBefore = 0; // bytes of the files before m_index
    FileTransfer *m_transfer = nullptr;
    QTimer *m_retryTimer = nullptr;
    QStringList m_finished;
    DownloadState m_state = DownloadState::Idle;
    DownloadProgress m_progress;
    DownloadError m_error;

    // Speed: bytes received over the last few seconds (re-hashing a .part does not count).
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms, received bytes)
    qint64 m_received = 0;
    qint64 m_lastFileDone = 0;
    qint64 m_lastPublishMs = -1000;
};

} // namespace sb
