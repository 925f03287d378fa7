#include "FakeWireFormats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sb::test {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray sse(const QJsonObject &o, const QByteArray &eventName = {})
{
    QByteArray out;
    if (!eventName.isEmpty())
        out += "event: " + eventName + "\n";
    return out + "data: " + compact(o) + "\n\n";
}

// The script's text split into the pieces that will be streamed.
QStringList textPieces(const FakeBehaviour &b)
{
    QString text;
    for (int i = 0; i < std::max(1, b.repeatText); ++i)
        text += b.text;
    QStringList pieces;
    if (text.isEmpty())
        return pieces;
    if (b.pieces > 0) {
        const qsizetype n = std::min<qsizetype>(b.pieces, text.size());
        for (qsizetype i = 0; i < n; ++i) {
            const qsizetype from = text.size() * i / n;
            const qsizetype to = text.size() * (i + 1) / n;
            pieces << text.mid(from, to - from);
        }
        return pieces;
    }
    static const QRegularExpression word(QStringLiteral(R"(\S+\s*|\s+)"));
    auto it = word.globalMatch(text);
    while (it.hasNext())
        pieces << it.next().captured(0);
    return pieces;
}

QString finishReason(const FakeBehaviour &b)
{
    if (!b.finishReason.isEmpty())
        return b.finishReason;
    return b.toolCalls.isEmpty() ? QStringLiteral("stop") : QStringLiteral("tool_calls");
}

qint64 completionTokens(const FakeBehaviour &b, const QStringList &pieces)
{
    return b.completionTokens >= 0 ? b.completionTokens : qint64(pieces.size() + b.toolCalls.size());
}

QJsonObject argsObject(const FakeToolCall &c)
{
    return QJsonDocument::fromJson(c.argumentsJson.toUtf8()).object();
}

QStringList halves(const QString &s)
{
    return { s.left(s.size() / 2), s.mid(s.size() / 2) };
}

// ---------------------------------------------------------------- OpenAI

QJsonObject openAiUsage(const FakeBehaviour &b, qint64 completion)
{
    return QJsonObject { { "prompt_tokens", b.promptTokens }, { "completion_tokens", completion },
        { "total_tokens", b.promptTokens + completion },
        { "prompt_tokens_details", QJsonObject { { "cached_tokens", b.cachedTokens } } } };
}

QJsonObject openAiChunk(
    const FakeRequest &r, const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    return QJsonObject { { "id", "chatcmpl-fake" }, { "object", "chat.completion.chunk" },
        { "created", 1700000000 }, { "model", r.model },
        { "choices",
            QJsonArray {
                QJsonObject { { "index", 0 }, { "delta", delta }, { "finish_reason", finish } } } } };
}

QVector<QByteArray> openAiStream(const FakeRequest &r, const FakeBehaviour &b)
{
    const QStringList pieces = textPieces(b);
    QVector<QByteArray> events;
    events << sse(openAiChunk(r, QJsonObject { { "role", "assistant" }, { "content", "" } }));
    if (!b.reasoning.isEmpty())
        for (const QString &p : halves(b.reasoning))
            events << sse(openAiChunk(r, QJsonObject { { "reasoning_content", p } }));
    for (const QString &p : pieces)
        events << sse(openAiChunk(r, QJsonObject { { "content", p } }));
    for (int i = 0; i < b.toolCalls.size(); ++i) {
        const FakeToolCall &c = b.toolCalls[i];
        events << sse(openAiChunk(r,
            QJsonObject { { "tool_calls",
                QJsonArray { QJsonObject { { "index", i }, { "id", c.id }, { "type", "function" },
                    { "function", QJsonObject { { "name", c.name }, { "arguments", "" } } } } } } }));
        for (const QString &part : halves(c.argumentsJson))
            events << sse(openAiChunk(r,
                QJsonObject { { "tool_calls",
                    QJsonArray { QJsonObject {
                        { "index", i }, { "function", QJsonObject { { "arguments", part } } } } } } }));
    }
    if (b.omitEndMarker)
        return events;
    events << sse(openAiChunk(r, QJsonObject(), finishReason(b)));
    const bool wantsUsage = r.json().value("stream_options").toObject().value("include_usage").toBool();
    if (b.sendUsage && wantsUsage) {
        QJsonObject chunk = openAiChunk(r, QJsonObject());
        chunk.insert("choices", QJsonArray());
        chunk.insert("usage", openAiUsage(b, completionTokens(b, pieces)));
        events << sse(chunk);
    }
    events << QByteArray("data: [DONE]\n\n");
    return events;
}

