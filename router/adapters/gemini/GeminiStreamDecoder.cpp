#include "router/adapters/gemini/GeminiStreamDecoder.h"

namespace sb {

GeminiStreamDecoder::GeminiStreamDecoder()
    : StreamDecoderBase(QStringLiteral("gemini"))
{
}

QVector<ChatEvent> GeminiStreamDecoder::parseWholeBody(const QByteArray &body) const
{
    return GeminiAdapter::parseResponseBody(body);
}

void GeminiStreamDecoder::onSseEvent(const SseEvent &event)
{
    if (event.data.trimmed().isEmpty())
        return;
    QString why;
    const auto chunk = adapter_util::parseObject(event.data, QStringLiteral("gemini stream chunk"), &why);
    if (!chunk) {
        emitError(wire_error::kMalformed, why);
        return;
    }
    QVector<ChatEvent> events;
    GeminiAdapter::readResponse(*chunk, m_state, events);
    for (ChatEvent &ev : events)
        emitEvent(std::move(ev));
}

void GeminiStreamDecoder::onEndOfStream()
{
    if (m_state.finishReason.isEmpty()) {
        emitError(wire_error::kTruncated,
            QStringLiteral("gemini stream: ended without a finishReason (connection cut?)"));
        return;
    }
    if (m_state.usage)
        emitEvent(ChatEvent::usageEvent(*m_state.usage));
    emitEvent(ChatEvent::finish(m_state.finishReason));
}

} // namespace sb
