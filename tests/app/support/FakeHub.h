#pragma once
// A Hugging Face Hub on 127.0.0.1 for the download manager's tests: real HTTP with the Hub's URL
// layout (GET /api/models/{repo}/tree/{rev}, GET|HEAD /{repo}/resolve/{rev}/{file}), Range and
// 206, a 302 from resolve to a "CDN" path for LFS files (X-Linked-Etag / X-Linked-Size on the
// redirect, as the Hub does), and faults to inject: drop the connection after N bytes, refuse
// without a token (gated), serve corrupted bytes, ignore Range, throttle. Every request is
// recorded so a test can check what the client asked for.

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QVector>

namespace sb::test {

class FakeHub : public QObject {
public:
    struct Request {
        QByteArray method;
        QByteArray path; // as sent, percent-encoded, with the query
        QByteArray range;
        QByteArray authorization;
    };

    explicit FakeHub(QObject *parent = nullptr);
    bool listen();
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    // A file of repo at revision. LFS files are listed with lfs.oid = SHA-256 and redirected
    // to the CDN path; the others are served directly with their git blob id as ETag.
    void addFile(const QString &repo, const QString &revision, const QString &path, const QByteArray &content,
        bool lfs = true);
    static QByteArray sha256Hex(const QByteArray &content);
    static QByteArray gitOidHex(const QByteArray &content);
    static QByteArray randomBytes(qsizetype size, quint32 seed);

    // Faults and behaviour (apply to file bodies, not to the listing).
    QByteArray gatedRepo; // every request for this repo answers 403 unless the token matches
    QByteArray acceptedToken; // "Authorization: Bearer <acceptedToken>" opens the gated repo
    qint64 dropAfterBytes = -1; // close the connection after this many body bytes of a response...
    int dropTimes = 0; // ...this many times
    bool corrupt = false; // flip a byte in every served body
    bool ignoreRange = false; // answer 200 with the whole file to a Range request
    bool redirectLfs = true; // resolve -> 302 -> /cdn/... for LFS files
    int throttleBytes = 0; // >0: send this many body bytes per tick
    int throttleTickMs = 5;

    QVector<Request> requests;
    qint64 bodyBytesServed = 0; // file body bytes handed to sockets
    QVector<Request> fileRequests() const; // GETs that carried file bodies (resolve without redirect, cdn)

private:
    struct Entry {
        QByteArray content;
        bool lfs = true;
    };
    void onConnection();
    void handle(class QTcpSocket *socket, const Request &request);
    void serveBody(
        QTcpSocket *socket, const Request &request, const Entry &entry, const QByteArray &etagHeaders);
    static QByteArray key(const QString &repo, const QString &revision, const QString &path);

    QTcpServer m_server;
    QHash<QByteArray, Entry> m_files; // key(repo, rev, path)
    QHash<QByteArray, QVector<QString>> m_trees; // repo + '@' + rev -> paths in order
};

} // namespace sb::test