QByteArray openAiBody(const FakeRequest &r, const FakeBehaviour &b)
{
    const QStringList pieces = textPieces(b);
    QJsonObject message { { "role", "assistant" }, { "content", pieces.join(QString()) } };
    if (!b.reasoning.isEmpty())
        message.insert("reasoning_content", b.reasoning);
    if (!b.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const FakeToolCall &c : b.toolCalls)
            calls.append(QJsonObject { { "id", c.id }, { "type", "function" },
                { "function", QJsonObject { { "name", c.name }, { "arguments", c.argumentsJson } } } });
        message.insert("tool_calls", calls);
    }
    QJsonObject body { { "id", "chatcmpl-fake" }, { "object", "chat.completion" }, { "created", 1700000000 },
        { "model", r.model },
        { "choices",
            QJsonArray { QJsonObject {
                { "index", 0 }, { "message", message }, { "finish_reason", finishReason(b) } } } } };
    if (b.sendUsage)
        body.insert("usage", openAiUsage(b, completionTokens(b, pieces)));
    return compact(body);
}

QByteArray openAiError(int status)
{
    QString type = QStringLiteral("server_error"), code = QStringLiteral("server_error"),
            message = QStringLiteral("The server had an error");
    if (status == 401) {
        type = QStringLiteral("invalid_request_error");
        code = QStringLiteral("invalid_api_key");
        message = QStringLiteral("Incorrect API key provided.");
    } else if (status == 429) {
        type = QStringLiteral("requests");
        code = QStringLiteral("rate_limit_exceeded");
        message = QStringLiteral("Rate limit reached for requests");
    } else if (status == 404) {
        type = QStringLiteral("invalid_request_error");
        code = QStringLiteral("model_not_found");
        message = QStringLiteral("The model does not exist or you do not have access to it.");
    } else if (status == 400) {
        type = QStringLiteral("invalid_request_error");
        code = QStringLiteral("invalid_request");
        message = QStringLiteral("Invalid request.");
    } else if (status == 503) {
        message = QStringLiteral("The engine is currently overloaded, please try again later");
    }
    return compact(QJsonObject { { "error",
        QJsonObject {
            { "message", message }, { "type", type }, { "param", QJsonValue::Null }, { "code", code } } } });
}

// ---------------------------------------------------------------- Anthropic

