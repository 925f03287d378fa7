#pragma once
// One POST /v1/chat/completions in flight: bridges the backend's ChatCall to the HTTP response,
// as one JSON body or as an SSE stream of chat.completion.chunk objects. The status line and the
// x-switchboard-* headers go out with the first content event, so failover before the first
// token still ends in a proper HTTP error. A client that goes away cancels the call.

#include "router/core/ChatBackend.h"
#include "router/server/HttpConnection.h"
#include "router/server/OpenAiWire.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sb::server {

class LocalServer;

class CompletionExchange : public QObject {
    Q_OBJECT
public:
    struct Params {
        wire::ParsedChat chat;
        ModelSpec spec; // the model string as resolveModel parsed it
        QString responseModel; // "model" in the response: what the client asked for
        QString requestId; // chatcmpl-...
        HeaderList corsHeaders;
        HttpRequest httpRequest; // for the access log (no body kept)
        int timeoutMs = 0;
    };

    CompletionExchange(LocalServer *server, HttpConnection *conn, Params params, QObject *parent);
    ~CompletionExchange() override;
    // Starts the backend call; the exchange deletes itself when the response is done.
    void start(ChatBackend *backend);

private:
    void onEvent(const ChatEvent &event);
    void onFinished(const ChatResult &result);
    void onClientGone();
    void onTimeout();
    void beginStreamIfNeeded();
    void writeData(const QJsonObject &object);
    void sendError(const wire::ClientError &error, double costUsd);
    void done(int status, const QString &detail);
    HeaderList switchboardHeaders(bool withCost, double costUsd) const;

    LocalServer *m_server;
    QPointer<HttpConnection> m_conn;
    Params m_params;
    QPointer<ChatCall> m_call;
    wire::CompletionAccumulator m_accumulator;
    wire::ChunkWriter m_chunks;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    qint64 m_created = 0;
    bool m_headersSent = false;
    bool m_sawFinish = false;
    bool m_finished = false;
    bool m_clientGone = false;
    bool m_timedOut = false;
};

} // namespace sb::server
