#include "router/metering/Metering.h"

#include <QtTest>

using namespace sb;

class TestMetering : public QObject {
    Q_OBJECT
private slots:
    void cost_data();
    void cost();
    void estimateTokens_data();
    void estimateTokens();
    void promptEstimateCountsEveryPart();
    void worstCase_data();
    void worstCase();
    void finalUsagePrefersReportedFigures();
};

void TestMetering::cost_data()
{
    QTest::addColumn<double>("in");
    QTest::addColumn<double>("out");
    QTest::addColumn<double>("cached");
    QTest::addColumn<qint64>("tokIn");
    QTest::addColumn<qint64>("tokOut");
    QTest::addColumn<qint64>("tokCached");
    QTest::addColumn<double>("expected");
    QTest::addRow("gpt-4o 1M in") << 2.5 << 10.0 << 1.25 << qint64(1'000'000) << qint64(0) << qint64(0)
                                  << 2.5;
    QTest::addRow("gpt-4o mixed") << 2.5 << 10.0 << 1.25 << qint64(1000) << qint64(500) << qint64(0)
                                  << 0.0075;
    // 1000 prompt tokens of which 800 cached: 200*2.5 + 800*1.25 + 500*10 per 1e6.
    QTest::addRow("cached subset") << 2.5 << 10.0 << 1.25 << qint64(1000) << qint64(500) << qint64(800)
                                   << 0.0065;
    QTest::addRow("cached > input clamps")
        << 2.5 << 10.0 << 1.25 << qint64(100) << qint64(0) << qint64(500) << 0.000125;
    QTest::addRow("free local") << 0.0 << 0.0 << 0.0 << qint64(12345) << qint64(678) << qint64(0) << 0.0;
    QTest::addRow("negative ignored") << 1.0 << 1.0 << 1.0 << qint64(-5) << qint64(-5) << qint64(0) << 0.0;
}

void TestMetering::cost()
{
    QFETCH(double, in);
    QFETCH(double, out);
    QFETCH(double, cached);
    QFETCH(qint64, tokIn);
    QFETCH(qint64, tokOut);
    QFETCH(qint64, tokCached);
    QFETCH(double, expected);
    const ModelPrice price { in, out, cached, QDate(2025, 7, 1) };
    QVERIFY(qAbs(metering::cost(price, tokIn, tokOut, tokCached) - expected) < 1e-12);
    TokenUsage u;
    u.inputTokens = tokIn;
    u.outputTokens = tokOut;
    u.cachedInputTokens = tokCached;
    QVERIFY(qAbs(metering::cost(price, u) - expected) < 1e-12);
}

void TestMetering::estimateTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("tokens");
    QTest::addRow("empty") << QString() << qint64(0);
    QTest::addRow("one char") << QStringLiteral("a") << qint64(1);
    QTest::addRow("four chars") << QStringLiteral("abcd") << qint64(1);
    QTest::addRow("five chars") << QStringLiteral("abcde") << qint64(2);
    QTest::addRow("sentence") << QStringLiteral("The quick brown fox jumps over the lazy dog") << qint64(11);
}

void TestMetering::estimateTokens()
{
    QFETCH(QString, text);
    QFETCH(qint64, tokens);
    QCOMPARE(metering::estimateTokens(text), tokens);
}

void TestMetering::promptEstimateCountsEveryPart()
{
    ChatRequest r;
    r.messages.append(ChatMessage { QStringLiteral("user"), QString(400, QLatin1Char('x')), {}, {}, {}, {} });
    const qint64 base = metering::estimatePromptTokens(r);
    QCOMPARE(base, 100 + metering::kTokensPerMessage + 3);
    r.messages.append(ChatMessage { QStringLiteral("system"), QStringLiteral("abcd"), {}, {}, {}, {} });
    QCOMPARE(metering::estimatePromptTokens(r), base + 1 + metering::kTokensPerMessage);
    r.tools.append(
        QJsonObject { { "type", "function" }, { "function", QJsonObject { { "name", "get_weather" } } } });
    QVERIFY(metering::estimatePromptTokens(r) > base + 1 + metering::kTokensPerMessage);
}

void TestMetering::worstCase_data()
{
    QTest::addColumn<int>("maxTokens"); // 0: unset
    QTest::addColumn<qint64>("maxOutput");
    QTest::addColumn<qint64>("context");
    QTest::addColumn<qint64>("expectedOut");
    QTest::addRow("max_tokens set") << 256 << qint64(8192) << qint64(128000) << qint64(256);
    QTest::addRow("model output cap") << 0 << qint64(8192) << qint64(128000) << qint64(8192);
    QTest::addRow("cap above room") << 0 << qint64(8192) << qint64(4000) << qint64(4000 - 107);
    QTest::addRow("context only") << 0 << qint64(0) << qint64(1000) << qint64(1000 - 107);
}

void TestMetering::worstCase()
{
    QFETCH(int, maxTokens);
    QFETCH(qint64, maxOutput);
    QFETCH(qint64, context);
    QFETCH(qint64, expectedOut);
    ChatRequest r;
    r.messages.append(
        ChatMessage { QStringLiteral("user"), QString(400, QLatin1Char('x')), {}, {}, {}, {} }); // 107 tokens
    if (maxTokens > 0)
        r.maxTokens = maxTokens;
    ModelEntry m;
    m.contextWindow = context;
    m.maxOutputTokens = maxOutput;
    m.price = ModelPrice { 1.0, 2.0, 0.5, QDate(2025, 7, 1) };
    QCOMPARE(metering::worstCaseOutputTokens(r, m, 107), expectedOut);
    const double expected = (107 * 1.0 + double(expectedOut) * 2.0) / 1e6;
    QVERIFY(qAbs(metering::worstCaseCost(r, m) - expected) < 1e-12);
}

void TestMetering::finalUsagePrefersReportedFigures()
{
    ChatRequest r;
    r.messages.append(ChatMessage { QStringLiteral("user"), QStringLiteral("hello there"), {}, {}, {}, {} });
    TokenUsage reported;
    reported.inputTokens = 42;
    reported.outputTokens = 7;
    reported.cachedInputTokens = 10;
    const TokenUsage a = metering::finalUsage(reported, true, r, QStringLiteral("whatever"));
    QCOMPARE(a.inputTokens, 42);
    QCOMPARE(a.cachedInputTokens, 10);
    QVERIFY(a.reported);
    const TokenUsage b = metering::finalUsage(TokenUsage {}, false, r, QString(40, QLatin1Char('y')));
    QCOMPARE(b.outputTokens, 10);
    QCOMPARE(b.inputTokens, metering::estimatePromptTokens(r));
    QVERIFY(!b.reported);
}

QTEST_GUILESS_MAIN(TestMetering)
#include "TestMetering.moc"
