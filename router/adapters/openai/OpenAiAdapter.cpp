#include "router/adapters/openai/OpenAiAdapter.h"

#include "router/adapters/StreamDecoderBase.h"
#include "router/adapters/openai/OpenAiStreamDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

using adapter_util::parseObject;
using adapter_util::scalarToString;

namespace {

QJsonObject messageToJson(const ChatMessage &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("role"), m.role);
    if (m.role == QLatin1String("assistant") && !m.toolCalls.isEmpty()) {
        o.insert(QStringLiteral("tool_calls"), m.toolCalls);
        // OpenAI wants null rather than "" next to tool calls.
        o.insert(QStringLiteral("content"),
            m.content.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.content));
    } else {
        o.insert(QStringLiteral("content"), m.content);
    }
    if (m.role == QLatin1String("tool") && !m.toolCallId.isEmpty())
        o.insert(QStringLiteral("tool_call_id"), m.toolCallId);
    if (!m.name.isEmpty())
        o.insert(QStringLiteral("name"), m.name);
    return o;
}

} // namespace

QJsonObject OpenAiAdapter::requestBody(const QString &providerModelId, const ChatRequest &request)
{
    // Pass-through fields first, so the fields the router owns always win.
    QJsonObject body = request.extra;
    body.insert(QStringLiteral("model"), providerModelId);
    QJsonArray messages;
    for (const ChatMessage &m : request.messages)
        messages.append(messageToJson(m));
    body.insert(QStringLiteral("messages"), messages);
    body.insert(QStringLiteral("stream"), request.stream);
    if (request.stream) {
        QJsonObject streamOptions = body.value(QStringLiteral("stream_options")).toObject();
        streamOptions.insert(QStringLiteral("include_usage"), true);
        body.insert(QStringLiteral("stream_options"), streamOptions);
    } else {
        body.remove(QStringLiteral("stream_options"));
    }
    // Newer OpenAI models only accept max_completion_tokens; a client that says so keeps it.
    if (request.maxTokens && !body.contains(QStringLiteral("max_completion_tokens")))
        body.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop"), request.stop);
    if (!request.tools.isEmpty())
        body.insert(QStringLiteral("tools"), request.tools);
    if (!request.toolChoice.isUndefined() && !request.toolChoice.isNull())
        body.insert(QStringLiteral("tool_choice"), request.toolChoice);
    return body;
}

ProviderHttpRequest OpenAiAdapter::buildRequest(const QUrl &baseUrl, const QString &providerModelId,
    const ChatRequest &request, const QString &apiKey) const
{
    ProviderHttpRequest out;
    out.request.setUrl(adapter_util::joinUrl(baseUrl, QStringLiteral("chat/completions")));
    out.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    out.request.setRawHeader("Accept", request.stream ? "text/event-stream" : "application/json");
    if (!apiKey.isEmpty())
        out.request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    out.body = QJsonDocument(requestBody(providerModelId, request)).toJson(QJsonDocument::Compact);
    return out;
}

std::unique_ptr<StreamDecoder> OpenAiAdapter::createStreamDecoder() const
{
    return std::make_unique<OpenAiStreamDecoder>();
}

TokenUsage OpenAiAdapter::parseUsage(const QJsonObject &usage)
{
    TokenUsage u;
    u.reported = true;
    u.inputTokens = qint64(usage.value(QStringLiteral("prompt_tokens")).toDouble());
    u.outputTokens = qint64(usage.value(QStringLiteral("completion_tokens")).toDouble());
    const QJsonObject promptDetails = usage.value(QStringLiteral("prompt_tokens_details")).toObject();
    u.cachedInputTokens = qint64(promptDetails.value(QStringLiteral("cached_tokens")).toDouble());
    if (u.cachedInputTokens == 0) // DeepSeek's spelling
        u.cachedInputTokens = qint64(usage.value(QStringLiteral("prompt_cache_hit_tokens")).toDouble());
    const QJsonObject completionDetails = usage.value(QStringLiteral("completion_tokens_details")).toObject();
    u.reasoningTokens = qint64(completionDetails.value(QStringLiteral("reasoning_tokens")).toDouble());
    return u;
}

QString OpenAiAdapter::normaliseFinishReason(const QString &reason)
{
    if (reason == QLatin1String("length") || reason == QLatin1String("max_tokens"))
        return QStringLiteral("length");
    if (reason == QLatin1String("tool_calls") || reason == QLatin1String("function_call")
        || reason == QLatin1String("tool_use"))
        return QStringLiteral("tool_calls");
    if (reason == QLatin1String("content_filter"))
        return QStringLiteral("content_filter");
    // "stop", "eos", "end_turn", "stop_sequence" and whatever else local servers invent.
    return QStringLiteral("stop");
}

