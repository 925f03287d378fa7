// The Router end to end against fake providers over real HTTP on 127.0.0.1.

#include "FakeProvider.h"

#include "router/core/LocalProvider.h"
#include "router/core/Router.h"
#include "router/core/RouterCall.h"
#include "router/core/RouterChatBackend.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"
#include "router/metering/Metering.h"
#include "router/server/OpenAiWire.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace sb;
using sb::test::FakeBehaviour;
using sb::test::FakeProvider;

namespace {

// What RouterChatBackend hands the server for a RouteResult (the statuses are the server's).
server::ChatResult chatResult(const RouteResult &r)
{
    server::ChatResult out;
    out.ok = r.ok();
    out.outcome = r.outcome;
    out.upstreamStatus = r.upstreamStatus;
    out.errorCode = r.errorCode;
    out.errorMessage = r.errorMessage;
    return out;
}

constexpr qint64 kStart = 1'773'230'400'000; // 2026-03-11 12:00 UTC

// A local "engine" that answers in a few queued events, like app/local does from its worker.
class FakeLocal final : public LocalProvider {
public:
    bool canServe(const QString &modelId) const override { return modelId == QLatin1String("m"); }
    std::unique_ptr<LocalGeneration> start(const QString &, const ChatRequest &, EventSink sink) override
    {
        struct Gen final : LocalGeneration {
            QTimer timer;
            int step = 0;
            void cancel() override { timer.stop(); }
        };
        auto g = std::make_unique<Gen>();
        Gen *raw = g.get();
        raw->timer.setInterval(1);
        QObject::connect(&raw->timer, &QTimer::timeout, [raw, sink] {
            switch (raw->step++) {
            case 0:
                sink(ChatEvent::textDelta(QStringLiteral("local ")));
                break;
            case 1:
                sink(ChatEvent::textDelta(QStringLiteral("answer")));
                break;
            case 2: {
                TokenUsage u;
                u.inputTokens = 9;
                u.outputTokens = 2;
                u.reported = true;
                sink(ChatEvent::usageEvent(u));
                break;
            }
            default:
                raw->timer.stop();
                sink(ChatEvent::finish(QStringLiteral("stop")));
            }
        });
        raw->timer.start();
        return g;
    }
};

struct Outcome_ {
    RouteResult result;
    QVector<ChatEvent> events;
    QString text;
};

} // namespace

class TestRouter : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cheapestChoosesLowestPrice();
    void fastestChoosesMeasuredFastest();
    void failoverOn500BeforeFirstToken();
    void failoverOn429HonoursRetryAfter();
    void hangBeforeFirstByteTimesOutAndFailsOver();
    void faultsBeforeFirstTokenFailOver_data();
    void faultsBeforeFirstTokenFailOver();
    void hugeResponseIsServed();
    void noFailoverAfterFirstToken();
    void pinnedProviderNoFailover();
    void requestErrorIsFinal();
    void budgetRefusedBeforeSending();
    void concurrentRequestsNeverOverspend();
    void missingUsageIsEstimatedAndFlagged();
    void rejectedKeyIsNeverInErrorsAndMarksProvider();
    void cancellationIsRecorded();
    void unknownModelAndNoCandidates();
    void localProviderTakesTheSamePath();
    void anthropicWireThroughTheRouter();
    void serverBackendSeam();
    void destroyingTheRouterCancelsAndRecords();

private:
    Catalog makeCatalog();
    Outcome_ run(ChatRequest request, const RouteOptions &options = {},
        std::function<void(RouterCall *)> onEvent = {});
    ChatRequest request(const QString &model, int maxTokens = 100) const;
    QVector<AttemptRecord> rows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeProvider> m_alpha, m_beta, m_gamma;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<InMemoryKeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SeededRandom> m_rng;
    std::unique_ptr<Router> m_router;
    FakeLocal m_local;
};

