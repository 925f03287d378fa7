#include "router/adapters/anthropic/AnthropicStreamDecoder.h"

#include "router/adapters/anthropic/AnthropicAdapter.h"

#include <QJsonDocument>

namespace sb {

AnthropicStreamDecoder::AnthropicStreamDecoder()
    : StreamDecoderBase(QStringLiteral("anthropic"))
{
}

QVector<ChatEvent> AnthropicStreamDecoder::parseWholeBody(const QByteArray &body) const
{
    return AnthropicAdapter::parseResponseBody(body);
}

void AnthropicStreamDecoder::onSseEvent(const SseEvent &event)
{
    QString why;
    const QString what = QStringLiteral("anthropic stream event '%1'").arg(QString::fromUtf8(event.event));
    const auto obj = adapter_util::parseObject(event.data, what, &why);
    if (!obj) {
        emitError(wire_error::kMalformed, why);
        return;
    }
    // The JSON "type" is authoritative; the SSE event name only repeats it.
    QString type = obj->value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        type = QString::fromUtf8(event.event);

    if (type == QLatin1String("message_start")) {
        m_sawStart = true;
        const QJsonObject usage
            = obj->value(QStringLiteral("message")).toObject().value(QStringLiteral("usage")).toObject();
        if (!usage.isEmpty())
            AnthropicAdapter::mergeUsage(usage, m_usage);
    } else if (type == QLatin1String("content_block_start")) {
        const int index = obj->value(QStringLiteral("index")).toInt();
        const QJsonObject block = obj->value(QStringLiteral("content_block")).toObject();
        const QString blockType = block.value(QStringLiteral("type")).toString();
        if (blockType == QLatin1String("tool_use")) {
            const int toolIndex = int(m_toolIndexByBlock.size());
            m_toolIndexByBlock.insert(index, toolIndex);
            ChatEvent ev;
            ev.kind = ChatEvent::Kind::ToolCallDelta;
            ev.toolIndex = toolIndex;
            ev.toolId = block.value(QStringLiteral("id")).toString();
            ev.toolName = block.value(QStringLiteral("name")).toString();
            // The input arrives as input_json_delta fragments; a non-empty start input is rare
            // but legal.
            const QJsonObject input = block.value(QStringLiteral("input")).toObject();
            if (!input.isEmpty())
                ev.toolArguments = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
            emitEvent(ev);
        } else if (blockType == QLatin1String("text")) {
            const QString text = block.value(QStringLiteral("text")).toString();
            if (!text.isEmpty())
                emitEvent(ChatEvent::textDelta(text));
        } else if (blockType == QLatin1String("thinking")) {
            const QString thinking = block.value(QStringLiteral("thinking")).toString();
            if (!thinking.isEmpty())
                emitEvent(ChatEvent::reasoningDelta(thinking));
        }
    } else if (type == QLatin1String("content_block_delta")) {
        const int index = obj->value(QStringLiteral("index")).toInt();
        const QJsonObject delta = obj->value(QStringLiteral("delta")).toObject();
        const QString deltaType = delta.value(QStringLiteral("type")).toString();
        if (deltaType == QLatin1String("text_delta")) {
            emitEvent(ChatEvent::textDelta(delta.value(QStringLiteral("text")).toString()));
        } else if (deltaType == QLatin1String("thinking_delta")) {
            emitEvent(ChatEvent::reasoningDelta(delta.value(QStringLiteral("thinking")).toString()));
        } else if (deltaType == QLatin1String("input_json_delta")) {
            const auto it = m_toolIndexByBlock.constFind(index);
            if (it == m_toolIndexByBlock.cend()) {
                emitError(wire_error::kMalformed,
                    QStringLiteral("anthropic stream: input_json_delta for content block %1, which is not a "
                                   "tool_use block")
                        .arg(index));
                return;
            }
            ChatEvent ev;
            ev.kind = ChatEvent::Kind::ToolCallDelta;
            ev.toolIndex = *it;
            ev.toolArguments = delta.value(QStringLiteral("partial_json")).toString();
            if (!ev.toolArguments.isEmpty())
                emitEvent(ev);
        }
        // signature_delta, citations_delta: nothing to route.
    } else if (type == QLatin1String("message_delta")) {
        const QString reason
            = obj->value(QStringLiteral("delta")).toObject().value(QStringLiteral("stop_reason")).toString();
        if (!reason.isEmpty())
            m_stopReason = reason;
        const QJsonObject usage = obj->value(QStringLiteral("usage")).toObject();
        if (!usage.isEmpty())
            AnthropicAdapter::mergeUsage(usage, m_usage);
    } else if (type == QLatin1String("message_stop")) {
        complete();
    } else if (type == QLatin1String("error")) {
        if (auto err = AnthropicAdapter::errorFromJson(*obj))
            emitEvent(*err);
    }
    // ping, content_block_stop and event types added later: nothing to do.
}

void AnthropicStreamDecoder::complete()
{
    if (m_usage.reported)
        emitEvent(ChatEvent::usageEvent(m_usage));
    emitEvent(ChatEvent::finish(AnthropicAdapter::normaliseStopReason(m_stopReason)));
}

void AnthropicStreamDecoder::onEndOfStream()
{
    if (!m_stopReason.isEmpty())
        complete();
    else
        emitError(wire_error::kTruncated,
            m_sawStart ? QStringLiteral("anthropic stream: ended before message_stop (connection cut?)")
                       : QStringLiteral("anthropic stream: ended without any message_start event"));
}

} // namespace sb
