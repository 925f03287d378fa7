#pragma once
// One file of a Hub repository onto disk: continues an existing .part (re-hashing it first,
// in slices so the event loop keeps running), asks for the rest with a Range header, follows
// the Hub's redirect to its CDN by hand (keeping Range, dropping the token on another host),
// hashes while writing and renames .part to the final name only once the hash matches.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "app/common/download/HubTypes.h"
#include "app/common/download/PartFile.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace sb {

class FileTransfer : public QObject {
    Q_OBJECT

public:
    FileTransfer(QNetworkAccessManager *network, HubRepo repo, HubFile file, const QString &destinationDir,
        QString token, QObject *parent = nullptr);
    ~FileTransfer() override;

    const HubFile &file() const { return m_file; }
    QString finalPath() const { return m_part.finalPath(); }
    qint64 bytesDone() const { return m_done; }
    qint64 expectedSize() const { return m_file.size; }
    bool isActive() const { return m_stage != Stage::Idle; }

    // Starts, or continues after pause() or a resumable failure.
    void start();
    // Stops the transfer and keeps the .part and its sidecar for a later start().
    void pause();
    // Stops the transfer and deletes the .part and its sidecar.
    void cancel();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void verifying(qint64 done, qint64 total); // re-hashing an existing .part
    void finished(); // verified and under its final name
    void failed(const sb::DownloadError &error);

private:
    enum class Stage { Idle, Rehashing, Requesting };

    void prepare();
    void rehashSlice();
    void afterRehash();
    void sendRequest(const QUrl &url);
    void onMetaData();
    bool checkHeaders();
    bool noteHubHeaders(QNetworkReply *reply);
    void onReadyRead();
    void onReplyFinished();
    void restartFromZero();
    void completeIfVerified();
    void fail(DownloadError error);
    void failDisk(const QString &path, const QString &detail);
    void dropReply();
    bool openForAppend();
    bool saveMeta();

    QNetworkAccessManager *m_network;
    HubRepo m_repo;
    HubFile m_file;
    QString m_token;
    PartFile m_part;
    ContentHash m_hash;
    QFile m_out;
    QFile m_rehashIn;
    QPointer<QNetworkReply> m_reply;
    QString m_etag;
    Stage m_stage = Stage::Idle;
    qint64 m_done = 0; // bytes in the .part, all of them hashed
    qint64 m_offset = 0; // where the current request starts
    int m_redirects = 0;
    int m_restarts = 0; // restarts from 0 (416, Range ignored, changed file) in this start()
    qint64 m_rehashTarget = 0;
    int m_generation = 0; // bumps on pause/fail so queued re-hash slices of an old run stop
    bool m_checkingFinal = false; // re-hashing a finished file found at the final name
    bool m_headersChecked = false;
    bool m_bodyWanted = false; // a 200/206 whose body goes into the .part
};

} // namespace sb