Catalog TestRouter::makeCatalog()
{
    // alpha: cheapest (openai wire), beta: middle (openai), gamma: dearest (anthropic wire).
    const auto provider = [](const QString &id, const QString &wire, const QUrl &url, double in, double out) {
        return QJsonObject { { "id", id }, { "base_url", url.toString() }, { "wire", wire },
            { "auth", wire == "anthropic" ? "x-api-key" : "bearer" },
            { "models",
                QJsonArray { QJsonObject { { "id", "m" }, { "provider_model_id", id + "-m" },
                    { "context_window", 32768 }, { "input_per_mtok", in }, { "output_per_mtok", out },
                    { "cached_input_per_mtok", in / 2 } } } } };
    };
    QJsonArray providers { provider("alpha", "openai", m_alpha->baseUrl("openai"), 1, 2),
        provider("beta", "openai", m_beta->baseUrl("openai"), 2, 3),
        provider("gamma", "anthropic", m_gamma->baseUrl("anthropic"), 5, 10),
        QJsonObject { { "id", "local" }, { "wire", "local" }, { "auth", "none" }, { "kind", "local" },
            { "enabled", false },
            { "models",
                QJsonArray { QJsonObject { { "id", "m" }, { "context_window", 8192 }, { "input_per_mtok", 0 },
                    { "output_per_mtok", 0 } } } } } };
    auto cat = Catalog::fromObject(
        QJsonObject { { "price_date", "2025-07-01" }, { "providers", providers } }, "test");
    if (!cat)
        qFatal("%s", qPrintable(cat.error()));
    return cat.value();
}

void TestRouter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_alpha = std::make_unique<FakeProvider>();
    m_beta = std::make_unique<FakeProvider>();
    m_gamma = std::make_unique<FakeProvider>();
    QVERIFY(m_alpha->start() && m_beta->start() && m_gamma->start());
    m_alpha->setDefaultBehaviour(FakeBehaviour::reply("alpha says hi"));
    m_beta->setDefaultBehaviour(FakeBehaviour::reply("beta says hi"));
    m_gamma->setDefaultBehaviour(FakeBehaviour::reply("gamma says hi"));
    auto ledger = Ledger::open(m_dir->filePath("ledger.sqlite"));
    QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
    m_ledger = std::move(ledger.value());
    m_keys = std::make_unique<InMemoryKeyStore>(true);
    for (const char *id : { "alpha", "beta", "gamma" })
        m_keys->writeKey(id, QStringLiteral("key-%1-0123456789").arg(id), {});
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<ManualClock>(kStart);
    m_rng = std::make_unique<SeededRandom>(1);
    // No manager given: the Router pools its own (the 50-request burst needs more than one).
    m_router = std::make_unique<Router>(
        makeCatalog(), m_ledger.get(), m_keys.get(), nullptr, m_clock.get(), m_rng.get());
    RouterSettings s;
    s.firstTokenTimeoutMs = 5000;
    s.idleTimeoutMs = 5000;
    m_router->setSettings(s);
}

void TestRouter::cleanup()
{
    m_router.reset();
    m_nam.reset();
    m_ledger.reset();
    m_alpha.reset();
    m_beta.reset();
    m_gamma.reset();
}

ChatRequest TestRouter::request(const QString &model, int maxTokens) const
{
    ChatRequest r;
    r.model = model;
    r.messages.append(
        ChatMessage { QStringLiteral("user"), QStringLiteral("Say hi to the test suite."), {}, {}, {}, {} });
    if (maxTokens > 0)
        r.maxTokens = maxTokens;
    r.stream = true;
    return r;
}

Outcome_ TestRouter::run(
    ChatRequest req, const RouteOptions &options, std::function<void(RouterCall *)> onEvent)
{
    Outcome_ out;
    RouterCall *call = m_router->chat(req, options);
    connect(call, &RouterCall::chatEvent, this, [&out, call, onEvent](const ChatEvent &e) {
        out.events.append(e);
        if (e.kind == ChatEvent::Kind::TextDelta)
            out.text += e.text;
        if (onEvent)
            onEvent(call);
    });
    QSignalSpy done(call, &RouterCall::finished);
    if (!done.wait(20000))
        qWarning("request did not finish");
    if (!done.isEmpty())
        out.result = done.first().first().value<RouteResult>();
    call->deleteLater();
    return out;
}

QVector<AttemptRecord> TestRouter::rows() const
{
    return m_ledger->attempts(0, std::numeric_limits<qint64>::max(), 100000).value();
}

