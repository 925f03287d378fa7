#include "FakeProvider.h"

#include "FakeWireFormats.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace sb::test {

namespace {
constexpr qsizetype kMaxHead = 1 << 20;
constexpr qsizetype kMaxBody = 64 << 20;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}
} // namespace

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

// Per-socket state; a child of its socket so that both go away together (deleteLater).
struct FakeProvider::Connection : QObject {
    explicit Connection(QTcpSocket *s)
        : QObject(s)
        , socket(s)
        , timer(new QTimer(this))
    {
        timer->setSingleShot(true);
    }
    QTcpSocket *socket;
    QTimer *timer;
    QByteArray buffer;
    bool busy = false; // a reply is being sent (or deliberately never sent)
    bool closeAfter = false;
    FakeBehaviour behaviour;
    FakeReplyPlan plan;
    int next = 0;
};

FakeProvider::FakeProvider(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<sb::test::FakeRequest>();
    connect(m_server, &QTcpServer::newConnection, this, &FakeProvider::onNewConnection);
}

FakeProvider::~FakeProvider()
{
    m_server->close();
    for (Connection *c : std::as_const(m_connections)) {
        c->timer->stop();
        c->socket->disconnect(this);
        c->socket->abort();
    }
}

bool FakeProvider::start()
{
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeProvider::port() const
{
    return m_server->serverPort();
}

QUrl FakeProvider::baseUrl(const QString &wireFormat) const
{
    const QString version
        = wireFormat == QLatin1String("gemini") ? QStringLiteral("v1beta") : QStringLiteral("v1");
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(port()).arg(version));
}

void FakeProvider::setExpectedApiKey(const QString &key)
{
    m_expectedKey = key;
}

void FakeProvider::setDefaultBehaviour(const FakeBehaviour &behaviour)
{
    m_default = behaviour;
}

void FakeProvider::enqueue(const FakeBehaviour &behaviour)
{
    m_queue.enqueue(behaviour);
}

int FakeProvider::openConnections() const
{
    return int(m_connections.size());
}

void FakeProvider::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *c = new Connection(socket);
        m_connections.insert(socket, c);
        connect(socket, &QTcpSocket::readyRead, c, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, c] {
            c->timer->stop();
            if (c->busy) { // the client left before the reply was complete
                c->busy = false;
                ++m_clientAborts;
                emit replyFinished(false);
            }
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeProvider::onReadyRead(Connection *c)
{
    c->buffer.append(c->socket->readAll());
    while (!c->busy) {
        const qsizetype headEnd = c->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (c->buffer.size() > kMaxHead)
                c->socket->abort();
            return;
        }
        FakeRequest request;
        const QList<QByteArray> lines = c->buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        }
        contentLength = request.header("content-length").toLongLong();
        if (contentLength < 0 || contentLength > kMaxBody) {
            c->socket->abort();
            return;
        }
        if (c->buffer.size() < headEnd + 4 + contentLength)
            return;
        request.body = c->buffer.mid(headEnd + 4, contentLength);
        c->buffer.remove(0, headEnd + 4 + contentLength);
        c->closeAfter = request.header("connection").toLower() == "close";
        handleRequest(c, std::move(request));
    }
}

