#include "router/adapters/openai/OpenAiStreamDecoder.h"

#include "router/adapters/openai/OpenAiAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

OpenAiStreamDecoder::OpenAiStreamDecoder()
    : StreamDecoderBase(QStringLiteral("openai"))
{
}

QVector<ChatEvent> OpenAiStreamDecoder::parseWholeBody(const QByteArray &body) const
{
    return OpenAiAdapter::parseResponseBody(body);
}

void OpenAiStreamDecoder::onSseEvent(const SseEvent &event)
{
    const QByteArray data = event.data.trimmed();
    if (data == "[DONE]") {
        complete();
        return;
    }
    if (data.isEmpty())
        return;
    QString why;
    const auto chunk = adapter_util::parseObject(data, QStringLiteral("openai stream chunk"), &why);
    if (!chunk) {
        emitError(wire_error::kMalformed, why);
        return;
    }
    if (auto err = OpenAiAdapter::errorFromJson(*chunk)) {
        emitEvent(*err);
        return;
    }
    handleChunk(*chunk);
}

void OpenAiStreamDecoder::handleChunk(const QJsonObject &chunk)
{
    const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    for (const QJsonValue &c : choices) {
        const QJsonObject choice = c.toObject();
        // n > 1 is not routed: only the first choice is streamed.
        if (choice.value(QStringLiteral("index")).toInt(0) != 0)
            continue;
        const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
        QString reasoning = delta.value(QStringLiteral("reasoning_content")).toString();
        if (reasoning.isEmpty())
            reasoning = delta.value(QStringLiteral("reasoning")).toString();
        if (!reasoning.isEmpty())
            emitEvent(ChatEvent::reasoningDelta(reasoning));
        const QString content = delta.value(QStringLiteral("content")).toString();
        if (!content.isEmpty())
            emitEvent(ChatEvent::textDelta(content));
        const QJsonValue toolCalls = delta.value(QStringLiteral("tool_calls"));
        if (toolCalls.isArray())
            handleToolCalls(toolCalls.toArray());
        const QString reason = choice.value(QStringLiteral("finish_reason")).toString();
        if (!reason.isEmpty())
            m_finishReason = OpenAiAdapter::normaliseFinishReason(reason);
    }
    const QJsonValue usage = chunk.value(QStringLiteral("usage"));
    if (usage.isObject())
        m_usage = OpenAiAdapter::parseUsage(usage.toObject());
    const QJsonValue groqUsage
        = chunk.value(QStringLiteral("x_groq")).toObject().value(QStringLiteral("usage"));
    if (groqUsage.isObject())
        m_usage = OpenAiAdapter::parseUsage(groqUsage.toObject());
}

void OpenAiStreamDecoder::handleToolCalls(const QJsonArray &calls)
{
    for (const QJsonValue &v : calls) {
        const QJsonObject call = v.toObject();
        const QString id = call.value(QStringLiteral("id")).toString();
        int index;
        if (call.value(QStringLiteral("index")).isDouble()) {
            index = call.value(QStringLiteral("index")).toInt();
        } else if (!id.isEmpty()) {
            index = m_toolIndexById.value(id, -1);
            if (index < 0)
                index = m_lastToolIndex + 1;
        } else {
            index = std::max(0, m_lastToolIndex);
        }
        if (index < 0 || index > 1024) {
            emitError(wire_error::kMalformed,
                QStringLiteral("openai stream chunk: tool_calls[].index %1 is out of range").arg(index));
            return;
        }
        if (!id.isEmpty())
            m_toolIndexById.insert(id, index);
        m_lastToolIndex = std::max(m_lastToolIndex, index);

        const QJsonObject fn = call.value(QStringLiteral("function")).toObject();
        ChatEvent ev;
        ev.kind = ChatEvent::Kind::ToolCallDelta;
        ev.toolIndex = index;
        ev.toolId = id;
        ev.toolName = fn.value(QStringLiteral("name")).toString();
        const QJsonValue args = fn.value(QStringLiteral("arguments"));
        if (args.isString())
            ev.toolArguments = args.toString();
        else if (args.isObject()) // a few servers send the arguments as an object, whole
            ev.toolArguments
                = QString::fromUtf8(QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact));
        if (ev.toolId.isEmpty() && ev.toolName.isEmpty() && ev.toolArguments.isEmpty())
            continue;
        emitEvent(ev);
    }
}

void OpenAiStreamDecoder::complete()
{
    if (m_usage)
        emitEvent(ChatEvent::usageEvent(*m_usage));
    emitEvent(ChatEvent::finish(m_finishReason.isEmpty() ? QStringLiteral("stop") : m_finishReason));
}

void OpenAiStreamDecoder::onEndOfStream()
{
    // Some compatible servers never send [DONE]; a finish reason is proof enough of a
    // complete answer. Without either, the stream was cut.
    if (!m_finishReason.isEmpty())
        complete();
    else
        emitError(wire_error::kTruncated,
            QStringLiteral(
                "openai stream: ended before [DONE] and without a finish_reason (connection cut?)"));
}

} // namespace sb