void TestRouter::cheapestChoosesLowestPrice()
{
    const Outcome_ o = run(request("m:cheapest"));
    QVERIFY2(o.result.ok(), qPrintable(o.result.errorMessage));
    QCOMPARE(o.result.provider, QStringLiteral("alpha"));
    QCOMPARE(o.result.attempts, 1);
    QCOMPARE(o.text, QStringLiteral("alpha says hi"));
    QCOMPARE(m_alpha->requestCount(), 1);
    QCOMPARE(m_beta->requestCount(), 0);
    // The adapter sent the provider-side model id, streaming with usage, and the key.
    QCOMPARE(m_alpha->lastRequest().json().value("model").toString(), QStringLiteral("alpha-m"));
    QVERIFY(m_alpha->lastRequest().stream);
    QCOMPARE(m_alpha->lastRequest().header("authorization"), QByteArray("Bearer key-alpha-0123456789"));
    // Usage and Finish close the event stream.
    QCOMPARE(o.events.at(o.events.size() - 2).kind, ChatEvent::Kind::Usage);
    QCOMPARE(o.events.last().kind, ChatEvent::Kind::Finish);
    const QVector<AttemptRecord> r = rows();
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, AttemptStatus::Ok);
    QCOMPARE(r[0].provider, QStringLiteral("alpha"));
    QCOMPARE(r[0].providerModel, QStringLiteral("alpha-m"));
    QCOMPARE(r[0].policy, QStringLiteral("cheapest"));
    QCOMPARE(r[0].requestId, o.result.requestId);
    QCOMPARE(r[0].tokensIn, 12); // the fake's reported usage
    QCOMPARE(r[0].tokensOut, 3); // one token per streamed word
    QVERIFY(!r[0].tokensEstimated);
    QVERIFY(r[0].ttftMs.has_value());
    QCOMPARE(r[0].costUsd, (12 * 1.0 + 3 * 2.0) / 1e6);
    QCOMPARE(o.result.costUsd, r[0].costUsd);
    QCOMPARE(o.result.usage.outputTokens, 3);
}

void TestRouter::fastestChoosesMeasuredFastest()
{
    // The ledger says gamma is quick and alpha slow; beta was never measured.
    const auto add = [&](const QString &provider, qint64 ttft, qint64 duration, qint64 tokens) {
        AttemptRecord r;
        r.requestId = QStringLiteral("old-") + provider;
        r.startedAtMs = kStart - 1000;
        r.provider = provider;
        r.model = QStringLiteral("m");
        r.status = AttemptStatus::Ok;
        r.ttftMs = ttft;
        r.durationMs = duration;
        r.tokensOut = tokens;
        QVERIFY(m_ledger->insert(r).ok());
    };
    add("alpha", 900, 5000, 101);
    add("gamma", 80, 580, 101);
    m_router->seedStatsFromLedger();
    RouterSettings s = m_router->settings();
    s.explorationRate = 0; // no exploration: the measured fastest wins
    m_router->setSettings(s);
    Outcome_ o = run(request("m:fastest"));
    QVERIFY2(o.result.ok(), qPrintable(o.result.errorMessage));
    QCOMPARE(o.result.provider, QStringLiteral("gamma"));
    QCOMPARE(o.result.policy, PolicyKind::Fastest);
    QCOMPARE(o.text, QStringLiteral("gamma says hi"));
    // The same request by price goes to alpha.
    o = run(request("m:cheapest"));
    QCOMPARE(o.result.provider, QStringLiteral("alpha"));
    // Exploration always on: the unmeasured beta is tried first.
    s.explorationRate = 1.0;
    m_router->setSettings(s);
    o = run(request("m:fastest"));
    QCOMPARE(o.result.provider, QStringLiteral("beta"));
}

void TestRouter::failoverOn500BeforeFirstToken()
{
    m_alpha->enqueue(FakeBehaviour::httpError(500));
    const Outcome_ o = run(request("m"));
    QVERIFY2(o.result.ok(), qPrintable(o.result.errorMessage));
    QCOMPARE(o.result.provider, QStringLiteral("beta"));
    QCOMPARE(o.result.attempts, 2);
    QCOMPARE(o.text, QStringLiteral("beta says hi")); // nothing from the failed attempt
    QCOMPARE(o.result.attemptLog.size(), 2);
    QCOMPARE(o.result.attemptLog[0].httpStatus, 500);
    const QVector<AttemptRecord> r = rows();
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].provider, QStringLiteral("alpha"));
    QCOMPARE(r[0].attempt, 1);
    QCOMPARE(r[0].status, AttemptStatus::Error);
    QCOMPARE(r[0].httpStatus, 500);
    QCOMPARE(r[0].errorClass, QStringLiteral("server_error"));
    QCOMPARE(r[0].costUsd, 0.0);
    QCOMPARE(r[0].tokensIn, 0);
    QCOMPARE(r[1].provider, QStringLiteral("beta"));
    QCOMPARE(r[1].attempt, 2);
    QCOMPARE(r[1].status, AttemptStatus::Ok);
    QCOMPARE(r[1].costUsd, (12 * 2.0 + 3 * 3.0) / 1e6);
    QCOMPARE(r[0].requestId, r[1].requestId);
    auto stats = m_ledger->requestStats(0, std::numeric_limits<qint64>::max());
    QCOMPARE(stats->succeededAfterFailover, 1);
}

