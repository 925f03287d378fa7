#pragma once
// What the three stream decoders share: body sniffing (a provider that ignores "stream" answers
// with one JSON document; a proxy in the way answers with an HTML page), SSE framing, size
// limits, and the event contract of ProviderAdapter.h (one terminal event, nothing after it).

#include "router/adapters/ProviderAdapter.h"
#include "router/sse/SseParser.h"

namespace sb {

class StreamDecoderBase : public StreamDecoder {
public:
    void setContentType(const QByteArray &contentType) override;
    QVector<ChatEvent> feed(QByteArrayView bytes) override;
    QVector<ChatEvent> finish() override;
    bool isDone() const override { return m_done; }

protected:
    explicit StreamDecoderBase(QString providerLabel);

    // One SSE event of the body. Append events through emitEvent()/emitError().
    virtual void onSseEvent(const SseEvent &event) = 0;
    // The body ended cleanly; emit Usage/Finish if the stream had completed, or an error.
    virtual void onEndOfStream() = 0;
    // The body was one JSON document instead of an event stream.
    virtual QVector<ChatEvent> parseWholeBody(const QByteArray &body) const = 0;

    void emitEvent(ChatEvent event);
    void emitError(const QString &type, const QString &message, int httpStatus = 0);
    const QString &label() const { return m_label; }

private:
    enum class Mode { Sniffing, Sse, WholeJson, Html };
    void sniff();
    void runSse(QByteArrayView bytes);

    QString m_label; // e.g. "openai", used in every error message
    QByteArray m_contentType;
    Mode m_mode = Mode::Sniffing;
    QByteArray m_pending; // sniffing / whole-body / html buffer
    SseParser m_sse;
    QVector<ChatEvent> m_out;
    bool m_done = false;
    bool m_flushingTail = false; // finish() is handing over an event that had no blank line
};

// Small helpers shared by the adapters.
namespace adapter_util {
// baseUrl + "/" + path, without doubling or losing slashes; path may contain a query.
QUrl joinUrl(const QUrl &baseUrl, const QString &path);
// One line of at most ~200 characters of a body, for error messages.
QString snippet(QByteArrayView body);
// Parses a JSON object; on failure sets *error to a message naming what and where.
std::optional<QJsonObject> parseObject(QByteArrayView json, const QString &what, QString *error);
// A JSON value as a string for ids/codes that providers send as either numbers or strings.
QString scalarToString(const QJsonValue &value);
} // namespace adapter_util

} // namespace sb
