#include "router/server/HttpConnection.h"

namespace sb::server {

HttpConnection::HttpConnection(QTcpSocket *socket, HttpRequestParser::Limits limits, int headerTimeoutMs,
    int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_parser(limits)
    , m_headerTimeoutMs(headerTimeoutMs)
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_maxPending(limits.maxBodyBytes + limits.maxHeaderBytes)
{
    socket->setParent(this);
    // SSE sends many small writes; without TCP_NODELAY, Nagle and the client's delayed ACK hold
    // each token back by tens of milliseconds.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    m_timer.start(m_idleTimeoutMs);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isConnected() const
{
    return !m_gone && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_pending.append(bytes);
    if (m_busy) {
        // Pipelined or stray bytes during a response: keep a bounded amount for later.
        if (m_pending.size() > m_maxPending) {
            m_pending.clear();
            m_closeAfter = true;
        }
        return;
    }
    processBuffered();
}

void HttpConnection::processBuffered()
{
    while (!m_busy && !m_gone && (!m_pending.isEmpty() || m_parser.hasBufferedBytes())) {
        const bool wasInProgress = m_parser.inProgress();
        const QByteArray bytes = std::exchange(m_pending, {});
        const auto state = m_parser.feed(bytes);
        if (!wasInProgress && m_parser.inProgress())
            m_timer.start(m_headerTimeoutMs); // the deadline counts from a request's first byte
        switch (state) {
        case HttpRequestParser::State::NeedMore:
            return;
        case HttpRequestParser::State::HeadersDone:
            if (m_parser.current().header("expect").toLower() == "100-continue" && m_socket)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        case HttpRequestParser::State::Error:
            m_timer.stop();
            m_busy = true;
            m_closeAfter = true;
            m_requestClock.start();
            emit badRequest(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        case HttpRequestParser::State::Complete: {
            m_timer.stop();
            HttpRequest request = m_parser.takeRequest();
            m_busy = true;
            m_closeAfter = !request.keepAlive();
            m_http10 = request.versionMinor == 0;
            m_requestClock.start();
            emit requestReady(request);
            break; // the response may have been sent synchronously; loop for pipelined requests
        }
        }
    }
}

void HttpConnection::onTimeout()
{
    if (m_busy || !m_socket)
        return;
    if (m_parser.inProgress()) {
        // Slow-loris: a request that does not arrive in time is answered 408 and dropped.
        m_busy = true;
        m_closeAfter = true;
        emit badRequest(408, QStringLiteral("request not received within %1 ms").arg(m_headerTimeoutMs));
        return;
    }
    m_socket->disconnectFromHost();
}

void HttpConnection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_timer.stop();
    emit clientGone();
    deleteLater();
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray HttpConnection::statusAndHeaders(int status, const HeaderList &headers) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += m_closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    return out;
}

void HttpConnection::sendResponse(int status, const HeaderList &headers, const QByteArray &body, bool close)
{
    if (!m_busy)
        return;
    m_closeAfter = m_closeAfter || close;
    if (m_socket && !m_gone) {
        QByteArray out = statusAndHeaders(status, headers);
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        out += body;
        m_socket->write(out);
    }
    finishResponse();
}

void HttpConnection::beginStream(int status, const HeaderList &headers, const QByteArrayList &trailerNames)
{
    if (!m_busy || m_streaming)
        return;
    m_streaming = true;
    if (m_http10)
        m_closeAfter = true; // no chunked encoding in HTTP/1.0: the close ends the body
    if (!m_socket || m_gone)
        return;
    QByteArray out = statusAndHeaders(status, headers);
    if (!m_http10) {
        out += "Transfer-Encoding: chunked\r\n";
        if (!trailerNames.isEmpty())
            out += "Trailer: " + trailerNames.join(", ") + "\r\n";
    }
    out += "\r\n";
    m_socket->write(out);
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (!m_streaming || data.isEmpty() || !m_socket || m_gone)
        return;
    if (m_http10) {
        m_socket->write(data);
        return;
    }
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endStream(const HeaderList &trailers)
{
    if (!m_streaming)
        return;
    if (m_socket && !m_gone && !m_http10) {
        QByteArray out = "0\r\n";
        for (const auto &t : trailers)
            out += t.first + ": " + t.second + "\r\n";
        out += "\r\n";
        m_socket->write(out);
    }
    m_streaming = false;
    finishResponse();
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (!m_socket || m_gone)
        return;
    if (m_closeAfter) {
        m_socket->disconnectFromHost(); // flushes what is written first
        return;
    }
    m_timer.start(m_idleTimeoutMs);
    if (!m_pending.isEmpty() || m_parser.hasBufferedBytes())
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffered, Qt::QueuedConnection);
}

} // namespace sb::server
