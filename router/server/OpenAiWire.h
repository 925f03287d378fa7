#pragma once
// The OpenAI chat-completions wire format as the local server speaks it to its clients: request
// validation into a ChatRequest, model-name suffixes, and the JSON of responses, stream chunks,
// model lists and errors. Pure functions; the HTTP side lives in LocalServer.

#include "router/base/ChatTypes.h"
#include "router/base/Outcome.h"
#include "router/core/ChatBackend.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace sb::server::wire {

struct ClientError {
    int httpStatus = 400;
    QString type = QStringLiteral("invalid_request_error");
    QString code;
    QString message;
    QString param;
};

QJsonObject errorBody(
    const QString &message, const QString &type, const QString &code, const QString &param = {});
QJsonObject errorBody(const ClientError &e);

// The HTTP status and OpenAI error of a request the router could not serve: the one place that
// turns a RouteOutcome into a status (400 unknown model or rejected request, 402 budget
// exhausted, 429 budget reserved by requests in flight, 502 providers failed, 503 none available
// or all rate limited, 504 timed out, 499 cancelled).
ClientError errorFor(const ChatResult &result);

struct ParsedChat {
    ChatRequest request;
    bool includeUsage = false; // stream_options.include_usage
};

// Validates an OpenAI chat-completions body. Unknown fields are kept in request.extra and
// passed to OpenAI-compatible providers.
std::variant<ParsedChat, ClientError> parseChatRequest(const QByteArray &body);

// "m", "m:cheapest", "m:groq" (and a policy header) parsed once (parseModelSpec) and checked
// against the listed models: the model exists, a pinned provider serves it and is ready. The
// suffix is split at the last ':' only when the whole name is not itself a model id (Ollama-style
// ids such as "llama3:8b" contain colons). The spec's model is the listed, canonical id.
std::variant<ModelSpec, ClientError> resolveModel(
    const QString &model, const QString &policyHeader, const QVector<ModelListing> &models);

// GET /v1/models: every model with at least one ready offer, then its :cheapest, :fastest and
// :<provider> forms; each entry carries per-provider price and context in "switchboard".
QJsonObject modelList(const QVector<ModelListing> &models, qint64 created);

QJsonObject usageJson(const TokenUsage &usage, double costUsd);

// Collects a non-streamed answer from the events.
class CompletionAccumulator {
public:
    void add(const ChatEvent &event);
    QJsonObject completion(
        const QString &id, const QString &model, qint64 created, const ChatResult &result) const;
    QString finishReason() const { return m_finishReason; }

private:
    struct ToolCall {
        QString id;
        QString name;
        QString arguments;
    };
    QString m_text;
    QString m_reasoning;
    QMap<int, ToolCall> m_toolCalls;
    QString m_finishReason;
};

// Builds chat.completion.chunk objects for one streamed answer.
class ChunkWriter {
public:
    ChunkWriter(QString id, QString model, qint64 created)
        : m_id(std::move(id))
        , m_model(std::move(model))
        , m_created(created)
    {
    }
    // The chunk for a content event (none for Usage, which the final usage chunk reports).
    std::optional<QJsonObject> chunkFor(const ChatEvent &event);
    // The first chunk, announcing the assistant role.
    QJsonObject roleChunk() const;
    QJsonObject usageChunk(const TokenUsage &usage, double costUsd) const;

private:
    QJsonObject base() const;
    QJsonObject choiceChunk(const QJsonObject &delta, const QJsonValue &finishReason) const;
    QString m_id;
    QString m_model;
    qint64 m_created;
};

} // namespace sb::server::wire
