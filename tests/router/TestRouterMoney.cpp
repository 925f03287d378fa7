// Money through the Router end to end (issue 15), against fake providers over real HTTP on
// 127.0.0.1 and a real SQLite ledger:
//   * a hard budget holds whatever the script of the prompt: the reservation bounds the bill even
//     when a tokenizer yields one token per UTF-8 byte (CJK, emoji, code);
//   * Anthropic cache writes and cache reads, OpenAI and Gemini cache reads are billed at the
//     catalog's cache prices;
//   * a prompt too long for every provider's context window is a 400 context_length_exceeded
//     (OpenAI shape, no Retry-After), whether the router sees it or the providers say it.

#include "FakeProvider.h"
#include "ServerTestClient.h"

#include "router/core/Router.h"
#include "router/core/RouterCall.h"
#include "router/core/RouterChatBackend.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"
#include "router/server/LocalServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;
using sb::test::FakeBehaviour;
using sb::test::FakeProvider;

namespace {

QJsonObject providerJson(
    const QString &id, const QString &wire, const QUrl &url, qint64 context, const QJsonObject &prices)
{
    QJsonObject model { { "id", "m" }, { "provider_model_id", id + "-m" }, { "context_window", context } };
    for (auto it = prices.begin(); it != prices.end(); ++it)
        model.insert(it.key(), it.value());
    const QString auth = wire == "anthropic" ? "x-api-key" : wire == "gemini" ? "x-goog-api-key" : "bearer";
    return QJsonObject { { "id", id }, { "base_url", url.toString() }, { "wire", wire }, { "auth", auth },
        { "models", QJsonArray { model } } };
}

QString repeated(const QString &piece, int minChars)
{
    QString s;
    while (s.size() < minChars)
        s += piece;
    return s;
}

} // namespace

class TestRouterMoney : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hardBudgetHoldsForEveryScript_data();
    void hardBudgetHoldsForEveryScript();
    void cacheTokensArePricedPerCatalog_data();
    void cacheTokensArePricedPerCatalog();
    void promptTooLongForEveryContextIs400();
    void cooldownWithRoomStaysA503();
    void providersSayingContextExceededFailOverThen400();

private:
    void makeRouter(const QJsonArray &providers);
    RouteResult run(const QString &prompt, int maxTokens, const QString &model = QStringLiteral("m"));
    double spent() const { return m_ledger->spend(0, std::numeric_limits<qint64>::max()).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeProvider> m_a, m_b;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<InMemoryKeyStore> m_keys;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SeededRandom> m_rng;
    std::unique_ptr<Router> m_router;
};

void TestRouterMoney::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = std::make_unique<FakeProvider>();
    m_b = std::make_unique<FakeProvider>();
    QVERIFY(m_a->start() && m_b->start());
    auto ledger = Ledger::open(m_dir->filePath("ledger.sqlite"));
    QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
    m_ledger = std::move(ledger.value());
    m_keys = std::make_unique<InMemoryKeyStore>(true);
    for (const char *id : { "a", "b" })
        m_keys->writeKey(id, QStringLiteral("key-%1-0123456789").arg(id), {});
    m_clock = std::make_unique<ManualClock>(QDateTime::currentMSecsSinceEpoch());
    m_rng = std::make_unique<SeededRandom>(1);
}

void TestRouterMoney::cleanup()
{
    m_router.reset();
    m_ledger.reset();
    m_a.reset();
    m_b.reset();
}

void TestRouterMoney::makeRouter(const QJsonArray &providers)
{
    auto catalog = Catalog::fromObject(
        QJsonObject { { "price_date", "2025-07-01" }, { "providers", providers } }, "test");
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    m_router = std::make_unique<Router>(
        catalog.value(), m_ledger.get(), m_keys.get(), nullptr, m_clock.get(), m_rng.get());
}

RouteResult TestRouterMoney::run(const QString &prompt, int maxTokens, const QString &model)
{
    ChatRequest r;
    r.model = model;
    r.messages.append(ChatMessage { QStringLiteral("user"), prompt, {}, {}, {}, {} });
    if (maxTokens > 0)
        r.maxTokens = maxTokens;
    r.stream = true;
    RouterCall *call = m_router->chat(r);
    QSignalSpy done(call, &RouterCall::finished);
    if (!done.wait(20000))
        qWarning("request did not finish");
    call->deleteLater();
    return done.isEmpty() ? RouteResult {} : done.first().first().value<RouteResult>();
}

