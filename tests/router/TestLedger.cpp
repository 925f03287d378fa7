#include "TestLedgerLocation.h"

#include "router/ledger/Ledger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

using namespace sb;

namespace {

// 2026-03-11 12:00 UTC (a Wednesday): noon keeps local-time day buckets stable in any time zone
// within +-11 h of UTC.
constexpr qint64 kNoon = 1'773'230'400'000;
constexpr qint64 kDay = 86'400'000;

AttemptRecord record(const QString &req, int attempt, qint64 at, const QString &provider,
    AttemptStatus status, double cost = 0, const QString &model = QStringLiteral("m"))
{
    AttemptRecord r;
    r.requestId = req;
    r.attempt = attempt;
    r.startedAtMs = at;
    r.provider = provider;
    r.model = model;
    r.providerModel = model + QStringLiteral("-wire");
    r.policy = QStringLiteral("cheapest");
    r.status = status;
    r.costUsd = cost;
    r.tokensIn = 100;
    r.tokensOut = 50;
    r.durationMs = 1000;
    if (status == AttemptStatus::Ok)
        r.ttftMs = 200;
    return r;
}

qint64 countRows(const QString &path)
{
    auto l = Ledger::open(path);
    if (!l)
        return -1;
    auto rows = l.value()->attempts(0, std::numeric_limits<qint64>::max(), 1'000'000);
    return rows ? rows->size() : -1;
}

// The crash test's child: records attempts like the router does (pending row, then the final
// figures), reporting each committed row on stdout, until the parent kills it.
int runCrashChild(const QString &path)
{
    auto l = Ledger::open(path);
    if (!l) {
        std::fprintf(stderr, "%s\n", qPrintable(l.error()));
        return 2;
    }
    for (int i = 0;; ++i) {
        AttemptRecord r = record(
            QStringLiteral("req-%1").arg(i), 1, kNoon + i, QStringLiteral("groq"), AttemptStatus::Pending);
        r.reservedUsd = 0.002; // what crash recovery charges if we die now
        auto id = l.value()->insert(r);
        if (!id)
            return 3;
        r.rowId = id.value();
        r.status = AttemptStatus::Ok;
        r.ttftMs = 10;
        r.costUsd = 0.001;
        r.reservedUsd = 0.002;
        if (!l.value()->update(r))
            return 4;
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithWalAndLatestSchema();
    void insertAndUpdateRoundTrip();
    void newerSchemaIsRefused();
    void spendWindows();
    void costSeriesBuckets_data();
    void costSeriesBuckets();
    void latencyPercentiles();
    void outcomeAndFailoverStats();
    void billingByMonthProviderModel();
    void recentPerformanceOldestFirst();
    void concurrentWriters();
    void readOnlyWriteIsReported();
    void fullDiskIsReportedAndNothingCorrupts();
    void killedWriterLeavesReadableLedger();
    void liveWritersRowsAreNotSettled();
    void scopedBudgetsReserveWithThePendingRow();

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    bool m_pg = false;
    // A SQLite file, or a fresh PostgreSQL schema when run as router.TestLedger.postgresql.
    QString freshPath()
    {
        QString why;
        const QString where
            = test::freshLedgerLocation(m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_n)), &why);
        if (where.isEmpty())
            qFatal("%s", qPrintable(why));
        return where;
    }
};

void TestLedger::initTestCase()
{
    m_pg = test::ledgerTestWantsPostgres();
    if (m_pg) {
        QString why;
        if (test::postgresTestUrl(&why).isEmpty())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL ledger tests skipped: ") + why));
    }
}

void TestLedger::opensWithWalAndLatestSchema()
{
    const QString path = freshPath();
    auto l = Ledger::open(path);
    QVERIFY2(l.ok(), qPrintable(l.error()));
    QCOMPARE(l.value()->journalMode(), m_pg ? QStringLiteral("postgresql") : QStringLiteral("wal"));
    QCOMPARE(l.value()->schemaVersion(), Ledger::latestSchemaVersion());
    QCOMPARE(l.value()->integrityCheck().value(), QStringLiteral("ok"));
    l.value().reset();
    auto again = Ledger::open(path); // reopening migrates nothing and keeps the version
    QVERIFY(again.ok());
    QCOMPARE(again.value()->schemaVersion(), Ledger::latestSchemaVersion());
}

