// Hub-style model ids through the Router, against a fake Hugging Face router on 127.0.0.1 (the
// FakeProvider answers chat completions; the catalog holds the documented model list's routes):
// ":cheapest", ":fastest", ":preferred", ":<provider>" as on the HF router, the HF router itself
// as one provider with X-HF-Bill-To, capabilities and context checked before sending, and
// /v1/models saying where each price came from.

#include "FakeHubRouter.h"
#include "FakeProvider.h"

#include "router/catalog/CatalogCache.h"
#include "router/catalog/HubModelList.h"
#include "router/core/Router.h"
#include "router/core/RouterCall.h"
#include "router/core/RouterChatBackend.h"
#include "router/keys/KeyStore.h"
#include "router/server/OpenAiWire.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using sb::test::FakeBehaviour;
using sb::test::FakeHubRouter;
using sb::test::FakeProvider;
using sb::test::FakeRequest;

namespace {

const QDateTime kFetched = QDateTime::fromString(QStringLiteral("2026-12-08T01:00:00Z"), Qt::ISODate);

} // namespace

class TestHubRouting : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cheapestPicksTheCheapestRouteAndBillsTheOrganisation();
    void fastestRanksByTheRoutersThroughput();
    void preferredFollowsTheUsersProviderOrder();
    void providerSuffixPinsTheRoute_data();
    void providerSuffixPinsTheRoute();
    void theRouterItselfIsOneProvider();
    void toolsOnlyGoWhereSupported();
    void responseFormatOnlyGoesWhereSupported();
    void contextIsCheckedBeforeSending();
    void routeDownIsNotUsed();
    void costUsesTheRoutesPrice();
    void anUpstreamFailureFailsOverToTheNextRoute();
    void modelListSaysWhereEachPriceCameFrom();

private:
    RouteResult run(const QString &model, std::function<void(ChatRequest &)> edit = {});

    std::unique_ptr<FakeProvider> m_hf;
    std::unique_ptr<InMemoryKeyStore> m_keys;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SeededRandom> m_rng;
    std::unique_ptr<Router> m_router;
};

void TestHubRouting::init()
{
    m_hf = std::make_unique<FakeProvider>();
    QVERIFY(m_hf->start());
    m_hf->setDefaultBehaviour(FakeBehaviour::reply("hello from the hub"));
    // The HF router (bills the "acme" organisation) and a direct groq without a key.
    const QJsonObject base { { "price_date", "2025-07-01" },
        { "providers",
            QJsonArray {
                QJsonObject { { "id", "hf" }, { "wire", "openai" }, { "auth", "bearer" },
                    { "model_list", "hub" }, { "bill_to", "acme" },
                    { "base_url", m_hf->baseUrl("openai").toString() }, { "models", QJsonArray {} } },
                QJsonObject { { "id", "groq" }, { "wire", "openai" }, { "auth", "bearer" },
                    { "base_url", "http://127.0.0.1:9/v1" },
                    { "models",
                        QJsonArray { QJsonObject { { "id", "openai/gpt-oss-120b" },
                            { "provider_model_id", "openai/gpt-oss-120b" }, { "context_window", 131072 },
                            { "input_per_mtok", 0.1 }, { "output_per_mtok", 0.5 } } } } } } } };
    CatalogCache cache;
    CachedListing hub;
    hub.fetchedAt = kFetched;
    hub.list = "hub";
    const QVector<HubModel> models = parseHubModelList(FakeHubRouter::fixture(), kFetched).value();
    for (const HubModel &m : models)
        if (auto e = hubModelEntry(m, kFetched)) {
            ProviderInfo carrier;
            carrier.models = { *e };
            hub.models.append(Catalog::providerToJson(carrier).value("models").toArray().first());
        }
    cache.setListing("hf", hub);
    auto cat = Catalog::fromObject(cache.applyTo(base), "test");
    QVERIFY2(cat.ok(), qPrintable(cat.error()));
    m_keys = std::make_unique<InMemoryKeyStore>(true);
    m_keys->writeKey("hf", "hf_test_0123456789", {});
    m_clock = std::make_unique<ManualClock>(kFetched.toMSecsSinceEpoch() + 3600'000);
    m_rng = std::make_unique<SeededRandom>(1);
    m_router
        = std::make_unique<Router>(cat.value(), nullptr, m_keys.get(), nullptr, m_clock.get(), m_rng.get());
    RouterSettings s;
    s.explorationRate = 0;
    s.firstTokenTimeoutMs = 5000;
    m_router->setSettings(s);
}

void TestHubRouting::cleanup()
{
    m_router.reset();
    m_hf.reset();
}

RouteResult TestHubRouting::run(const QString &model, std::function<void(ChatRequest &)> edit)
{
    ChatRequest r;
    r.model = model;
    r.messages.append(ChatMessage { "user", "Say hi.", {}, {}, {}, {} });
    r.maxTokens = 100;
    if (edit)
        edit(r);
    RouterCall *call = m_router->chat(r);
    QSignalSpy done(call, &RouterCall::finished);
    if (!done.wait(20000))
        return {};
    call->deleteLater();
    return done.first().first().value<RouteResult>();
}

void TestHubRouting::cheapestPicksTheCheapestRouteAndBillsTheOrganisation()
{
    const RouteResult r = run("openai/gpt-oss-120b:cheapest");
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.provider, QStringLiteral("hf"));
    // together: 0.15 in, 0.60 out is the cheapest live route (groq direct has no key).
    QCOMPARE(m_hf->lastRequest().model, QStringLiteral("openai/gpt-oss-120b:together"));
    QCOMPARE(r.providerModel, QStringLiteral("openai/gpt-oss-120b:together"));
    QCOMPARE(m_hf->lastRequest().header("x-hf-bill-to"), QByteArray("acme"));
    QCOMPARE(m_hf->lastRequest().header("authorization"), QByteArray("Bearer hf_test_0123456789"));
}

