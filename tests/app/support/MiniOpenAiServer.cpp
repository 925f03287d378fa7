#include "MiniOpenAiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace sb::test {

MiniOpenAiServer::MiniOpenAiServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MiniOpenAiServer::onConnection);
}

bool MiniOpenAiServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void MiniOpenAiServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            ++requests;
            lastBody = buffer->mid(headerEnd + 4, length);
            const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
            lastPath = requestLine.split(' ').value(1);
            QByteArray authorization;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n'))
                if (line.toLower().startsWith("authorization:"))
                    authorization = line.mid(14).trimmed();
            auto reply = [socket](const QByteArray &status, const QJsonObject &body) {
                const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
                socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json);
                socket->disconnectFromHost();
            };
            if (!expectedKey.isEmpty() && authorization != "Bearer " + expectedKey.toUtf8()) {
                reply("401 Unauthorized",
                    QJsonObject { { QStringLiteral("error"),
                        QJsonObject {
                            { QStringLiteral("message"), QStringLiteral("Incorrect API key provided") },
                            { QStringLiteral("type"), QStringLiteral("invalid_request_error") },
                            { QStringLiteral("code"), QStringLiteral("invalid_api_key") } } } });
                return;
            }
            if (requestLine.startsWith("GET ") && lastPath.endsWith("/models")) {
                QJsonArray data;
                for (const QString &m : models)
                    data.append(QJsonObject {
                        { QStringLiteral("id"), m }, { QStringLiteral("object"), QStringLiteral("model") } });
                reply("200 OK",
                    QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
                        { QStringLiteral("data"), data } });
                return;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: "
                          "no-cache\r\nConnection: close\r\n\r\n");
            auto *timer = new QTimer(socket);
            timer->setInterval(intervalMs);
            auto sent = std::make_shared<int>(0);
            const QStringList parts = chunks;
            connect(timer, &QTimer::timeout, socket, [socket, timer, sent, parts] {
                auto chunk = [](const QJsonObject &o) {
                    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
                };
                if (*sent < parts.size()) {
                    const QJsonObject delta { { QStringLiteral("content"), parts[*sent] } };
                    socket->write(chunk(QJsonObject { { QStringLiteral("id"), QStringLiteral("c1") },
                        { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
                        { QStringLiteral("choices"),
                            QJsonArray { QJsonObject {
                                { QStringLiteral("index"), 0 }, { QStringLiteral("delta"), delta } } } } }));
                    ++*sent;
                    return;
                }
                timer->stop();
                socket->write(chunk(QJsonObject { { QStringLiteral("id"), QStringLiteral("c1") },
                    { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
                    { QStringLiteral("choices"),
                        QJsonArray { QJsonObject { { QStringLiteral("index"), 0 },
                            { QStringLiteral("delta"), QJsonObject {} },
                            { QStringLiteral("finish_reason"), QStringLiteral("stop") } } } } }));
                socket->write(chunk(QJsonObject { { QStringLiteral("id"), QStringLiteral("c1") },
                    { QStringLiteral("choices"), QJsonArray {} },
                    { QStringLiteral("usage"),
                        QJsonObject { { QStringLiteral("prompt_tokens"), 11 },
                            { QStringLiteral("completion_tokens"), int(parts.size()) },
                            { QStringLiteral("total_tokens"), 11 + int(parts.size()) } } } }));
                socket->write("data: [DONE]\n\n");
                socket->disconnectFromHost();
            });
            timer->start();
        });
    }
}

} // namespace sb::test