std::optional<ChatEvent> OpenAiAdapter::errorFromJson(const QJsonObject &object)
{
    const QJsonValue err = object.value(QStringLiteral("error"));
    if (err.isUndefined() || err.isNull())
        return std::nullopt;
    if (err.isString())
        return ChatEvent::error(0, QLatin1String(wire_error::kProvider),
            QStringLiteral("openai provider error: %1").arg(err.toString()));
    const QJsonObject e = err.toObject();
    QString type = e.value(QStringLiteral("type")).toString();
    const QJsonValue code = e.value(QStringLiteral("code"));
    int status = 0;
    if (code.isDouble() && code.toInt() >= 100 && code.toInt() <= 599)
        status = code.toInt(); // OpenRouter puts the HTTP status in error.code
    if (type.isEmpty())
        type = scalarToString(code);
    if (type.isEmpty())
        type = QLatin1String(wire_error::kProvider);
    QString message = e.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
    return ChatEvent::error(status, type, QStringLiteral("openai provider error: %1").arg(message));
}

QVector<ChatEvent> OpenAiAdapter::parseResponseBody(const QByteArray &body)
{
    QString why;
    const auto root = parseObject(body, QStringLiteral("openai response body"), &why);
    if (!root)
        return { ChatEvent::error(0, QLatin1String(wire_error::kMalformed), why) };
    if (auto err = errorFromJson(*root))
        return { *err };
    const QJsonArray choices = root->value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return { ChatEvent::error(0, QLatin1String(wire_error::kMalformed),
            QStringLiteral("openai response body: field 'choices' is missing or empty")) };
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();

    QVector<ChatEvent> events;
    QString reasoning = message.value(QStringLiteral("reasoning_content")).toString();
    if (reasoning.isEmpty())
        reasoning = message.value(QStringLiteral("reasoning")).toString();
    if (!reasoning.isEmpty())
        events.append(ChatEvent::reasoningDelta(reasoning));
    const QString content = message.value(QStringLiteral("content")).toString();
    if (!content.isEmpty())
        events.append(ChatEvent::textDelta(content));
    const QJsonArray toolCalls = message.value(QStringLiteral("tool_calls")).toArray();
    for (qsizetype i = 0; i < toolCalls.size(); ++i) {
        const QJsonObject call = toolCalls[i].toObject();
        const QJsonObject fn = call.value(QStringLiteral("function")).toObject();
        ChatEvent ev;
        ev.kind = ChatEvent::Kind::ToolCallDelta;
        ev.toolIndex = int(i);
        ev.toolId = call.value(QStringLiteral("id")).toString();
        ev.toolName = fn.value(QStringLiteral("name")).toString();
        const QJsonValue args = fn.value(QStringLiteral("arguments"));
        ev.toolArguments = args.isString()
            ? args.toString()
            : QString::fromUtf8(QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact));
        events.append(ev);
    }
    const QJsonValue usage = root->value(QStringLiteral("usage"));
    if (usage.isObject())
        events.append(ChatEvent::usageEvent(parseUsage(usage.toObject())));
    QString reason = choice.value(QStringLiteral("finish_reason")).toString();
    if (reason.isEmpty())
        reason = toolCalls.isEmpty() ? QStringLiteral("stop") : QStringLiteral("tool_calls");
    events.append(ChatEvent::finish(normaliseFinishReason(reason)));
    return events;
}

QVector<ChatEvent> OpenAiAdapter::parseResponse(const QByteArray &body) const
{
    return parseResponseBody(body);
}

bool OpenAiAdapter::decodeErrorBody(const QByteArray &body, ProviderError &error) const
{
    QString why;
    auto root = parseObject(body, QString(), &why);
    if (!root) {
        // Some servers wrap the error in a one-element array.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isArray() || !doc.array().first().isObject())
            return false;
        root = doc.array().first().toObject();
    }
    if (auto ev = errorFromJson(*root)) {
        error.type = ev->errorType;
        error.message = ev->errorMessage;
        return true;
    }
    // TGI / FastAPI style: {"detail": "..."} or {"message": "..."}.
    for (const char *key : { "detail", "message" }) {
        const QJsonValue v = root->value(QLatin1String(key));
        if (v.isString()) {
            error.type = QLatin1String(wire_error::kProvider);
            error.message = QStringLiteral("openai provider error: %1").arg(v.toString());
            return true;
        }
    }
    return false;
}

} // namespace sb
