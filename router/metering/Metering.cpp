#include "router/metering/Metering.h"

#include <QJsonDocument>

#include <algorithm>

namespace sb::metering {

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
            tokens += estimateTokens(
                QString::fromUtf8(QJsonDocument(m.toolCalls).toJson(QJsonDocument::Compact)));
    }
    if (!request.tools.isEmpty())
        tokens
            += estimateTokens(QString::fromUtf8(QJsonDocument(request.tools).toJson(QJsonDocument::Compact)));
    return tokens + 3; // the assistant turn's own header
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

double cost(const ModelPrice &price, qint64 inputTokens, qint64 outputTokens, qint64 cachedInputTokens)
{
    const qint64 cached = std::clamp<qint64>(cachedInputTokens, 0, std::max<qint64>(0, inputTokens));
    const qint64 uncached = std::max<qint64>(0, inputTokens - cached);
    return (double(uncached) * price.inputPerMTok + double(cached) * price.cachedInputPerMTok
               + double(std::max<qint64>(0, outputTokens)) * price.outputPerMTok)
        / 1e6;
}

double cost(const ModelPrice &price, const TokenUsage &usage)
{
    return cost(price, usage.inputTokens, usage.outputTokens, usage.cachedInputTokens);
}

double worstCaseCost(const ChatRequest &request, const ModelEntry &model)
{
    const qint64 prompt = estimatePromptTokens(request);
    return cost(model.price, prompt, worstCaseOutputTokens(request, model, prompt), 0);
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
