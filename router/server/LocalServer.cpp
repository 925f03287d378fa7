#include "router/server/LocalServer.h"

#include "router/server/CompletionExchange.h"
#include "router/server/OpenAiWire.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrl>

namespace sb::server {

LocalServer::LocalServer(ServerConfig config, ChatBackend *backend, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_backend(backend)
{
    if (m_config.token.isEmpty())
        m_config.token = generateToken();
    m_tcp.setMaxPendingConnections(1024);
    // Qt's default backlog of 50 drops SYNs when a few hundred clients connect at once, and the
    // dropped clients wait 1-3 s for their retransmit; the kernel caps this at somaxconn anyway.
    m_tcp.setListenBacklogSize(1024);
    connect(&m_tcp, &QTcpServer::newConnection, this, &LocalServer::onNewConnection);
}

LocalServer::~LocalServer()
{
    // Exchanges reach back into the server when they end; they go first.
    qDeleteAll(findChildren<CompletionExchange *>(Qt::FindDirectChildrenOnly));
}

QString LocalServer::generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(bytes.data()), reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QStringLiteral("sb-")
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void LocalServer::setToken(const QString &token)
{
    m_config.token = token.isEmpty() ? generateToken() : token;
}

QString LocalServer::rotateToken()
{
    m_config.token = generateToken();
    return m_config.token;
}

Outcome<void> LocalServer::listen()
{
    if (!m_config.host.isLoopback() && !m_config.allowNonLoopback)
        return Outcome<void>::failure(
            tr("refusing to listen on %1: only loopback addresses are allowed unless non-loopback binding is "
               "enabled explicitly")
                .arg(m_config.host.toString()));
    if (!m_tcp.listen(m_config.host, m_config.port))
        return Outcome<void>::failure(tr("cannot listen on %1:%2: %3")
                                          .arg(m_config.host.toString())
                                          .arg(m_config.port)
                                          .arg(m_tcp.errorString()));
    m_startedAt = QDateTime::currentSecsSinceEpoch();
    return {};
}

void LocalServer::close()
{
    m_tcp.close();
}

QString LocalServer::baseUrl() const
{
    QString host = m_config.host.toString();
    if (m_config.host == QHostAddress::Any || m_config.host == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (m_config.host.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2/v1").arg(host).arg(port());
}

QStringList LocalServer::warnings() const
{
    QStringList w;
    if (!m_config.host.isLoopback())
        w << tr(
            "WARNING: listening on %1, reachable from other machines; anyone with the token can spend your "
            "provider budgets")
                 .arg(m_config.host.toString());
    if (m_config.allowedHosts.contains(QStringLiteral("*")))
        w << tr(
            "WARNING: any Host header is accepted; web pages can reach this server through DNS rebinding");
    if (m_config.corsOrigins.contains(QStringLiteral("*")))
        w << tr("WARNING: CORS is open to every origin");
    return w;
}

void LocalServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        if (m_connections >= m_config.maxConnections) {
            socket->write(
                "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        HttpRequestParser::Limits limits;
        limits.maxBodyBytes = m_config.maxBodyBytes;
        limits.maxHeaderBytes = m_config.maxHeaderBytes;
        auto *conn
            = new HttpConnection(socket, limits, m_config.headerTimeoutMs, m_config.idleTimeoutMs, this);
        ++m_connections;
        connect(conn, &QObject::destroyed, this, [this] { --m_connections; });
        connect(conn, &HttpConnection::requestReady, this,
            [this, conn](const HttpRequest &request) { handle(conn, request); });
        connect(conn, &HttpConnection::badRequest, this, [this, conn](int status, const QString &message) {
            HttpRequest none;
            none.method = "-";
            none.path = "-";
            const QString code = status == 413 ? QStringLiteral("request_too_large")
                : status == 408                ? QStringLiteral("request_timeout")
                                               : QStringLiteral("bad_request");
            sendError(conn, none, status, QStringLiteral("invalid_request_error"), code, message);
        });
    }
}

bool LocalServer::hostAllowed(const QByteArray &hostHeader) const
{
    if (m_config.allowedHosts.contains(QStringLiteral("*")))
        return true;
    // Host is "name:port" or "[v6]:port"; a browser tricked by DNS rebinding sends the attacker's
    // name, which is why only loopback names with our own port are accepted.
    const QUrl url(QStringLiteral("http://") + QString::fromLatin1(hostHeader) + QLatin1Char('/'));
    if (!url.isValid() || hostHeader.isEmpty())
        return false;
    if (url.port(80) != port())
        return false;
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
        || host == QLatin1String("::1"))
        return true;
    if (!m_config.host.isLoopback() && QHostAddress(host) == m_config.host)
        return true;
    return m_config.allowedHosts.contains(host, Qt::CaseInsensitive);
}

bool LocalServer::originAllowed(const QByteArray &origin) const
{
    return m_config.corsOrigins.contains(QStringLiteral("*"))
        || m_config.corsOrigins.contains(QString::fromLatin1(origin), Qt::CaseInsensitive);
}

bool LocalServer::tokenMatches(const QByteArray &authorization) const
{
    static const QByteArray scheme = "bearer ";
    if (authorization.size() <= scheme.size() || authorization.left(scheme.size()).toLower() != scheme)
        return false;
    const QByteArray given = authorization.mid(scheme.size()).trimmed();
    const QByteArray expected = m_config.token.toUtf8();
    // Compare digests so the time taken says nothing about how much of the token was right.
    return QCryptographicHash::hash(given, QCryptographicHash::Sha256)
        == QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
}

void LocalServer::log(const HttpRequest &request, int status, qint64 ms, const QString &detail)
{
    QString line = QStringLiteral("%1 %2 %3 %4ms")
                       .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.path))
                       .arg(status)
                       .arg(ms);
    if (!detail.isEmpty())
        line += QLatin1Char(' ') + detail;
    emit requestLogged(line);
}

void LocalServer::sendJson(HttpConnection *conn, const HttpRequest &request, int status,
    const QJsonObject &body, const HeaderList &extra)
{
    HeaderList h = extra;
    addHeader(h, "Content-Type", "application/json");
    const qint64 ms = conn->msSinceRequest();
    conn->sendResponse(status, h, QJsonDocument(body).toJson(QJsonDocument::Compact));
    log(request, status, ms,
        status >= 400
            ? body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()
            : QString());
}

void LocalServer::sendError(HttpConnection *conn, const HttpRequest &request, int status, const QString &type,
    const QString &code, const QString &message, const HeaderList &extra)
{
    sendJson(conn, request, status, wire::errorBody(message, type, code), extra);
}

void LocalServer::handle(HttpConnection *conn, const HttpRequest &request)
{
    if (!hostAllowed(request.header("host"))) {
        sendError(conn, request, 403, QStringLiteral("invalid_request_error"),
            QStringLiteral("host_not_allowed"),
            tr("Host header '%1' is not allowed; use localhost or 127.0.0.1 with port %2")
                .arg(QString::fromLatin1(request.header("host").left(200)))
                .arg(port()));
        return;
    }
    HeaderList cors;
    const QByteArray origin = request.header("origin");
    if (request.hasHeader("origin")) {
        if (!originAllowed(origin)) {
            sendError(conn, request, 403, QStringLiteral("invalid_request_error"),
                QStringLiteral("origin_not_allowed"),
                tr("cross-origin requests from '%1' are not enabled")
                    .arg(QString::fromLatin1(origin.left(200))));
            return;
        }
        cors = { { "Access-Control-Allow-Origin", origin }, { "Vary", "Origin" },
            { "Access-Control-Expose-Headers",
                "x-switchboard-provider, x-switchboard-attempts, x-switchboard-cost-usd, x-request-id" } };
    }
    if (request.method == "OPTIONS") {
        if (cors.isEmpty()) {
            sendError(conn, request, 405, QStringLiteral("invalid_request_error"),
                QStringLiteral("method_not_allowed"),
                tr("OPTIONS is only answered for CORS preflight from enabled origins"));
            return;
        }
        HeaderList h = cors;
        addHeader(h, "Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        addHeader(h, "Access-Control-Allow-Headers", "authorization, content-type, x-switchboard-policy");
        addHeader(h, "Access-Control-Max-Age", "600");
        conn->sendResponse(204, h, {});
        log(request, 204, 0);
        return;
    }

    const QByteArray path
        = request.path.endsWith('/') && request.path.size() > 1 ? request.path.chopped(1) : request.path;
    auto methodOnly = [&](const char *method) {
        if (request.method == method)
            return true;
        HeaderList h = cors;
        addHeader(h, "Allow", method);
        sendError(conn, request, 405, QStringLiteral("invalid_request_error"),
            QStringLiteral("method_not_allowed"),
            tr("%1 %2 is not supported; use %3")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(path), QLatin1String(method)),
            h);
        return false;
    };

    if (path == "/health") {
        if (methodOnly("GET"))
            sendJson(conn, request, 200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                    { QStringLiteral("active_requests"), m_activeRequests } },
                cors);
        return;
    }

