#include "FakeHub.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace sb::test {

namespace {

QString decoded(const QByteArray &segment)
{
    return QUrl::fromPercentEncoding(segment);
}

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK\r\n";
    case 206:
        return "HTTP/1.1 206 Partial Content\r\n";
    case 302:
        return "HTTP/1.1 302 Found\r\n";
    case 403:
        return "HTTP/1.1 403 Forbidden\r\n";
    case 404:
        return "HTTP/1.1 404 Not Found\r\n";
    case 416:
        return "HTTP/1.1 416 Range Not Satisfiable\r\n";
    default:
        return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    }
}

void respond(QTcpSocket *socket, int status, const QByteArray &headers, const QByteArray &body)
{
    socket->write(statusLine(status) + headers + "Content-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

FakeHub::FakeHub(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHub::onConnection);
}

bool FakeHub::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray FakeHub::key(const QString &repo, const QString &revision, const QString &path)
{
    return (repo + QLatin1Char('@') + revision + QLatin1Char(':') + path).toUtf8();
}

void FakeHub::addFile(
    const QString &repo, const QString &revision, const QString &path, const QByteArray &content, bool lfs)
{
    m_files.insert(key(repo, revision, path), Entry { content, lfs });
    m_trees[(repo + QLatin1Char('@') + revision).toUtf8()] << path;
}

QByteArray FakeHub::sha256Hex(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QByteArray FakeHub::gitOidHex(const QByteArray &content)
{
    return QCryptographicHash::hash(
        "blob " + QByteArray::number(content.size()) + '\0' + content, QCryptographicHash::Sha1)
        .toHex();
}

QByteArray FakeHub::randomBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(rng.bounded(256));
    return out;
}

QVector<FakeHub::Request> FakeHub::fileRequests() const
{
    QVector<Request> out;
    for (const Request &r : requests)
        if (r.method == "GET" && (r.path.startsWith("/cdn/") || r.path.contains("/resolve/")))
            out << r;
    return out;
}

void FakeHub::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            Request r;
            r.method = first.value(0);
            r.path = first.value(1);
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "range")
                    r.range = value;
                else if (name == "authorization")
                    r.authorization = value;
            }
            requests << r;
            handle(socket, r);
        });
    }
}

