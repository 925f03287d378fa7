#pragma once
// Google Gemini API: models/M:generateContent and models/M:streamGenerateContent?alt=sse.
// contents/parts instead of messages ("model" is the assistant role), systemInstruction,
// functionDeclarations / functionCall / functionResponse, cumulative usageMetadata in every
// chunk, finishReason in upper case, API key in x-goog-api-key.

#include "router/adapters/ProviderAdapter.h"

#include <QJsonObject>

namespace sb {

class GeminiAdapter final : public ProviderAdapter {
public:
    // What one response (a stream chunk or a whole body) leaves behind for the end.
    struct ReadState {
        int nextToolIndex = 0;
        std::optional<TokenUsage> usage;
        QString finishReason; // already normalised
    };

    QString wireFormat() const override { return QStringLiteral("gemini"); }
    ProviderHttpRequest buildRequest(const QUrl &baseUrl, const QString &providerModelId,
        const ChatRequest &request, const QString &apiKey) const override;
    std::unique_ptr<StreamDecoder> createStreamDecoder() const override;
    QVector<ChatEvent> parseResponse(const QByteArray &body) const override;

    static QJsonObject requestBody(const ChatRequest &request);
    // Body of a non-streaming call: one GenerateContentResponse, or an array of them (what
    // streamGenerateContent returns without alt=sse).
    static QVector<ChatEvent> parseResponseBody(const QByteArray &body);
    // Reads one GenerateContentResponse: appends deltas to out, keeps usage and finish reason
    // in state. Returns false after appending an Error event.
    static bool readResponse(const QJsonObject &response, ReadState &state, QVector<ChatEvent> &out);
    static QString normaliseFinishReason(const QString &reason, bool sawToolCall);
    static std::optional<ChatEvent> errorFromJson(const QJsonObject &object);

protected:
    bool decodeErrorBody(const QByteArray &body, ProviderError &error) const override;
};

} // namespace sb