    if (!tokenMatches(request.header("authorization"))) {
        HeaderList h = cors;
        addHeader(h, "WWW-Authenticate", "Bearer realm=\"switchboard\"");
        sendError(conn, request, 401, QStringLiteral("invalid_request_error"),
            QStringLiteral("invalid_api_key"),
            request.hasHeader("authorization")
                ? tr("Incorrect API key provided. Use the token `switchboard-cli serve` printed.")
                : tr("You didn't provide an API key. Send 'Authorization: Bearer <token>' with the token "
                     "`switchboard-cli serve` printed."),
            h);
        return;
    }

    if (path == "/v1/models") {
        if (methodOnly("GET"))
            sendJson(conn, request, 200, wire::modelList(m_backend->models(), m_startedAt), cors);
        return;
    }
    if (path.startsWith("/v1/models/")) {
        if (!methodOnly("GET"))
            return;
        const QString id = QUrl::fromPercentEncoding(path.mid(int(sizeof("/v1/models/")) - 1));
        const QJsonArray all
            = wire::modelList(m_backend->models(), m_startedAt).value(QStringLiteral("data")).toArray();
        for (const QJsonValue &m : all) {
            if (m.toObject().value(QStringLiteral("id")).toString() == id) {
                sendJson(conn, request, 200, m.toObject(), cors);
                return;
            }
        }
        sendError(conn, request, 404, QStringLiteral("invalid_request_error"),
            QStringLiteral("model_not_found"), tr("The model '%1' does not exist").arg(id), cors);
        return;
    }
    if (path == "/v1/chat/completions") {
        if (methodOnly("POST"))
            handleChat(conn, request, cors);
        return;
    }
    sendError(conn, request, 404, QStringLiteral("invalid_request_error"), QStringLiteral("unknown_url"),
        tr("Unknown request URL: %1 %2. Routes: GET /v1/models, POST /v1/chat/completions, GET /health")
            .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.path.left(200))),
        cors);
}

