#include "router/budget/Budget.h"

#include <QMutex>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace sb;

namespace {

constexpr qint64 kNoon = 1'773'230'400'000; // 2026-03-11 12:00 UTC

// Spend per (provider, ms) entry; thread-safe so the concurrency test can "complete" requests.
class FakeSpend final : public SpendSource {
public:
    Outcome<double> spend(qint64 fromMs, qint64 toMs, const QString &provider) const override
    {
        QMutexLocker lock(&m_mutex);
        if (m_broken)
            return Outcome<double>::failure(QStringLiteral("ledger x.sqlite: disk I/O error"));
        double sum = 0;
        for (const auto &e : m_entries)
            if (e.at >= fromMs && e.at < toMs && (provider.isEmpty() || provider == e.provider))
                sum += e.usd;
        return sum;
    }
    void add(const QString &provider, qint64 at, double usd)
    {
        QMutexLocker lock(&m_mutex);
        m_entries.append({ provider, at, usd });
    }
    void setBroken(bool b) { m_broken = b; }

private:
    struct Entry {
        QString provider;
        qint64 at;
        double usd;
    };
    mutable QMutex m_mutex;
    QVector<Entry> m_entries;
    bool m_broken = false;
};

} // namespace

class TestBudget : public QObject {
    Q_OBJECT
private slots:
    void windows();
    void decisions_data();
    void decisions();
    void warningNamesTheBudget();
    void reservationsBlockABurst();
    void fiftyConcurrentRequestsNeverOverspend();
    void unreadableSpendRefuses();
    void statusForTheGui();
};

void TestBudget::windows()
{
    const auto day = BudgetManager::window(BudgetPeriod::Daily, kNoon);
    const QDateTime dayStart = QDateTime::fromMSecsSinceEpoch(day.first);
    QCOMPARE(dayStart.toLocalTime().time(), QTime(0, 0));
    QCOMPARE(dayStart.toLocalTime().date(), QDateTime::fromMSecsSinceEpoch(kNoon).toLocalTime().date());
    QVERIFY(day.first <= kNoon && kNoon < day.second);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(day.second).toLocalTime().date(),
        dayStart.toLocalTime().date().addDays(1));
    const auto month = BudgetManager::window(BudgetPeriod::Monthly, kNoon);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(month.first).toLocalTime().date(), QDate(2026, 3, 1));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(month.second).toLocalTime().date(), QDate(2026, 4, 1));
}

void TestBudget::decisions_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<double>("request");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("budget"); // name of the refusing budget, or ""
    QTest::addColumn<int>("http");
    // Limits: global monthly $10, global daily $3, groq daily $1. Spent today: groq 0.7, openai 1.5;
    // earlier this month: openai 6.0.
    QTest::addRow("fits") << "openai" << 0.5 << int(BudgetDecision::Verdict::Allowed) << "" << 200;
    QTest::addRow("groq daily") << "groq" << 0.4 << int(BudgetDecision::Verdict::RefusedExhausted)
                                << "groq daily budget" << 402;
    QTest::addRow("groq exactly at limit")
        << "groq" << 0.3 << int(BudgetDecision::Verdict::Allowed) << "" << 200;
    QTest::addRow("global daily") << "openai" << 0.9 << int(BudgetDecision::Verdict::RefusedExhausted)
                                  << "global daily budget" << 402;
    QTest::addRow("other provider unaffected by groq budget")
        << "mistral" << 0.7 << int(BudgetDecision::Verdict::Allowed) << "" << 200;
    QTest::addRow("free request always fits")
        << "local" << 0.0 << int(BudgetDecision::Verdict::Allowed) << "" << 200;
}