void TestRouter::failoverOn429HonoursRetryAfter()
{
    m_alpha->enqueue(FakeBehaviour::httpError(429, "30"));
    Outcome_ o = run(request("m"));
    QVERIFY(o.result.ok());
    QCOMPARE(o.result.provider, QStringLiteral("beta"));
    QCOMPARE(rows()[0].errorClass, QStringLiteral("rate_limited"));
    QVERIFY(!m_router->health().isAvailable("alpha"));
    QCOMPARE(m_router->health().remainingCooldownMs("alpha"), 30'000);
    // While alpha cools down it is not even tried; the exclusion says why.
    o = run(request("m"));
    QCOMPARE(o.result.provider, QStringLiteral("beta"));
    QCOMPARE(o.result.attempts, 1);
    QCOMPARE(m_alpha->requestCount(), 1);
    QCOMPARE(o.result.exclusions.size(), 2); // alpha, and the disabled local provider
    QCOMPARE(o.result.exclusions[0].provider, QStringLiteral("alpha"));
    QCOMPARE(o.result.exclusions[0].reason, ExclusionReason::CoolingDown);
    // After Retry-After it is the cheapest again.
    m_clock->advanceMs(30'001);
    o = run(request("m"));
    QCOMPARE(o.result.provider, QStringLiteral("alpha"));
    QCOMPARE(m_alpha->requestCount(), 2);
}

void TestRouter::hangBeforeFirstByteTimesOutAndFailsOver()
{
    RouterSettings s = m_router->settings();
    s.firstTokenTimeoutMs = 300;
    m_router->setSettings(s);
    m_alpha->enqueue(FakeBehaviour::hang());
    const Outcome_ o = run(request("m"));
    QVERIFY2(o.result.ok(), qPrintable(o.result.errorMessage));
    QCOMPARE(o.result.provider, QStringLiteral("beta"));
    const QVector<AttemptRecord> r = rows();
    QCOMPARE(r[0].status, AttemptStatus::Error);
    QCOMPARE(r[0].errorClass, QStringLiteral("timeout"));
    QVERIFY2(r[0].errorText.contains("first token"), qPrintable(r[0].errorText));
    QVERIFY(!r[0].ttftMs.has_value());
}

void TestRouter::faultsBeforeFirstTokenFailOver_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("rawBody");
    QTest::addColumn<int>("malformedAt");
    QTest::addColumn<int>("dropAfter");
    QTest::addColumn<QString>("errorClass");
    QTest::addRow("503") << 503 << QByteArray() << QByteArray() << -1 << -1 << "overloaded";
    QTest::addRow("408") << 408 << QByteArray() << QByteArray() << -1 << -1 << "timeout";
    QTest::addRow("409") << 409 << QByteArray() << QByteArray() << -1 << -1 << "conflict";
    QTest::addRow("html error page") << 502 << QByteArray("text/html")
                                     << QByteArray("<html>Bad gateway</html>") << -1 << -1 << "server_error";
    QTest::addRow("malformed first event") << 200 << QByteArray() << QByteArray() << 0 << -1 << "malformed";
    QTest::addRow("wrong content type")
        << 200 << QByteArray("text/html") << QByteArray("<html>login</html>") << -1 << -1 << "malformed";
    QTest::addRow("disconnect before first event") << 200 << QByteArray() << QByteArray() << -1 << 0 << "";
}

void TestRouter::faultsBeforeFirstTokenFailOver()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, rawBody);
    QFETCH(int, malformedAt);
    QFETCH(int, dropAfter);
    QFETCH(QString, errorClass);
    FakeBehaviour fault = FakeBehaviour::reply("never seen");
    fault.httpStatus = status;
    fault.contentType = contentType;
    fault.rawBody = rawBody;
    if (status != 200)
        fault.errorBody = rawBody;
    fault.malformedAtEvent = malformedAt;
    fault.dropAfterEvents = dropAfter;
    m_alpha->enqueue(fault);
    const Outcome_ o = run(request("m"));
    QVERIFY2(o.result.ok(), qPrintable(o.result.errorMessage));
    QCOMPARE(o.result.provider, QStringLiteral("beta"));
    QCOMPARE(o.text, QStringLiteral("beta says hi"));
    const QVector<AttemptRecord> r = rows();
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, AttemptStatus::Error);
    if (!errorClass.isEmpty())
        QCOMPARE(r[0].errorClass, errorClass);
    QVERIFY(!r[0].errorText.isEmpty());
    QCOMPARE(r[0].costUsd, 0.0);
    QCOMPARE(r[1].status, AttemptStatus::Ok);
}

