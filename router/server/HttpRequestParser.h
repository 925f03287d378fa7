#pragma once
// Incremental HTTP/1.1 request parser for the local server. Bytes arrive in any chunking; the
// parser says when a request is complete, or why it refuses one, with the status to answer.
// Only what OpenAI-style clients send is accepted: Content-Length bodies (no chunked uploads),
// bounded header and body sizes, so a hostile or broken client cannot make the server buffer
// without limit.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace sb::server {

struct HttpRequest {
    QByteArray method; // GET, POST, ...
    QByteArray target; // path and query as sent: "/v1/models?x=1"
    QByteArray path; // target without the query
    int versionMinor = 1; // HTTP/1.x
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    QByteArray body;

    // First value of a header (name in lower case), or empty.
    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 closes unless keep-alive.
    bool keepAlive() const;
};

class HttpRequestParser {
public:
    enum class State {
        NeedMore, // feed more bytes
        HeadersDone, // headers parsed, body still arriving (lets the caller answer Expect: 100-continue)
        Complete, // takeRequest() is ready
        Error, // errorStatus()/errorMessage() say why; the connection should close after answering
    };

    struct Limits {
        int maxHeaderBytes = 32 * 1024; // request line + headers
        int maxHeaderCount = 100;
        qint64 maxBodyBytes = 4 * 1024 * 1024;
    };

    explicit HttpRequestParser(Limits limits)
        : m_limits(limits)
    {
    }

    // Appends bytes and advances. HeadersDone is reported once per request.
    State feed(QByteArrayView bytes);
    // Re-examines the buffered bytes without new input (pipelined requests after takeRequest()).
    State advance() { return feed({}); }
    State state() const { return m_state; }
    // The headers of the request being read (valid from HeadersDone on).
    const HttpRequest &current() const { return m_request; }
    // Moves the complete request out and resets for the next one on the same connection.
    HttpRequest takeRequest();
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }
    bool inProgress() const { return !m_buffer.isEmpty() || m_headersDone; }

    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

private:
    State fail(int status, const QString &message);
    State parseHead(qsizetype headEnd);

    Limits m_limits;
    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::NeedMore;
    bool m_headersDone = false;
    bool m_reportedHeaders = false;
    qint64 m_contentLength = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace sb::server
