#include "router/server/HttpRequestParser.h"

namespace sb::server {

QByteArray HttpRequest::header(QByteArrayView lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return true;
    return false;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (versionMinor == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    return m_state;
}

namespace {

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || c == ':' || c == '(' || c == ')' || c == ',' || c == '/' || c == '"')
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::State HttpRequestParser::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.left(headEnd);
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return fail(400, QStringLiteral("empty request"));

    auto stripCr = [](QByteArray line) {
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    };
    const QByteArray requestLine = stripCr(lines.first());
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return fail(400, QStringLiteral("malformed request line"));
    if (parts[2] == "HTTP/1.1")
        m_request.versionMinor = 1;
    else if (parts[2] == "HTTP/1.0")
        m_request.versionMinor = 0;
    else
        return fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are supported"));
    m_request.method = parts[0];
    m_request.target = parts[1];
    const qsizetype q = m_request.target.indexOf('?');
    m_request.path = q < 0 ? m_request.target : m_request.target.left(q);
    if (!m_request.path.startsWith('/'))
        return fail(400, QStringLiteral("request target must be an absolute path"));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = stripCr(lines[i]);
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t')
            return fail(400, QStringLiteral("obsolete header line folding is not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return fail(400, QStringLiteral("malformed header line"));
        if (m_request.headers.size() >= m_limits.maxHeaderCount)
            return fail(431, QStringLiteral("too many header fields"));
        m_request.headers.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
    }

    if (m_request.hasHeader("transfer-encoding"))
        return fail(411, QStringLiteral("chunked request bodies are not accepted; send Content-Length"));
    m_contentLength = 0;
    int lengthHeaders = 0;
    for (const auto &h : m_request.headers) {
        if (h.first != "content-length")
            continue;
        ++lengthHeaders;
        bool ok = false;
        const qint64 n = h.second.toLongLong(&ok);
        if (!ok || n < 0 || h.second.startsWith('+'))
            return fail(400, QStringLiteral("invalid Content-Length"));
        if (lengthHeaders > 1 && n != m_contentLength)
            return fail(400, QStringLiteral("conflicting Content-Length headers"));
        m_contentLength = n;
    }
    if (m_contentLength > m_limits.maxBodyBytes)
        return fail(413,
            QStringLiteral("request body of %1 bytes exceeds the limit of %2 bytes")
                .arg(m_contentLength)
                .arg(m_limits.maxBodyBytes));
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Error || m_state == State::Complete) {
        if (m_state == State::Complete)
            m_buffer.append(bytes.data(), bytes.size()); // pipelined: kept for the next request
        return m_state;
    }
    m_buffer.append(bytes.data(), bytes.size());

    if (!m_headersDone) {
        // Clients may precede a request with stray CRLFs (RFC 9112 2.2).
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype sepLen = 4;
        const qsizetype lfEnd = m_buffer.indexOf("\n\n");
        if (lfEnd >= 0 && (end < 0 || lfEnd < end)) {
            end = lfEnd;
            sepLen = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(
                    431, QStringLiteral("request headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
            return m_state = State::NeedMore;
        }
        if (end > m_limits.maxHeaderBytes)
            return fail(431, QStringLiteral("request headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
        if (parseHead(end) == State::Error)
            return m_state;
        m_buffer.remove(0, end + sepLen);
        m_headersDone = true;
    }

    if (m_buffer.size() >= m_contentLength) {
        m_request.body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
        return m_state = State::Complete;
    }
    if (!m_reportedHeaders) {
        m_reportedHeaders = true;
        return m_state = State::HeadersDone;
    }
    return m_state = State::NeedMore;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest out = std::move(m_request);
    m_request = HttpRequest {};
    m_headersDone = false;
    m_reportedHeaders = false;
    m_contentLength = 0;
    m_state = State::NeedMore;
    return out;
}

} // namespace sb::server