void TestRouter::hugeResponseIsServed()
{
    FakeBehaviour huge = FakeBehaviour::reply("0123456789abcdef ");
    huge.repeatText = 20000; // ~340 KB of text
    huge.pieces = 2000;
    m_alpha->enqueue(huge);
    const Outcome_ o = run(request("m"));
    QVERIFY2(o.result.ok(), qPrintable(o.result.errorMessage));
    QCOMPARE(o.text.size(), 17 * 20000);
    QCOMPARE(rows().first().tokensOut, 2000);
}

void TestRouter::noFailoverAfterFirstToken()
{
    FakeBehaviour dies = FakeBehaviour::reply("one two three four five six");
    dies.dropAfterEvents = 3;
    dies.chunkDelayMs = 5;
    m_alpha->enqueue(dies);
    const Outcome_ o = run(request("m"));
    QCOMPARE(o.result.outcome, RouteResult::Outcome::StreamFailed);
    QCOMPARE(o.result.attempts, 1);
    QCOMPARE(m_beta->requestCount(), 0);
    QVERIFY(!o.text.isEmpty()); // what streamed reached the client...
    QVERIFY(o.text.startsWith(QLatin1String("one"))); // ...and nothing was restarted elsewhere
    QVERIFY2(o.result.errorMessage.contains("alpha"), qPrintable(o.result.errorMessage));
    const QVector<AttemptRecord> r = rows();
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, AttemptStatus::Error);
    QVERIFY(r[0].ttftMs.has_value());
    QVERIFY(r[0].tokensOut > 0); // streamed tokens are paid for...
    QVERIFY(r[0].tokensEstimated); // ...and, without usage, estimated
    QVERIFY(r[0].costUsd > 0);
}

void TestRouter::pinnedProviderNoFailover()
{
    m_alpha->enqueue(FakeBehaviour::httpError(503, "1"));
    Outcome_ o = run(request("m:alpha"));
    QCOMPARE(o.result.outcome, RouteResult::Outcome::AllRateLimited); // a 503 is an overload
    QCOMPARE(o.result.policy, PolicyKind::Pinned);
    QCOMPARE(o.result.attempts, 1);
    QCOMPARE(server::wire::errorFor(chatResult(o.result)).httpStatus, 503);
    QCOMPARE(m_beta->requestCount(), 0);
    QCOMPARE(m_gamma->requestCount(), 0);
    QVERIFY2(o.result.errorMessage.contains("alpha"), qPrintable(o.result.errorMessage));
    // Pinned to a provider that works: that provider, even though it is not the cheapest.
    o = run(request("m:gamma"));
    QVERIFY(o.result.ok());
    QCOMPARE(o.result.provider, QStringLiteral("gamma"));
}

void TestRouter::requestErrorIsFinal()
{
    FakeBehaviour bad = FakeBehaviour::httpError(400);
    m_alpha->enqueue(bad);
    const Outcome_ o = run(request("m"));
    QCOMPARE(o.result.outcome, RouteResult::Outcome::RequestRejected);
    QCOMPARE(o.result.upstreamStatus, 400);
    QCOMPARE(server::wire::errorFor(chatResult(o.result)).httpStatus, 400);
    QCOMPARE(server::wire::errorFor(chatResult(o.result)).type, QStringLiteral("invalid_request_error"));
    QCOMPARE(m_beta->requestCount(), 0); // no other provider would accept a bad request either
    QCOMPARE(rows().size(), 1);
}

