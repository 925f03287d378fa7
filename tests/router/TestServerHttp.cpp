// The local server's HTTP surface over real sockets on 127.0.0.1: auth, Host check, CORS, size
// and time limits, routes, OpenAI-shaped errors and non-streamed answers, against a scripted
// backend.
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

namespace {

const QByteArray kChatBody
    = "{\"model\":\"test/model-a\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

} // namespace

class TestServerHttp : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeChatBackend> m_backend;
    std::unique_ptr<LocalServer> m_server;

    void startServer(ServerConfig config = {})
    {
        m_server.reset();
        m_backend = std::make_unique<FakeChatBackend>();
        config.token = QStringLiteral("sb-test-token");
        m_server = std::make_unique<LocalServer>(config, m_backend.get());
        const auto listening = m_server->listen();
        QVERIFY2(listening.ok(), qPrintable(listening.error()));
    }
    quint16 port() const { return m_server->port(); }
    QByteArray auth() const { return "Authorization: Bearer " + m_server->token().toUtf8(); }
    RawResponse post(const QByteArray &body, const QByteArrayList &headers = {})
    {
        QByteArrayList h = headers;
        h << auth() << "Content-Type: application/json";
        return rawExchange(port(), httpRequest("POST", "/v1/chat/completions", port(), body, h));
    }
    static void verifyErrorShape(const RawResponse &r, const QString &code)
    {
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QVERIFY2(!error.isEmpty(), r.body.constData());
        QVERIFY(error.value(QStringLiteral("message")).isString());
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(error.value(QStringLiteral("type")).isString());
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    }

