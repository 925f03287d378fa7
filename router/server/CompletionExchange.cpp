#include "router/server/CompletionExchange.h"

#include "router/server/LocalServer.h"

#include <QDateTime>
#include <QJsonDocument>

namespace sb::server {

CompletionExchange::CompletionExchange(
    LocalServer *server, HttpConnection *conn, Params params, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_conn(conn)
    , m_params(std::move(params))
    , m_chunks(m_params.requestId, m_params.responseModel, QDateTime::currentSecsSinceEpoch())
    , m_created(QDateTime::currentSecsSinceEpoch())
{
    m_clock.start();
    ++m_server->m_activeRequests;
    connect(conn, &HttpConnection::clientGone, this, &CompletionExchange::onClientGone);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CompletionExchange::onTimeout);
}

CompletionExchange::~CompletionExchange()
{
    --m_server->m_activeRequests;
    if (m_call && !m_finished) {
        m_finished = true;
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void CompletionExchange::start(ChatBackend *backend)
{
    ChatCall *call = backend->start(m_params.chat.request, m_params.spec, this);
    m_call = call;
    connect(call, &ChatCall::chatEvent, this, &CompletionExchange::onEvent);
    connect(call, &ChatCall::finished, this, &CompletionExchange::onFinished);
    if (m_params.timeoutMs > 0)
        m_timeout.start(m_params.timeoutMs);
}

HeaderList CompletionExchange::switchboardHeaders(bool withCost, double costUsd) const
{
    HeaderList h = m_params.corsHeaders;
    addHeader(h, "x-request-id", m_params.requestId.toUtf8());
    if (m_call) {
        addHeader(h, "x-switchboard-provider", m_call->provider().toUtf8());
        addHeader(h, "x-switchboard-attempts", QByteArray::number(m_call->attempts()));
    }
    if (withCost)
        addHeader(h, "x-switchboard-cost-usd", QByteArray::number(costUsd, 'f', 8));
    return h;
}

void CompletionExchange::beginStreamIfNeeded()
{
    if (m_headersSent || !m_conn)
        return;
    m_headersSent = true;
    HeaderList h = switchboardHeaders(false, 0);
    addHeader(h, "Content-Type", "text/event-stream; charset=utf-8");
    addHeader(h, "Cache-Control", "no-cache");
    addHeader(h, "X-Accel-Buffering", "no");
    m_conn->beginStream(200, h, { "x-switchboard-cost-usd" });
    writeData(m_chunks.roleChunk());
}

void CompletionExchange::writeData(const QJsonObject &object)
{
    if (m_conn)
        m_conn->writeChunk("data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n");
}

void CompletionExchange::onEvent(const ChatEvent &event)
{
    if (m_finished || m_clientGone)
        return;
    if (event.kind == ChatEvent::Kind::Finish)
        m_sawFinish = true;
    if (!m_params.chat.request.stream) {
        m_accumulator.add(event);
        return;
    }
    if (event.kind == ChatEvent::Kind::Usage)
        return; // reported once, with the final figures, after the finish chunk
    beginStreamIfNeeded();
    if (auto chunk = m_chunks.chunkFor(event))
        writeData(*chunk);
}

void CompletionExchange::sendError(const wire::ClientError &error, double costUsd)
{
    const int status = error.httpStatus;
    const QJsonObject body = wire::errorBody(error);
    if (!m_conn)
        return;
    if (m_headersSent) {
        // Tokens already went out: the stream ends with an error event (OpenAI clients raise it).
        writeData(body);
        m_conn->endStream({ { "x-switchboard-cost-usd", QByteArray::number(costUsd, 'f', 8) } });
        return;
    }
    HeaderList h = switchboardHeaders(true, costUsd);
    addHeader(h, "Content-Type", "application/json");
    if (status == 429 || status == 503)
        addHeader(h, "Retry-After", "1");
    m_conn->sendResponse(status, h, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void CompletionExchange::onFinished(const ChatResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (m_clientGone) {
        done(499, QStringLiteral("client closed the connection; cancelled"));
        return;
    }
    if (m_timedOut || (result.cancelled && !result.ok)) {
        wire::ClientError timeout;
        timeout.httpStatus = 504;
        timeout.type = QStringLiteral("timeout");
        timeout.code = QStringLiteral("request_timeout");
        timeout.message = QStringLiteral("the request did not complete within %1 ms").arg(m_params.timeoutMs);
        sendError(timeout, result.costUsd);
        done(504, timeout.message);
        return;
    }
    if (!result.ok) {
        const wire::ClientError error = wire::errorFor(result);
        sendError(error, result.costUsd);
        done(error.httpStatus, error.message);
        return;
    }
    if (!m_conn) {
        done(499, {});
        return;
    }
    if (!m_params.chat.request.stream) {
        const QJsonObject body
            = m_accumulator.completion(m_params.requestId, m_params.responseModel, m_created, result);
        HeaderList h = switchboardHeaders(true, result.costUsd);
        addHeader(h, "Content-Type", "application/json");
        m_conn->sendResponse(200, h, QJsonDocument(body).toJson(QJsonDocument::Compact));
    } else {
        beginStreamIfNeeded();
        if (!m_sawFinish)
            writeData(*m_chunks.chunkFor(ChatEvent::finish(QStringLiteral("stop"))));
        if (m_params.chat.includeUsage)
            writeData(m_chunks.usageChunk(result.usage, result.costUsd));
        m_conn->writeChunk("data: [DONE]\n\n");
        m_conn->endStream({ { "x-switchboard-cost-usd", QByteArray::number(result.costUsd, 'f', 8) } });
    }
    done(200,
        QStringLiteral("provider=%1 attempts=%2 cost=%3")
            .arg(result.provider)
            .arg(result.attempts)
            .arg(result.costUsd, 0, 'f', 6));
}

void CompletionExchange::onClientGone()
{
    if (m_clientGone)
        return;
    m_clientGone = true;
    m_conn = nullptr;
    if (m_call && !m_finished)
        m_call->cancel(); // finished(cancelled) follows, now or later
    else if (m_finished)
        deleteLater();
}

void CompletionExchange::onTimeout()
{
    if (m_finished || !m_call)
        return;
    m_timedOut = true;
    m_call->cancel();
}

void CompletionExchange::done(int status, const QString &detail)
{
    m_server->log(m_params.httpRequest, status, m_clock.elapsed(), detail);
    deleteLater();
}

} // namespace sb::server
