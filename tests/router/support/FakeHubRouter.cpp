#include "FakeHubRouter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace sb::test {

FakeHubRouter::FakeHubRouter(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                *buffer += s->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                buffer->remove(0, end + 4);
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                ++m_requests;
                m_lastAuthorization.clear();
                for (const QByteArray &line : lines)
                    if (line.toLower().startsWith("authorization:"))
                        m_lastAuthorization = line.mid(14).trimmed();
                const auto it = m_bodies.constFind(first.value(1));
                const int status = it == m_bodies.constEnd() ? 404 : it->first;
                const QByteArray body
                    = it == m_bodies.constEnd() ? QByteArray("{\"error\":\"not found\"}") : it->second;
                s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
                s->write(m_cutShort ? body.left(body.size() / 2) : body);
                s->flush();
                if (m_cutShort)
                    s->abort();
                else
                    s->disconnectFromHost();
            });
        }
    });
}

bool FakeHubRouter::start()
{
    return m_server->listen(QHostAddress::LocalHost);
}

QString FakeHubRouter::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server->serverPort());
}

void FakeHubRouter::setBody(const QByteArray &path, const QByteArray &body, int status)
{
    m_bodies.insert(path, { status, body });
}

QByteArray FakeHubRouter::fixture()
{
    QFile f(QStringLiteral(SB_TEST_DATA_DIR "/hub/router-models.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray FakeHubRouter::generated(int count)
{
    static const char *names[] = { "cerebras", "groq", "together" };
    QJsonArray data;
    for (int i = 0; i < count; ++i) {
        QJsonArray providers;
        const double input = 0.1 + double(i % 10) / 100.0;
        for (int k = 0; k <= i % 3; ++k) {
            QJsonObject p { { "provider", QLatin1String(names[(i + k) % 3]) }, { "status", "live" },
                { "context_length", 32768 }, { "supports_tools", true },
                { "supports_structured_output", k == 0 }, { "first_token_latency_ms", 300 + 100 * k },
                { "throughput", 50 + 10 * k }, { "is_model_author", false } };
            if (i % 50 != 0)
                p.insert("pricing",
                    QJsonObject { { "input", input + k * 0.01 }, { "output", 2 * input + k * 0.01 } });
            providers.append(p);
        }
        data.append(QJsonObject { { "id", QStringLiteral("org-%1/Model-%2-Instruct").arg(i % 40).arg(i) },
            { "object", "model" }, { "created", 1750000000 + i },
            { "owned_by", QStringLiteral("org-%1").arg(i % 40) },
            { "architecture",
                QJsonObject { { "input_modalities", QJsonArray { "text" } },
                    { "output_modalities", QJsonArray { "text" } } } },
            { "providers", providers } });
    }
    return QJsonDocument(QJsonObject { { "object", "list" }, { "data", data } })
        .toJson(QJsonDocument::Compact);
}

} // namespace sb::test