void FakeProvider::handleRequest(Connection *c, FakeRequest request)
{
    const QUrl url(QString::fromLatin1(request.target));
    const QString path = url.path();
    const QJsonObject body = request.json();
    if (request.method == "POST" && path.endsWith(QLatin1String("/chat/completions"))) {
        request.wireFormat = QStringLiteral("openai");
    } else if (request.method == "POST" && path.endsWith(QLatin1String("/messages"))) {
        request.wireFormat = QStringLiteral("anthropic");
    } else if (request.method == "POST"
        && (path.endsWith(QLatin1String(":generateContent"))
            || path.endsWith(QLatin1String(":streamGenerateContent")))) {
        request.wireFormat = QStringLiteral("gemini");
    } else if (request.method == "GET" && path.endsWith(QLatin1String("/models"))) {
        request.wireFormat = QStringLiteral("models");
    } else {
        request.wireFormat = QStringLiteral("unknown");
    }
    if (request.wireFormat == QLatin1String("gemini")) {
        const qsizetype models = path.indexOf(QLatin1String("/models/"));
        request.model = path.mid(models + 8).section(QLatin1Char(':'), 0, 0);
        request.stream = path.endsWith(QLatin1String(":streamGenerateContent"));
    } else {
        request.model = body.value(QStringLiteral("model")).toString();
        request.stream = body.value(QStringLiteral("stream")).toBool();
    }

    bool authOk = true;
    if (!m_expectedKey.isEmpty()) {
        const QByteArray key = m_expectedKey.toUtf8();
        if (request.wireFormat == QLatin1String("openai") || request.wireFormat == QLatin1String("models"))
            authOk = request.header("authorization") == "Bearer " + key;
        else if (request.wireFormat == QLatin1String("anthropic"))
            authOk = request.header("x-api-key") == key;
        else if (request.wireFormat == QLatin1String("gemini"))
            authOk = request.header("x-goog-api-key") == key
                || QUrlQuery(url).queryItemValue(QStringLiteral("key")) == m_expectedKey;
    }

    const bool chat
        = request.wireFormat != QLatin1String("models") && request.wireFormat != QLatin1String("unknown");
    c->behaviour = chat && !m_queue.isEmpty() ? m_queue.dequeue() : m_default;
    c->plan = planFakeReply(request, c->behaviour, authOk);
    c->next = 0;
    c->busy = true;
    m_requests.append(request);
    emit requestReceived(request);

    const int delay = chat ? c->behaviour.firstByteDelayMs : 0;
    if (delay < 0)
        return; // hang: say nothing until the client gives up
    c->timer->disconnect();
    connect(c->timer, &QTimer::timeout, c, [this, c] {
        QByteArray head
            = "HTTP/1.1 " + QByteArray::number(c->plan.status) + ' ' + reasonPhrase(c->plan.status) + "\r\n";
        head += "Content-Type: " + c->plan.contentType + "\r\n";
        for (const auto &h : c->plan.headers)
            head += h.first + ": " + h.second + "\r\n";
        if (c->plan.chunked) {
            head += "Transfer-Encoding: chunked\r\nCache-Control: no-cache\r\n";
        } else {
            qsizetype length = 0;
            for (const QByteArray &p : c->plan.parts)
                length += p.size();
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        head += c->closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        c->socket->write(head);
        c->timer->disconnect();
        connect(c->timer, &QTimer::timeout, c, [this, c] { sendNext(c); });
        sendNext(c);
    });
    c->timer->start(delay);
}

void FakeProvider::sendNext(Connection *c)
{
    const FakeBehaviour &b = c->behaviour;
    if (!c->plan.chunked) {
        QByteArray body;
        for (const QByteArray &p : c->plan.parts)
            body += p;
        if (b.dropAfterEvents >= 0 && c->plan.status >= 200 && c->plan.status < 300) {
            c->socket->write(body.left(body.size() / 2));
            c->socket->flush();
            c->busy = false;
            emit replyFinished(false);
            c->socket->abort();
            return;
        }
        c->socket->write(body);
        finishReply(c, true);
        return;
    }
    if (b.dropAfterEvents >= 0 && c->next >= b.dropAfterEvents) {
        c->socket->flush();
        c->busy = false;
        emit replyFinished(false);
        c->socket->abort();
        return;
    }
    if (c->next >= c->plan.parts.size()) {
        c->socket->write("0\r\n\r\n");
        finishReply(c, true);
        return;
    }
    const QByteArray &part = c->plan.parts[c->next++];
    c->socket->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
    // The terminating chunk follows the last event at once; the delay is between events.
    c->timer->start(c->next >= c->plan.parts.size() ? 0 : b.chunkDelayMs);
}

void FakeProvider::finishReply(Connection *c, bool completed)
{
    c->busy = false;
    if (completed)
        ++m_completed;
    emit replyFinished(completed);
    if (c->closeAfter) {
        c->socket->disconnectFromHost();
        return;
    }
    if (!c->buffer.isEmpty()) // a pipelined request waits
        QTimer::singleShot(0, c, [this, c] { onReadyRead(c); });
}

} // namespace sb::test
