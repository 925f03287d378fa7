#include "router/adapters/gemini/GeminiAdapter.h"

#include "router/adapters/StreamDecoderBase.h"
#include "router/adapters/gemini/GeminiStreamDecoder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sb {

using adapter_util::parseObject;

namespace {

QJsonObject textPart(const QString &text)
{
    return QJsonObject { { QStringLiteral("text"), text } };
}

// Gemini accepts an OpenAPI subset; JSON-Schema keys it does not know make it answer 400.
QJsonValue sanitiseSchema(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(sanitiseSchema(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() == QLatin1String("$schema") || it.key() == QLatin1String("additionalProperties")
            || it.key() == QLatin1String("strict"))
            continue;
        // Under "properties" the keys are property names, not schema keywords.
        if (it.key() == QLatin1String("properties") && it.value().isObject()) {
            QJsonObject props;
            const QJsonObject p = it.value().toObject();
            for (auto pi = p.begin(); pi != p.end(); ++pi)
                props.insert(pi.key(), sanitiseSchema(pi.value()));
            out.insert(it.key(), props);
        } else {
            out.insert(it.key(), sanitiseSchema(it.value()));
        }
    }
    return out;
}

QJsonObject argumentsObject(const QJsonValue &arguments)
{
    if (arguments.isObject())
        return arguments.toObject();
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toString().toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject();
}

std::optional<qint64> parseDuration(const QString &text)
{
    // google.protobuf.Duration in JSON: "30s", "1.5s".
    static const QRegularExpression re(QStringLiteral(R"(^(\d+(?:\.\d+)?)s$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return qint64(m.captured(1).toDouble() * 1000.0);
}

} // namespace

QJsonObject GeminiAdapter::requestBody(const ChatRequest &request)
{
    QJsonObject body;
    for (const char *key : { "safetySettings", "cachedContent", "labels" }) {
        if (request.extra.contains(QLatin1String(key)))
            body.insert(QLatin1String(key), request.extra.value(QLatin1String(key)));
    }
    QStringList system;
    QJsonArray contents;
    QHash<QString, QString> toolNameById; // functionResponse needs the function's name
    auto append = [&contents](const QString &role, const QJsonArray &parts) {
        if (parts.isEmpty())
            return;
        if (!contents.isEmpty()
            && contents.last().toObject().value(QStringLiteral("role")).toString() == role) {
            QJsonObject last = contents.last().toObject();
            QJsonArray merged = last.value(QStringLiteral("parts")).toArray();
            for (const QJsonValue &p : parts)
                merged.append(p);
            last.insert(QStringLiteral("parts"), merged);
            contents.replace(contents.size() - 1, last);
        } else {
            contents.append(
                QJsonObject { { QStringLiteral("role"), role }, { QStringLiteral("parts"), parts } });
        }
    };
    for (const ChatMessage &m : request.messages) {
        if (m.role == QLatin1String("system") || m.role == QLatin1String("developer")) {
            if (!m.content.isEmpty())
                system << m.content;
        } else if (m.role == QLatin1String("assistant")) {
            QJsonArray parts;
            if (!m.content.isEmpty())
                parts.append(textPart(m.content));
            for (const QJsonValue &v : m.toolCalls) {
                const QJsonObject call = v.toObject();
                const QJsonObject fn = call.value(QStringLiteral("function")).toObject();
                const QString name = fn.value(QStringLiteral("name")).toString();
                toolNameById.insert(call.value(QStringLiteral("id")).toString(), name);
                parts.append(QJsonObject { { QStringLiteral("functionCall"),
                    QJsonObject { { QStringLiteral("name"), name },
                        { QStringLiteral("args"),
                            argumentsObject(fn.value(QStringLiteral("arguments"))) } } } });
            }
            append(QStringLiteral("model"), parts);
        } else if (m.role == QLatin1String("tool")) {
            const QString name = !m.name.isEmpty() ? m.name : toolNameById.value(m.toolCallId);
            const QJsonDocument doc = QJsonDocument::fromJson(m.content.toUtf8());
            const QJsonObject response
                = doc.isObject() ? doc.object() : QJsonObject { { QStringLiteral("content"), m.content } };
            append(QStringLiteral("user"),
                QJsonArray { QJsonObject { { QStringLiteral("functionResponse"),
                    QJsonObject {
                        { QStringLiteral("name"), name }, { QStringLiteral("response"), response } } } } });
        } else {
            append(QStringLiteral("user"), QJsonArray { textPart(m.content) });
        }
    }
    body.insert(QStringLiteral("contents"), contents);
    if (!system.isEmpty())
        body.insert(QStringLiteral("systemInstruction"),
            QJsonObject {
                { QStringLiteral("parts"), QJsonArray { textPart(system.join(QStringLiteral("\n\n"))) } } });

    QJsonObject generation = request.extra.value(QStringLiteral("generationConfig")).toObject();
    if (request.maxTokens)
        generation.insert(QStringLiteral("maxOutputTokens"), *request.maxTokens);
    if (request.temperature)
        generation.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        generation.insert(QStringLiteral("topP"), *request.topP);
    if (!request.stop.isEmpty())
        generation.insert(QStringLiteral("stopSequences"), request.stop);
    if (!generation.isEmpty())
        body.insert(QStringLiteral("generationConfig"), generation);

    if (!request.tools.isEmpty()) {
        QJsonArray declarations;
        for (const QJsonValue &v : request.tools) {
            const QJsonObject fn = v.toObject().value(QStringLiteral("function")).toObject();
            if (fn.isEmpty())
                continue;
            QJsonObject decl { { QStringLiteral("name"), fn.value(QStringLiteral("name")) } };
            if (fn.contains(QStringLiteral("description")))
                decl.insert(QStringLiteral("description"), fn.value(QStringLiteral("description")));
            if (fn.contains(QStringLiteral("parameters")))
                decl.insert(
                    QStringLiteral("parameters"), sanitiseSchema(fn.value(QStringLiteral("parameters"))));
            declarations.append(decl);
        }
        body.insert(QStringLiteral("tools"),
            QJsonArray { QJsonObject { { QStringLiteral("functionDeclarations"), declarations } } });
        const QJsonValue choice = request.toolChoice;
        QJsonObject config;
        if (choice.isString()) {
            const QString c = choice.toString();
            config.insert(QStringLiteral("mode"),
                c == QLatin1String("required")   ? QStringLiteral("ANY")
                    : c == QLatin1String("none") ? QStringLiteral("NONE")
                                                 : QStringLiteral("AUTO"));
        } else if (choice.isObject()) {
            const QString name = choice.toObject()
                                     .value(QStringLiteral("function"))
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString();
            config.insert(QStringLiteral("mode"), QStringLiteral("ANY"));
            if (!name.isEmpty())
                config.insert(QStringLiteral("allowedFunctionNames"), QJsonArray { name });
        }
        if (!config.isEmpty())
            body.insert(QStringLiteral("toolConfig"),
                QJsonObject { { QStringLiteral("functionCallingConfig"), config } });
    }
    return body;
}

ProviderHttpRequest GeminiAdapter::buildRequest(const QUrl &baseUrl, const QString &providerModelId,
    const ChatRequest &request, const QString &apiKey) const
{
    const QString model = providerModelId.contains(QLatin1Char('/'))
        ? providerModelId
        : QStringLiteral("models/") + providerModelId;
    const QString path = model
        + (request.stream ? QStringLiteral(":streamGenerateContent?alt=sse")
                          : QStringLiteral(":generateContent"));
    ProviderHttpRequest out;
    out.request.setUrl(adapter_util::joinUrl(baseUrl, path));
    out.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    out.request.setRawHeader("Accept", request.stream ? "text/event-stream" : "application/json");
    if (!apiKey.isEmpty())
        out.request.setRawHeader("x-goog-api-key", apiKey.toUtf8());
    out.body = QJsonDocument(requestBody(request)).toJson(QJsonDocument::Compact);
    return out;
}

std::unique_ptr<StreamDecoder> GeminiAdapter::createStreamDecoder() const
{
    return std::make_unique<GeminiStreamDecoder>();
}

QString GeminiAdapter::normaliseFinishReason(const QString &reason, bool sawToolCall)
{
    if (reason == QLatin1String("MAX_TOKENS"))
        return QStringLiteral("length");
    if (reason == QLatin1String("SAFETY") || reason == QLatin1String("RECITATION")
        || reason == QLatin1String("BLOCKLIST") || reason == QLatin1String("PROHIBITED_CONTENT")
        || reason == QLatin1String("SPII") || reason == QLatin1String("IMAGE_SAFETY")
        || reason == QLatin1String("LANGUAGE"))
        return QStringLiteral("content_filter");
    // Gemini says STOP after a function call; the OpenAI vocabulary says tool_calls.
    return sawToolCall ? QStringLiteral("tool_calls") : QStringLiteral("stop");
}

std::optional<ChatEvent> GeminiAdapter::errorFromJson(const QJsonObject &object)
{
    const QJsonValue err = object.value(QStringLiteral("error"));
    if (!err.isObject())
        return std::nullopt;
    const QJsonObject e = err.toObject();
    QString type = e.value(QStringLiteral("status")).toString();
    if (type.isEmpty())
        type = QLatin1String(wire_error::kProvider);
    const int code = e.value(QStringLiteral("code")).toInt();
    return ChatEvent::error(code >= 100 && code <= 599 ? code : 0, type,
        QStringLiteral("gemini provider error (%1): %2")
            .arg(type, e.value(QStringLiteral("message")).toString()));
}

bool GeminiAdapter::readResponse(const QJsonObject &response, ReadState &state, QVector<ChatEvent> &out)
{
    if (auto err = errorFromJson(response)) {
        out.append(*err);
        return false;
    }
    const QJsonValue usage = response.value(QStringLiteral("usageMetadata"));
    if (usage.isObject()) {
        // Cumulative in every chunk: the last one wins. Thoughts are billed as output.
        const QJsonObject u = usage.toObject();
        TokenUsage t;
        t.reported = true;
        t.inputTokens = qint64(u.value(QStringLiteral("promptTokenCount")).toDouble());
        t.reasoningTokens = qint64(u.value(QStringLiteral("thoughtsTokenCount")).toDouble());
        t.outputTokens
            = qint64(u.value(QStringLiteral("candidatesTokenCount")).toDouble()) + t.reasoningTokens;
        t.cachedInputTokens = qint64(u.value(QStringLiteral("cachedContentTokenCount")).toDouble());
        state.usage = t;
    }
    const QJsonArray candidates = response.value(QStringLiteral("candidates")).toArray();
    if (candidates.isEmpty()) {
        const QString blocked = response.value(QStringLiteral("promptFeedback"))
                                    .toObject()
                                    .value(QStringLiteral("blockReason"))
                                    .toString();
        if (!blocked.isEmpty())
            state.finishReason = QStringLiteral("content_filter");
        return true;
    }
    const QJsonObject candidate = candidates.first().toObject();
    const QJsonArray parts
        = candidate.value(QStringLiteral("content")).toObject().value(QStringLiteral("parts")).toArray();
    for (const QJsonValue &v : parts) {
        const QJsonObject part = v.toObject();
        if (part.contains(QStringLiteral("functionCall"))) {
            const QJsonObject call = part.value(QStringLiteral("functionCall")).toObject();
            ChatEvent ev;
            ev.kind = ChatEvent::Kind::ToolCallDelta;
            ev.toolIndex = state.nextToolIndex++;
            ev.toolId = call.value(QStringLiteral("id")).toString();
            if (ev.toolId.isEmpty()) // older models send no id; the OpenAI schema needs one
                ev.toolId = QStringLiteral("call_%1").arg(ev.toolIndex);
            ev.toolName = call.value(QStringLiteral("name")).toString();
            ev.toolArguments = QString::fromUtf8(
                QJsonDocument(call.value(QStringLiteral("args")).toObject()).toJson(QJsonDocument::Compact));
            out.append(ev);
        } else if (part.value(QStringLiteral("text")).isString()) {
            const QString text = part.value(QStringLiteral("text")).toString();
            if (text.isEmpty())
                continue;
            out.append(part.value(QStringLiteral("thought")).toBool() ? ChatEvent::reasoningDelta(text)
                                                                      : ChatEvent::textDelta(text));
        }
    }
    const QString reason = candidate.value(QStringLiteral("finishReason")).toString();
    if (!reason.isEmpty() && reason != QLatin1String("FINISH_REASON_UNSPECIFIED"))
        state.finishReason = normaliseFinishReason(reason, state.nextToolIndex > 0);
    return true;
}

QVector<ChatEvent> GeminiAdapter::parseResponseBody(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray()))
        return { ChatEvent::error(0, QLatin1String(wire_error::kMalformed),
            QStringLiteral("gemini response body is not valid JSON (%1): %2")
                .arg(pe.errorString(), adapter_util::snippet(body))) };
    QJsonArray responses = doc.isArray() ? doc.array() : QJsonArray { doc.object() };
    ReadState state;
    QVector<ChatEvent> events;
    for (const QJsonValue &v : responses) {
        if (!readResponse(v.toObject(), state, events))
            return events;
    }
    if (state.finishReason.isEmpty() && events.isEmpty() && !state.usage)
        return { ChatEvent::error(0, QLatin1String(wire_error::kMalformed),
            QStringLiteral("gemini response body: no candidates and no finishReason: %1")
                .arg(adapter_util::snippet(body))) };
    if (state.usage)
        events.append(ChatEvent::usageEvent(*state.usage));
    events.append(ChatEvent::finish(state.finishReason.isEmpty()
            ? normaliseFinishReason(QString(), state.nextToolIndex > 0)
            : state.finishReason));
    return events;
}

QVector<ChatEvent> GeminiAdapter::parseResponse(const QByteArray &body) const
{
    return parseResponseBody(body);
}

bool GeminiAdapter::decodeErrorBody(const QByteArray &body, ProviderError &error) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject root = doc.isArray() ? doc.array().first().toObject() : doc.object();
    const auto ev = errorFromJson(root);
    if (!ev)
        return false;
    error.type = ev->errorType;
    error.message = ev->errorMessage;
    // google.rpc.RetryInfo in error.details: a hint when no Retry-After header came.
    for (const QJsonValue &d :
        root.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toArray()) {
        const QJsonObject detail = d.toObject();
        if (detail.value(QStringLiteral("@type")).toString().endsWith(QLatin1String("RetryInfo")))
            error.retryAfterMs = parseDuration(detail.value(QStringLiteral("retryDelay")).toString());
    }
    return true;
}

} // namespace sb