void TestRouter::budgetRefusedBeforeSending()
{
    m_router->budgets().setLimits({ { QString(), BudgetPeriod::Daily, 0.0001, 0.8 } });
    const Outcome_ o = run(request("m", 1000)); // worst case alpha: ~1000 * $2/M = $0.002
    QCOMPARE(o.result.outcome, RouteResult::Outcome::BudgetExhausted);
    QCOMPARE(o.result.errorCode, QStringLiteral("budget_exceeded"));
    QVERIFY2(o.result.errorMessage.contains("global daily budget"), qPrintable(o.result.errorMessage));
    QCOMPARE(o.result.attempts, 0);
    QCOMPARE(m_alpha->requestCount() + m_beta->requestCount() + m_gamma->requestCount(), 0);
    const QVector<AttemptRecord> r = rows();
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, AttemptStatus::Refused);
    QCOMPARE(r[0].errorClass, QStringLiteral("budget"));
    // A per-provider budget only moves the request elsewhere.
    m_router->budgets().setLimits({ { QStringLiteral("alpha"), BudgetPeriod::Daily, 0.0001, 0.8 } });
    const Outcome_ moved = run(request("m", 1000));
    QVERIFY(moved.result.ok());
    QCOMPARE(moved.result.provider, QStringLiteral("beta"));
    QCOMPARE(moved.result.exclusions.size(), 2); // alpha, and the disabled local provider
    QCOMPARE(moved.result.exclusions[0].provider, QStringLiteral("alpha"));
    QCOMPARE(moved.result.exclusions[0].reason, ExclusionReason::OverBudget);
}

void TestRouter::concurrentRequestsNeverOverspend()
{
    // Worst case per request (pinned to alpha): prompt ~14 tokens * $1/M + 1000 * $2/M ~ $0.002;
    // the limit allows 10 of them. The fake answers slowly so all 50 are in flight together.
    const double worst = metering::worstCaseCost(
        request("m:alpha", 1000), *m_router->catalog().provider("alpha")->model("m"));
    const double limit = worst * 10.5;
    m_router->budgets().setLimits({ { QString(), BudgetPeriod::Daily, limit, 0.8 } });
    FakeBehaviour slow = FakeBehaviour::reply("slow answer here");
    slow.chunkDelayMs = 20;
    slow.completionTokens = 1000; // every request really costs its worst case
    m_alpha->setDefaultBehaviour(slow);
    QVector<RouterCall *> calls;
    int finished = 0, ok = 0, refused402 = 0, refused429 = 0;
    for (int i = 0; i < 50; ++i) {
        RouterCall *call = m_router->chat(request("m:alpha", 1000));
        connect(call, &RouterCall::finished, this, [&](const RouteResult &r) {
            ++finished;
            ok += r.ok();
            refused402 += r.outcome == RouteOutcome::BudgetExhausted;
            refused429 += r.outcome == RouteOutcome::BudgetReserved;
        });
        calls << call;
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 50, 30000);
    QVERIFY(ok >= 1);
    QVERIFY(ok <= 10);
    QCOMPARE(ok + refused402 + refused429, 50);
    QVERIFY(refused429 > 0); // the burst was held back by reservations, not by spend
    const double spent = m_ledger->spend(0, std::numeric_limits<qint64>::max()).value();
    QVERIFY2(spent <= limit, qPrintable(QString::number(spent)));
    QCOMPARE(m_router->budgets().reservedUsd(), 0.0);
    qDeleteAll(calls);
}

void TestRouter::missingUsageIsEstimatedAndFlagged()
{
    FakeBehaviour noUsage = FakeBehaviour::reply("twelve chars");
    noUsage.sendUsage = false;
    m_alpha->enqueue(noUsage);
    const Outcome_ o = run(request("m"));
    QVERIFY(o.result.ok());
    QVERIFY(!o.result.usage.reported);
    const AttemptRecord r = rows().first();
    QVERIFY(r.tokensEstimated);
    QCOMPARE(r.tokensOut, metering::estimateTokens(QStringLiteral("twelve chars")));
    QCOMPARE(r.tokensIn, metering::estimatePromptTokens(request("m")));
    QCOMPARE(r.costUsd, (r.tokensIn * 1.0 + r.tokensOut * 2.0) / 1e6);
}

