#pragma once
// Incremental Server-Sent Events parser (WHATWG HTML "event stream interpretation"), fed bytes
// in whatever chunking the network delivers. Two deliberate leniencies for LLM providers:
// finish() dispatches a final event whose blank line (or even last newline) never came, and a
// size limit turns a runaway line into an error instead of unbounded memory.

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

#include <optional>

namespace sb {

struct SseEvent {
    QByteArray event; // "event:" field; empty means the default type ("message")
    QByteArray data; // "data:" lines joined with '\n' (no trailing newline)
    QByteArray id; // last event id in effect when this event was dispatched
    std::optional<qint64> retryMs; // "retry:" seen in this event's block, if any

    bool operator==(const SseEvent &o) const = default;
};

class SseParser {
public:
    // maxPendingBytes bounds one line plus one event's data; beyond it, hasError() turns true.
    explicit SseParser(qsizetype maxPendingBytes = 32 * 1024 * 1024);

    // Returns the events completed by these bytes.
    QVector<SseEvent> feed(QByteArrayView bytes);
    // End of stream: a pending unterminated line is processed and pending data dispatched.
    QVector<SseEvent> finish();
    void reset();

    QByteArray lastEventId() const { return m_lastEventId; }
    std::optional<qint64> reconnectionTimeMs() const { return m_retryMs; }
    int commentCount() const { return m_comments; }
    bool hasError() const { return m_error; }
    // Bytes buffered but not yet turned into events (for limits and tests).
    qsizetype pendingBytes() const { return m_line.size() + m_data.size(); }

private:
    void processLine(QByteArrayView line, QVector<SseEvent> &out);
    void dispatch(QVector<SseEvent> &out);

    qsizetype m_maxPending;
    QByteArray m_line; // the current, not yet terminated line
    QByteArray m_data; // data buffer of the current event (each line + '\n')
    QByteArray m_eventType;
    QByteArray m_lastEventId;
    std::optional<qint64> m_retryMs;
    std::optional<qint64> m_eventRetryMs;
    bool m_sawData = false;
    bool m_bomChecked = false; // a leading UTF-8 BOM is skipped once, even if split
    bool m_skipLf = false; // the previous chunk ended in CR: a leading LF belongs to it
    bool m_error = false;
    int m_comments = 0;
};

} // namespace sb
