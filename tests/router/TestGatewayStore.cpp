// The team gateway's people, teams, virtual keys and budgets in the ledger's database; run on
// SQLite (router.TestGatewayStore) and PostgreSQL (router.TestGatewayStore.postgresql).
#include "TestLedgerLocation.h"

#include "router/gateway/GatewayStore.h"
#include "router/ledger/Ledger.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

namespace {
constexpr qint64 kNow = 1'773'230'400'000; // 2026-03-11 12:00 UTC
}

class TestGatewayStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (test::ledgerTestWantsPostgres()) {
            QString why;
            if (test::postgresTestUrl(&why).isEmpty())
                QSKIP(qPrintable(QStringLiteral("PostgreSQL gateway tests skipped: ") + why));
        }
    }

    void init()
    {
        QString why;
        const QString where
            = test::freshLedgerLocation(m_dir.filePath(QStringLiteral("g-%1.sqlite").arg(++m_n)), &why);
        QVERIFY2(!where.isEmpty(), qPrintable(why));
        auto l = Ledger::open(where);
        QVERIFY2(l.ok(), qPrintable(l.error()));
        m_ledger = std::move(l.value());
        m_store = std::make_unique<GatewayStore>(m_ledger.get());
    }

    void cleanup()
    {
        m_store.reset();
        m_ledger.reset();
    }

    void usersAndTeams()
    {
        QVERIFY(m_store->addTeam("red", kNow).ok());
        QVERIFY(!m_store->addTeam("red", kNow).ok()); // names are unique
        QVERIFY(!m_store->addTeam("bad name", kNow).ok());
        QVERIFY(m_store->addUser(GatewayUser { "ann", "red", false, 10, 1000 }, kNow).ok());
        const auto noTeam = m_store->addUser(GatewayUser { "bob", "blue", false, 0, 0 }, kNow);
        QVERIFY(!noTeam.ok());
        QVERIFY2(noTeam.error().contains("blue"), qPrintable(noTeam.error()));
        QVERIFY(m_store->addUser(GatewayUser { "bob", "", true, 0, 0 }, kNow).ok());
        const auto users = m_store->users();
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 2);
        QCOMPARE(users->at(0).name, QStringLiteral("ann"));
        QCOMPARE(users->at(0).team, QStringLiteral("red"));
        QCOMPARE(users->at(0).requestsPerMinute, 10);
        QVERIFY(users->at(1).admin);
        QVERIFY(!m_store->removeTeam("red").ok()); // ann is in it
        QVERIFY(m_store->removeUser("ann").ok());
        QVERIFY(m_store->removeTeam("red").ok());
        QCOMPARE(m_store->teams()->size(), 0);
    }

    void keysAreShownOnceAndStoredHashed()
    {
        QVERIFY(m_store->addUser(GatewayUser { "ann", "", false, 0, 0 }, kNow).ok());
        const auto created = m_store->createKey("ann", "laptop", 0, kNow);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const QString text = created->text;
        QVERIFY(text.startsWith("sbk-" + created->key.id + "-"));
        QVERIFY(text.size() >= 4 + 12 + 1 + 43);
        // Nothing in the database contains the secret half.
        const QString secret = text.mid(17);
        QSqlQuery q(m_ledger->database());
        QVERIFY(q.exec("SELECT id, user_name, label, salt, hash FROM gw_keys"));
        QVERIFY(q.next());
        for (int c = 0; c < 5; ++c)
            QVERIFY(!q.value(c).toString().contains(secret));
        QCOMPARE(q.value(4).toString(),
            GatewayStore::hashSecret(QByteArray::fromHex(q.value(3).toString().toLatin1()), secret));
        // A second key of the same user gets another salt.
        const auto other = m_store->createKey("ann", "ci", 0, kNow);
        QVERIFY(other.ok());
        QVERIFY(other->text != text);

        GatewayUser owner;
        QString id;
        QCOMPARE(m_store->verify(text, kNow, &owner, &id).value(), KeyCheck::Valid);
        QCOMPARE(owner.name, QStringLiteral("ann"));
        QCOMPARE(id, created->key.id);
        QString tampered = text;
        tampered[tampered.size() - 1] = tampered.endsWith('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(m_store->verify(tampered, kNow, nullptr, nullptr).value(), KeyCheck::Unknown);
        QCOMPARE(m_store->verify("sb-not-a-gateway-key", kNow, nullptr, nullptr).value(), KeyCheck::Unknown);
        QCOMPARE(m_store->verify("", kNow, nullptr, nullptr).value(), KeyCheck::Unknown);

        QVERIFY(m_store->revokeKey(created->key.id, kNow + 1).ok());
        QCOMPARE(m_store->verify(text, kNow + 2, nullptr, nullptr).value(), KeyCheck::Revoked);
        QVERIFY(!m_store->revokeKey(created->key.id, kNow + 3).ok()); // already revoked
        QCOMPARE(m_store->verify(other->text, kNow, nullptr, nullptr).value(), KeyCheck::Valid);

        const auto expiring = m_store->createKey("ann", "", kNow + 1000, kNow);
        QVERIFY(expiring.ok());
        QCOMPARE(m_store->verify(expiring->text, kNow + 999, nullptr, nullptr).value(), KeyCheck::Valid);
        QCOMPARE(m_store->verify(expiring->text, kNow + 1000, nullptr, nullptr).value(), KeyCheck::Expired);

        // Keys of a removed user stop working.
        QVERIFY(m_store->removeUser("ann").ok());
        QCOMPARE(m_store->verify(other->text, kNow, nullptr, nullptr).value(), KeyCheck::Unknown);
        QVERIFY(!m_store->createKey("nobody", "", 0, kNow).ok());
    }

    void budgetsReplaceTheirScopeAndPeriod()
    {
        ScopedBudget b;
        b.scope = BudgetScope::Team;
        b.subject = "red";
        b.daily = true;
        b.limitUsd = 5;
        const auto id = m_store->setBudget(b);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        b.limitUsd = 7;
        QCOMPARE(m_store->setBudget(b).value(), id.value());
        b.daily = false;
        QVERIFY(m_store->setBudget(b).value() != id.value());
        ScopedBudget bad;
        bad.scope = BudgetScope::User; // no subject
        QVERIFY(!m_store->setBudget(bad).ok());
        const auto all = m_store->budgets();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).limitUsd, 7.0);
        QVERIFY(m_store->removeBudget(id.value()).ok());
        QCOMPARE(m_store->budgets()->size(), 1);
    }

    void spendByGroupAndLastMinute()
    {
        auto row = [&](const QString &req, const QString &user, const QString &team, const QString &provider,
                       double cost, qint64 at, AttemptStatus status) {
            AttemptRecord r;
            r.requestId = req;
            r.startedAtMs = at;
            r.provider = provider;
            r.model = "m";
            r.status = status;
            r.costUsd = cost;
            r.reservedUsd = 0.25;
            r.tokensIn = 10;
            r.tokensOut = 5;
            r.userName = user;
            r.teamName = team;
            QVERIFY(m_ledger->insert(r).ok());
        };
        row("1", "ann", "red", "groq", 0.5, kNow - 30'000, AttemptStatus::Ok);
        row("2", "ann", "red", "openai", 0.25, kNow - 90'000, AttemptStatus::Ok);
        row("3", "bob", "red", "groq", 0, kNow - 10'000, AttemptStatus::Pending);
        row("4", "cid", "blue", "groq", 1.0, kNow - 5'000, AttemptStatus::Ok);
        const auto byTeam = m_store->spend("team", 0, kNow + 1);
        QVERIFY(byTeam.ok());
        QCOMPARE(byTeam->size(), 2);
        QCOMPARE(byTeam->at(1).group, QStringLiteral("red"));
        QCOMPARE(byTeam->at(1).requests, 3);
        QCOMPARE(byTeam->at(1).costUsd, 0.75);
        QCOMPARE(byTeam->at(1).reservedUsd, 0.25); // bob's request in flight
        const auto redByUser = m_store->spend("user", 0, kNow + 1, "team", "red");
        QCOMPARE(redByUser->size(), 2);
        QCOMPARE(redByUser->at(0).group, QStringLiteral("ann"));
        QVERIFY(!m_store->spend("password", 0, kNow).ok());
        QVERIFY(!m_store->spend("user", 0, kNow, "hash", "x").ok());
        const auto minute = m_store->lastMinute("ann", kNow);
        QCOMPARE(minute->first, 1); // the one 90 s ago is out of the window
        QCOMPARE(minute->second, 15);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<GatewayStore> m_store;
};

QTEST_GUILESS_MAIN(TestGatewayStore)
#include "TestGatewayStore.moc"
