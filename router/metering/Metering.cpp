#include "router/metering/Metering.h"

#include <QJsonDocument>

#include <algorithm>

namespace sb::metering {

namespace {

qint64 utf8Bytes(const QString &text)
{
    // QString is UTF-16: a unit below 0x80 is 1 byte, below 0x800 2 bytes, a surrogate pair
    // (4 UTF-8 bytes) 2 units of 2, any other unit 3 bytes. Counted without converting.
    qint64 bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    }
    return bytes;
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 estimateTokens(const QString &text)
{
    if (text.isEmpty())
        return 0;
    return (qint64(text.size()) + kCharsPerToken - 1) / kCharsPerToken;
}

qint64 estimatePromptTokens(const ChatRequest &request)
{
    qint64 tokens = 0;
    for (const ChatMessage &m : request.messages) {
        tokens += kTokensPerMessage + estimateTokens(m.content) + estimateTokens(m.reasoning);
        if (!m.toolCalls.isEmpty())
            tokens += estimateTokens(compactJson(m.toolCalls));
    }
    if (!request.tools.isEmpty())
        tokens += estimateTokens(compactJson(request.tools));
    return tokens + 3; // the assistant turn's own header
}

qint64 promptTokensUpperBound(const ChatRequest &request)
{
    qint64 tokens = 0;
    for (const ChatMessage &m : request.messages) {
        tokens += kMaxTokensPerMessage + utf8Bytes(m.role) + utf8Bytes(m.name) + utf8Bytes(m.content)
            + utf8Bytes(m.reasoning) + utf8Bytes(m.toolCallId);
        if (!m.toolCalls.isEmpty())
            tokens += utf8Bytes(compactJson(m.toolCalls));
    }
    if (!request.tools.isEmpty())
        tokens += kMaxToolPromptTokens + utf8Bytes(compactJson(request.tools));
    return tokens + kMaxTokensPerMessage; // the assistant turn's own header
}

qint64 worstCaseOutputTokens(const ChatRequest &request, const ModelEntry &model, qint64 promptTokens)
{
    const qint64 room = std::max<qint64>(0, model.contextWindow - promptTokens);
    if (request.maxTokens && *request.maxTokens > 0)
        return *request.maxTokens; // the provider may reject it if too large; we never budget less
    if (model.maxOutputTokens > 0)
        return std::min(model.maxOutputTokens, room);
    return room;
}

double cost(const ModelPrice &price, qint64 inputTokens, qint64 outputTokens, qint64 cachedInputTokens,
    qint64 cacheWriteTokens)
{
    const qint64 input = std::max<qint64>(0, inputTokens);
    const qint64 cached = std::clamp<qint64>(cachedInputTokens, 0, input);
    const qint64 written = std::clamp<qint64>(cacheWriteTokens, 0, input - cached);
    const qint64 plain = input - cached - written;
    return (double(plain) * price.inputPerMTok + double(cached) * price.cachedInputPerMTok
               + double(written) * price.cacheWritePrice()
               + double(std::max<qint64>(0, outputTokens)) * price.outputPerMTok)
        / 1e6;
}

double cost(const ModelPrice &price, const TokenUsage &usage)
{
    return cost(
        price, usage.inputTokens, usage.outputTokens, usage.cachedInputTokens, usage.cacheWriteTokens);
}

double worstCaseCost(const ChatRequest &request, const ModelEntry &model)
{
    const qint64 context = model.contextWindow > 0 ? model.contextWindow : 0;
    const qint64 bound = promptTokensUpperBound(request);
    const qint64 maxIn = context > 0 ? std::min(bound, context) : bound;
    qint64 maxOut = request.maxTokens && *request.maxTokens > 0 ? qint64(*request.maxTokens)
        : model.maxOutputTokens > 0                             ? model.maxOutputTokens
                                                                : context;
    if (context > 0)
        maxOut = std::min(maxOut, context);
    const double inPrice = std::max(model.price.inputPerMTok, model.price.cacheWritePrice());
    // Prompt and output share the context window: the most expensive split is at a corner, the
    // largest prompt or the largest output.
    const auto at = [&](qint64 in) {
        const qint64 out = context > 0 ? std::min(maxOut, context - in) : maxOut;
        return (double(in) * inPrice + double(std::max<qint64>(0, out)) * model.price.outputPerMTok) / 1e6;
    };
    const qint64 inForMaxOut = context > 0 ? std::clamp<qint64>(context - maxOut, 0, maxIn) : maxIn;
    return std::max(at(maxIn), at(inForMaxOut));
}

TokenUsage finalUsage(const TokenUsage &reported, bool providerReported, const ChatRequest &request,
    const QString &generatedText)
{
    if (providerReported) {
        TokenUsage u = reported;
        u.reported = true;
        return u;
    }
    TokenUsage u;
    u.inputTokens = estimatePromptTokens(request);
    u.outputTokens = estimateTokens(generatedText);
    u.reported = false;
    return u;
}

} // namespace sb::metering
