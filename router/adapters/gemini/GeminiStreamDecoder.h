#pragma once
// Decodes streamGenerateContent?alt=sse: every "data:" is a whole GenerateContentResponse.
// There is no end marker; the stream is complete when the body ends after a finishReason.

#include "router/adapters/StreamDecoderBase.h"
#include "router/adapters/gemini/GeminiAdapter.h"

namespace sb {

class GeminiStreamDecoder final : public StreamDecoderBase {
public:
    GeminiStreamDecoder();

protected:
    void onSseEvent(const SseEvent &event) override;
    void onEndOfStream() override;
    QVector<ChatEvent> parseWholeBody(const QByteArray &body) const override;

private:
    GeminiAdapter::ReadState m_state;
};

} // namespace sb
