// SSE streaming of the local server over real sockets: chunk format, final usage chunk and
// [DONE], tool-call deltas, errors before and after the first token, many concurrent streams
// that must not mix, and a client that goes away cancelling the backend call.
#include "FakeChatBackend.h"
#include "ServerTestClient.h"
#include "router/server/LocalServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace sb;
using namespace sb::server;
using namespace sb::test;

class TestServerStreaming : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeChatBackend> m_backend;
    std::unique_ptr<LocalServer> m_server;

    quint16 port() const { return m_server->port(); }
    QByteArray streamRequest(const QString &model, const QString &content, bool includeUsage = true) const
    {
        QJsonObject body { { QStringLiteral("model"), model }, { QStringLiteral("stream"), true },
            { QStringLiteral("messages"),
                QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                    { QStringLiteral("content"), content } } } } };
        if (includeUsage)
            body.insert(
                QStringLiteral("stream_options"), QJsonObject { { QStringLiteral("include_usage"), true } });
        return httpRequest("POST", "/v1/chat/completions", port(),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            { "Authorization: Bearer sb-test-token", "Content-Type: application/json" });
    }
    static QList<QJsonObject> chunks(const RawResponse &r)
    {
        QList<QJsonObject> out;
        for (const QByteArray &d : r.sseData())
            if (d != "[DONE]")
                out.append(QJsonDocument::fromJson(d).object());
        return out;
    }
    static QString text(const QList<QJsonObject> &chunks)
    {
        QString t;
        for (const QJsonObject &c : chunks) {
            const QJsonArray choices = c.value(QStringLiteral("choices")).toArray();
            if (!choices.isEmpty())
                t += choices.first()
                         .toObject()
                         .value(QStringLiteral("delta"))
                         .toObject()
                         .value(QStringLiteral("content"))
                         .toString();
        }
        return t;
    }

