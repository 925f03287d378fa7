#pragma once
// OpenAI-compatible chat completions (/chat/completions): OpenAI itself and the many servers
// that copy it (Groq, Together, Fireworks, OpenRouter, the HF router, vLLM, llama-server, ...).
// Tolerates the common dialects: reasoning in "reasoning_content" or "reasoning", usage in
// the final chunk or in Groq's "x_groq", cached tokens in prompt_tokens_details or DeepSeek's
// prompt_cache_hit_tokens, tool-call deltas without an index.

#include "router/adapters/ProviderAdapter.h"

#include <QJsonObject>

namespace sb {

class OpenAiAdapter final : public ProviderAdapter {
public:
    QString wireFormat() const override { return QStringLiteral("openai"); }
    ProviderHttpRequest buildRequest(const QUrl &baseUrl, const QString &providerModelId,
        const ChatRequest &request, const QString &apiKey) const override;
    std::unique_ptr<StreamDecoder> createStreamDecoder() const override;
    QVector<ChatEvent> parseResponse(const QByteArray &body) const override;

    // Pieces shared with the stream decoder (and usable by the local OpenAI-compatible server).
    static QJsonObject requestBody(const QString &providerModelId, const ChatRequest &request);
    static QVector<ChatEvent> parseResponseBody(const QByteArray &body);
    static TokenUsage parseUsage(const QJsonObject &usage);
    static QString normaliseFinishReason(const QString &reason);
    // {"error": {...}} or {"error": "text"} anywhere in a 2xx body or chunk -> Error event.
    static std::optional<ChatEvent> errorFromJson(const QJsonObject &object);

protected:
    bool decodeErrorBody(const QByteArray &body, ProviderError &error) const override;
};

} // namespace sb
