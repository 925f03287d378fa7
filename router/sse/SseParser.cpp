#include "router/sse/SseParser.h"

namespace sb {

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
}

SseParser::SseParser(qsizetype maxPendingBytes)
    : m_maxPending(maxPendingBytes)
{
}

void SseParser::reset()
{
    *this = SseParser(m_maxPending);
}

QVector<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QVector<SseEvent> out;
    if (m_error)
        return out;

    if (!m_bomChecked) {
        // The BOM may arrive split across chunks: hold bytes until we can tell.
        m_line.append(bytes);
        if (m_line.size() < 3 && QByteArrayView(kBom).startsWith(m_line))
            return out;
        m_bomChecked = true;
        QByteArray pending = std::move(m_line);
        m_line.clear();
        if (pending.startsWith(kBom))
            pending.remove(0, 3);
        return feed(pending);
    }

    const char *p = bytes.data();
    const char *end = p + bytes.size();
    if (m_skipLf && p < end) {
        if (*p == '\n')
            ++p;
        m_skipLf = false;
    }
    while (p < end) {
        const char *eol = p;
        while (eol < end && *eol != '\n' && *eol != '\r')
            ++eol;
        if (eol == end) {
            m_line.append(p, eol - p);
            break;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, eol - p), out);
        } else {
            m_line.append(p, eol - p);
            processLine(m_line, out);
            m_line.clear();
        }
        p = eol + 1;
        if (*eol == '\r') {
            if (p < end) {
                if (*p == '\n')
                    ++p;
            } else {
                m_skipLf = true;
            }
        }
    }
    if (pendingBytes() > m_maxPending) {
        m_error = true;
        m_line.clear();
        m_data.clear();
    }
    return out;
}

QVector<SseEvent> SseParser::finish()
{
    QVector<SseEvent> out;
    if (m_error)
        return out;
    if (!m_bomChecked) {
        m_bomChecked = true;
        if (m_line.startsWith(kBom))
            m_line.clear(); // only a (partial) BOM arrived
    }
    if (!m_line.isEmpty()) {
        const QByteArray line = std::move(m_line);
        m_line.clear();
        processLine(line, out);
    }
    dispatch(out);
    m_skipLf = false;
    return out;
}

void SseParser::processLine(QByteArrayView line, QVector<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }
    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
        m_sawData = true;
    } else if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = value.toByteArray();
    } else if (field == "retry") {
        bool digits = !value.isEmpty() && value.size() <= 15;
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (digits) {
            m_retryMs = value.toByteArray().toLongLong();
            m_eventRetryMs = m_retryMs;
        }
    }
    // Other fields are ignored, as the spec says.
}

void SseParser::dispatch(QVector<SseEvent> &out)
{
    if (!m_sawData) {
        // A block without data (only event:/id:/retry:) dispatches nothing.
        m_eventType.clear();
        m_eventRetryMs.reset();
        return;
    }
    SseEvent ev;
    if (m_data.endsWith('\n'))
        m_data.chop(1);
    ev.data = std::move(m_data);
    ev.event = std::move(m_eventType);
    ev.id = m_lastEventId;
    ev.retryMs = m_eventRetryMs;
    out.append(std::move(ev));
    m_data.clear();
    m_eventType.clear();
    m_eventRetryMs.reset();
    m_sawData = false;
}

} // namespace sb
