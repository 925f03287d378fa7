#pragma once
// Decodes the Messages event stream: message_start (input usage), content_block_start /
// content_block_delta / content_block_stop (text, thinking, tool_use + input_json_delta),
// message_delta (stop_reason, output usage), message_stop, ping, error.

#include "router/adapters/StreamDecoderBase.h"

#include <QHash>

namespace sb {

class AnthropicStreamDecoder final : public StreamDecoderBase {
public:
    AnthropicStreamDecoder();

protected:
    void onSseEvent(const SseEvent &event) override;
    void onEndOfStream() override;
    QVector<ChatEvent> parseWholeBody(const QByteArray &body) const override;

private:
    void complete();

    TokenUsage m_usage;
    bool m_sawStart = false;
    QString m_stopReason;
    QHash<int, int> m_toolIndexByBlock; // content block index -> OpenAI-style tool index
};

} // namespace sb