private slots:
    void init() { startServer(); }
    void cleanup()
    {
        m_server.reset();
        m_backend.reset();
    }

    void healthNeedsNoToken()
    {
        const RawResponse r = rawExchange(port(), httpRequest("GET", "/health", port()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void bearerToken_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("status");
        QTest::addRow("none") << QByteArray() << 401;
        QTest::addRow("wrong token") << QByteArray("Authorization: Bearer sb-wrong") << 401;
        QTest::addRow("prefix of token") << QByteArray("Authorization: Bearer sb-test") << 401;
        QTest::addRow("basic scheme") << QByteArray("Authorization: Basic c2ItdGVzdC10b2tlbg==") << 401;
        QTest::addRow("right") << QByteArray("Authorization: Bearer sb-test-token") << 200;
        QTest::addRow("scheme case") << QByteArray("authorization: bearer sb-test-token") << 200;
    }
    void bearerToken()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, status);
        QByteArrayList headers;
        if (!header.isEmpty())
            headers << header;
        const RawResponse r = rawExchange(port(), httpRequest("GET", "/v1/models", port(), {}, headers));
        QCOMPARE(r.status, status);
        if (status == 401) {
            verifyErrorShape(r, QStringLiteral("invalid_api_key"));
            QVERIFY(!r.body.contains("sb-test-token"));
        }
    }

    void rotatedTokenReplacesOld()
    {
        const QString old = m_server->token();
        const QString fresh = m_server->rotateToken();
        QVERIFY(fresh != old);
        QVERIFY(fresh.startsWith(QStringLiteral("sb-")));
        QCOMPARE(fresh.size(), 3 + 43);
        auto get = [&](const QString &token) {
            return rawExchange(port(),
                httpRequest("GET", "/v1/models", port(), {}, { "Authorization: Bearer " + token.toUtf8() }))
                .status;
        };
        QCOMPARE(get(old), 401);
        QCOMPARE(get(fresh), 200);
    }

    void qnamClientWorks()
    {
        // The same through Qt's own HTTP client, which sends Host and keeps the connection alive.
        QNetworkAccessManager nam;
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest req(QUrl(m_server->baseUrl() + QStringLiteral("/chat/completions")));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            req.setRawHeader("Authorization", "Bearer sb-test-token");
            QNetworkReply *reply = nam.post(req, kChatBody);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(5000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(reply->rawHeader("x-switchboard-provider"), QByteArray("fake"));
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            QCOMPARE(body.value(QStringLiteral("choices"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toObject()
                         .value(QStringLiteral("content"))
                         .toString(),
                QStringLiteral("Hello, world"));
            reply->deleteLater();
        }
    }

    void hostHeader_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("127.0.0.1") << QByteArray("127.0.0.1:%") << true;
        QTest::addRow("localhost") << QByteArray("localhost:%") << true;
        QTest::addRow("LOCALHOST") << QByteArray("LOCALHOST:%") << true;
        QTest::addRow("ipv6 loopback") << QByteArray("[::1]:%") << true;
        QTest::addRow("rebinding name") << QByteArray("evil.example:%") << false;
        QTest::addRow("localhost subdomain") << QByteArray("localhost.evil.example:%") << false;
        QTest::addRow("wrong port") << QByteArray("127.0.0.1:1") << false;
        QTest::addRow("no port") << QByteArray("localhost") << false;
        QTest::addRow("empty") << QByteArray("") << false;
    }
    void hostHeader()
    {
        QFETCH(QByteArray, host);
        QFETCH(bool, allowed);
        host.replace('%', QByteArray::number(port()));
        const QByteArray req = "GET /v1/models HTTP/1.1\r\nHost: " + host + "\r\n" + auth() + "\r\n\r\n";
        const RawResponse r = rawExchange(port(), req);
        QCOMPARE(r.status, allowed ? 200 : 403);
        if (!allowed)
            verifyErrorShape(r, QStringLiteral("host_not_allowed"));
    }

    void missingHostRefused()
    {
        const RawResponse r = rawExchange(port(), "GET /v1/models HTTP/1.1\r\n" + auth() + "\r\n\r\n");
        QCOMPARE(r.status, 403);
    }

    void extraAllowedHost()
    {
        ServerConfig config;
        config.allowedHosts = { QStringLiteral("switchboard.test") };
        startServer(config);
        const QByteArray req = "GET /v1/models HTTP/1.1\r\nHost: switchboard.test:"
            + QByteArray::number(port()) + "\r\n" + auth() + "\r\n\r\n";
        QCOMPARE(rawExchange(port(), req).status, 200);
    }

    void corsOffByDefault()
    {
        const RawResponse r = rawExchange(port(),
            httpRequest("GET", "/v1/models", port(), {}, { auth(), "Origin: http://localhost:5173" }));
        QCOMPARE(r.status, 403);
        verifyErrorShape(r, QStringLiteral("origin_not_allowed"));
        QVERIFY(r.header("access-control-allow-origin").isEmpty());
        const RawResponse preflight = rawExchange(port(),
            httpRequest("OPTIONS", "/v1/chat/completions", port(), {}, { "Origin: http://localhost:5173" }));
        QVERIFY(preflight.status >= 400);
        QVERIFY(preflight.header("access-control-allow-origin").isEmpty());
    }

    void corsForListedOrigins()
    {
        ServerConfig config;
        config.corsOrigins = { QStringLiteral("http://localhost:5173") };
        startServer(config);
        const RawResponse preflight = rawExchange(port(),
            httpRequest("OPTIONS", "/v1/chat/completions", port(), {},
                { "Origin: http://localhost:5173", "Access-Control-Request-Method: POST" }));
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.header("access-control-allow-origin"), QByteArray("http://localhost:5173"));
        QVERIFY(preflight.header("access-control-allow-headers").contains("authorization"));
        const RawResponse r = post(kChatBody, { "Origin: http://localhost:5173" });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://localhost:5173"));
        QVERIFY(r.header("access-control-expose-headers").contains("x-switchboard-provider"));
        const RawResponse other = post(kChatBody, { "Origin: http://evil.example" });
        QCOMPARE(other.status, 403);
    }

    void nonLoopbackNeedsOptIn()
    {
        ServerConfig config;
        config.host = QHostAddress::AnyIPv4;
        config.token = QStringLiteral("x");
        LocalServer refused(config, m_backend.get());
        const auto r = refused.listen();
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("0.0.0.0")));
        QVERIFY(!refused.isListening());
        config.allowNonLoopback = true;
        LocalServer opened(config, m_backend.get());
        QVERIFY(opened.listen().ok());
        QVERIFY(opened.warnings().join(QLatin1Char('\n')).contains(QStringLiteral("WARNING")));
        QVERIFY(m_server->warnings().isEmpty());
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("request"); // '%' = port, '$' = auth header line
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        auto chat = [](const QByteArray &body, const QByteArray &contentType = "application/json") {
            return "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:%\r\n$\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        QTest::addRow("malformed json") << chat("{\"model\": ") << 400 << "invalid_json";
        QTest::addRow("json array") << chat("[1,2]") << 400 << "invalid_json";
        QTest::addRow("missing model") << chat("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                                       << 400 << "missing_required_parameter";
        QTest::addRow("missing messages")
            << chat("{\"model\":\"test/model-a\"}") << 400 << "missing_required_parameter";
        QTest::addRow("empty messages")
            << chat("{\"model\":\"test/model-a\",\"messages\":[]}") << 400 << "missing_required_parameter";
        QTest::addRow("bad role") << chat(
            "{\"model\":\"test/model-a\",\"messages\":[{\"role\":\"wizard\",\"content\":\"x\"}]}")
                                  << 400 << "invalid_value";
        QTest::addRow("bad max_tokens")
            << chat("{\"model\":\"test/"
                    "model-a\",\"max_tokens\":-3,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
            << 400 << "invalid_value";
        QTest::addRow("stream not bool")
            << chat("{\"model\":\"test/"
                    "model-a\",\"stream\":\"yes\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
            << 400 << "invalid_value";
        QTest::addRow("image part") << chat(
            "{\"model\":\"test/"
            "model-a\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\"}]}]}")
                                    << 400 << "invalid_value";
        QTest::addRow("unknown model")
            << chat("{\"model\":\"nope/nothing\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
            << 400 << "model_not_found";
        QTest::addRow("unknown suffix") << chat(
            "{\"model\":\"test/model-a:slowest\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                                        << 400 << "model_not_found";
        QTest::addRow("pinned provider without key")
            << chat("{\"model\":\"test/model-a:gamma\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
            << 400 << "model_not_found";
        QTest::addRow("model nobody can serve")
            << chat("{\"model\":\"test/unkeyed\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
            << 400 << "model_not_found";
        QTest::addRow("text/plain") << chat(kChatBody, "text/plain") << 415 << "unsupported_media_type";
        QTest::addRow("form") << chat(kChatBody, "application/x-www-form-urlencoded") << 415
                              << "unsupported_media_type";
        QTest::addRow("GET on chat") << QByteArray(
            "GET /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:%\r\n$\r\n\r\n")
                                     << 405 << "method_not_allowed";
        QTest::addRow("unknown route")
            << QByteArray("GET /v1/embeddings HTTP/1.1\r\nHost: 127.0.0.1:%\r\n$\r\n\r\n") << 404
            << "unknown_url";
        QTest::addRow("unknown model id")
            << QByteArray("GET /v1/models/zzz HTTP/1.1\r\nHost: 127.0.0.1:%\r\n$\r\n\r\n") << 404
            << "model_not_found";
        QTest::addRow("chunked upload")
            << QByteArray("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:%\r\n$\r\nContent-Type: "
                          "application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
            << 411 << "bad_request";
        QTest::addRow("garbage request line") << QByteArray("HELLO\r\n\r\n") << 400 << "bad_request";
        QTest::addRow("http/2 preface")
            << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505 << "bad_request";
        QTest::addRow("bad content-length") << QByteArray(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:%\r\nContent-Length: -5\r\n\r\n")
                                            << 400 << "bad_request";
        QTest::addRow("bad policy header")
            << chat(kChatBody).replace("$", "$\r\nx-switchboard-policy: slowest") << 400 << "invalid_policy";
    }
    void badRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        request.replace('%', QByteArray::number(port())).replace('$', auth());
        const RawResponse r = rawExchange(port(), request);
        QCOMPARE(r.status, status);
        verifyErrorShape(r, code);
        QCOMPARE(m_backend->started, 0);
        // The server is still there for everyone else.
        QCOMPARE(rawExchange(port(), httpRequest("GET", "/health", port())).status, 200);
    }

    void bodyOverLimit()
    {
        ServerConfig config;
        config.maxBodyBytes = 1024;
        startServer(config);
        QByteArray big = "{\"model\":\"test/model-a\",\"messages\":[{\"role\":\"user\",\"content\":\""
            + QByteArray(5000, 'x') + "\"}]}";
        const RawResponse r = post(big);
        QCOMPARE(r.status, 413);
        verifyErrorShape(r, QStringLiteral("request_too_large"));
        QCOMPARE(r.header("connection"), QByteArray("close"));
        // A body announced as huge is refused from its headers, before any of it is read.
        const RawResponse announced = rawExchange(port(),
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port())
                + "\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{");
        QCOMPARE(announced.status, 413);
        QCOMPARE(post(kChatBody).status, 200);
    }

    void oversizedHeaders()
    {
        const QByteArray req
            = httpRequest("GET", "/v1/models", port(), {}, { auth(), "X-Pad: " + QByteArray(40000, 'a') });
        QCOMPARE(rawExchange(port(), req).status, 431);
    }

    void slowClientTimesOutOthersServed()
    {
        ServerConfig config;
        config.headerTimeoutMs = 300;
        startServer(config);
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(slow.waitForConnected(2000));
        slow.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:");
        QTest::qWait(50);
        slow.write("1"); // a byte now and then does not extend the deadline
        // Others are answered while the slow client dawdles.
        QCOMPARE(rawExchange(port(), httpRequest("GET", "/health", port())).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            slow.state() == QAbstractSocket::UnconnectedState || slow.bytesAvailable() > 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 5000);
        RawResponse r;
        parseRawResponse(slow.readAll(), r);
        QCOMPARE(r.status, 408);
        QCOMPARE(m_server->activeConnections(), 0);
    }

    void expectContinue()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(s.waitForConnected(2000));
        s.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port()) + "\r\n"
            + auth() + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
            + QByteArray::number(kChatBody.size()) + "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(s.bytesAvailable() > 0, 5000);
        QVERIFY(s.readAll().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        s.write(kChatBody);
        QByteArray received;
        RawResponse r;
        QTRY_VERIFY_WITH_TIMEOUT((received += s.readAll(), parseRawResponse(received, r) > 0), 5000);
        QCOMPARE(r.status, 200);
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(s.waitForConnected(2000));
        s.write(httpRequest("GET", "/health", port())
            + httpRequest("POST", "/v1/chat/completions", port(), kChatBody,
                { auth(), "Content-Type: application/json" })
            + httpRequest("GET", "/nope", port(), {}, { auth() }));
        QByteArray received;
        QList<int> statuses;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                received += s.readAll();
                RawResponse r;
                while (qsizetype used = parseRawResponse(received, r)) {
                    statuses.append(r.status);
                    received.remove(0, used);
                }
                return statuses.size() == 3;
            }(),
            5000);
        QCOMPARE(statuses, (QList<int> { 200, 200, 404 }));
    }

    void modelList()
    {
        const RawResponse r = rawExchange(port(), httpRequest("GET", "/v1/models", port(), {}, { auth() }));
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        QStringList ids;
        QJsonObject base;
        for (const QJsonValue &v : body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject m = v.toObject();
            QCOMPARE(m.value(QStringLiteral("object")).toString(), QStringLiteral("model"));
            ids << m.value(QStringLiteral("id")).toString();
            if (ids.last() == QLatin1String("test/model-a"))
                base = m;
        }
        QCOMPARE(ids,
            (QStringList { "test/model-a", "test/model-a:cheapest", "test/model-a:fastest",
                "test/model-a:alpha", "test/model-a:beta", "llama3:8b", "llama3:8b:cheapest",
                "llama3:8b:fastest", "llama3:8b:beta" }));
        QCOMPARE(base.value(QStringLiteral("context_length")).toInteger(), 32768);
        const QJsonArray providers = base.value(QStringLiteral("switchboard"))
                                         .toObject()
                                         .value(QStringLiteral("providers"))
                                         .toArray();
        QCOMPARE(providers.size(), 2); // gamma has no key
        const QJsonObject alpha = providers.at(0).toObject();
        QCOMPARE(alpha.value(QStringLiteral("id")).toString(), QStringLiteral("alpha"));
        QCOMPARE(alpha.value(QStringLiteral("context_length")).toInteger(), 8192);
        const QJsonObject pricing = alpha.value(QStringLiteral("pricing")).toObject();
        QCOMPARE(pricing.value(QStringLiteral("input_per_mtok")).toDouble(), 0.5);
        QCOMPARE(pricing.value(QStringLiteral("output_per_mtok")).toDouble(), 1.5);
        QCOMPARE(pricing.value(QStringLiteral("price_date")).toString(), QStringLiteral("2025-07-01"));

        const RawResponse one
            = rawExchange(port(), httpRequest("GET", "/v1/models/test/model-a:beta", port(), {}, { auth() }));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QStringLiteral("id")).toString(), QStringLiteral("test/model-a:beta"));
    }

    void policyFromSuffixOrHeader_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("policyHeader");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("pinned");
        QTest::addColumn<QString>("routedModel"); // the canonical id; the route travels in the spec
        QTest::addRow("plain") << "test/model-a" << QByteArray() << ""
                               << ""
                               << "test/model-a";
        QTest::addRow("case-insensitive id") << "TEST/Model-A" << QByteArray() << ""
                                             << ""
                                             << "test/model-a";
        QTest::addRow("cheapest") << "test/model-a:cheapest" << QByteArray() << "cheapest"
                                  << ""
                                  << "test/model-a";
        QTest::addRow("fastest") << "test/model-a:fastest" << QByteArray() << "fastest"
                                 << ""
                                 << "test/model-a";
        QTest::addRow("pinned") << "test/model-a:beta" << QByteArray() << ""
                                << "beta"
                                << "test/model-a";
        QTest::addRow("header") << "test/model-a" << QByteArray("fastest") << "fastest"
                                << ""
                                << "test/model-a";
        QTest::addRow("suffix beats header") << "test/model-a:cheapest" << QByteArray("fastest") << "cheapest"
                                             << ""
                                             << "test/model-a";
        QTest::addRow("colon in model id") << "llama3:8b" << QByteArray() << ""
                                           << ""
                                           << "llama3:8b";
        QTest::addRow("colon id with policy") << "llama3:8b:cheapest" << QByteArray() << "cheapest"
                                              << ""
                                              << "llama3:8b";
    }
    void policyFromSuffixOrHeader()
    {
        QFETCH(QString, model);
        QFETCH(QByteArray, policyHeader);
        QFETCH(QString, policy);
        QFETCH(QString, pinned);
        QFETCH(QString, routedModel);
        const QByteArray body
            = "{\"model\":\"" + model.toUtf8() + "\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";
        QByteArrayList headers;
        if (!policyHeader.isEmpty())
            headers << "X-Switchboard-Policy: " + policyHeader;
        const RawResponse r = post(body, headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_backend->lastPolicy, policy);
        QCOMPARE(m_backend->lastPinned, pinned);
        QCOMPARE(m_backend->lastRequest.model, routedModel);
        QCOMPARE(r.json().value(QStringLiteral("model")).toString(), model); // echoes what the client asked
    }

    void nonStreamedAnswer()
    {
        const QByteArray body = "{\"model\":\"test/"
                                "model-a\",\"temperature\":0.5,\"max_tokens\":64,\"seed\":7,\"messages\":[{"
                                "\"role\":\"developer\",\"content\":\"be "
                                "brief\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi "
                                "\"},{\"type\":\"text\",\"text\":\"there\"}]}]}";
        const RawResponse r = post(body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchboard-provider"), QByteArray("fake"));
        QCOMPARE(r.header("x-switchboard-attempts"), QByteArray("1"));
        QCOMPARE(r.header("x-switchboard-cost-usd").toDouble(), 0.0000125);
        QVERIFY(r.header("x-request-id").startsWith("chatcmpl-"));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        QCOMPARE(o.value(QStringLiteral("id")).toString().toUtf8(), r.header("x-request-id"));
        const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("role")).toString(),
            QStringLiteral("assistant"));
        QCOMPARE(
            choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
            QStringLiteral("Hello, world"));
        const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInt(), 10);
        QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 5);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), 15);
        // What reached the backend.
        const ChatRequest &req = m_backend->lastRequest;
        QCOMPARE(req.messages.size(), 2);
        QCOMPARE(req.messages[0].role, QStringLiteral("system"));
        QCOMPARE(req.messages[1].content, QStringLiteral("hi there"));
        QCOMPARE(req.temperature.value_or(-1), 0.5);
        QCOMPARE(req.maxTokens.value_or(-1), 64);
        QCOMPARE(req.extra.value(QStringLiteral("seed")).toInt(), 7);
        QVERIFY(!req.stream);
    }

    void toolCallsPassThrough()
    {
        FakeScript script;
        ChatEvent first;
        first.kind = ChatEvent::Kind::ToolCallDelta;
        first.toolIndex = 0;
        first.toolId = QStringLiteral("call_1");
        first.toolName = QStringLiteral("get_weather");
        ChatEvent args = first;
        args.toolId.clear();
        args.toolName.clear();
        args.toolArguments = QStringLiteral("{\"city\":");
        ChatEvent args2 = args;
        args2.toolArguments = QStringLiteral("\"Paris\"}");
        script.events = { first, args, args2, ChatEvent::finish(QStringLiteral("tool_calls")) };
        script.result.ok = true;
        m_backend->setScript(QStringLiteral("test/model-a"), script);
        const QByteArray body
            = "{\"model\":\"test/"
              "model-a\",\"tool_choice\":\"auto\",\"messages\":[{\"role\":\"user\",\"content\":\"weather?\"},"
              "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_0\",\"type\":"
              "\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},{\"role\":\"tool\",\"tool_"
              "call_id\":\"call_0\",\"content\":\"ok\"}],\"tools\":[{\"type\":\"function\",\"function\":{"
              "\"name\":\"get_weather\",\"parameters\":{\"type\":\"object\"}}}]}";
        const RawResponse r = post(body);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_backend->lastRequest.tools.size(), 1);
        QCOMPARE(m_backend->lastRequest.toolChoice.toString(), QStringLiteral("auto"));
        QCOMPARE(m_backend->lastRequest.messages[1].toolCalls.size(), 1);
        QCOMPARE(m_backend->lastRequest.messages[2].toolCallId, QStringLiteral("call_0"));
        const QJsonObject choice = r.json().value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("tool_calls"));
        const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
        QVERIFY(message.value(QStringLiteral("content")).isNull());
        const QJsonObject call = message.value(QStringLiteral("tool_calls")).toArray().first().toObject();
        QCOMPARE(call.value(QStringLiteral("id")).toString(), QStringLiteral("call_1"));
        QCOMPARE(call.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
        QCOMPARE(call.value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("get_weather"));
        QCOMPARE(
            call.value(QStringLiteral("function")).toObject().value(QStringLiteral("arguments")).toString(),
            QStringLiteral("{\"city\":\"Paris\"}"));
    }

    void backendFailures_data()
    {
        QTest::addColumn<int>("outcome"); // what the router says; the rest is the server's mapping
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("budget exhausted") << int(RouteOutcome::BudgetExhausted) << 402 << "insufficient_quota"
                                          << "budget_exceeded"
                                          << "monthly budget for groq ($5.00) would be exceeded";
        QTest::addRow("budget reservations full")
            << int(RouteOutcome::BudgetReserved) << 429 << "rate_limit_error"
            << "budget_reserved"
            << "daily global budget is reserved by requests in flight; retry";
        QTest::addRow("all failed") << int(RouteOutcome::AllFailed) << 502 << "api_error"
                                    << "all_providers_failed"
                                    << "all providers failed: alpha: 500 server_error; beta: timeout";
        QTest::addRow("none available") << int(RouteOutcome::NoCandidates) << 503 << "api_error"
                                        << "no_provider_available"
                                        << "every provider for test/model-a is cooling down";
    }
    void backendFailures()
    {
        QFETCH(int, outcome);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, code);
        QFETCH(QString, message);
        FakeScript script;
        script.attempts = 2;
        script.result.ok = false;
        script.result.outcome = RouteOutcome(outcome);
        script.result.errorMessage = message;
        m_backend->setScript(QStringLiteral("test/model-a"), script);
        for (bool stream : { false, true }) {
            const QByteArray body
                = "{\"model\":\"test/model-a\",\"stream\":" + QByteArray(stream ? "true" : "false")
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}";
            const RawResponse r = post(body);
            QCOMPARE(r.status, status);
            verifyErrorShape(r, code);
            const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("type")).toString(), type);
            QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
            QCOMPARE(r.header("x-switchboard-attempts"), QByteArray("2"));
        }
    }

    void timeoutGives504AndCancels()
    {
        ServerConfig config;
        config.requestTimeoutMs = 200;
        startServer(config);
        FakeScript script;
        script.hang = true;
        m_backend->setScript(QStringLiteral("test/model-a"), script);
        const RawResponse r = post(kChatBody);
        QCOMPARE(r.status, 504);
        verifyErrorShape(r, QStringLiteral("request_timeout"));
        QCOMPARE(m_backend->cancelled, 1);
        QTRY_COMPARE(m_server->activeRequests(), 0);
    }

    void accessLogHasNoSecrets()
    {
        QSignalSpy log(m_server.get(), &LocalServer::requestLogged);
        QCOMPARE(post(kChatBody).status, 200);
        QCOMPARE(rawExchange(port(),
                     httpRequest("GET", "/v1/models", port(), {}, { "Authorization: Bearer sb-guess" }))
                     .status,
            401);
        QTRY_COMPARE(log.size(), 2);
        for (const auto &args : log) {
            const QString line = args.at(0).toString();
            QVERIFY2(
                !line.contains(QStringLiteral("sb-test-token")) && !line.contains(QStringLiteral("sb-guess")),
                qPrintable(line));
        }
        QVERIFY(log.at(0).at(0).toString().startsWith(QStringLiteral("POST /v1/chat/completions 200")));
    }
};

QTEST_GUILESS_MAIN(TestServerHttp)
#include "TestServerHttp.moc"