void TestRouterMoney::hardBudgetHoldsForEveryScript_data()
{
    QTest::addColumn<QString>("prompt");
    // 375 characters of Chinese, as in the issue (1,125 UTF-8 bytes; characters / 4 said 94).
    QTest::addRow("cjk") << repeated(
        QStringLiteral("请用三句话解释旋转位置编码的原理，并举一个简单的例子。"), 375);
    // Emoji, ZWJ sequences included: 4 UTF-8 bytes per 2 UTF-16 units, 25 bytes per family.
    QTest::addRow("emoji") << repeated(QStringLiteral("🎉🚀👨‍👩‍👧‍👦🔥✨ "), 300);
    // Code: punctuation and indentation tokenise far denser than English prose.
    QTest::addRow("code") << repeated(
        QStringLiteral("for (int i = 0; i < n; ++i) {\n    s += a[i] * b[i];\n}\n"), 600);
}

// The fake bills every request at one prompt token per UTF-8 byte of the prompt, the most a
// byte-level BPE can produce, and 10 completion tokens (max_tokens). The daily hard budget is
// 2.5 requests' worth: two are served, the third must be refused, whatever the script. Before
// the fix the reservation (characters / 4) was a fraction of the bill: the third request was let
// through and the spend reached three requests' worth.
void TestRouterMoney::hardBudgetHoldsForEveryScript()
{
    QFETCH(QString, prompt);
    const QJsonObject prices { { "input_per_mtok", 100 }, { "output_per_mtok", 100 } };
    makeRouter({ providerJson("a", "openai", m_a->baseUrl("openai"), 32768, prices) });
    const qint64 bytes = prompt.toUtf8().size();
    FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("fine"));
    b.promptTokens = bytes;
    b.completionTokens = 10;
    m_a->setDefaultBehaviour(b);
    const double perRequest = double(bytes + 10) * 100 / 1e6;
    const double limit = 2.5 * perRequest;
    m_router->budgets().setLimits({ { QString(), BudgetPeriod::Daily, limit, 0.8 } });

    int served = 0;
    RouteResult last;
    for (int i = 0; i < 5; ++i) {
        last = run(prompt, 10);
        if (!last.ok())
            break;
        ++served;
    }
    QVERIFY2(spent() <= limit + 1e-12,
        qPrintable(QStringLiteral("spent $%1 of a $%2 hard budget").arg(spent()).arg(limit)));
    QCOMPARE(served, 2);
    QCOMPARE(last.outcome, RouteOutcome::BudgetExhausted);
    QCOMPARE(m_a->requestCount(), 2);
    QCOMPARE(m_router->budgets().reservedUsd(), 0.0); // settled to the provider's usage
}

void TestRouterMoney::cacheTokensArePricedPerCatalog_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<qint64>("cacheWrites"); // what the provider reports (only Anthropic does)
    QTest::addColumn<double>("expectedUsd");
    // 1000 prompt tokens: 600 read from the cache, 300 written to it (Anthropic), the rest plain;
    // 10 output tokens. Prices: input $3, output $15, cache read $0.30, cache write $3.75 where the
    // catalog lists one (Anthropic), else the input price.
    QTest::addRow("anthropic") << QStringLiteral("anthropic") << qint64(300)
                               << (100 * 3.0 + 600 * 0.3 + 300 * 3.75 + 10 * 15.0) / 1e6;
    QTest::addRow("openai") << QStringLiteral("openai") << qint64(0)
                            << (400 * 3.0 + 600 * 0.3 + 10 * 15.0) / 1e6;
    QTest::addRow("gemini") << QStringLiteral("gemini") << qint64(0)
                            << (400 * 3.0 + 600 * 0.3 + 10 * 15.0) / 1e6;
}

void TestRouterMoney::cacheTokensArePricedPerCatalog()
{
    QFETCH(QString, wire);
    QFETCH(qint64, cacheWrites);
    QFETCH(double, expectedUsd);
    QJsonObject prices { { "input_per_mtok", 3 }, { "output_per_mtok", 15 },
        { "cached_input_per_mtok", 0.3 } };
    if (wire == "anthropic")
        prices.insert("cache_write_per_mtok", 3.75);
    makeRouter({ providerJson("a", wire, m_a->baseUrl(wire), 200000, prices) });
    FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("cached answer"));
    b.promptTokens = 1000;
    b.cachedTokens = 600;
    b.cacheWriteTokens = cacheWrites;
    b.completionTokens = 10;
    m_a->setDefaultBehaviour(b);
    const RouteResult r = run(QStringLiteral("Summarise the attached contract."), 100);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.usage.inputTokens, 1000);
    QCOMPARE(r.usage.cachedInputTokens, 600);
    QCOMPARE(r.usage.cacheWriteTokens, cacheWrites);
    const AttemptRecord row = m_ledger->attempts(0, std::numeric_limits<qint64>::max(), 10).value().first();
    QCOMPARE(row.tokensIn, 1000);
    QCOMPARE(row.tokensCached, 600);
    QVERIFY2(qAbs(row.costUsd - expectedUsd) < 1e-12,
        qPrintable(QStringLiteral("billed $%1, the catalog says $%2").arg(row.costUsd).arg(expectedUsd)));
    QVERIFY(qAbs(r.costUsd - expectedUsd) < 1e-12);
}

