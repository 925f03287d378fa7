#pragma once
// One client connection of the local server: reads requests with HttpRequestParser, enforces the
// slow-client deadlines, and writes plain or chunked (streamed) responses. One request at a time;
// pipelined bytes wait until the current response is done.

#include "router/server/HttpRequestParser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace sb::server {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;
inline void addHeader(HeaderList &h, const QByteArray &name, const QByteArray &value)
{
    h.append(qMakePair(name, value));
}

class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpRequestParser::Limits limits, int headerTimeoutMs,
        int idleTimeoutMs, QObject *parent);
    ~HttpConnection() override;

    // A complete response; `close` ends the connection after it.
    void sendResponse(int status, const HeaderList &headers, const QByteArray &body, bool close = false);
    // A streamed response (Transfer-Encoding: chunked). trailerNames are announced in "Trailer".
    void beginStream(int status, const HeaderList &headers, const QByteArrayList &trailerNames = {});
    void writeChunk(const QByteArray &data);
    void endStream(const HeaderList &trailers = {});

    bool isStreaming() const { return m_streaming; }
    bool isConnected() const;
    // The request being answered wants the connection closed afterwards.
    bool closeAfterResponse() const { return m_closeAfter; }
    static QByteArray reasonPhrase(int status);
    // Milliseconds since the request being answered was complete.
    qint64 msSinceRequest() const { return m_requestClock.elapsed(); }

signals:
    void requestReady(const sb::server::HttpRequest &request);
    // The client closed the connection or it broke; emitted once, then the object deletes itself.
    void clientGone();
    // The parser refused the request (status + message); the owner answers and the connection closes.
    void badRequest(int status, const QString &message);

private:
    void onReadyRead();
    void processBuffered();
    void onDisconnected();
    void onTimeout();
    void finishResponse();
    QByteArray statusAndHeaders(int status, const HeaderList &headers) const;

    QPointer<QTcpSocket> m_socket;
    HttpRequestParser m_parser;
    QByteArray m_pending; // bytes read while a response is in progress
    QTimer m_timer; // header deadline while reading, idle deadline between requests
    QElapsedTimer m_requestClock;
    int m_headerTimeoutMs;
    int m_idleTimeoutMs;
    qint64 m_maxPending;
    bool m_busy = false; // a request is being answered
    bool m_streaming = false;
    bool m_closeAfter = false;
    bool m_gone = false;
    bool m_http10 = false;
};

} // namespace sb::server
