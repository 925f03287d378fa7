#include "router/metering/Metering.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void worstCasePricesThePromptAtTheDearerCacheWrite();
    void upperBoundCoversEveryUtf8Byte_data();
    void upperBoundCoversEveryUtf8Byte();
    void cacheWritesAndReadsAtTheirPrices();
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
    QTest::addColumn<double>("expectedWorstUsd");
    // The prompt's upper bound: 400 bytes + "user" + 2 * kMaxTokensPerMessage = 436 tokens.
    QTest::addRow("max_tokens set") << 256 << qint64(8192) << qint64(128000) << qint64(256)
                                    << (436 * 1.0 + 256 * 2.0) / 1e6;
    QTest::addRow("model output cap")
        << 0 << qint64(8192) << qint64(128000) << qint64(8192) << (436 * 1.0 + 8192 * 2.0) / 1e6;
    // Output is dearer than input: the worst split of a 4000-token window is all output.
    QTest::addRow("cap above room") << 0 << qint64(8192) << qint64(4000) << qint64(4000 - 107)
                                    << (4000 * 2.0) / 1e6;
    QTest::addRow("context only") << 0 << qint64(0) << qint64(1000) << qint64(1000 - 107)
                                  << (1000 * 2.0) / 1e6;
}

void TestMetering::worstCase()
{
    QFETCH(int, maxTokens);
    QFETCH(qint64, maxOutput);
    QFETCH(qint64, context);
    QFETCH(qint64, expectedOut);
    QFETCH(double, expectedWorstUsd);
    ChatRequest r;
    r.messages.append(
        ChatMessage { QStringLiteral("user"), QString(400, QLatin1Char('x')), {}, {}, {}, {} }); // 107 tokens
    if (maxTokens > 0)
        r.maxTokens = maxTokens;
    ModelEntry m;
    m.contextWindow = context;
    m.maxOutputTokens = maxOutput;
    m.price = ModelPrice { 1.0, 2.0, 0.5, QDate(2025, 7, 1) };
    QCOMPARE(metering::promptTokensUpperBound(r), 436);
    QCOMPARE(metering::worstCaseOutputTokens(r, m, 107), expectedOut);
    QVERIFY2(qAbs(metering::worstCaseCost(r, m) - expectedWorstUsd) < 1e-12,
        qPrintable(QString::number(metering::worstCaseCost(r, m), 'g', 12)));
}

void TestMetering::worstCasePricesThePromptAtTheDearerCacheWrite()
{
    ChatRequest r;
    r.messages.append(ChatMessage { QStringLiteral("user"), QString(400, QLatin1Char('x')), {}, {}, {}, {} });
    r.maxTokens = 100;
    ModelEntry m;
    m.contextWindow = 200000;
    m.price = ModelPrice { 3.0, 15.0, 0.3, QDate(2025, 7, 1) };
    m.price.cacheWritePerMTok = 3.75; // the whole prompt might be written to the cache
    QVERIFY(qAbs(metering::worstCaseCost(r, m) - (436 * 3.75 + 100 * 15.0) / 1e6) < 1e-12);
}

void TestMetering::upperBoundCoversEveryUtf8Byte_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("ascii") << QStringLiteral("The quick brown fox");
    QTest::addRow("latin accents") << QStringLiteral("Crème brûlée à la façon de Noël");
    QTest::addRow("cjk") << QStringLiteral("请用三句话解释旋转位置编码的原理");
    QTest::addRow("japanese") << QStringLiteral("東京は日本の首都です。ひらがなとカタカナ。");
    QTest::addRow("emoji") << QStringLiteral("🎉🚀🔥✨");
    QTest::addRow("zwj family") << QStringLiteral("👨‍👩‍👧‍👦👩🏽‍💻");
    QTest::addRow("code") << QStringLiteral("for (int i = 0; i < n; ++i) { s += a[i] * b[i]; }\n");
}

// A byte-level tokenizer never yields more tokens than the text has UTF-8 bytes: the bound is the
// bytes of every part plus the framing allowances, and above the characters / 4 estimate.
void TestMetering::upperBoundCoversEveryUtf8Byte()
{
    QFETCH(QString, text);
    ChatRequest r;
    r.messages.append(ChatMessage { QStringLiteral("user"), text, {}, {}, {}, {} });
    const qint64 bytes = text.toUtf8().size();
    QCOMPARE(metering::promptTokensUpperBound(r), bytes + 4 + 2 * metering::kMaxTokensPerMessage);
    QVERIFY(metering::promptTokensUpperBound(r) > metering::estimatePromptTokens(r));
    // Tools add their JSON's bytes and the hidden tool prompt allowance.
    const qint64 without = metering::promptTokensUpperBound(r);
    r.tools.append(
        QJsonObject { { "type", "function" }, { "function", QJsonObject { { "name", "天気" } } } });
    const qint64 toolBytes = QJsonDocument(r.tools).toJson(QJsonDocument::Compact).size();
    QCOMPARE(metering::promptTokensUpperBound(r), without + toolBytes + metering::kMaxToolPromptTokens);
}

void TestMetering::cacheWritesAndReadsAtTheirPrices()
{
    ModelPrice price { 3.0, 15.0, 0.3, QDate(2025, 7, 1) };
    price.cacheWritePerMTok = 3.75;
    TokenUsage u;
    u.inputTokens = 1000; // 100 plain, 600 read from the cache, 300 written to it
    u.cachedInputTokens = 600;
    u.cacheWriteTokens = 300;
    u.outputTokens = 10;
    QVERIFY(qAbs(metering::cost(price, u) - (100 * 3.0 + 600 * 0.3 + 300 * 3.75 + 10 * 15.0) / 1e6) < 1e-12);
    // No cache-write price in the catalog: writes cost what input costs.
    price.cacheWritePerMTok.reset();
    QVERIFY(qAbs(metering::cost(price, u) - (400 * 3.0 + 600 * 0.3 + 10 * 15.0) / 1e6) < 1e-12);
    // Reads and writes beyond the prompt are clamped to it.
    u.cacheWriteTokens = 5000;
    QVERIFY(qAbs(metering::cost(price, u) - (400 * 3.0 + 600 * 0.3 + 10 * 15.0) / 1e6) < 1e-12);
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