void LocalServer::handleChat(HttpConnection *conn, const HttpRequest &request, const HeaderList &cors)
{
    const QByteArray contentType = request.header("content-type").toLower();
    if (!contentType.startsWith("application/json")) {
        sendError(conn, request, 415, QStringLiteral("invalid_request_error"),
            QStringLiteral("unsupported_media_type"),
            tr("Content-Type must be application/json (got '%1')")
                .arg(QString::fromLatin1(contentType.left(100))),
            cors);
        return;
    }
    auto parsed = wire::parseChatRequest(request.body);
    if (auto *e = std::get_if<wire::ClientError>(&parsed)) {
        sendJson(conn, request, e->httpStatus, wire::errorBody(*e), cors);
        return;
    }
    auto route = wire::resolveModel(std::get<wire::ParsedChat>(parsed).request.model,
        QString::fromUtf8(request.header("x-switchboard-policy")), m_backend->models());
    if (auto *e = std::get_if<wire::ClientError>(&route)) {
        sendJson(conn, request, e->httpStatus, wire::errorBody(*e), cors);
        return;
    }

    CompletionExchange::Params params;
    params.chat = std::move(std::get<wire::ParsedChat>(parsed));
    params.spec = std::get<ModelSpec>(route);
    params.responseModel = params.chat.request.model;
    params.chat.request.model = params.spec.model; // the canonical id; the spec carries the route
    params.requestId = QStringLiteral("chatcmpl-sb%1%2")
                           .arg(m_startedAt, 0, 36)
                           .arg(++m_requestCounter, 6, 10, QLatin1Char('0'));
    params.corsHeaders = cors;
    params.httpRequest.method = request.method;
    params.httpRequest.path = request.path;
    params.timeoutMs = m_config.requestTimeoutMs;
    auto *exchange = new CompletionExchange(this, conn, std::move(params), this);
    exchange->start(m_backend);
}

} // namespace sb::server
