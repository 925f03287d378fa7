#include "router/adapters/anthropic/AnthropicAdapter.h"

#include "router/adapters/StreamDecoderBase.h"
#include "router/adapters/anthropic/AnthropicStreamDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

using adapter_util::parseObject;

namespace {

QJsonObject textBlock(const QString &text)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
        { QStringLiteral("text"), text } };
}

// Tool arguments are JSON text in the OpenAI schema and an object here.
QJsonObject argumentsObject(const QJsonValue &arguments)
{
    if (arguments.isObject())
        return arguments.toObject();
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toString().toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject();
}

QJsonArray toolsToAnthropic(const QJsonArray &tools)
{
    QJsonArray out;
    for (const QJsonValue &v : tools) {
        const QJsonObject tool = v.toObject();
        const QJsonObject fn = tool.value(QStringLiteral("function")).toObject();
        if (fn.isEmpty())
            continue;
        QJsonObject t;
        t.insert(QStringLiteral("name"), fn.value(QStringLiteral("name")));
        if (fn.contains(QStringLiteral("description")))
            t.insert(QStringLiteral("description"), fn.value(QStringLiteral("description")));
        QJsonObject schema = fn.value(QStringLiteral("parameters")).toObject();
        if (schema.isEmpty())
            schema = QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
                { QStringLiteral("properties"), QJsonObject() } };
        t.insert(QStringLiteral("input_schema"), schema);
        out.append(t);
    }
    return out;
}

QJsonValue toolChoiceToAnthropic(const QJsonValue &choice)
{
    if (choice.isString()) {
        const QString c = choice.toString();
        if (c == QLatin1String("required"))
            return QJsonObject { { QStringLiteral("type"), QStringLiteral("any") } };
        if (c == QLatin1String("none"))
            return QJsonObject { { QStringLiteral("type"), QStringLiteral("none") } };
        return QJsonObject { { QStringLiteral("type"), QStringLiteral("auto") } };
    }
    const QString name = choice.toObject()
                             .value(QStringLiteral("function"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
    if (!name.isEmpty())
        return QJsonObject { { QStringLiteral("type"), QStringLiteral("tool") },
            { QStringLiteral("name"), name } };
    return QJsonValue::Undefined;
}

} // namespace

QJsonObject AnthropicAdapter::requestBody(const QString &providerModelId, const ChatRequest &request)
{
    QJsonObject body;
    // Only Anthropic's own optional fields pass through; OpenAI-only ones would be refused.
    for (const char *key : { "metadata", "top_k", "thinking", "service_tier" }) {
        if (request.extra.contains(QLatin1String(key)))
            body.insert(QLatin1String(key), request.extra.value(QLatin1String(key)));
    }
    body.insert(QStringLiteral("model"), providerModelId);
    body.insert(QStringLiteral("max_tokens"), request.maxTokens.value_or(kDefaultMaxTokens));

    QStringList system;
    QJsonArray messages;
    auto append = [&messages](const QString &role, const QJsonArray &blocks) {
        if (blocks.isEmpty())
            return;
        // Roles must alternate: consecutive turns of one role merge into one message.
        if (!messages.isEmpty()
            && messages.last().toObject().value(QStringLiteral("role")).toString() == role) {
            QJsonObject last = messages.last().toObject();
            QJsonArray content = last.value(QStringLiteral("content")).toArray();
            for (const QJsonValue &b : blocks)
                content.append(b);
            last.insert(QStringLiteral("content"), content);
            messages.replace(messages.size() - 1, last);
        } else {
            messages.append(
                QJsonObject { { QStringLiteral("role"), role }, { QStringLiteral("content"), blocks } });
        }
    };
    for (const ChatMessage &m : request.messages) {
        if (m.role == QLatin1String("system") || m.role == QLatin1String("developer")) {
            if (!m.content.isEmpty())
                system << m.content;
        } else if (m.role == QLatin1String("assistant")) {
            QJsonArray blocks;
            if (!m.content.isEmpty())
                blocks.append(textBlock(m.content));
            for (const QJsonValue &v : m.toolCalls) {
                const QJsonObject call = v.toObject();
                const QJsonObject fn = call.value(QStringLiteral("function")).toObject();
                blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("tool_use") },
                    { QStringLiteral("id"), call.value(QStringLiteral("id")) },
                    { QStringLiteral("name"), fn.value(QStringLiteral("name")) },
                    { QStringLiteral("input"), argumentsObject(fn.value(QStringLiteral("arguments"))) } });
            }
            append(QStringLiteral("assistant"), blocks);
        } else if (m.role == QLatin1String("tool")) {
            append(QStringLiteral("user"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("tool_result") },
                    { QStringLiteral("tool_use_id"), m.toolCallId },
                    { QStringLiteral("content"), m.content } } });
        } else {
            append(QStringLiteral("user"), QJsonArray { textBlock(m.content) });
        }
    }
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system.join(QStringLiteral("\n\n")));
    body.insert(QStringLiteral("messages"), messages);
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop_sequences"), request.stop);
    if (!request.tools.isEmpty()) {
        body.insert(QStringLiteral("tools"), toolsToAnthropic(request.tools));
        const QJsonValue choice = toolChoiceToAnthropic(request.toolChoice);
        if (!request.toolChoice.isUndefined() && !request.toolChoice.isNull() && !choice.isUndefined())
            body.insert(QStringLiteral("tool_choice"), choice);
    }
    if (request.stream)
        body.insert(QStringLiteral("stream"), true);
    return body;
}

