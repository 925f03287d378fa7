#pragma once
// Decodes an OpenAI chat-completions event stream ("data: {chunk}" ... "data: [DONE]").
// The finish reason arrives before the usage chunk, so both are held back and emitted as
// Usage then Finish at [DONE] (or at a clean end of body once a finish reason was seen).

#include "router/adapters/StreamDecoderBase.h"

#include <QHash>

namespace sb {

class OpenAiStreamDecoder final : public StreamDecoderBase {
public:
    OpenAiStreamDecoder();

protected:
    void onSseEvent(const SseEvent &event) override;
    void onEndOfStream() override;
    QVector<ChatEvent> parseWholeBody(const QByteArray &body) const override;

private:
    void handleChunk(const QJsonObject &chunk);
    void handleToolCalls(const QJsonArray &calls);
    void complete();

    std::optional<TokenUsage> m_usage;
    QString m_finishReason;
    QHash<QString, int> m_toolIndexById; // for dialects that omit "index"
    int m_lastToolIndex = -1;
};

} // namespace sb