void TestBudget::decisions()
{
    QFETCH(QString, provider);
    QFETCH(double, request);
    QFETCH(int, verdict);
    QFETCH(QString, budget);
    QFETCH(int, http);
    ManualClock clock(kNoon);
    FakeSpend spend;
    spend.add("groq", kNoon - 3600'000, 0.7);
    spend.add("openai", kNoon - 1000, 1.5);
    spend.add("openai", kNoon - 5 * 86'400'000LL, 6.0);
    spend.add("openai", kNoon - 40 * 86'400'000LL, 100.0); // last month: outside every window
    BudgetManager m(&spend, &clock);
    m.setLimits(
        { { QString(), BudgetPeriod::Monthly, 10.0, 0.8 }, { QString(), BudgetPeriod::Daily, 3.0, 0.8 },
            { QStringLiteral("groq"), BudgetPeriod::Daily, 1.0, 0.8 } });
    const BudgetDecision d = m.check(provider, request);
    QCOMPARE(int(d.verdict), verdict);
    QCOMPARE(d.httpStatus(), http);
    if (!budget.isEmpty()) {
        QCOMPARE(d.limit.name(), budget);
        QVERIFY2(d.message.contains(budget), qPrintable(d.message));
    }
}

void TestBudget::warningNamesTheBudget()
{
    ManualClock clock(kNoon);
    FakeSpend spend;
    spend.add("groq", kNoon - 1, 0.75);
    BudgetManager m(&spend, &clock);
    m.setLimits({ { QStringLiteral("groq"), BudgetPeriod::Monthly, 1.0, 0.8 } });
    BudgetDecision d = m.check("groq", 0.01);
    QVERIFY(d.allowed());
    QVERIFY(!d.warning);
    d = m.check("groq", 0.06);
    QVERIFY(d.allowed());
    QVERIFY(d.warning);
    QVERIFY2(d.message.contains(QLatin1String("groq monthly budget")), qPrintable(d.message));
}

void TestBudget::reservationsBlockABurst()
{
    ManualClock clock(kNoon);
    FakeSpend spend;
    BudgetManager m(&spend, &clock);
    m.setLimits({ { QString(), BudgetPeriod::Daily, 1.0, 0.8 } });
    const BudgetDecision a = m.reserve("groq", 0.6);
    QVERIFY(a.allowed());
    QVERIFY(a.reservationId > 0);
    QCOMPARE(m.reservedUsd(), 0.6);
    QCOMPARE(m.reservedUsd("openai"), 0.0);
    // Fits the limit alone, not beside the request in flight: 429, try again shortly.
    const BudgetDecision b = m.reserve("openai", 0.6);
    QCOMPARE(b.verdict, BudgetDecision::Verdict::RefusedInFlight);
    QCOMPARE(b.httpStatus(), 429);
    QCOMPARE(b.reservedUsd, 0.6);
    QVERIFY2(b.message.contains(QLatin1String("global daily budget")), qPrintable(b.message));
    // The first request finishes: its real cost reaches the ledger, then the reservation goes.
    spend.add("groq", kNoon, 0.2);
    m.release(a.reservationId);
    QCOMPARE(m.reservedUsd(), 0.0);
    QVERIFY(m.reserve("openai", 0.6).allowed());
}

void TestBudget::fiftyConcurrentRequestsNeverOverspend()
{
    ManualClock clock(kNoon);
    FakeSpend spend;
    BudgetManager m(&spend, &clock);
    m.setLimits({ { QString(), BudgetPeriod::Daily, 1.0, 0.8 } });
    constexpr int kRequests = 50;
    constexpr double kWorstCase = 0.1; // the budget allows 10
    std::atomic<int> allowed { 0 };
    std::atomic<int> go { 0 };
    QVector<QThread *> threads;
    for (int i = 0; i < kRequests; ++i) {
        threads.append(QThread::create([&] {
            while (!go.load())
                QThread::yieldCurrentThread();
            const BudgetDecision d = m.reserve(QStringLiteral("groq"), kWorstCase);
            if (!d.allowed())
                return;
            ++allowed;
            QThread::msleep(5); // the request runs...
            spend.add(QStringLiteral("groq"), kNoon, kWorstCase); // ...and costs its worst case
            m.release(d.reservationId);
        }));
        threads.last()->start();
    }
    go = 1;
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY(allowed.load() <= 10);
    QVERIFY(allowed.load() >= 1);
    QVERIFY(spend.spend(0, kNoon + 1, QString()).value() <= 1.0 + 1e-9);
    // Serially, all ten fit: the limit is usable, not just safe.
    FakeSpend fresh;
    BudgetManager serial(&fresh, &clock);
    serial.setLimits({ { QString(), BudgetPeriod::Daily, 1.0, 0.8 } });
    int ok = 0;
    for (int i = 0; i < kRequests; ++i) {
        const BudgetDecision d = serial.reserve(QStringLiteral("groq"), kWorstCase);
        if (d.allowed()) {
            ++ok;
            fresh.add(QStringLiteral("groq"), kNoon, kWorstCase * 0.999);
            serial.release(d.reservationId);
        }
    }
    QCOMPARE(ok, 10);
}

void TestBudget::unreadableSpendRefuses()
{
    ManualClock clock(kNoon);
    FakeSpend spend;
    spend.setBroken(true);
    BudgetManager m(&spend, &clock);
    QVERIFY(m.check("groq", 0.5).allowed()); // no budgets: nothing to read
    m.setLimits({ { QStringLiteral("groq"), BudgetPeriod::Daily, 5.0, 0.8 } });
    const BudgetDecision d = m.check("groq", 0.5);
    QCOMPARE(d.verdict, BudgetDecision::Verdict::RefusedUnknownSpend);
    QVERIFY2(d.message.contains(QLatin1String("groq daily budget"))
            && d.message.contains(QLatin1String("disk I/O")),
        qPrintable(d.message));
}

void TestBudget::statusForTheGui()
{
    ManualClock clock(kNoon);
    FakeSpend spend;
    spend.add("groq", kNoon - 1, 0.9);
    BudgetManager m(&spend, &clock);
    m.setLimits({ { QStringLiteral("groq"), BudgetPeriod::Daily, 1.0, 0.8 },
        { QString(), BudgetPeriod::Monthly, 50.0, 0.8 } });
    const BudgetDecision r = m.reserve("groq", 0.05);
    QVERIFY(r.allowed());
    const QVector<BudgetStatus> s = m.status();
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[0].spentUsd, 0.9);
    QCOMPARE(s[0].reservedUsd, 0.05);
    QVERIFY(s[0].warning);
    QVERIFY(!s[0].exhausted);
    QVERIFY(!s[1].warning);
    QVERIFY(s[0].windowStartMs <= kNoon && kNoon < s[0].windowEndMs);
}

QTEST_GUILESS_MAIN(TestBudget)
#include "TestBudget.moc"