void TestHubRouting::fastestRanksByTheRoutersThroughput()
{
    // Nothing measured here yet: HF's figures rank (cerebras: 1650 tokens/s).
    const RouteResult r = run("openai/gpt-oss-120b:fastest");
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(m_hf->lastRequest().model, QStringLiteral("openai/gpt-oss-120b:cerebras"));
}

void TestHubRouting::preferredFollowsTheUsersProviderOrder()
{
    RouterSettings s = m_router->settings();
    s.preferredOrder = QStringList { "fireworks", "groq" };
    m_router->setSettings(s);
    const RouteResult r = run("openai/gpt-oss-120b:preferred");
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(m_hf->lastRequest().model, QStringLiteral("openai/gpt-oss-120b:fireworks-ai"));
}

void TestHubRouting::providerSuffixPinsTheRoute_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("wire");
    QTest::addRow("groq (no direct key: via HF)") << "openai/gpt-oss-120b:groq"
                                                  << "openai/gpt-oss-120b:groq";
    QTest::addRow("HF's name") << "openai/gpt-oss-120b:fireworks-ai"
                               << "openai/gpt-oss-120b:fireworks-ai";
    QTest::addRow("catalog's name") << "openai/gpt-oss-120b:fireworks"
                                    << "openai/gpt-oss-120b:fireworks-ai";
    QTest::addRow("not in the catalog") << "meta-llama/Llama-3.3-70B-Instruct:nscale"
                                        << "meta-llama/Llama-3.3-70B-Instruct:nscale";
}

void TestHubRouting::providerSuffixPinsTheRoute()
{
    QFETCH(QString, model);
    QFETCH(QString, wire);
    const RouteResult r = run(model);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.policy, PolicyKind::Pinned);
    QCOMPARE(m_hf->lastRequest().model, wire);
}

void TestHubRouting::theRouterItselfIsOneProvider()
{
    // "model:hf": the HF router picks the upstream (its own default), the bare id goes on the wire.
    const RouteResult r = run("openai/gpt-oss-120b:hf");
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(m_hf->lastRequest().model, QStringLiteral("openai/gpt-oss-120b"));
    QCOMPARE(m_hf->lastRequest().header("x-hf-bill-to"), QByteArray("acme"));
}

void TestHubRouting::toolsOnlyGoWhereSupported()
{
    const auto withTools = [](ChatRequest &r) {
        r.tools = QJsonArray { QJsonObject { { "type", "function" },
            { "function",
                QJsonObject {
                    { "name", "lookup" }, { "parameters", QJsonObject { { "type", "object" } } } } } } };
    };
    // nscale is the cheapest Llama route but has no tools: groq serves.
    RouteResult r = run("meta-llama/Llama-3.3-70B-Instruct:cheapest", withTools);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(m_hf->lastRequest().model, QStringLiteral("meta-llama/Llama-3.3-70B-Instruct:groq"));
    // Pinned to nscale with tools: refused before anything is sent, saying why.
    m_hf->clearRequests();
    r = run("meta-llama/Llama-3.3-70B-Instruct:nscale", withTools);
    QCOMPARE(r.outcome, RouteResult::Outcome::NoCandidates);
    QVERIFY2(r.errorMessage.contains("tools"), qPrintable(r.errorMessage));
    QCOMPARE(r.exclusions.first().reason, ExclusionReason::Unsupported);
    QCOMPARE(m_hf->requestCount(), 0);
}

void TestHubRouting::responseFormatOnlyGoesWhereSupported()
{
    const auto schema = [](ChatRequest &r) {
        r.extra.insert("response_format", QJsonObject { { "type", "json_schema" } });
    };
    // cerebras is the fastest but has no structured output: groq (next by HF's throughput) serves.
    RouteResult r = run("openai/gpt-oss-120b:fastest", schema);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(m_hf->lastRequest().model, QStringLiteral("openai/gpt-oss-120b:groq"));
    // No live Llama route supports it.
    m_hf->clearRequests();
    r = run("meta-llama/Llama-3.3-70B-Instruct", schema);
    QCOMPARE(r.outcome, RouteResult::Outcome::NoCandidates);
    QVERIFY2(r.errorMessage.contains("response_format"), qPrintable(r.errorMessage));
    QCOMPARE(m_hf->requestCount(), 0);
    // {"type": "text"} asks for nothing.
    r = run("meta-llama/Llama-3.3-70B-Instruct", [](ChatRequest &req) {
        req.extra.insert("response_format", QJsonObject { { "type", "text" } });
    });
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
}

