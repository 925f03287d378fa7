// The local server as a team gateway: virtual keys instead of the token (unknown, revoked, expired),
// rate limits, who may read which spend, budgets per user through the Router, the x-request-id
// in the ledger row, and TLS off loopback (plain HTTP refused there). Real HTTP on 127.0.0.1, a
// real Router on a fake provider, a real SQLite ledger.
#include "FakeProvider.h"
#include "ServerTestClient.h"

#include "router/core/Router.h"
#include "router/core/RouterChatBackend.h"
#include "router/gateway/GatewayService.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"
#include "router/server/LocalServer.h"

#include <QJsonArray>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;
using namespace sb::server;
using sb::test::FakeBehaviour;
using sb::test::FakeProvider;
using sb::test::RawResponse;

namespace {

const QByteArray kChat = R"({"model":"m","max_tokens":100,"messages":[{"role":"user","content":"hi"}]})";

QString tlsFile(const char *name)
{
    return QStringLiteral(SB_TEST_DATA_DIR "/tls/") + QLatin1String(name);
}

} // namespace

class TestServerGateway : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_fake = std::make_unique<FakeProvider>();
        QVERIFY(m_fake->start());
        m_fake->setDefaultBehaviour(FakeBehaviour::reply("hello from alpha"));
        auto ledger = Ledger::open(m_dir->filePath("ledger.sqlite"));
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        m_ledger = std::move(ledger.value());
        m_keys = std::make_unique<InMemoryKeyStore>();
        m_keys->writeKey("alpha", "sk-alpha-0123456789", {});
        const QJsonObject alpha {
            { "id", "alpha" }, { "base_url", m_fake->baseUrl("openai").toString() }, { "wire", "openai" },
            { "auth", "bearer" },
            { "models",
                QJsonArray { QJsonObject { { "id", "m" }, { "provider_model_id", "alpha-m" },
                    { "context_window", 32768 }, { "input_per_mtok", 1.0 }, { "output_per_mtok", 2.0 } } } }
        };
        auto cat = Catalog::fromObject(
            QJsonObject { { "price_date", "2025-07-01" }, { "providers", QJsonArray { alpha } } }, "test");
        QVERIFY2(cat.ok(), qPrintable(cat.error()));
        m_router = std::make_unique<Router>(
            cat.value(), m_ledger.get(), m_keys.get(), nullptr, &SystemClock::instance(), &m_rng);
        m_router->setSharedBudgets(true);
        m_backend = std::make_unique<RouterChatBackend>(m_router.get());
        m_gateway = std::make_unique<GatewayService>(m_ledger.get(), &SystemClock::instance());
        GatewayStore &s = m_gateway->store();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(s.addTeam("red", now).ok());
        QVERIFY(s.addTeam("blue", now).ok());
        QVERIFY(s.addUser(GatewayUser { "ann", "red", false, 0, 0 }, now).ok());
        QVERIFY(s.addUser(GatewayUser { "bob", "blue", false, 2, 0 }, now).ok());
        QVERIFY(s.addUser(GatewayUser { "root", "", true, 0, 0 }, now).ok());
        m_ann = s.createKey("ann", "", 0, now)->text;
        m_bob = s.createKey("bob", "", 0, now)->text;
        m_root = s.createKey("root", "", 0, now)->text;
        ServerConfig config;
        m_server = std::make_unique<LocalServer>(config, m_backend.get());
        m_server->setGateway(m_gateway.get());
        QVERIFY(m_server->listen().ok());
        QTest::qWait(20); // provider keys prefetched
    }

    void cleanup()
    {
        m_server.reset();
        m_gateway.reset();
        m_backend.reset();
        m_router.reset();
        m_ledger.reset();
        m_fake.reset();
    }

    void keysAreChecked_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("none") << "none" << 401 << "invalid_api_key";
        QTest::addRow("unknown") << "unknown" << 401 << "invalid_api_key";
        QTest::addRow("the server token") << "token" << 401 << "invalid_api_key";
        QTest::addRow("revoked") << "revoked" << 401 << "key_revoked";
        QTest::addRow("expired") << "expired" << 401 << "key_expired";
        QTest::addRow("valid") << "valid" << 200 << "";
    }

    void keysAreChecked()
    {
        QFETCH(QString, which);
        QFETCH(int, status);
        QFETCH(QString, code);
        GatewayStore &s = m_gateway->store();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString key;
        if (which == "unknown")
            key = "sbk-000000000000-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        else if (which == "token")
            key = m_server->token();
        else if (which == "revoked") {
            const auto k = s.createKey("ann", "", 0, now);
            QVERIFY(s.revokeKey(k->key.id, now).ok());
            key = k->text;
        } else if (which == "expired") {
            key = s.createKey("ann", "", now + 1, now)->text;
            QTest::qWait(5);
        } else if (which == "valid")
            key = m_ann;
        QByteArrayList headers { "Content-Type: application/json" };
        if (!key.isEmpty())
            headers << "Authorization: Bearer " + key.toUtf8();
        const RawResponse r = test::rawExchange(m_server->port(),
            test::httpRequest("POST", "/v1/chat/completions", m_server->port(), kChat, headers), 10000);
        QCOMPARE(r.status, status);
        if (!code.isEmpty())
            QCOMPARE(r.json()["error"].toObject()["code"].toString(), code);
        if (status == 401)
            QCOMPARE(m_fake->requestCount(), 0);
    }

    void requestIdAndPersonAreInTheLedgerRow()
    {
        const RawResponse r = chat(m_ann);
        QCOMPARE(r.status, 200);
        const QString requestId = QString::fromUtf8(r.header("x-request-id"));
        QVERIFY(!requestId.isEmpty());
        // The id the client got is the ledger's: support can find the row from a client log.
        const auto rows = m_ledger->attemptsForRequest(requestId);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().status, AttemptStatus::Ok);
        QCOMPARE(rows->first().userName, QStringLiteral("ann"));
        QCOMPARE(rows->first().teamName, QStringLiteral("red"));
        QVERIFY(rows->first().reservedUsd >= rows->first().costUsd);
        QCOMPARE(r.json()["id"].toString(), requestId);
    }

    void spendIsVisibleToWhomItConcerns()
    {
        QCOMPARE(chat(m_ann).status, 200);
        QCOMPARE(chat(m_bob).status, 200);
        auto get = [&](const QString &key, const QByteArray &path) {
            return test::rawExchange(m_server->port(),
                test::httpRequest(
                    "GET", path, m_server->port(), {}, { "Authorization: Bearer " + key.toUtf8() }));
        };
        // ann (team red) reads red's spend, and her own; not blue's, not bob's.
        const RawResponse own = get(m_ann, "/v1/gateway/spend?by=user&team=red");
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json()["data"].toArray().size(), 1);
        QCOMPARE(own.json()["data"].toArray()[0].toObject()["user"].toString(), QStringLiteral("ann"));
        QCOMPARE(get(m_ann, "/v1/gateway/spend").json()["team"].toString(), QStringLiteral("red"));
        const RawResponse other = get(m_ann, "/v1/gateway/spend?by=user&team=blue");
        QCOMPARE(other.status, 403);
        QCOMPARE(other.json()["error"].toObject()["code"].toString(), QStringLiteral("forbidden"));
        QCOMPARE(get(m_ann, "/v1/gateway/spend?user=bob").status, 403);
        // The admin reads everything.
        const RawResponse all = get(m_root, "/v1/gateway/spend?by=team");
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json()["data"].toArray().size(), 2);
        QVERIFY(all.json()["total_usd"].toDouble() > 0);
        const RawResponse me = get(m_bob, "/v1/gateway/me");
        QCOMPARE(me.json()["user"].toString(), QStringLiteral("bob"));
        QCOMPARE(me.json()["team"].toString(), QStringLiteral("blue"));
        QCOMPARE(get("sbk-nope", "/v1/gateway/spend").status, 401);
    }

    void rateLimitPerUser()
    {
        // bob may send 2 requests per minute.
        QCOMPARE(chat(m_bob).status, 200);
        QCOMPARE(chat(m_bob).status, 200);
        const RawResponse third = chat(m_bob);
        QCOMPARE(third.status, 429);
        QCOMPARE(third.json()["error"].toObject()["code"].toString(), QStringLiteral("rate_limit_exceeded"));
        QVERIFY(third.header("retry-after").toInt() > 0);
        QCOMPARE(chat(m_ann).status, 200); // others are not held back
        QCOMPARE(m_fake->requestCount(), 3);
    }

    void userBudgetRefusesAndRecords()
    {
        ScopedBudget b;
        b.scope = BudgetScope::User;
        b.subject = "ann";
        b.daily = true;
        b.limitUsd = 0.0001; // less than one request's worst case (100 tokens out at $2/M, plus the prompt)
        QVERIFY(m_gateway->store().setBudget(b).ok());
        const RawResponse refused = chat(m_ann);
        QCOMPARE(refused.status, 402);
        QVERIFY2(refused.json()["error"].toObject()["message"].toString().contains("ann"),
            refused.body.constData());
        QCOMPARE(m_fake->requestCount(), 0);
        const auto rows = m_ledger->attemptsForRequest(QString::fromUtf8(refused.header("x-request-id")));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().status, AttemptStatus::Refused);
        QCOMPARE(rows->first().userName, QStringLiteral("ann"));
        QCOMPARE(chat(m_bob).status, 200); // bob has no such budget
    }

    void offLoopbackOnlyWithTls()
    {
        ServerConfig plain;
        plain.host = QHostAddress::AnyIPv4;
        plain.allowNonLoopback = true;
        LocalServer refused(plain, m_backend.get());
        const auto r = refused.listen();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains("TLS"), qPrintable(r.error()));

        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        ServerConfig tls;
        tls.tlsCertificatePath = tlsFile("cert.pem");
        tls.tlsKeyPath = tlsFile("key.pem");
        LocalServer secure(tls, m_backend.get());
        secure.setGateway(m_gateway.get());
        const auto listening = secure.listen();
        QVERIFY2(listening.ok(), qPrintable(listening.error()));
        QVERIFY(secure.baseUrl().startsWith("https://"));

        // HTTPS works (the client pins nothing: the test certificate is self-signed).
        QSslSocket client;
        client.setPeerVerifyMode(QSslSocket::VerifyNone);
        client.connectToHostEncrypted("127.0.0.1", secure.port());
        // The server answers in this thread: wait with the event loop running, not blocked.
        QTRY_VERIFY2_WITH_TIMEOUT(client.isEncrypted(), qPrintable(client.errorString()), 10000);
        client.write(test::httpRequest("GET", "/v1/gateway/me", secure.port(), {},
            { "Authorization: Bearer " + m_ann.toUtf8(), "Connection: close" }));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll()).contains("\"ann\""), 10000);
        QVERIFY(answer.startsWith("HTTP/1.1 200"));

        // Plain HTTP on the TLS port gets no HTTP answer: the handshake fails, the connection closes.
        const RawResponse plainAnswer = test::rawExchange(secure.port(),
            test::httpRequest(
                "GET", "/v1/gateway/me", secure.port(), {}, { "Authorization: Bearer " + m_ann.toUtf8() }),
            5000);
        QCOMPARE(plainAnswer.status, 0);
    }

private:
    RawResponse chat(const QString &key)
    {
        return test::rawExchange(m_server->port(),
            test::httpRequest("POST", "/v1/chat/completions", m_server->port(), kChat,
                { "Content-Type: application/json", "Authorization: Bearer " + key.toUtf8() }),
            10000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeProvider> m_fake;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<InMemoryKeyStore> m_keys;
    SeededRandom m_rng { 1 };
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RouterChatBackend> m_backend;
    std::unique_ptr<GatewayService> m_gateway;
    std::unique_ptr<LocalServer> m_server;
    QString m_ann, m_bob, m_root;
};

QTEST_GUILESS_MAIN(TestServerGateway)
#include "TestServerGateway.moc"
