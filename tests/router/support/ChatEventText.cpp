#include "ChatEventText.h"

#include <QStringList>

namespace sb::test {

QString describeEvents(const QVector<ChatEvent> &events)
{
    QStringList parts;
    for (const ChatEvent &e : events) {
        switch (e.kind) {
        case ChatEvent::Kind::TextDelta:
            parts << QStringLiteral("T:") + e.text;
            break;
        case ChatEvent::Kind::ReasoningDelta:
            parts << QStringLiteral("R:") + e.text;
            break;
        case ChatEvent::Kind::ToolCallDelta:
            parts << QStringLiteral("C%1[%2,%3]:%4")
                         .arg(e.toolIndex)
                         .arg(e.toolId, e.toolName, e.toolArguments);
            break;
        case ChatEvent::Kind::Usage:
            parts << QStringLiteral("U:%1/%2/%3%4")
                         .arg(e.usage.inputTokens)
                         .arg(e.usage.outputTokens)
                         .arg(e.usage.cachedInputTokens)
                         .arg(e.usage.reasoningTokens ? QStringLiteral("/%1").arg(e.usage.reasoningTokens)
                                                      : QString());
            break;
        case ChatEvent::Kind::Finish:
            parts << QStringLiteral("F:") + e.finishReason;
            break;
        case ChatEvent::Kind::Error:
            parts << QStringLiteral("E:%1:%2").arg(e.httpStatus).arg(e.errorType);
            break;
        }
    }
    return parts.join(QStringLiteral(" | "));
}

QVector<ChatEvent> decodeStream(const ProviderAdapter &adapter, const QByteArray &body, qsizetype chunkSize,
    const QByteArray &contentType)
{
    auto decoder = adapter.createStreamDecoder();
    if (!contentType.isEmpty())
        decoder->setContentType(contentType);
    QVector<ChatEvent> out;
    if (chunkSize <= 0)
        chunkSize = std::max<qsizetype>(1, body.size());
    for (qsizetype i = 0; i < body.size(); i += chunkSize)
        out += decoder->feed(QByteArrayView(body).sliced(i, std::min(chunkSize, body.size() - i)));
    out += decoder->finish();
    // The contract: nothing after the terminal event, and finish() again yields nothing.
    out += decoder->finish();
    out += decoder->feed("data: {}\n\n");
    return out;
}

ChatEvent firstError(const QVector<ChatEvent> &events)
{
    for (const ChatEvent &e : events) {
        if (e.kind == ChatEvent::Kind::Error)
            return e;
    }
    return {};
}

namespace {
QString joined(const QVector<ChatEvent> &events, ChatEvent::Kind kind)
{
    QString s;
    for (const ChatEvent &e : events) {
        if (e.kind == kind)
            s += e.text;
    }
    return s;
}
} // namespace

QString joinedText(const QVector<ChatEvent> &events)
{
    return joined(events, ChatEvent::Kind::TextDelta);
}

QString joinedReasoning(const QVector<ChatEvent> &events)
{
    return joined(events, ChatEvent::Kind::ReasoningDelta);
}

QString joinedToolArguments(const QVector<ChatEvent> &events, int toolIndex)
{
    QString s;
    for (const ChatEvent &e : events) {
        if (e.kind == ChatEvent::Kind::ToolCallDelta && e.toolIndex == toolIndex)
            s += e.toolArguments;
    }
    return s;
}

} // namespace sb::test