QVector<QByteArray> anthropicStream(const FakeRequest &r, const FakeBehaviour &b)
{
    const QStringList pieces = textPieces(b);
    QVector<QByteArray> events;
    QJsonObject usage { { "input_tokens", b.promptTokens - b.cachedTokens - b.cacheWriteTokens },
        { "output_tokens", 1 }, { "cache_creation_input_tokens", b.cacheWriteTokens },
        { "cache_read_input_tokens", b.cachedTokens } };
    QJsonObject message { { "id", "msg_fake" }, { "type", "message" }, { "role", "assistant" },
        { "model", r.model }, { "content", QJsonArray() }, { "stop_reason", QJsonValue::Null },
        { "stop_sequence", QJsonValue::Null } };
    if (b.sendUsage)
        message.insert("usage", usage);
    events << sse(QJsonObject { { "type", "message_start" }, { "message", message } }, "message_start");
    int block = 0;
    auto delta = [&events, &block](const QJsonObject &d) {
        events << sse(QJsonObject { { "type", "content_block_delta" }, { "index", block }, { "delta", d } },
            "content_block_delta");
    };
    auto stop = [&events, &block] {
        events << sse(
            QJsonObject { { "type", "content_block_stop" }, { "index", block } }, "content_block_stop");
        ++block;
    };
    if (!b.reasoning.isEmpty()) {
        events << sse(QJsonObject { { "type", "content_block_start" }, { "index", block },
                          { "content_block", QJsonObject { { "type", "thinking" }, { "thinking", "" } } } },
            "content_block_start");
        for (const QString &p : halves(b.reasoning))
            delta(QJsonObject { { "type", "thinking_delta" }, { "thinking", p } });
        delta(QJsonObject { { "type", "signature_delta" }, { "signature", "c2lnbmF0dXJl" } });
        stop();
    }
    if (!pieces.isEmpty()) {
        events << sse(QJsonObject { { "type", "content_block_start" }, { "index", block },
                          { "content_block", QJsonObject { { "type", "text" }, { "text", "" } } } },
            "content_block_start");
        events << sse(QJsonObject { { "type", "ping" } }, "ping");
        for (const QString &p : pieces)
            delta(QJsonObject { { "type", "text_delta" }, { "text", p } });
        stop();
    }
    for (const FakeToolCall &c : b.toolCalls) {
        events << sse(QJsonObject { { "type", "content_block_start" }, { "index", block },
                          { "content_block",
                              QJsonObject { { "type", "tool_use" }, { "id", c.id }, { "name", c.name },
                                  { "input", QJsonObject() } } } },
            "content_block_start");
        for (const QString &part : halves(c.argumentsJson))
            delta(QJsonObject { { "type", "input_json_delta" }, { "partial_json", part } });
        stop();
    }
    if (b.omitEndMarker)
        return events;
    static const QHash<QString, QString> stopReasons { { "stop", "end_turn" }, { "length", "max_tokens" },
        { "tool_calls", "tool_use" }, { "content_filter", "refusal" } };
    QJsonObject messageDelta { { "type", "message_delta" },
        { "delta",
            QJsonObject { { "stop_reason", stopReasons.value(finishReason(b), "end_turn") },
                { "stop_sequence", QJsonValue::Null } } } };
    if (b.sendUsage)
        messageDelta.insert("usage", QJsonObject { { "output_tokens", completionTokens(b, pieces) } });
    events << sse(messageDelta, "message_delta");
    events << sse(QJsonObject { { "type", "message_stop" } }, "message_stop");
    return events;
}

QByteArray anthropicBody(const FakeRequest &r, const FakeBehaviour &b)
{
    const QStringList pieces = textPieces(b);
    QJsonArray content;
    if (!b.reasoning.isEmpty())
        content.append(
            QJsonObject { { "type", "thinking" }, { "thinking", b.reasoning }, { "signature", "c2ln" } });
    if (!pieces.isEmpty())
        content.append(QJsonObject { { "type", "text" }, { "text", pieces.join(QString()) } });
    for (const FakeToolCall &c : b.toolCalls)
        content.append(QJsonObject {
            { "type", "tool_use" }, { "id", c.id }, { "name", c.name }, { "input", argsObject(c) } });
    static const QHash<QString, QString> stopReasons { { "stop", "end_turn" }, { "length", "max_tokens" },
        { "tool_calls", "tool_use" }, { "content_filter", "refusal" } };
    QJsonObject body { { "id", "msg_fake" }, { "type", "message" }, { "role", "assistant" },
        { "model", r.model }, { "content", content },
        { "stop_reason", stopReasons.value(finishReason(b), "end_turn") },
        { "stop_sequence", QJsonValue::Null } };
    if (b.sendUsage)
        body.insert("usage",
            QJsonObject { { "input_tokens", b.promptTokens - b.cachedTokens - b.cacheWriteTokens },
                { "cache_creation_input_tokens", b.cacheWriteTokens },
                { "cache_read_input_tokens", b.cachedTokens },
                { "output_tokens", completionTokens(b, pieces) } });
    return compact(body);
}

QByteArray anthropicError(int status)
{
    QString type = QStringLiteral("api_error"), message = QStringLiteral("Internal server error");
    if (status == 401) {
        type = QStringLiteral("authentication_error");
        message = QStringLiteral("invalid x-api-key");
    } else if (status == 429) {
        type = QStringLiteral("rate_limit_error");
        message = QStringLiteral("Number of request tokens has exceeded your rate limit");
    } else if (status == 529 || status == 503) {
        type = QStringLiteral("overloaded_error");
        message = QStringLiteral("Overloaded");
    } else if (status == 404) {
        type = QStringLiteral("not_found_error");
        message = QStringLiteral("model: not found");
    } else if (status == 400) {
        type = QStringLiteral("invalid_request_error");
        message = QStringLiteral("messages: field required");
    }
    return compact(QJsonObject {
        { "type", "error" }, { "error", QJsonObject { { "type", type }, { "message", message } } } });
}

