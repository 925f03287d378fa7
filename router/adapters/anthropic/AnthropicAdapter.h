#pragma once
// Anthropic Messages API (/v1/messages). Differences from the OpenAI schema handled here:
// system prompt as a top-level field, max_tokens required, strictly alternating roles (tool
// results travel as user turns of tool_result blocks), tools as {name, description,
// input_schema}, and usage split into uncached / cache-read / cache-write input tokens.

#include "router/adapters/ProviderAdapter.h"

#include <QJsonObject>

namespace sb {

class AnthropicAdapter final : public ProviderAdapter {
public:
    // Sent when the client gave no max_tokens (the API refuses a request without one).
    static constexpr int kDefaultMaxTokens = 4096;
    static constexpr char kApiVersion[] = "2023-06-01";

    QString wireFormat() const override { return QStringLiteral("anthropic"); }
    ProviderHttpRequest buildRequest(const QUrl &baseUrl, const QString &providerModelId,
        const ChatRequest &request, const QString &apiKey) const override;
    std::unique_ptr<StreamDecoder> createStreamDecoder() const override;
    QVector<ChatEvent> parseResponse(const QByteArray &body) const override;

    static QJsonObject requestBody(const QString &providerModelId, const ChatRequest &request);
    static QVector<ChatEvent> parseResponseBody(const QByteArray &body);
    // Adds an Anthropic usage object onto u (message_start then message_delta refine it).
    // inputTokens counts all prompt tokens (uncached + cache read + cache write), as OpenAI does.
    static void mergeUsage(const QJsonObject &usage, TokenUsage &u);
    static QString normaliseStopReason(const QString &reason);
    // {"type":"error","error":{"type","message"}} -> Error event.
    static std::optional<ChatEvent> errorFromJson(const QJsonObject &object);

protected:
    bool decodeErrorBody(const QByteArray &body, ProviderError &error) const override;
};

} // namespace sb
