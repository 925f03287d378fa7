// Issue 15: a `switchboard-cli serve` killed with SIGKILL in the middle of streams leaves its
// attempts pending at $0; the next start must settle them (interrupted, charged the reservation,
// estimated) before it serves anything. Real processes, a real SQLite ledger, a fake provider.
// Reads the ledger with plain SQL, so SB_TEST_CLI can point at an older build to see it fail.
#include "FakeProvider.h"
#include "ServeProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb::test;

namespace {

struct Row {
    QString status;
    double cost = 0;
    bool estimated = false;
};

QVector<Row> readRows(const QString &path)
{
    QVector<Row> out;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (d.open()) {
            QSqlQuery q(d);
            q.exec(QStringLiteral("SELECT status, cost_usd, tokens_estimated FROM attempts ORDER BY id"));
            while (q.next())
                out.append(Row { q.value(0).toString(), q.value(1).toDouble(), q.value(2).toInt() != 0 });
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return out;
}

} // namespace

class TestServeCrashRecovery : public QObject {
    Q_OBJECT
private slots:
    void killedServerRowsAreSettledAtRestart()
    {
        QTemporaryDir dir;
        FakeProvider fake;
        QVERIFY(fake.start());
        FakeBehaviour slow = FakeBehaviour::reply(QString("word ").repeated(60).trimmed());
        slow.chunkDelayMs = 100; // six seconds per stream: the kill lands mid-stream
        fake.setDefaultBehaviour(slow);
        const QJsonObject alpha {
            { "id", "alpha" }, { "base_url", fake.baseUrl("openai").toString() }, { "wire", "openai" },
            { "auth", "bearer" },
            { "models",
                QJsonArray { QJsonObject { { "id", "m" }, { "provider_model_id", "alpha-m" },
                    { "context_window", 32768 }, { "input_per_mtok", 3.0 }, { "output_per_mtok", 15.0 } } } }
        };
        QFile catalog(dir.filePath("catalog.json"));
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write(QJsonDocument(
            QJsonObject { { "price_date", "2025-07-01" }, { "providers", QJsonArray { alpha } } })
                          .toJson());
        catalog.close();
        QFile keys(dir.filePath("keys.txt"));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write("alpha=sk-alpha-0123456789\n");
        keys.close();
        const QString ledger = dir.filePath("ledger.sqlite");
        const QStringList args { "--port", "0", "--quiet", "--token", "sb-test-token", "--catalog-only",
            "--catalog", catalog.fileName(), "--keys-file", keys.fileName(), "--ledger", ledger };

        ServeProcess first(cliPath(), args, dir.filePath("data"));
        QVERIFY2(first.start(), qPrintable(first.log()));
        ParallelClient client;
        constexpr int kStreams = 5;
        const QByteArray body
            = R"({"model":"m","stream":true,"max_tokens":400,"messages":[{"role":"user","content":"count"}]})";
        for (int i = 0; i < kStreams; ++i)
            client.post(first.port(), body, "sb-test-token");
        // Every stream is under way: the provider got the request and the client its first bytes.
        QTRY_COMPARE_WITH_TIMEOUT(fake.requestCount(), kStreams, 20000);
        for (int i = 0; i < kStreams; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(client.received(i) > 0, 20000);
        first.kill();
        client.waitAll(5000);

        // The crash state: the rows are there, pending at $0.
        const QVector<Row> crashed = readRows(ledger);
        QCOMPARE(crashed.size(), kStreams);
        for (const Row &r : crashed) {
            QCOMPARE(r.status, QStringLiteral("pending"));
            QCOMPARE(r.cost, 0.0);
        }

        // A restart settles them before its banner (it serves only after).
        ServeProcess second(cliPath(), args, dir.filePath("data"));
        QVERIFY2(second.start(), qPrintable(second.log()));
        const QVector<Row> settled = readRows(ledger);
        QCOMPARE(settled.size(), kStreams);
        // The worst case reserved: prompt estimate at $3/M plus 400 output tokens at $15/M.
        const double outputWorstCase = 400 * 15.0 / 1e6;
        for (const Row &r : settled) {
            QCOMPARE(r.status, QStringLiteral("interrupted"));
            QVERIFY2(r.cost >= outputWorstCase && r.cost < outputWorstCase + 0.001,
                qPrintable(QString::number(r.cost)));
            QVERIFY(r.estimated);
        }
        QVERIFY(second.stop());
    }
};

QTEST_GUILESS_MAIN(TestServeCrashRecovery)
#include "TestServeCrashRecovery.moc"