void TestLedger::insertAndUpdateRoundTrip()
{
    auto l = Ledger::open(freshPath());
    QVERIFY(l.ok());
    Ledger &ledger = *l.value();
    AttemptRecord r = record(QStringLiteral("r1"), 1, kNoon, QStringLiteral("groq"), AttemptStatus::Pending);
    auto id = ledger.insert(r);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(id.value() > 0);
    auto pending = ledger.attemptsForRequest(QStringLiteral("r1"));
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().status, AttemptStatus::Pending);
    QVERIFY(!pending->first().ttftMs.has_value());

    r.rowId = id.value();
    r.status = AttemptStatus::Error;
    r.httpStatus = 503;
    r.errorClass = QStringLiteral("overloaded");
    r.errorText = QStringLiteral("groq: 503 Service Unavailable");
    r.ttftMs = 0;
    r.tokensCached = 7;
    r.tokensEstimated = true;
    r.costUsd = 0.125;
    QVERIFY(ledger.update(r).ok());
    const AttemptRecord back = ledger.attemptsForRequest(QStringLiteral("r1"))->first();
    QCOMPARE(back.rowId, id.value());
    QCOMPARE(back.status, AttemptStatus::Error);
    QCOMPARE(back.httpStatus, 503);
    QCOMPARE(back.errorClass, QStringLiteral("overloaded"));
    QCOMPARE(back.errorText, r.errorText);
    QCOMPARE(back.ttftMs.value_or(-1), 0);
    QCOMPARE(back.tokensIn, 100);
    QCOMPARE(back.tokensOut, 50);
    QCOMPARE(back.tokensCached, 7);
    QVERIFY(back.tokensEstimated);
    QCOMPARE(back.costUsd, 0.125);
    QCOMPARE(back.providerModel, QStringLiteral("m-wire"));
    QCOMPARE(back.policy, QStringLiteral("cheapest"));
    QCOMPARE(back.currency, QStringLiteral("USD"));

    r.rowId = 999999;
    auto missing = ledger.update(r);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QLatin1String("999999")), qPrintable(missing.error()));
}