// ---------------------------------------------------------------- Gemini

QJsonObject geminiUsage(const FakeBehaviour &b, qint64 completion)
{
    QJsonObject u { { "promptTokenCount", b.promptTokens }, { "candidatesTokenCount", completion },
        { "totalTokenCount", b.promptTokens + completion } };
    if (b.cachedTokens)
        u.insert("cachedContentTokenCount", b.cachedTokens);
    return u;
}

QJsonObject geminiChunk(const FakeRequest &r, const QJsonArray &parts, const QString &finish,
    const FakeBehaviour &b, qint64 completion)
{
    QJsonObject candidate { { "content", QJsonObject { { "parts", parts }, { "role", "model" } } },
        { "index", 0 } };
    if (!finish.isEmpty())
        candidate.insert("finishReason", finish);
    QJsonObject chunk { { "candidates", QJsonArray { candidate } }, { "modelVersion", r.model } };
    if (b.sendUsage)
        chunk.insert("usageMetadata", geminiUsage(b, completion));
    return chunk;
}

QString geminiFinish(const FakeBehaviour &b)
{
    const QString f = finishReason(b);
    if (f == QLatin1String("length"))
        return QStringLiteral("MAX_TOKENS");
    if (f == QLatin1String("content_filter"))
        return QStringLiteral("SAFETY");
    return QStringLiteral("STOP");
}

QVector<QJsonObject> geminiChunks(const FakeRequest &r, const FakeBehaviour &b)
{
    const QStringList pieces = textPieces(b);
    QVector<QJsonObject> chunks;
    qint64 sent = 0;
    if (!b.reasoning.isEmpty())
        chunks << geminiChunk(
            r, QJsonArray { QJsonObject { { "text", b.reasoning }, { "thought", true } } }, {}, b, 0);
    for (const QString &p : pieces)
        chunks << geminiChunk(r, QJsonArray { QJsonObject { { "text", p } } }, {}, b, ++sent);
    QJsonArray calls;
    for (const FakeToolCall &c : b.toolCalls)
        calls.append(QJsonObject {
            { "functionCall", QJsonObject { { "name", c.name }, { "args", argsObject(c) } } } });
    if (b.omitEndMarker) {
        if (!calls.isEmpty())
            chunks << geminiChunk(r, calls, {}, b, completionTokens(b, pieces));
        return chunks;
    }
    chunks << geminiChunk(r, calls, geminiFinish(b), b, completionTokens(b, pieces));
    return chunks;
}

QByteArray geminiError(int status)
{
    QString st = QStringLiteral("INTERNAL"), message = QStringLiteral("An internal error has occurred.");
    if (status == 401) {
        st = QStringLiteral("UNAUTHENTICATED");
        message = QStringLiteral("API key not valid. Please pass a valid API key.");
    } else if (status == 429) {
        st = QStringLiteral("RESOURCE_EXHAUSTED");
        message = QStringLiteral("Resource has been exhausted (e.g. check quota).");
    } else if (status == 503) {
        st = QStringLiteral("UNAVAILABLE");
        message = QStringLiteral("The model is overloaded. Please try again later.");
    } else if (status == 404) {
        st = QStringLiteral("NOT_FOUND");
        message = QStringLiteral("models/x is not found for API version v1beta");
    } else if (status == 400) {
        st = QStringLiteral("INVALID_ARGUMENT");
        message = QStringLiteral("Invalid JSON payload received.");
    }
    return compact(QJsonObject {
        { "error", QJsonObject { { "code", status }, { "message", message }, { "status", st } } } });
}

// Invalid JSON inside a well-framed SSE event.
QByteArray malformed(const QByteArray &event)
{
    const qsizetype data = event.indexOf("data: ");
    return event.left(data) + "data: {\"choices\": [{\"delta\": {\"content\": \"oops\"\n\n";
}

} // namespace