// Windows of 1,000 and 2,000 tokens, a prompt of ~2,500: nothing is sent, and the local server
// answers 400 context_length_exceeded in OpenAI's shape, without the Retry-After of a 503.
void TestRouterMoney::promptTooLongForEveryContextIs400()
{
    const QJsonObject prices { { "input_per_mtok", 1 }, { "output_per_mtok", 1 } };
    makeRouter({ providerJson("a", "openai", m_a->baseUrl("openai"), 1000, prices),
        providerJson("b", "openai", m_b->baseUrl("openai"), 2000, prices) });
    const QString prompt(10000, QLatin1Char('x'));
    const RouteResult r = run(prompt, 100);
    QCOMPARE(r.outcome, RouteOutcome::ContextLengthExceeded);
    QVERIFY2(r.errorMessage.contains("2000"), qPrintable(r.errorMessage));
    QCOMPARE(m_a->requestCount() + m_b->requestCount(), 0);

    RouterChatBackend backend(m_router.get());
    server::ServerConfig config;
    config.port = 0;
    config.token = QStringLiteral("sb-test-token");
    server::LocalServer srv(config, &backend);
    QVERIFY(srv.listen().ok());
    const QByteArray body = QJsonDocument(
        QJsonObject { { "model", "m" }, { "max_tokens", 100 },
            { "messages", QJsonArray { QJsonObject { { "role", "user" }, { "content", prompt } } } } })
                                .toJson(QJsonDocument::Compact);
    const test::RawResponse http = test::rawExchange(srv.port(),
        test::httpRequest("POST", "/v1/chat/completions", srv.port(), body,
            { "Authorization: Bearer sb-test-token", "Content-Type: application/json" }),
        10000);
    QCOMPARE(http.status, 400);
    QVERIFY(http.header("retry-after").isEmpty());
    const QJsonObject error = http.json().value("error").toObject();
    QCOMPARE(error.value("code").toString(), QStringLiteral("context_length_exceeded"));
    QCOMPARE(error.value("type").toString(), QStringLiteral("invalid_request_error"));
}

// A provider with room that is only cooling down will serve the request later: that stays a 503.
void TestRouterMoney::cooldownWithRoomStaysA503()
{
    const QJsonObject prices { { "input_per_mtok", 1 }, { "output_per_mtok", 1 } };
    makeRouter({ providerJson("a", "openai", m_a->baseUrl("openai"), 1000, prices),
        providerJson("b", "openai", m_b->baseUrl("openai"), 8000, prices) });
    m_router->health().recordFailure(QStringLiteral("b"), QStringLiteral("rate_limited"), true, 60'000);
    const RouteResult r = run(QString(10000, QLatin1Char('x')), 100);
    QCOMPARE(r.outcome, RouteOutcome::NoCandidates);
}

// The router's estimate fits, the providers count more: each says context_length_exceeded. The
// request tries the next provider (its window may be larger), then ends with that 400, not 502.
void TestRouterMoney::providersSayingContextExceededFailOverThen400()
{
    const QJsonObject prices { { "input_per_mtok", 1 }, { "output_per_mtok", 1 } };
    makeRouter({ providerJson("a", "openai", m_a->baseUrl("openai"), 8000, prices),
        providerJson("b", "anthropic", m_b->baseUrl("anthropic"), 9000, prices) });
    FakeBehaviour tooLongOpenAi = FakeBehaviour::httpError(400);
    tooLongOpenAi.errorBody
        = R"({"error":{"message":"This model's maximum context length is 8000 tokens. However, your messages resulted in 9120 tokens.","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}})";
    FakeBehaviour tooLongAnthropic = FakeBehaviour::httpError(400);
    tooLongAnthropic.errorBody
        = R"({"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 9120 tokens > 9000 maximum"}})";
    m_a->enqueue(tooLongOpenAi);
    m_b->enqueue(tooLongAnthropic);
    const RouteResult r = run(repeated(QStringLiteral("长"), 9000), 10);
    QCOMPARE(m_a->requestCount(), 1);
    QCOMPARE(m_b->requestCount(), 1); // before: the first 400 ended the request
    QCOMPARE(r.attempts, 2);
    QCOMPARE(r.outcome, RouteOutcome::ContextLengthExceeded); // the server answers 400
    const QVector<AttemptRecord> rows = m_ledger->attempts(0, std::numeric_limits<qint64>::max(), 10).value();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].errorClass, QStringLiteral("context_length_exceeded"));
    QCOMPARE(rows[1].errorClass, QStringLiteral("context_length_exceeded"));
    QVERIFY(m_router->health().isAvailable(QStringLiteral("a"))); // not the provider's fault
}

QTEST_GUILESS_MAIN(TestRouterMoney)
#include "TestRouterMoney.moc"