void TestLedger::newerSchemaIsRefused()
{
    const QString path = freshPath();
    if (m_pg) {
        {
            auto l = Ledger::open(path);
            QVERIFY(l.ok());
            QSqlQuery q(l.value()->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE ledger_schema SET version = 99")));
        }
        auto l = Ledger::open(path);
        QVERIFY(!l.ok());
        QVERIFY2(l.error().contains(QLatin1String("newer")), qPrintable(l.error()));
        return;
    }
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        d.setDatabaseName(path);
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto l = Ledger::open(path);
    QVERIFY(!l.ok());
    QVERIFY2(l.error().contains(path) && l.error().contains(QLatin1String("newer")), qPrintable(l.error()));
}

void TestLedger::spendWindows()
{
    auto l = Ledger::open(freshPath());
    QVERIFY(l.ok());
    Ledger &ledger = *l.value();
    QVERIFY(ledger.insert(record("a", 1, kNoon, "groq", AttemptStatus::Ok, 1.0)).ok());
    QVERIFY(ledger.insert(record("b", 1, kNoon + 1000, "openai", AttemptStatus::Ok, 2.0)).ok());
    QVERIFY(ledger.insert(record("c", 1, kNoon - kDay, "groq", AttemptStatus::Ok, 4.0)).ok());
    QVERIFY(ledger.insert(record("d", 1, kNoon + 2000, "groq", AttemptStatus::Error, 0.5)).ok());
    QCOMPARE(ledger.spend(kNoon, kNoon + kDay).value(), 3.5);
    QCOMPARE(ledger.spend(kNoon, kNoon + kDay, "groq").value(), 1.5);
    QCOMPARE(ledger.spend(kNoon - kDay, kNoon + kDay, "groq").value(), 5.5);
    QCOMPARE(ledger.spend(kNoon - kDay, kNoon).value(), 4.0); // the window's end is exclusive
    QCOMPARE(ledger.spend(kNoon, kNoon + kDay, "nobody").value(), 0.0);
}

void TestLedger::costSeriesBuckets_data()
{
    QTest::addColumn<int>("bucket");
    QTest::addColumn<QStringList>("expected"); // "date provider cost attempts"
    QTest::addRow("day") << int(TimeBucket::Day)
                         << QStringList { "2026-03-09 groq 1 1", "2026-03-11 groq 2 1",
                                "2026-03-11 openai 4 1", "2026-03-16 groq 8 1", "2026-04-02 groq 16 1" };
    QTest::addRow("week") << int(TimeBucket::Week)
                          << QStringList { "2026-03-09 groq 3 2", "2026-03-09 openai 4 1",
                                 "2026-03-16 groq 8 1", "2026-03-30 groq 16 1" };
    QTest::addRow("month") << int(TimeBucket::Month)
                           << QStringList { "2026-03-01 groq 11 3", "2026-03-01 openai 4 1",
                                  "2026-04-01 groq 16 1" };
}

void TestLedger::costSeriesBuckets()
{
    QFETCH(int, bucket);
    QFETCH(QStringList, expected);
    auto l = Ledger::open(freshPath());
    QVERIFY(l.ok());
    Ledger &ledger = *l.value();
    QVERIFY(ledger.insert(record("a", 1, kNoon - 2 * kDay, "groq", AttemptStatus::Ok, 1)).ok()); // Mon 9 Mar
    QVERIFY(ledger.insert(record("b", 1, kNoon, "groq", AttemptStatus::Ok, 2)).ok()); // Wed 11 Mar
    QVERIFY(ledger.insert(record("c", 1, kNoon, "openai", AttemptStatus::Ok, 4)).ok());
    QVERIFY(ledger.insert(record("d", 1, kNoon + 5 * kDay, "groq", AttemptStatus::Ok, 8)).ok()); // Mon 16 Mar
    QVERIFY(
        ledger.insert(record("e", 1, kNoon + 22 * kDay, "groq", AttemptStatus::Ok, 16)).ok()); // Thu 2 Apr
    QVERIFY(ledger.insert(record("f", 1, kNoon, "groq", AttemptStatus::Refused, 0)).ok()); // not a cost
    auto series = ledger.costSeries(TimeBucket(bucket), 0, kNoon + 100 * kDay);
    QVERIFY2(series.ok(), qPrintable(series.error()));
    QStringList got;
    for (const CostPoint &p : series.value())
        got << QStringLiteral("%1 %2 %3 %4")
                   .arg(p.bucketStart.toString(Qt::ISODate), p.provider)
                   .arg(p.costUsd)
                   .arg(p.attempts);
    QCOMPARE(got, expected);
}

void TestLedger::latencyPercentiles()
{
    auto l = Ledger::open(freshPath());
    QVERIFY(l.ok());
    Ledger &ledger = *l.value();
    // groq: TTFT 10..200 ms in steps of 10 (20 samples); 101 tokens over (1000 - ttft) ms.
    for (int i = 1; i <= 20; ++i) {
        AttemptRecord r = record(QStringLiteral("g%1").arg(i), 1, kNoon + i, "groq", AttemptStatus::Ok);
        r.ttftMs = i * 10;
        r.durationMs = 1000 + i * 10;
        r.tokensOut = 101;
        QVERIFY(ledger.insert(r).ok());
    }
    AttemptRecord failed = record("x", 1, kNoon, "groq", AttemptStatus::Error);
    failed.ttftMs = 99999; // failures do not count as latency samples
    QVERIFY(ledger.insert(failed).ok());
    AttemptRecord one = record("o", 1, kNoon, "openai", AttemptStatus::Ok);
    one.ttftMs = 300;
    one.durationMs = 2300;
    one.tokensOut = 41; // 40 tokens after the first in 2 s: 20 tok/s
    QVERIFY(ledger.insert(one).ok());
    auto stats = ledger.latencyStats(0, kNoon + kDay);
    QVERIFY2(stats.ok(), qPrintable(stats.error()));
    QCOMPARE(stats->size(), 2);
    const LatencyStats &g = stats->at(0);
    QCOMPARE(g.provider, QStringLiteral("groq"));
    QCOMPARE(g.samples, 20);
    QCOMPARE(g.ttftP50Ms, 100.0);
    QCOMPARE(g.ttftP95Ms, 190.0);
    QCOMPARE(g.tokensPerSecP50, 100.0);
    QCOMPARE(g.tokensPerSecMean, 100.0);
    QCOMPARE(stats->at(1).tokensPerSecP50, 20.0);
    QCOMPARE(stats->at(1).ttftP95Ms, 300.0);
}

void TestLedger::outcomeAndFailoverStats()
{
    auto l = Ledger::open(freshPath());
    QVERIFY(l.ok());
    Ledger &ledger = *l.value();
    // r1: groq 429, then openai ok. r2: groq ok. r3: groq error, openai error. r4: refused. r5: cancelled.
    QVERIFY(ledger.insert(record("r1", 1, kNoon, "groq", AttemptStatus::Error)).ok());
    QVERIFY(ledger.insert(record("r1", 2, kNoon + 1, "openai", AttemptStatus::Ok)).ok());
    QVERIFY(ledger.insert(record("r2", 1, kNoon + 2, "groq", AttemptStatus::Ok)).ok());
    QVERIFY(ledger.insert(record("r3", 1, kNoon + 3, "groq", AttemptStatus::Error)).ok());
    QVERIFY(ledger.insert(record("r3", 2, kNoon + 4, "openai", AttemptStatus::Error)).ok());
    QVERIFY(ledger.insert(record("r4", 1, kNoon + 5, "groq", AttemptStatus::Refused)).ok());
    QVERIFY(ledger.insert(record("r5", 1, kNoon + 6, "openai", AttemptStatus::Cancelled)).ok());
    auto per = ledger.outcomeStats(0, kNoon + kDay);
    QVERIFY2(per.ok(), qPrintable(per.error()));
    QCOMPARE(per->size(), 2);
    const ProviderOutcomeStats &g = per->at(0);
    QCOMPARE(g.provider, QStringLiteral("groq"));
    QCOMPARE(g.attempts, 4);
    QCOMPARE(g.ok, 1);
    QCOMPARE(g.errors, 2);
    QCOMPARE(g.refused, 1);
    QCOMPARE(g.failedOver, 2);
    QCOMPARE(g.successRate(), 1.0 / 3.0);
    const ProviderOutcomeStats &o = per->at(1);
    QCOMPARE(o.attempts, 3);
    QCOMPARE(o.failedOver, 0);
    QCOMPARE(o.cancelled, 1);
    QCOMPARE(o.successRate(), 0.5);
    auto req = ledger.requestStats(0, kNoon + kDay);
    QVERIFY(req.ok());
    QCOMPARE(req->requests, 5);
    QCOMPARE(req->succeeded, 2);
    QCOMPARE(req->succeededAfterFailover, 1);
    QCOMPARE(req->failed, 3);
    QCOMPARE(req->failoverRate(), 0.2);
}

void TestLedger::billingByMonthProviderModel()
{
    auto l = Ledger::open(freshPath());
    QVERIFY(l.ok());
    Ledger &ledger = *l.value();
    AttemptRecord a = record("a", 1, kNoon, "groq", AttemptStatus::Ok, 0.5, "llama");
    a.tokensCached = 10;
    QVERIFY(ledger.insert(a).ok());
    AttemptRecord b = record("b", 1, kNoon + 1, "groq", AttemptStatus::Ok, 0.25, "llama");
    b.tokensEstimated = true;
    QVERIFY(ledger.insert(b).ok());
    QVERIFY(ledger.insert(record("c", 1, kNoon + 2, "groq", AttemptStatus::Ok, 1.0, "qwen")).ok());
    QVERIFY(ledger.insert(record("d", 1, kNoon + 25 * kDay, "groq", AttemptStatus::Ok, 2.0, "llama")).ok());
    QVERIFY(ledger.insert(record("e", 1, kNoon + 3, "groq", AttemptStatus::Refused, 0, "llama")).ok());
    auto bill = ledger.billing(0, kNoon + 100 * kDay);
    QVERIFY2(bill.ok(), qPrintable(bill.error()));
    QCOMPARE(bill->size(), 3);
    const BillingRow &r0 = bill->at(0);
    QCOMPARE(r0.month, QStringLiteral("2026-03"));
    QCOMPARE(r0.model, QStringLiteral("llama"));
    QCOMPARE(r0.requests, 2);
    QCOMPARE(r0.tokensIn, 200);
    QCOMPARE(r0.tokensOut, 100);
    QCOMPARE(r0.tokensCached, 10);
    QCOMPARE(r0.estimatedRows, 1);
    QCOMPARE(r0.costUsd, 0.75);
    QCOMPARE(bill->at(1).model, QStringLiteral("qwen"));
    QCOMPARE(bill->at(2).month, QStringLiteral("2026-04"));
    QCOMPARE(bill->at(2).costUsd, 2.0);
}

void TestLedger::recentPerformanceOldestFirst()
{
    auto l = Ledger::open(freshPath());
    QVERIFY(l.ok());
    Ledger &ledger = *l.value();
    for (int i = 0; i < 5; ++i) {
        AttemptRecord r = record(QStringLiteral("p%1").arg(i), 1, kNoon + i, "groq", AttemptStatus::Ok);
        r.ttftMs = 100 + i;
        QVERIFY(ledger.insert(r).ok());
    }
    QVERIFY(ledger.insert(record("err", 1, kNoon + 10, "groq", AttemptStatus::Error)).ok());
    auto perf = ledger.recentPerformance(3);
    QVERIFY(perf.ok());
    QCOMPARE(perf->size(), 3);
    QCOMPARE(perf->at(0).ttftMs, 102);
    QCOMPARE(perf->at(2).ttftMs, 104);
    QCOMPARE(perf->at(2).tokensPerSec, 49.0 * 1000.0 / 896.0);
}

void TestLedger::concurrentWriters()
{
    const QString path = freshPath();
    {
        auto init = Ledger::open(path);
        QVERIFY(init.ok());
    }
    constexpr int kThreads = 4;
    constexpr int kRows = 100;
    QVector<QString> errors(kThreads);
    QVector<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.append(QThread::create([&, t] {
            auto l = Ledger::open(path);
            if (!l) {
                errors[t] = l.error();
                return;
            }
            for (int i = 0; i < kRows; ++i) {
                AttemptRecord r = record(
                    QStringLiteral("t%1-%2").arg(t).arg(i), 1, kNoon + i, "groq", AttemptStatus::Pending);
                auto id = l.value()->insert(r);
                if (!id) {
                    errors[t] = id.error();
                    return;
                }
                r.rowId = id.value();
                r.status = AttemptStatus::Ok;
                r.costUsd = 0.01;
                if (auto u = l.value()->update(r); !u) {
                    errors[t] = u.error();
                    return;
                }
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    for (const QString &e : errors)
        QVERIFY2(e.isEmpty(), qPrintable(e));
    auto l = Ledger::open(path);
    QVERIFY(l.ok());
    QCOMPARE(l.value()->attempts(0, kNoon + kDay, 100000)->size(), kThreads * kRows);
    QVERIFY(qAbs(l.value()->spend(0, kNoon + kDay).value() - kThreads * kRows * 0.01) < 1e-9);
    QCOMPARE(l.value()->integrityCheck().value(), QStringLiteral("ok"));
}

void TestLedger::readOnlyWriteIsReported()
{
    if (m_pg)
        QSKIP("a read-only SQLite file; PostgreSQL's permissions are the server's");
    const QString path = freshPath();
    {
        auto rw = Ledger::open(path);
        QVERIFY(rw.ok());
        QVERIFY(rw.value()->insert(record("a", 1, kNoon, "groq", AttemptStatus::Ok, 1)).ok());
    }
    Ledger::Options ro;
    ro.readOnly = true;
    auto l = Ledger::open(path, ro);
    QVERIFY2(l.ok(), qPrintable(l.error()));
    auto w = l.value()->insert(record("b", 1, kNoon, "groq", AttemptStatus::Ok, 1));
    QVERIFY(!w.ok());
    QVERIFY2(w.error().contains(path), qPrintable(w.error()));
    QVERIFY2(w.error().contains(QLatin1String("readonly"), Qt::CaseInsensitive)
            || w.error().contains(QLatin1String("read-only"), Qt::CaseInsensitive),
        qPrintable(w.error()));
    QCOMPARE(l.value()->spend(0, kNoon + kDay).value(), 1.0); // reading still works
    l.value().reset();
    QCOMPARE(countRows(path), 1);

    auto missing = Ledger::open(m_dir.filePath("nope.sqlite"), ro);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QLatin1String("nope.sqlite")));
}

void TestLedger::fullDiskIsReportedAndNothingCorrupts()
{
    if (m_pg)
        QSKIP("SQLite's max_page_count simulates the full disk");
    const QString path = freshPath();
    {
        auto init = Ledger::open(path);
        QVERIFY(init.ok());
    }
    Ledger::Options capped;
    capped.maxPageCount = 12; // a few pages past the schema: the "disk" fills after some rows
    auto l = Ledger::open(path, capped);
    QVERIFY2(l.ok(), qPrintable(l.error()));
    const QString bulky(2000, QLatin1Char('e'));
    int written = 0;
    QString failure;
    for (int i = 0; i < 1000 && failure.isEmpty(); ++i) {
        AttemptRecord r
            = record(QStringLiteral("f%1").arg(i), 1, kNoon + i, "groq", AttemptStatus::Error, 0.5);
        r.errorText = bulky;
        auto id = l.value()->insert(r);
        if (id)
            ++written;
        else
            failure = id.error();
    }
    QVERIFY2(!failure.isEmpty(), "the capped file never filled up");
    QVERIFY(written > 0);
    QVERIFY2(failure.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(failure));
    QVERIFY2(failure.contains(path), qPrintable(failure));
    QCOMPARE(l.value()->integrityCheck().value(), QStringLiteral("ok"));
    QCOMPARE(l.value()->attempts(0, kNoon + kDay, 100000)->size(), written);
    l.value().reset();
    // Once space is back, the same file takes writes again.
    auto again = Ledger::open(path);
    QVERIFY(again.ok());
    QVERIFY(again.value()->insert(record("after", 1, kNoon, "groq", AttemptStatus::Ok)).ok());
    QCOMPARE(again.value()->attempts(0, kNoon + kDay, 100000)->size(), written + 1);
}

void TestLedger::killedWriterLeavesReadableLedger()
{
    const QString path = freshPath();
    {
        auto init = Ledger::open(path);
        QVERIFY(init.ok());
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SB_LEDGER_CRASH_CHILD"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    int lastCommitted = -1;
    QByteArray buffer;
    while (lastCommitted < 200 && child.state() == QProcess::Running) {
        child.waitForReadyRead(5000);
        buffer += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (line.startsWith("committed "))
                lastCommitted = line.mid(10).toInt();
        }
    }
    QVERIFY2(lastCommitted >= 200, child.readAllStandardError().constData());
    child.kill(); // SIGKILL, mid-request: the child never stops writing
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto l = Ledger::open(path);
    QVERIFY2(l.ok(), qPrintable(l.error()));
    QCOMPARE(l.value()->integrityCheck().value(), QStringLiteral("ok"));
    auto rows = l.value()->attempts(0, std::numeric_limits<qint64>::max(), 1'000'000);
    QVERIFY(rows.ok());
    QVERIFY(rows->size() >= lastCommitted + 1);
    // Every row the child saw committed is there with its final figures; at most the one attempt
    // in flight at the kill is still pending.
    int pending = 0;
    for (const AttemptRecord &r : rows.value()) {
        const int i = r.requestId.mid(4).toInt();
        if (i <= lastCommitted)
            QCOMPARE(r.status, AttemptStatus::Ok);
        if (r.status == AttemptStatus::Pending)
            ++pending;
    }
    // Opening the ledger again settled what the dead writer left pending (issue 15): nothing stays
    // pending at $0; the interrupted attempt is charged its reservation, marked estimated.
    QCOMPARE(pending, 0);
    int interrupted = 0;
    for (const AttemptRecord &r : rows.value()) {
        if (r.status != AttemptStatus::Interrupted)
            continue;
        ++interrupted;
        QCOMPARE(r.costUsd, 0.002);
        QVERIFY(r.tokensEstimated);
        QCOMPARE(r.errorClass, QStringLiteral("interrupted"));
    }
    QVERIFY(interrupted <= 1);
    QVERIFY(l.value()->spend(0, std::numeric_limits<qint64>::max()).value() >= (lastCommitted + 1) * 0.001);
    for (int i = 0; i <= lastCommitted; ++i)
        QCOMPARE(rows->at(i).requestId, QStringLiteral("req-%1").arg(i));
}

void TestLedger::liveWritersRowsAreNotSettled()
{
    // Another instance that is alive (here: a second Ledger of this process, as the GUI and a
    // server thread would be) keeps its pending rows pending, however often others sweep.
    const QString path = freshPath();
    auto writer = Ledger::open(path);
    QVERIFY2(writer.ok(), qPrintable(writer.error()));
    AttemptRecord r = record("live", 1, kNoon, "groq", AttemptStatus::Pending);
    r.reservedUsd = 0.5;
    QVERIFY(writer.value()->insert(r).ok());
    auto other = Ledger::open(path);
    QVERIFY2(other.ok(), qPrintable(other.error()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(other.value()->settleInterrupted(now).value(), 0);
    QCOMPARE(other.value()->attemptsForRequest("live")->first().status, AttemptStatus::Pending);
    // Its instance row gone (as after a sweep on another host saw its heartbeat stop), the
    // heartbeat registers it again instead of letting its rows be charged while it runs.
    QSqlQuery forget(other.value()->database());
    forget.prepare("DELETE FROM ledger_instances WHERE id = ?");
    forget.addBindValue(writer.value()->instanceId());
    QVERIFY(forget.exec());
    QVERIFY(writer.value()->heartbeat(now).ok());
    QCOMPARE(other.value()->settleInterrupted(now + 1000).value(), 0);
}

void TestLedger::scopedBudgetsReserveWithThePendingRow()
{
    const QString path = freshPath();
    auto l = Ledger::open(path);
    QVERIFY2(l.ok(), qPrintable(l.error()));
    QSqlQuery q(l.value()->database());
    QVERIFY(q.exec(
        "INSERT INTO gw_budgets (scope, subject, period, limit_usd) VALUES ('user', 'ann', 'daily', 1.0)"));
    QVERIFY(q.exec(
        "INSERT INTO gw_budgets (scope, subject, period, limit_usd) VALUES ('team', 'red', 'monthly', 1.5)"));
    AttemptRecord p = record("b1", 1, kNoon, "groq", AttemptStatus::Pending);
    p.userName = "ann";
    p.teamName = "red";
    p.reservedUsd = 0.6;
    auto first = l.value()->insertWithinBudgets(p, kNoon);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(first->allowed);
    QVERIFY(first->rowId > 0);
    QCOMPARE(l.value()->attemptsForRequest("b1")->first().reservedUsd, 0.6);
    // 0.6 reserved + 0.6 > 1.0: refused for now (429), nothing written.
    p.requestId = "b2";
    auto second = l.value()->insertWithinBudgets(p, kNoon);
    QVERIFY(second.ok());
    QVERIFY(!second->allowed);
    QCOMPARE(second->httpStatus, 429);
    QVERIFY2(second->message.contains("ann"), qPrintable(second->message));
    QVERIFY(l.value()->attemptsForRequest("b2")->isEmpty());
    // Settled at 0.7: now the spend itself leaves no room (402).
    AttemptRecord settled = l.value()->attemptsForRequest("b1")->first();
    settled.status = AttemptStatus::Ok;
    settled.costUsd = 0.7;
    QVERIFY(l.value()->update(settled).ok());
    auto third = l.value()->insertWithinBudgets(p, kNoon);
    QVERIFY(third.ok());
    QCOMPARE(third->httpStatus, 402);
    // Another user of the team: the team budget (1.5 - 0.7) still has room for 0.6.
    p.userName = "bob";
    p.requestId = "b3";
    auto fourth = l.value()->insertWithinBudgets(p, kNoon);
    QVERIFY(fourth.ok());
    QVERIFY(fourth->allowed);
    p.requestId = "b4";
    auto fifth = l.value()->insertWithinBudgets(p, kNoon);
    QVERIFY(fifth.ok());
    QVERIFY(!fifth->allowed); // 0.7 + 0.6 + 0.6 > 1.5
    QVERIFY2(fifth->message.contains("red"), qPrintable(fifth->message));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("SB_LEDGER_CRASH_CHILD")) {
        QCoreApplication app(argc, argv);
        return runCrashChild(qEnvironmentVariable("SB_LEDGER_CRASH_CHILD"));
    }
    QCoreApplication app(argc, argv);
    TestLedger test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestLedger.moc"