void FakeHub::handle(QTcpSocket *socket, const Request &request)
{
    const QByteArray pathOnly
        = request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    const QList<QByteArray> seg = pathOnly.mid(1).split('/');
    const bool authorized = request.authorization == "Bearer " + acceptedToken && !acceptedToken.isEmpty();
    auto gated = [&](const QString &repo) {
        if (gatedRepo.isEmpty() || repo.toUtf8() != gatedRepo || authorized)
            return false;
        respond(socket, 403, "X-Error-Code: GatedRepo\r\nContent-Type: application/json\r\n",
            R"({"error":"Access to model )" + gatedRepo + R"( is restricted."})");
        return true;
    };

    // /api/models/{owner}/{name}/tree/{rev}
    if (seg.size() == 6 && seg[0] == "api" && seg[1] == "models" && seg[4] == "tree") {
        const QString repo = decoded(seg[2]) + QLatin1Char('/') + decoded(seg[3]);
        const QString rev = decoded(seg[5]);
        if (gated(repo))
            return;
        const auto tree = m_trees.constFind((repo + QLatin1Char('@') + rev).toUtf8());
        if (tree == m_trees.constEnd()) {
            respond(socket, 404, "X-Error-Code: RepoNotFound\r\n", R"({"error":"Repository not found"})");
            return;
        }
        QJsonArray files;
        for (const QString &path : *tree) {
            const Entry &e = m_files[key(repo, rev, path)];
            QJsonObject o { { QStringLiteral("type"), QStringLiteral("file") },
                { QStringLiteral("path"), path },
                { QStringLiteral("size"), double(e.lfs ? 134 : e.content.size()) },
                { QStringLiteral("oid"),
                    QString::fromLatin1(gitOidHex(e.lfs ? QByteArray("pointer") : e.content)) } };
            if (e.lfs)
                o.insert(QStringLiteral("lfs"),
                    QJsonObject { { QStringLiteral("oid"), QString::fromLatin1(sha256Hex(e.content)) },
                        { QStringLiteral("size"), double(e.content.size()) },
                        { QStringLiteral("pointerSize"), 134 } });
            files << o;
        }
        respond(socket, 200, "Content-Type: application/json\r\n",
            QJsonDocument(files).toJson(QJsonDocument::Compact));
        return;
    }

    // /{owner}/{name}/resolve/{rev}/{file...}  and  /cdn/{owner}/{name}/{rev}/{file...}
    const bool cdn = seg.size() >= 5 && seg[0] == "cdn";
    const bool resolve = !cdn && seg.size() >= 5 && seg[2] == "resolve";
    if (!cdn && !resolve) {
        respond(socket, 404, "", "no such route");
        return;
    }
    const int base = cdn ? 1 : 0;
    const QString repo = decoded(seg[base]) + QLatin1Char('/') + decoded(seg[base + 1]);
    const QString rev
        = decoded(seg[3]); // /cdn/{owner}/{name}/{rev}/... and /{owner}/{name}/resolve/{rev}/...
    QStringList fileParts;
    for (qsizetype i = 4; i < seg.size(); ++i)
        fileParts << decoded(seg[i]);
    const QString file = fileParts.join(QLatin1Char('/'));
    if (resolve && gated(repo))
        return;
    if (!m_trees.contains((repo + QLatin1Char('@') + rev).toUtf8())) {
        respond(socket, 404, "X-Error-Code: RevisionNotFound\r\n", "Revision not found");
        return;
    }
    const auto it = m_files.constFind(key(repo, rev, file));
    if (it == m_files.constEnd()) {
        respond(socket, 404, "X-Error-Code: EntryNotFound\r\n", "Entry not found");
        return;
    }
    const Entry &entry = *it;
    const QByteArray sha = sha256Hex(entry.content);
    if (resolve && entry.lfs) {
        const QByteArray linked = "X-Linked-Etag: \"" + sha + "\"\r\nX-Linked-Size: "
            + QByteArray::number(entry.content.size()) + "\r\nETag: W/\"" + gitOidHex("pointer") + "\"\r\n";
        if (redirectLfs) {
            QByteArray location = "/cdn/" + seg[0] + '/' + seg[1] + '/' + seg[3];
            for (qsizetype i = 4; i < seg.size(); ++i)
                location += '/' + seg[i];
            respond(
                socket, 302, linked + "Location: " + endpoint().toUtf8() + location + "\r\n", QByteArray());
            return;
        }
        serveBody(socket, request, entry, linked);
        return;
    }
    serveBody(socket, request, entry,
        cdn ? "ETag: \"" + sha + "\"\r\n" : "ETag: \"" + gitOidHex(entry.content) + "\"\r\n");
}

void FakeHub::serveBody(
    QTcpSocket *socket, const Request &request, const Entry &entry, const QByteArray &etagHeaders)
{
    QByteArray content = entry.content;
    if (corrupt && !content.isEmpty())
        content[content.size() / 2] = char(content[content.size() / 2] ^ 0x5a);
    const qint64 size = content.size();
    qint64 from = 0;
    qint64 to = size - 1;
    int status = 200;
    QByteArray headers = etagHeaders + "Accept-Ranges: bytes\r\nContent-Type: application/octet-stream\r\n";
    static const QRegularExpression re(QStringLiteral(R"(^bytes=(\d+)-(\d*)$)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(request.range));
    if (m.hasMatch() && !ignoreRange) {
        from = m.captured(1).toLongLong();
        if (!m.captured(2).isEmpty())
            to = qMin(to, m.captured(2).toLongLong());
        if (from >= size) {
            respond(socket, 416, "Content-Range: bytes */" + QByteArray::number(size) + "\r\n", QByteArray());
            return;
        }
        status = 206;
        headers += "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/'
            + QByteArray::number(size) + "\r\n";
    }
    const QByteArray body = content.mid(from, to - from + 1);
    if (request.method == "HEAD") {
        socket->write(statusLine(status) + headers + "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    socket->write(statusLine(status) + headers + "Content-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n");
    qint64 limit = body.size();
    if (dropTimes > 0 && dropAfterBytes >= 0 && dropAfterBytes < limit) {
        limit = dropAfterBytes;
        --dropTimes;
    }
    if (throttleBytes <= 0) {
        socket->write(body.left(limit));
        bodyBytesServed += limit;
        socket->disconnectFromHost();
        return;
    }
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qint64>(0);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, sent, body, limit] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        const qint64 n = qMin<qint64>(throttleBytes, limit - *sent);
        socket->write(body.mid(*sent, n));
        *sent += n;
        bodyBytesServed += n;
        if (*sent >= limit) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(throttleTickMs);
}

} // namespace sb::test
