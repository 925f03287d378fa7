#include "router/health/HealthTracker.h"

#include <QtTest>

using namespace sb;

class TestHealth : public QObject {
    Q_OBJECT
private slots:
    void unknownProviderIsAvailable();
    void breakerOpensAfterThresholdWithBackoff();
    void successClosesTheBreaker();
    void retryAfterIsHonouredAndCapped_data();
    void retryAfterIsHonouredAndCapped();
    void failuresThatDoNotCount();
    void rejectedKeyKeepsProviderOut();
};

void TestHealth::unknownProviderIsAvailable()
{
    ManualClock clock;
    HealthTracker h(&clock);
    QVERIFY(h.isAvailable("groq"));
    QCOMPARE(h.availableAtMs("groq"), clock.nowMs());
    QVERIFY(h.coolingProviders().isEmpty());
}

void TestHealth::breakerOpensAfterThresholdWithBackoff()
{
    ManualClock clock;
    HealthPolicy p;
    p.failureThreshold = 3;
    p.baseCooldownMs = 1000;
    p.backoffFactor = 2;
    p.maxCooldownMs = 5000;
    HealthTracker h(&clock, p);
    h.recordFailure("groq", "server_error", true);
    h.recordFailure("groq", "server_error", true);
    QVERIFY(h.isAvailable("groq"));
    h.recordFailure("groq", "server_error", true);
    QVERIFY(!h.isAvailable("groq"));
    QCOMPARE(h.availableAtMs("groq"), clock.nowMs() + 1000);
    QCOMPARE(h.coolingProviders(), QStringList { "groq" });
    QCOMPARE(h.state("groq").lastErrorClass, QStringLiteral("server_error"));
    clock.advanceMs(999);
    QVERIFY(!h.isAvailable("groq"));
    clock.advanceMs(1);
    QVERIFY(h.isAvailable("groq")); // half-open
    // The probe fails: open again, twice as long; then 4 s; then capped at 5 s.
    const qint64 expected[] = { 2000, 4000, 5000, 5000 };
    for (qint64 cooldown : expected) {
        h.recordFailure("groq", "timeout", true);
        QCOMPARE(h.availableAtMs("groq") - clock.nowMs(), cooldown);
        clock.advanceMs(cooldown);
        QVERIFY(h.isAvailable("groq"));
    }
    QVERIFY(h.isAvailable("openai"));
}

void TestHealth::successClosesTheBreaker()
{
    ManualClock clock;
    HealthPolicy p;
    p.failureThreshold = 2;
    p.baseCooldownMs = 1000;
    HealthTracker h(&clock, p);
    h.recordFailure("groq", "x", true);
    h.recordFailure("groq", "x", true);
    h.recordFailure("groq", "x", true);
    clock.advanceMs(10'000);
    h.recordSuccess("groq");
    QCOMPARE(h.state("groq").consecutiveFailures, 0);
    QCOMPARE(h.state("groq").trips, 0);
    // Back to the first rung: one failure no longer trips it, the threshold does with the base cooldown.
    h.recordFailure("groq", "x", true);
    QVERIFY(h.isAvailable("groq"));
    h.recordFailure("groq", "x", true);
    QCOMPARE(h.availableAtMs("groq") - clock.nowMs(), 1000);
}

void TestHealth::retryAfterIsHonouredAndCapped_data()
{
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<qint64>("expectedWait");
    QTest::addRow("seconds") << qint64(30'000) << qint64(30'000);
    QTest::addRow("zero") << qint64(0) << qint64(0);
    QTest::addRow("a day is capped to an hour") << qint64(86'400'000) << qint64(3'600'000);
}

void TestHealth::retryAfterIsHonouredAndCapped()
{
    QFETCH(qint64, retryAfter);
    QFETCH(qint64, expectedWait);
    ManualClock clock;
    HealthTracker h(&clock);
    // One 429 is below the breaker's threshold, yet Retry-After alone cools the provider down.
    h.recordFailure("groq", "rate_limited", true, retryAfter);
    QCOMPARE(h.availableAtMs("groq") - clock.nowMs(), expectedWait);
    QCOMPARE(h.isAvailable("groq"), expectedWait == 0);
}

void TestHealth::failuresThatDoNotCount()
{
    ManualClock clock;
    HealthPolicy p;
    p.failureThreshold = 1;
    HealthTracker h(&clock, p);
    h.recordFailure("groq", "bad_request", false);
    h.recordFailure("groq", "cancelled", false);
    QVERIFY(h.isAvailable("groq"));
    QCOMPARE(h.state("groq").consecutiveFailures, 0);
    h.recordFailure("groq", "rate_limited", false, 5000); // Retry-After still applies
    QVERIFY(!h.isAvailable("groq"));
}

void TestHealth::rejectedKeyKeepsProviderOut()
{
    ManualClock clock;
    HealthTracker h(&clock);
    h.setKeyRejected("openai", true);
    QVERIFY(!h.isAvailable("openai"));
    clock.advanceMs(86'400'000);
    QVERIFY(!h.isAvailable("openai")); // time does not fix a bad key
    h.setKeyRejected("openai", false); // the user entered a new one
    QVERIFY(h.isAvailable("openai"));
    h.recordFailure("openai", "x", true, 1000);
    h.reset("openai");
    QVERIFY(h.isAvailable("openai"));
}

QTEST_GUILESS_MAIN(TestHealth)
#include "TestHealth.moc"