ProviderHttpRequest AnthropicAdapter::buildRequest(const QUrl &baseUrl, const QString &providerModelId,
    const ChatRequest &request, const QString &apiKey) const
{
    ProviderHttpRequest out;
    out.request.setUrl(adapter_util::joinUrl(baseUrl, QStringLiteral("messages")));
    out.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    out.request.setRawHeader("Accept", request.stream ? "text/event-stream" : "application/json");
    out.request.setRawHeader("anthropic-version", kApiVersion);
    if (!apiKey.isEmpty())
        out.request.setRawHeader("x-api-key", apiKey.toUtf8());
    out.body = QJsonDocument(requestBody(providerModelId, request)).toJson(QJsonDocument::Compact);
    return out;
}

std::unique_ptr<StreamDecoder> AnthropicAdapter::createStreamDecoder() const
{
    return std::make_unique<AnthropicStreamDecoder>();
}

void AnthropicAdapter::mergeUsage(const QJsonObject &usage, TokenUsage &u)
{
    auto field = [&usage](const char *name) -> std::optional<qint64> {
        const QJsonValue v = usage.value(QLatin1String(name));
        return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
    };
    // message_delta repeats only what changed (always output_tokens, sometimes input figures),
    // so a figure absent from it keeps its message_start value.
    const auto uncached = field("input_tokens");
    const auto cacheRead = field("cache_read_input_tokens");
    const auto cacheWrite = field("cache_creation_input_tokens");
    // Anthropic's input_tokens excludes both cache figures; TokenUsage counts every prompt token
    // in inputTokens, with the cache reads and writes as parts of it (priced apart by metering).
    if (uncached || cacheRead || cacheWrite) {
        const qint64 oldUncached = u.inputTokens - u.cachedInputTokens - u.cacheWriteTokens;
        u.cachedInputTokens = cacheRead.value_or(u.cachedInputTokens);
        u.cacheWriteTokens = cacheWrite.value_or(u.cacheWriteTokens);
        u.inputTokens = uncached.value_or(oldUncached) + u.cachedInputTokens + u.cacheWriteTokens;
    }
    if (const auto out = field("output_tokens"))
        u.outputTokens = *out;
    u.reported = true;
}

QString AnthropicAdapter::normaliseStopReason(const QString &reason)
{
    if (reason == QLatin1String("max_tokens") || reason == QLatin1String("model_context_window_exceeded"))
        return QStringLiteral("length");
    if (reason == QLatin1String("tool_use"))
        return QStringLiteral("tool_calls");
    if (reason == QLatin1String("refusal"))
        return QStringLiteral("content_filter");
    return QStringLiteral("stop"); // end_turn, stop_sequence, pause_turn
}

std::optional<ChatEvent> AnthropicAdapter::errorFromJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("type")).toString() != QLatin1String("error")
        && !object.contains(QStringLiteral("error")))
        return std::nullopt;
    const QJsonObject e = object.value(QStringLiteral("error")).toObject();
    QString type = e.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        type = QLatin1String(wire_error::kProvider);
    const QString message = e.value(QStringLiteral("message")).toString();
    // Anthropic's overload is HTTP 529; in a stream it only says overloaded_error.
    const int status = type == QLatin1String("overloaded_error") ? 529 : 0;
    return ChatEvent::error(status, type,
        QStringLiteral("anthropic provider error (%1): %2")
            .arg(type, message.isEmpty() ? QStringLiteral("no message") : message));
}

QVector<ChatEvent> AnthropicAdapter::parseResponseBody(const QByteArray &body)
{
    QString why;
    const auto root = parseObject(body, QStringLiteral("anthropic response body"), &why);
    if (!root)
        return { ChatEvent::error(0, QLatin1String(wire_error::kMalformed), why) };
    if (auto err = errorFromJson(*root))
        return { *err };
    if (!root->value(QStringLiteral("content")).isArray())
        return { ChatEvent::error(0, QLatin1String(wire_error::kMalformed),
            QStringLiteral("anthropic response body: field 'content' is missing or not an array")) };
    QVector<ChatEvent> events;
    int toolIndex = 0;
    for (const QJsonValue &v : root->value(QStringLiteral("content")).toArray()) {
        const QJsonObject block = v.toObject();
        const QString type = block.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("text")) {
            const QString text = block.value(QStringLiteral("text")).toString();
            if (!text.isEmpty())
                events.append(ChatEvent::textDelta(text));
        } else if (type == QLatin1String("thinking")) {
            events.append(ChatEvent::reasoningDelta(block.value(QStringLiteral("thinking")).toString()));
        } else if (type == QLatin1String("tool_use")) {
            ChatEvent ev;
            ev.kind = ChatEvent::Kind::ToolCallDelta;
            ev.toolIndex = toolIndex++;
            ev.toolId = block.value(QStringLiteral("id")).toString();
            ev.toolName = block.value(QStringLiteral("name")).toString();
            ev.toolArguments
                = QString::fromUtf8(QJsonDocument(block.value(QStringLiteral("input")).toObject())
                                        .toJson(QJsonDocument::Compact));
            events.append(ev);
        }
    }
    if (root->value(QStringLiteral("usage")).isObject()) {
        TokenUsage u;
        mergeUsage(root->value(QStringLiteral("usage")).toObject(), u);
        events.append(ChatEvent::usageEvent(u));
    }
    events.append(
        ChatEvent::finish(normaliseStopReason(root->value(QStringLiteral("stop_reason")).toString())));
    return events;
}

QVector<ChatEvent> AnthropicAdapter::parseResponse(const QByteArray &body) const
{
    return parseResponseBody(body);
}

bool AnthropicAdapter::decodeErrorBody(const QByteArray &body, ProviderError &error) const
{
    QString why;
    const auto root = parseObject(body, QString(), &why);
    if (!root)
        return false;
    const auto ev = errorFromJson(*root);
    if (!ev)
        return false;
    error.type = ev->errorType;
    error.message = ev->errorMessage;
    return true;
}

} // namespace sb