void TestHubRouting::contextIsCheckedBeforeSending()
{
    // nscale's window is 8192: a 10,000-token completion goes to groq (131072).
    RouteResult r
        = run("meta-llama/Llama-3.3-70B-Instruct:cheapest", [](ChatRequest &req) { req.maxTokens = 10000; });
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(m_hf->lastRequest().model, QStringLiteral("meta-llama/Llama-3.3-70B-Instruct:groq"));
    m_hf->clearRequests();
    r = run("meta-llama/Llama-3.3-70B-Instruct:nscale", [](ChatRequest &req) { req.maxTokens = 10000; });
    QCOMPARE(r.outcome, RouteResult::Outcome::NoCandidates);
    QCOMPARE(r.exclusions.first().reason, ExclusionReason::ContextTooLong);
    QCOMPARE(r.exclusions.first().provider, QStringLiteral("hf/nscale"));
    QCOMPARE(m_hf->requestCount(), 0);
}

void TestHubRouting::routeDownIsNotUsed()
{
    const RouteResult r = run("meta-llama/Llama-3.3-70B-Instruct:hyperbolic"); // status "error"
    QCOMPARE(r.outcome, RouteResult::Outcome::NoCandidates);
    QVERIFY2(r.errorMessage.contains("error"), qPrintable(r.errorMessage));
    QCOMPARE(m_hf->requestCount(), 0);
}

void TestHubRouting::costUsesTheRoutesPrice()
{
    FakeBehaviour b = FakeBehaviour::reply("one two three");
    b.promptTokens = 1000;
    b.completionTokens = 2000;
    m_hf->setDefaultBehaviour(b);
    const RouteResult r = run("openai/gpt-oss-120b:cerebras");
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QVERIFY(qAbs(r.costUsd - (1000 * 0.25 + 2000 * 0.69) / 1e6) < 1e-12);
}

void TestHubRouting::anUpstreamFailureFailsOverToTheNextRoute()
{
    m_hf->enqueue(FakeBehaviour::httpError(502));
    const RouteResult r = run("openai/gpt-oss-120b:cheapest");
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.attempts, 2);
    const QVector<FakeRequest> sent = m_hf->requests();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent[0].model, QStringLiteral("openai/gpt-oss-120b:together"));
    QVERIFY(sent[1].model != sent[0].model); // the next route, through the same HF router
    // The upstream's failure counts against its route, not against the HF router as a whole.
    QCOMPARE(m_router->health().state("hf/together").consecutiveFailures, 1);
    QCOMPARE(m_router->health().state("hf").consecutiveFailures, 0);
}

void TestHubRouting::modelListSaysWhereEachPriceCameFrom()
{
    RouterChatBackend backend(m_router.get());
    QTRY_VERIFY(m_router->providerReady(*m_router->catalog().provider("hf"), "openai/gpt-oss-120b"));
    const QDateTime now = kFetched.addSecs(7200);
    const QJsonObject list = server::wire::modelList(backend.models(), 0, now);
    QJsonObject oss;
    for (const QJsonValue &v : list.value("data").toArray())
        if (v.toObject().value("id").toString() == "openai/gpt-oss-120b")
            oss = v.toObject();
    QVERIFY(!oss.isEmpty());
    const QJsonObject hf
        = oss.value("switchboard").toObject().value("providers").toArray().first().toObject();
    const QJsonObject pricing = hf.value("pricing").toObject();
    QCOMPARE(pricing.value("source").toString(), QStringLiteral("live"));
    QCOMPARE(pricing.value("fetched_at").toString(), QStringLiteral("2026-12-08T01:00:00Z"));
    QCOMPARE(pricing.value("age_seconds").toInteger(), 7200);
    QCOMPARE(pricing.value("stale").toBool(), false);
    QCOMPARE(hf.value("routes").toArray().size(), 4);
    QCOMPARE(list.value("switchboard").toObject().value("catalog").toObject().value("stale").toBool(), false);
    // Eight days later every live price is stale, and the list says so.
    const QJsonObject later = server::wire::modelList(backend.models(), 0, kFetched.addDays(8));
    QCOMPARE(later.value("switchboard").toObject().value("catalog").toObject().value("stale").toBool(), true);
    // The pinned forms list a route-pinned id too (":cerebras" is accepted by the server).
    const auto route
        = server::wire::resolveModel("openai/gpt-oss-120b:cerebras", QString(), backend.models());
    QVERIFY(std::holds_alternative<ModelSpec>(route));
    QCOMPARE(std::get<ModelSpec>(route).pinnedProvider, QStringLiteral("cerebras"));
}

QTEST_GUILESS_MAIN(TestHubRouting)
#include "TestHubRouting.moc"