private slots:
    void init()
    {
        m_backend = std::make_unique<FakeChatBackend>();
        ServerConfig config;
        config.token = QStringLiteral("sb-test-token");
        m_server = std::make_unique<LocalServer>(config, m_backend.get());
        QVERIFY(m_server->listen().ok());
    }
    void cleanup()
    {
        m_server.reset();
        m_backend.reset();
    }

    void sseFormat_data()
    {
        QTest::addColumn<bool>("includeUsage");
        QTest::addRow("with usage") << true;
        QTest::addRow("without usage") << false;
    }
    void sseFormat()
    {
        QFETCH(bool, includeUsage);
        const RawResponse r = rawExchange(
            port(), streamRequest(QStringLiteral("test/model-a"), QStringLiteral("x"), includeUsage));
        QVERIFY(r.complete);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/event-stream; charset=utf-8"));
        QCOMPARE(r.header("transfer-encoding"), QByteArray("chunked"));
        QCOMPARE(r.header("x-switchboard-provider"), QByteArray("fake"));
        QCOMPARE(r.header("x-switchboard-attempts"), QByteArray("1"));
        QCOMPARE(r.header("x-switchboard-cost-usd").toDouble(), 0.0000125); // trailer
        // Every event is "data: <json>\n\n".
        QVERIFY(r.body.startsWith("data: {"));
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
        for (const QByteArray &event : r.body.split('\n')) {
            if (!event.isEmpty())
                QVERIFY2(event.startsWith("data: "), event.constData());
        }
        QCOMPARE(r.sseData().last(), QByteArray("[DONE]"));
        const QList<QJsonObject> c = chunks(r);
        QCOMPARE(c.size(), 1 + 3 + 1 + (includeUsage ? 1 : 0)); // role, 3 pieces, finish, usage
        const QString id = c.first().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("chatcmpl-")));
        for (const QJsonObject &chunk : c) {
            QCOMPARE(
                chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
            QCOMPARE(chunk.value(QStringLiteral("id")).toString(), id);
            QCOMPARE(chunk.value(QStringLiteral("model")).toString(), QStringLiteral("test/model-a"));
            QVERIFY(chunk.value(QStringLiteral("created")).toInteger() > 0);
        }
        QCOMPARE(c.first()
                     .value(QStringLiteral("choices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("delta"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
            QStringLiteral("assistant"));
        QCOMPARE(text(c), QStringLiteral("Hello, world"));
        const QJsonObject finish = c.at(4).value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(finish.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(finish.value(QStringLiteral("delta")).toObject(), QJsonObject());
        if (includeUsage) {
            const QJsonObject last = c.last();
            QCOMPARE(last.value(QStringLiteral("choices")).toArray().size(), 0);
            const QJsonObject usage = last.value(QStringLiteral("usage")).toObject();
            QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 10);
            QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 5);
            QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 15);
        } else {
            for (const QJsonObject &chunk : c)
                QVERIFY(!chunk.contains(QStringLiteral("usage")));
        }
        QVERIFY(m_backend->lastRequest.stream);
    }

    void toolCallDeltas()
    {
        FakeScript script;
        ChatEvent first;
        first.kind = ChatEvent::Kind::ToolCallDelta;
        first.toolIndex = 0;
        first.toolId = QStringLiteral("call_1");
        first.toolName = QStringLiteral("get_weather");
        ChatEvent args;
        args.kind = ChatEvent::Kind::ToolCallDelta;
        args.toolIndex = 0;
        args.toolArguments = QStringLiteral("{\"city\":\"Paris\"}");
        script.events = { first, args, ChatEvent::finish(QStringLiteral("tool_calls")) };
        script.result.ok = true;
        m_backend->setScript(QStringLiteral("test/model-a"), script);
        const RawResponse r
            = rawExchange(port(), streamRequest(QStringLiteral("test/model-a"), QStringLiteral("x"), false));
        const QList<QJsonObject> c = chunks(r);
        QCOMPARE(c.size(), 4);
        auto delta = [&](int i) {
            return c.at(i)
                .value(QStringLiteral("choices"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("delta"))
                .toObject();
        };
        const QJsonObject call0 = delta(1).value(QStringLiteral("tool_calls")).toArray().first().toObject();
        QCOMPARE(call0.value(QStringLiteral("index")).toInt(), 0);
        QCOMPARE(call0.value(QStringLiteral("id")).toString(), QStringLiteral("call_1"));
        QCOMPARE(call0.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
        QCOMPARE(call0.value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("get_weather"));
        const QJsonObject call1 = delta(2).value(QStringLiteral("tool_calls")).toArray().first().toObject();
        QVERIFY(!call1.contains(QStringLiteral("id")));
        QCOMPARE(
            call1.value(QStringLiteral("function")).toObject().value(QStringLiteral("arguments")).toString(),
            QStringLiteral("{\"city\":\"Paris\"}"));
        QCOMPARE(c.at(3)
                     .value(QStringLiteral("choices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("finish_reason"))
                     .toString(),
            QStringLiteral("tool_calls"));
    }

    void errorAfterFirstTokenEndsStream()
    {
        FakeScript script;
        script.events = { ChatEvent::textDelta(QStringLiteral("partial")) };
        script.result.ok = false;
        script.result.outcome = RouteOutcome::StreamFailed;
        script.result.errorMessage = QStringLiteral("alpha: connection reset after 1 token");
        m_backend->setScript(QStringLiteral("test/model-a"), script);
        const RawResponse r
            = rawExchange(port(), streamRequest(QStringLiteral("test/model-a"), QStringLiteral("x")));
        QVERIFY(r.complete);
        QCOMPARE(r.status, 200); // the status line went out with the first token
        const QList<QByteArray> data = r.sseData();
        QVERIFY(!data.contains("[DONE]"));
        const QJsonObject error
            = QJsonDocument::fromJson(data.last()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("stream_failed"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), script.result.errorMessage);
        QCOMPARE(text(chunks(r)), QStringLiteral("partial"));
    }

    void concurrentStreamsDoNotMix()
    {
        FakeScript echo;
        echo.echo = true;
        echo.delayMs = 1;
        echo.result.ok = true;
        m_backend->setScript(QStringLiteral("test/model-a"), echo);
        constexpr int kClients = 100;
        struct Client {
            std::unique_ptr<QTcpSocket> socket;
            QByteArray received;
            QString expected;
            RawResponse response;
            bool done = false;
        };
        std::vector<Client> clients(kClients);
        for (int i = 0; i < kClients; ++i) {
            Client &c = clients[i];
            c.expected = QStringLiteral("client %1 says w%1a w%1b w%1c w%1d w%1e").arg(i);
            c.socket = std::make_unique<QTcpSocket>();
            c.socket->connectToHost(QHostAddress::LocalHost, port());
            QObject::connect(c.socket.get(), &QTcpSocket::connected, c.socket.get(),
                [this, &c] { c.socket->write(streamRequest(QStringLiteral("test/model-a"), c.expected)); });
            QObject::connect(c.socket.get(), &QTcpSocket::readyRead, c.socket.get(), [&c] {
                c.received += c.socket->readAll();
                c.done = parseRawResponse(c.received, c.response) > 0;
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(clients.begin(), clients.end(), [](const Client &c) { return c.done; }), 60000);
        QSet<QString> ids;
        for (const Client &c : clients) {
            QCOMPARE(c.response.status, 200);
            const QList<QJsonObject> cs = chunks(c.response);
            QCOMPARE(text(cs), c.expected);
            QCOMPARE(c.response.sseData().last(), QByteArray("[DONE]"));
            const QString id = cs.first().value(QStringLiteral("id")).toString();
            for (const QJsonObject &chunk : cs)
                QCOMPARE(chunk.value(QStringLiteral("id")).toString(), id);
            ids.insert(id);
        }
        QCOMPARE(ids.size(), kClients);
        QCOMPARE(m_backend->started, kClients);
        QCOMPARE(m_backend->cancelled, 0);
    }

    void clientAbortCancelsBackend()
    {
        FakeScript slow;
        slow.events = textEvents({ QStringLiteral("a"), QStringLiteral("b") });
        slow.hang = true; // streams two pieces, then waits forever
        m_backend->setScript(QStringLiteral("test/model-a"), slow);
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_server->baseUrl() + QStringLiteral("/chat/completions")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        req.setRawHeader("Authorization", "Bearer sb-test-token");
        QNetworkReply *reply = nam.post(req,
            QByteArray("{\"model\":\"test/model-a\",\"stream\":true,"
                       "\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"));
        QByteArray got;
        connect(reply, &QNetworkReply::readyRead, this, [&] { got += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(got.contains("\"content\":\"b\""), 5000);
        QCOMPARE(m_server->activeRequests(), 1);
        QCOMPARE(m_backend->cancelled, 0);
        reply->abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_backend->cancelled, 1, 5000);
        QTRY_COMPARE(m_server->activeRequests(), 0);
        reply->deleteLater();
        // The server answers the next client normally.
        QCOMPARE(rawExchange(port(), httpRequest("GET", "/health", port())).status, 200);
    }

    void clientAbortBeforeFirstToken()
    {
        FakeScript hang;
        hang.hang = true;
        m_backend->setScript(QStringLiteral("test/model-a"), hang);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(s.waitForConnected(2000));
        s.write(streamRequest(QStringLiteral("test/model-a"), QStringLiteral("x")));
        QTRY_COMPARE(m_server->activeRequests(), 1);
        s.abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_backend->cancelled, 1, 5000);
        QTRY_COMPARE(m_server->activeRequests(), 0);
        QTRY_COMPARE(m_server->activeConnections(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerStreaming)
#include "TestServerStreaming.moc"