void TestRouter::rejectedKeyIsNeverInErrorsAndMarksProvider()
{
    const QString secret = QStringLiteral("key-alpha-0123456789");
    // A provider that echoes the key it got in its error text, as some do.
    FakeBehaviour echo = FakeBehaviour::httpError(401);
    echo.errorBody = QStringLiteral(
        R"({"error":{"message":"Incorrect API key provided: %1","type":"invalid_request_error","code":"invalid_api_key"}})")
                         .arg(secret)
                         .toUtf8();
    m_alpha->enqueue(echo);
    QSignalSpy rejected(m_router.get(), &Router::keyRejected);
    QSignalSpy recorded(m_router.get(), &Router::attemptRecorded);
    const Outcome_ o = run(request("m"));
    QVERIFY2(o.result.ok(), qPrintable(o.result.errorMessage));
    QCOMPARE(o.result.provider, QStringLiteral("beta"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().first().toString(), QStringLiteral("alpha"));
    for (const AttemptRecord &r : rows())
        QVERIFY2(!r.errorText.contains(secret), qPrintable(r.errorText));
    QVERIFY(rows().first().errorText.contains(QLatin1String("[redacted]")));
    for (const AttemptSummary &a : o.result.attemptLog)
        QVERIFY(!a.error.contains(secret));
    for (const QVariantList &args : recorded)
        QVERIFY(!args.first().value<AttemptRecord>().errorText.contains(secret));
    // The provider stays out until the key changes.
    Outcome_ next = run(request("m:alpha"));
    QCOMPARE(next.result.outcome, RouteResult::Outcome::NoCandidates);
    QVERIFY2(next.result.errorMessage.contains("rejected"), qPrintable(next.result.errorMessage));
    QVERIFY(!next.result.errorMessage.contains(secret));
    m_keys->writeKey("alpha", "the-right-one", {});
    m_router->keyChanged("alpha");
    next = run(request("m:alpha"));
    QVERIFY2(next.result.ok(), qPrintable(next.result.errorMessage));
    // A failure whose text would carry the new key is redacted too.
    m_alpha->setExpectedApiKey(QStringLiteral("rotated"));
    next = run(request("m:alpha"));
    QVERIFY(!next.result.errorMessage.contains(QLatin1String("the-right-one")));
}

void TestRouter::cancellationIsRecorded()
{
    FakeBehaviour slow = FakeBehaviour::reply("a b c d e f g h i j k l m n o p");
    slow.chunkDelayMs = 100;
    m_alpha->setDefaultBehaviour(slow);
    bool cancelled = false;
    const Outcome_ o = run(request("m"), {}, [&cancelled](RouterCall *call) {
        if (!cancelled) {
            cancelled = true;
            call->cancel();
        }
    });
    QCOMPARE(o.result.outcome, RouteResult::Outcome::Cancelled);
    QCOMPARE(o.text.trimmed(), QStringLiteral("a"));
    const AttemptRecord r = rows().first();
    QCOMPARE(r.status, AttemptStatus::Cancelled);
    QCOMPARE(r.errorClass, QStringLiteral("cancelled"));
    QVERIFY(r.tokensOut >= 1);
    QTRY_COMPARE(m_alpha->clientAborts(), 1); // the upstream request was really stopped
    QCOMPARE(m_beta->requestCount(), 0);
    QVERIFY(m_router->health().isAvailable("alpha")); // a cancel is not the provider's fault
}

void TestRouter::unknownModelAndNoCandidates()
{
    Outcome_ o = run(request("nope"));
    QCOMPARE(o.result.outcome, RouteResult::Outcome::UnknownModel);
    QCOMPARE(server::wire::errorFor(chatResult(o.result)).code, QStringLiteral("model_not_found"));
    QCOMPARE(server::wire::errorFor(chatResult(o.result)).httpStatus, 400);
    o = run(request("m:local")); // served by local, but no engine and disabled
    QCOMPARE(o.result.outcome, RouteResult::Outcome::NoCandidates);
    QCOMPARE(server::wire::errorFor(chatResult(o.result)).httpStatus, 503);
    // No keys at all: every provider says so.
    m_keys->removeKey("alpha", {});
    m_keys->removeKey("beta", {});
    m_keys->removeKey("gamma", {});
    for (const char *id : { "alpha", "beta", "gamma" })
        m_router->keyChanged(id);
    o = run(request("m"));
    QCOMPARE(o.result.outcome, RouteResult::Outcome::NoCandidates);
    QVERIFY2(o.result.errorMessage.contains("SWITCHBOARD_KEY_ALPHA"), qPrintable(o.result.errorMessage));
    QCOMPARE(o.result.exclusions.size(), 4);
    QVERIFY(rows().isEmpty());
}

void TestRouter::localProviderTakesTheSamePath()
{
    m_router->catalog().provider("local")->enabled = true;
    m_router->setLocalProvider(&m_local);
    const Outcome_ o = run(request("m:cheapest"));
    QVERIFY2(o.result.ok(), qPrintable(o.result.errorMessage));
    QCOMPARE(o.result.provider, QStringLiteral("local")); // free beats every price
    QCOMPARE(o.text, QStringLiteral("local answer"));
    const AttemptRecord r = rows().first();
    QCOMPARE(r.provider, QStringLiteral("local"));
    QCOMPARE(r.status, AttemptStatus::Ok);
    QCOMPARE(r.tokensIn, 9);
    QCOMPARE(r.tokensOut, 2);
    QCOMPARE(r.costUsd, 0.0);
    QVERIFY(r.ttftMs.has_value());
}

void TestRouter::anthropicWireThroughTheRouter()
{
    const Outcome_ o = run(request("m:gamma"));
    QVERIFY2(o.result.ok(), qPrintable(o.result.errorMessage));
    QCOMPARE(m_gamma->lastRequest().wireFormat, QStringLiteral("anthropic"));
    QCOMPARE(m_gamma->lastRequest().header("x-api-key"), QByteArray("key-gamma-0123456789"));
    QCOMPARE(o.text, QStringLiteral("gamma says hi"));
    const AttemptRecord r = rows().first();
    QCOMPARE(r.tokensIn, 12);
    QCOMPARE(r.costUsd, (12 * 5.0 + r.tokensOut * 10.0) / 1e6);
}

void TestRouter::serverBackendSeam()
{
    RouterChatBackend backend(m_router.get());
    QTRY_VERIFY(m_keys->readCount() >= 3); // keys prefetched for the readiness flags
    QTest::qWait(10);
    const QVector<server::ModelListing> models = backend.models();
    QCOMPARE(models.size(), 1);
    QCOMPARE(models[0].id, QStringLiteral("m"));
    QCOMPARE(models[0].offers.size(), 4);
    QVERIFY(models[0].offers[0].ready); // alpha: keyed
    QVERIFY(!models[0].offers[3].ready); // local: disabled, no engine
    QCOMPARE(models[0].offers[1].price.inputPerMTok, 2.0);

    m_alpha->enqueue(FakeBehaviour::httpError(502));
    QObject owner;
    ModelSpec cheapest;
    cheapest.model = QStringLiteral("m");
    cheapest.policy = PolicyKind::Cheapest;
    cheapest.explicitPolicy = true;
    server::ChatCall *call = backend.start(request("m"), cheapest, &owner);
    QString text;
    connect(call, &server::ChatCall::chatEvent, this, [&text](const ChatEvent &e) { text += e.text; });
    QSignalSpy done(call, &server::ChatCall::finished);
    QVERIFY(done.wait(10000));
    const auto result = done.first().first().value<server::ChatResult>();
    QVERIFY(result.ok);
    QCOMPARE(result.provider, QStringLiteral("beta"));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(text, QStringLiteral("beta says hi"));
    QVERIFY(result.costUsd > 0);

    // Pinned through the seam, failing: the server gets the status and the attempts.
    m_gamma->enqueue(FakeBehaviour::httpError(500));
    ModelSpec pinned;
    pinned.model = QStringLiteral("m");
    pinned.policy = PolicyKind::Pinned;
    pinned.pinnedProvider = QStringLiteral("gamma");
    pinned.explicitPolicy = true;
    call = backend.start(request("m"), pinned, &owner);
    QSignalSpy failed(call, &server::ChatCall::finished);
    QVERIFY(failed.wait(10000));
    const auto bad = failed.first().first().value<server::ChatResult>();
    QVERIFY(!bad.ok);
    QCOMPARE(bad.outcome, RouteOutcome::AllFailed);
    QCOMPARE(server::wire::errorFor(bad).httpStatus, 502);
    QCOMPARE(server::wire::errorFor(bad).code, QStringLiteral("all_providers_failed"));
    QVERIFY2(bad.errorMessage.contains("gamma"), qPrintable(bad.errorMessage));
}

void TestRouter::destroyingTheRouterCancelsAndRecords()
{
    FakeBehaviour slow = FakeBehaviour::reply("a b c d e f g h");
    slow.chunkDelayMs = 200;
    m_alpha->setDefaultBehaviour(slow);
    RouterCall *call = m_router->chat(request("m"));
    QSignalSpy firstEvent(call, &RouterCall::chatEvent);
    QVERIFY(firstEvent.wait(10000));
    m_router.reset(); // app shutdown mid-stream
    const QVector<AttemptRecord> r = rows();
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, AttemptStatus::Cancelled);
    QTRY_COMPARE(m_alpha->clientAborts(), 1);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
