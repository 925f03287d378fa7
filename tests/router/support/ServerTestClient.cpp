#include "ServerTestClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

namespace sb::test {

QByteArray RawResponse::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    for (const auto &h : trailers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QList<QByteArray> RawResponse::sseData() const
{
    QList<QByteArray> out;
    for (const QByteArray &event : body.split('\n')) {
        if (event.startsWith("data: "))
            out.append(event.mid(6));
    }
    return out;
}

namespace {

QList<QPair<QByteArray, QByteArray>> parseHeaderLines(const QList<QByteArray> &lines)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.append(qMakePair(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()));
    }
    return out;
}

} // namespace

qsizetype parseRawResponse(const QByteArray &bytes, RawResponse &out)
{
    qsizetype pos = 0;
    // Skip interim 100 Continue responses.
    while (bytes.mid(pos).startsWith("HTTP/1.1 100")) {
        const qsizetype end = bytes.indexOf("\r\n\r\n", pos);
        if (end < 0)
            return 0;
        pos = end + 4;
    }
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n", pos);
    if (headEnd < 0)
        return 0;
    QList<QByteArray> lines = bytes.mid(pos, headEnd - pos).split('\n');
    for (QByteArray &l : lines)
        l = l.trimmed();
    const QList<QByteArray> statusLine = lines.takeFirst().split(' ');
    out.status = statusLine.value(1).toInt();
    out.headers = parseHeaderLines(lines);
    qsizetype p = headEnd + 4;
    if (out.header("transfer-encoding") == "chunked") {
        out.body.clear();
        for (;;) {
            const qsizetype lineEnd = bytes.indexOf("\r\n", p);
            if (lineEnd < 0)
                return 0;
            bool ok = false;
            const qsizetype size = bytes.mid(p, lineEnd - p).toLongLong(&ok, 16);
            if (!ok)
                return 0;
            p = lineEnd + 2;
            if (size == 0) {
                const qsizetype end = bytes.indexOf("\r\n\r\n", p - 2);
                if (end < 0)
                    return 0;
                out.trailers = parseHeaderLines(bytes.mid(p, end - p + 2).split('\n'));
                out.complete = true;
                return end + 4;
            }
            if (bytes.size() < p + size + 2)
                return 0;
            out.body += bytes.mid(p, size);
            p += size + 2;
        }
    }
    const qsizetype length = out.header("content-length").toLongLong();
    if (bytes.size() < p + length)
        return 0;
    out.body = bytes.mid(p, length);
    out.complete = true;
    return p + length;
}

RawResponse rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    RawResponse response;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs)
        QTest::qWait(1);
    socket.write(request);
    QByteArray received;
    while (clock.elapsed() < timeoutMs) {
        QTest::qWait(1);
        received += socket.readAll();
        if (parseRawResponse(received, response) > 0)
            return response;
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    received += socket.readAll();
    parseRawResponse(received, response);
    return response;
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, quint16 port, const QByteArray &body,
    const QByteArrayList &extraHeaders)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const QByteArray &h : extraHeaders)
        r += h + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "\r\n" + body;
    return r;
}

} // namespace sb::test