FakeReplyPlan planFakeReply(const FakeRequest &r, const FakeBehaviour &b, bool authOk)
{
    FakeReplyPlan plan;
    const QString &f = r.wireFormat;
    if (f == QLatin1String("models")) {
        plan.contentType = "application/json";
        if (!authOk) { // as OpenAI answers a listing with a bad key
            plan.status = 401;
            plan.parts << compact(QJsonObject { { "error",
                QJsonObject { { "message", "Incorrect API key provided" },
                    { "type", "invalid_request_error" }, { "code", "invalid_api_key" } } } });
            return plan;
        }
        plan.parts << compact(QJsonObject { { "object", "list" },
            { "data",
                QJsonArray { QJsonObject {
                    { "id", "fake-model" }, { "object", "model" }, { "owned_by", "fake" } } } } });
        return plan;
    }
    if (f == QLatin1String("unknown")) {
        plan.status = 404;
        plan.contentType = "text/html";
        plan.parts << "<html><body>404 Not Found</body></html>";
        return plan;
    }
    const int status = authOk ? b.httpStatus : 401;
    if (status < 200 || status > 299) {
        plan.status = status;
        plan.contentType = b.contentType.isEmpty() ? QByteArray("application/json") : b.contentType;
        if (!b.retryAfter.isEmpty())
            plan.headers.append({ "Retry-After", b.retryAfter });
        QByteArray body = authOk ? b.errorBody : QByteArray();
        if (body.isEmpty())
            body = f == QLatin1String("anthropic") ? anthropicError(status)
                : f == QLatin1String("gemini")     ? geminiError(status)
                                                   : openAiError(status);
        plan.parts << body;
        return plan;
    }

    const bool geminiSse = f == QLatin1String("gemini") && r.target.contains("alt=sse");
    const bool sseStream = r.stream && (f != QLatin1String("gemini") || geminiSse);
    plan.chunked = r.stream;
    plan.contentType = sseStream ? QByteArray("text/event-stream") : QByteArray("application/json");
    if (!b.contentType.isEmpty())
        plan.contentType = b.contentType;
    if (!b.rawBody.isEmpty()) {
        plan.parts << b.rawBody;
        return plan;
    }
    if (f == QLatin1String("openai")) {
        plan.parts = r.stream ? openAiStream(r, b) : QVector<QByteArray> { openAiBody(r, b) };
    } else if (f == QLatin1String("anthropic")) {
        plan.parts = r.stream ? anthropicStream(r, b) : QVector<QByteArray> { anthropicBody(r, b) };
    } else {
        const QVector<QJsonObject> chunks = geminiChunks(r, b);
        if (geminiSse) {
            for (const QJsonObject &c : chunks)
                plan.parts << sse(c).replace("\n\n", "\r\n\r\n"); // Google frames with CRLF
        } else if (r.stream) {
            // Without alt=sse the stream is one JSON array, written piece by piece.
            for (int i = 0; i < chunks.size(); ++i)
                plan.parts << (i == 0 ? "[" : ",\r\n") + compact(chunks[i])
                        + (i + 1 == chunks.size() ? "]" : "");
        } else {
            // generateContent: the pieces merged into one response.
            QJsonArray parts;
            if (!b.reasoning.isEmpty())
                parts.append(QJsonObject { { "text", b.reasoning }, { "thought", true } });
            const QStringList pieces = textPieces(b);
            if (!pieces.isEmpty())
                parts.append(QJsonObject { { "text", pieces.join(QString()) } });
            for (const FakeToolCall &c : b.toolCalls)
                parts.append(QJsonObject {
                    { "functionCall", QJsonObject { { "name", c.name }, { "args", argsObject(c) } } } });
            plan.parts << compact(geminiChunk(
                r, parts, b.omitEndMarker ? QString() : geminiFinish(b), b, completionTokens(b, pieces)));
        }
    }
    if (r.stream && b.malformedAtEvent >= 0 && b.malformedAtEvent < plan.parts.size())
        plan.parts[b.malformedAtEvent]
            = sseStream ? malformed(plan.parts[b.malformedAtEvent]) : QByteArray("{\"oops\": ");
    else if (!r.stream && b.malformedAtEvent >= 0 && !plan.parts.isEmpty())
        plan.parts[0].chop(plan.parts[0].size() / 2);
    return plan;
}

} // namespace sb::test
