#pragma once
// The one internal vocabulary of the router: an OpenAI-style chat request in, a stream of
// ChatEvents out, whatever wire format the provider speaks.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace sb {

struct ChatMessage {
    QString role; // system | user | assistant | tool
    QString content; // plain text content (multi-part content is flattened to text)
    QString reasoning; // assistant reasoning / thinking, if any
    QJsonArray toolCalls; // assistant tool_calls, OpenAI shape
    QString toolCallId; // for role == tool
    QString name;
};

struct ChatRequest {
    QString model; // as the client asked: "model", "model:cheapest", "model:provider"
    QVector<ChatMessage> messages;
    QJsonArray tools; // OpenAI tools array, passed through
    QJsonValue toolChoice;
    std::optional<int> maxTokens;
    std::optional<double> temperature;
    std::optional<double> topP;
    QJsonArray stop;
    bool stream = false;
    QJsonObject extra; // other fields passed through to OpenAI-compatible providers
};

struct TokenUsage {
    qint64 inputTokens = 0; // every prompt token, cached ones included (OpenAI's convention;
                            // the Anthropic/Gemini adapters normalise to it)
    qint64 outputTokens = 0;
    qint64 cachedInputTokens = 0; // the part of inputTokens read from the provider's prompt cache
    qint64 cacheWriteTokens = 0; // the part of inputTokens written to the prompt cache (Anthropic)
    qint64 reasoningTokens = 0; // the part of outputTokens spent on reasoning, when reported
    bool reported = false; // false when the provider said nothing and we estimated
};

struct ChatEvent {
    enum class Kind { TextDelta, ReasoningDelta, ToolCallDelta, Usage, Finish, Error };
    Kind kind = Kind::TextDelta;
    QString text; // TextDelta / ReasoningDelta
    // ToolCallDelta: index of the call, and whichever of id / name / argument fragment arrived
    int toolIndex = 0;
    QString toolId;
    QString toolName;
    QString toolArguments;
    TokenUsage usage; // Usage
    QString finishReason; // Finish: stop | length | tool_calls | content_filter
    // Error
    int httpStatus = 0;
    QString errorType;
    QString errorMessage;

    static ChatEvent textDelta(const QString &t)
    {
        ChatEvent e;
        e.kind = Kind::TextDelta;
        e.text = t;
        return e;
    }
    static ChatEvent reasoningDelta(const QString &t)
    {
        ChatEvent e;
        e.kind = Kind::ReasoningDelta;
        e.text = t;
        return e;
    }
    static ChatEvent finish(const QString &reason)
    {
        ChatEvent e;
        e.kind = Kind::Finish;
        e.finishReason = reason;
        return e;
    }
    static ChatEvent usageEvent(const TokenUsage &u)
    {
        ChatEvent e;
        e.kind = Kind::Usage;
        e.usage = u;
        return e;
    }
    static ChatEvent error(int status, const QString &type, const QString &message)
    {
        ChatEvent e;
        e.kind = Kind::Error;
        e.httpStatus = status;
        e.errorType = type;
        e.errorMessage = message;
        return e;
    }
};

} // namespace sb
