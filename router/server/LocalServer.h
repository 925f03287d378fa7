#pragma once
// The local OpenAI-compatible HTTP server: /v1/models, /v1/chat/completions (plain and SSE),
// /health, on 127.0.0.1 by default, behind a bearer token, a Host-header check against DNS
// rebinding, optional CORS for listed origins, and size and time limits for hostile clients.
//
// Why not QHttpServer: in Qt 6.4 it cannot stream a response piece by piece nor tell a handler
// that the client went away, and both are the heart of SSE streaming and cancellation. The
// HTTP/1.1 subset OpenAI clients use is small (HttpRequestParser + HttpConnection).

#include "router/base/Outcome.h"
#include "router/core/ChatBackend.h"
#include "router/server/GatewayFront.h"
#include "router/server/HttpConnection.h"
#include "router/server/ServerConfig.h"

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <memory>

namespace sb::server {

class LocalServer : public QObject {
    Q_OBJECT
public:
    // The backend must outlive the server.
    LocalServer(ServerConfig config, ChatBackend *backend, QObject *parent = nullptr);
    ~LocalServer() override;

    // Binds and listens. Refuses a non-loopback address unless config.allowNonLoopback and TLS
    // (config.tlsCertificatePath and tlsKeyPath): off loopback, tokens never travel in clear.
    Outcome<void> listen();
    void close();
    bool isListening() const { return m_tcp && m_tcp->isListening(); }
    quint16 port() const { return m_tcp ? m_tcp->serverPort() : 0; }
    bool usesTls() const { return !m_config.tlsCertificatePath.isEmpty(); }
    QString baseUrl() const; // http(s)://127.0.0.1:PORT/v1
    // Team gateway: virtual keys (through `gateway`) replace the single token, rate limits apply,
    // and GET /v1/gateway/... answers spend reports. The gateway must outlive the server.
    void setGateway(GatewayFront *gateway) { m_gateway = gateway; }
    const ServerConfig &config() const { return m_config; }
    // Warnings a person must see (non-loopback bind, wildcard hosts or origins).
    QStringList warnings() const;

    QString token() const { return m_config.token; }
    void setToken(const QString &token);
    // Replaces the token with a fresh one and returns it; requests with the old one get 401.
    QString rotateToken();
    // "sb-" + 43 characters of base64url from 32 random bytes.
    static QString generateToken();

    int activeConnections() const { return m_connections; }
    int activeRequests() const { return m_activeRequests; }

signals:
    // One line per answered request for the access log (never contains a token or a body).
    void requestLogged(const QString &line);

private:
    void onNewConnection();
    void handle(HttpConnection *conn, const HttpRequest &request);
    void handleChat(
        HttpConnection *conn, const HttpRequest &request, const HeaderList &cors, const Principal &who);
    void handleGatewayGet(
        HttpConnection *conn, const HttpRequest &request, const HeaderList &cors, const Principal &who);
    void sendDecision(HttpConnection *conn, const HttpRequest &request, const HeaderList &cors,
        const GatewayDecision &decision);
    bool hostAllowed(const QByteArray &host) const;
    bool originAllowed(const QByteArray &origin) const;
    bool tokenMatches(const QByteArray &authorization) const;
    void sendError(HttpConnection *conn, const HttpRequest &request, int status, const QString &type,
        const QString &code, const QString &message, const HeaderList &extra = {});
    void sendJson(HttpConnection *conn, const HttpRequest &request, int status, const QJsonObject &body,
        const HeaderList &extra = {});

    friend class CompletionExchange;
    void log(const HttpRequest &request, int status, qint64 ms, const QString &detail = {});

    ServerConfig m_config;
    ChatBackend *m_backend;
    std::unique_ptr<QTcpServer> m_tcp; // a QSslServer with TLS
    GatewayFront *m_gateway = nullptr;
    qint64 m_startedAt = 0;
    int m_connections = 0;
    int m_activeRequests = 0;
    quint64 m_requestCounter = 0;
    QString m_idTag; // random, per server: request ids stay unique across gateway processes
};

} // namespace sb::server
