#pragma once
// Real HTTP against a LocalServer on 127.0.0.1 for the server tests: raw sockets for what
// QNetworkAccessManager will not send (bad Host, malformed requests, slow clients), and a
// parsed view of responses including chunked SSE bodies.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace sb::test {

struct RawResponse {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body; // de-chunked
    QList<QPair<QByteArray, QByteArray>> trailers;
    bool complete = false;

    QByteArray header(const QByteArray &lowerName) const;
    QJsonObject json() const;
    // "data: ..." payloads of an SSE body, in order ("[DONE]" included).
    QList<QByteArray> sseData() const;
};

// Parses one HTTP/1.1 response from `bytes` (Content-Length or chunked). Returns bytes consumed,
// 0 if incomplete.
qsizetype parseRawResponse(const QByteArray &bytes, RawResponse &out);

// Sends `request` verbatim, reads until a full response arrived or the connection closed or
// timeoutMs passed, spinning the event loop (the server lives in the same thread).
RawResponse rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 5000);

// A well-formed request with Host 127.0.0.1:port, Content-Length and the given extra header lines.
QByteArray httpRequest(const QByteArray &method, const QByteArray &path, quint16 port,
    const QByteArray &body = {}, const QByteArrayList &extraHeaders = {});

} // namespace sb::test
