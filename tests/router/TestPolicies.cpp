#include "router/budget/Budget.h"
#include "router/catalog/Catalog.h"
#include "router/health/HealthTracker.h"
#include "router/routing/CandidateFilter.h"
#include "router/routing/FastestPolicy.h"
#include "router/routing/RoutingPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace sb;

namespace {

// "a=in/out[/weight[/context]]" entries; every provider serves model "m".
Catalog makeCatalog(const QStringList &specs)
{
    QJsonArray providers;
    for (const QString &spec : specs) {
        const QString id = spec.section(QLatin1Char('='), 0, 0);
        const QStringList f = spec.section(QLatin1Char('='), 1).split(QLatin1Char('/'));
        QJsonObject model { { "id", "m" }, { "provider_model_id", id + "-m" },
            { "input_per_mtok", f.value(0).toDouble() }, { "output_per_mtok", f.value(1).toDouble() },
            { "context_window", f.size() > 3 ? f[3].toDouble() : 100000.0 } };
        QJsonObject p { { "id", id }, { "base_url", "https://" + id + ".test/v1" }, { "wire", "openai" },
            { "auth", "bearer" }, { "weight", f.size() > 2 ? f[2].toDouble() : 1.0 },
            { "models", QJsonArray { model } } };
        providers.append(p);
    }
    auto cat = Catalog::fromObject(
        QJsonObject { { "price_date", "2025-07-01" }, { "providers", providers } }, "test");
    if (!cat)
        qFatal("%s", qPrintable(cat.error()));
    return cat.value();
}

ChatRequest makeRequest(int promptChars, int maxTokens)
{
    ChatRequest r;
    r.model = QStringLiteral("m");
    r.messages.append(
        ChatMessage { QStringLiteral("user"), QString(promptChars, QLatin1Char('x')), {}, {}, {}, {} });
    if (maxTokens > 0)
        r.maxTokens = maxTokens;
    return r;
}

QStringList ids(const QVector<Candidate> &cs)
{
    QStringList out;
    for (const Candidate &c : cs)
        out << c.id();
    return out;
}

QVector<double> doubles(const QString &csv)
{
    QVector<double> out;
    for (const QString &s : csv.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << s.toDouble();
    return out;
}

struct Fixture {
    Catalog catalog;
    ChatRequest request;
    ModelSpec spec;
    FilterResult filtered;
    StatsTracker stats;
    ManualClock clock;

    Fixture(
        const QStringList &providers, int promptChars, int maxTokens, PolicyKind kind = PolicyKind::Cheapest)
        : catalog(makeCatalog(providers))
        , request(makeRequest(promptChars, maxTokens))
    {
        spec.model = QStringLiteral("m");
        spec.policy = kind;
        FilterInputs in;
        in.catalog = &catalog;
        in.spec = &spec;
        in.request = &request;
        filtered = filterCandidates(in);
    }

    QStringList rank(
        PolicyKind kind, RandomSource &rng, const QStringList &preferred = {}, const QString &pinned = {})
    {
        RoutingContext ctx;
        ctx.request = &request;
        ctx.promptTokens = filtered.promptTokens;
        ctx.expectedOutputTokens = filtered.expectedOutputTokens;
        ctx.stats = &stats;
        ctx.clock = &clock;
        ctx.rng = &rng;
        ctx.preferredOrder = preferred;
        ctx.pinnedProvider = pinned;
        return ids(makeRoutingPolicy(kind)->rank(filtered.candidates, ctx));
    }
};

} // namespace

class TestPolicies : public QObject {
    Q_OBJECT
private slots:
    void parseModelSpec_data();
    void parseModelSpec();
    void modelIdsAreNotSplit();
    void policyNamesComeFromOneTable();
    void cheapest_data();
    void cheapest();
    void fastest_data();
    void fastest();
    void preferred_data();
    void preferred();
    void weighted_data();
    void weighted();
    void pinned();
    void sameInputsSameChoice();
    void filterRecordsEveryExclusion();
    void ewmaTracksMeasurements();
};

void TestPolicies::parseModelSpec_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("pinned");
    QTest::addColumn<bool>("explicitPolicy");
    QTest::addRow("plain") << "meta-llama/Llama-3.3-70B-Instruct"
                           << "meta-llama/Llama-3.3-70B-Instruct"
                           << "preferred"
                           << "" << false;
    QTest::addRow("cheapest") << "gpt-4o:cheapest"
                              << "gpt-4o"
                              << "cheapest"
                              << "" << true;
    QTest::addRow("fastest any case") << "gpt-4o:FASTEST"
                                      << "gpt-4o"
                                      << "fastest"
                                      << "" << true;
    QTest::addRow("weighted") << "m:weighted"
                              << "m"
                              << "weighted"
                              << "" << true;
    QTest::addRow("preferred") << "m:preferred"
                               << "m"
                               << "preferred"
                               << "" << true;
    QTest::addRow("provider") << "meta-llama/Llama-3.3-70B-Instruct:groq"
                              << "meta-llama/Llama-3.3-70B-Instruct"
                              << "pinned"
                              << "groq" << true;
    QTest::addRow("hf provider name") << "deepseek-ai/DeepSeek-R1:fireworks-ai"
                                      << "deepseek-ai/DeepSeek-R1"
                                      << "pinned"
                                      << "fireworks" << true;
    QTest::addRow("ollama tag stays") << "llama3:8b"
                                      << "llama3:8b"
                                      << "preferred"
                                      << "" << false;
    QTest::addRow("tag then provider") << "llama3:8b:groq"
                                       << "llama3:8b"
                                       << "pinned"
                                       << "groq" << true;
    QTest::addRow("trailing colon") << "m:"
                                    << "m:"
                                    << "preferred"
                                    << "" << false;
    QTest::addRow("spaces trimmed") << "  gpt-4o:cheapest "
                                    << "gpt-4o"
                                    << "cheapest"
                                    << "" << true;
}

void TestPolicies::modelIdsAreNotSplit()
{
    // A whole name that is itself a model id keeps its colon, even when the tail names a policy.
    ModelSpecContext context;
    context.providerIds = { "groq" };
    context.isModelId = [](const QString &id) { return id == QLatin1String("odd:cheapest"); };
    const ModelSpec s = sb::parseModelSpec(QStringLiteral("odd:cheapest"), context);
    QCOMPARE(s.model, QStringLiteral("odd:cheapest"));
    QVERIFY(!s.explicitPolicy);
    // An unknown tail is reported, not swallowed.
    const ModelSpec t = sb::parseModelSpec(QStringLiteral("m:nosuch"), context);
    QCOMPARE(t.model, QStringLiteral("m:nosuch"));
    QCOMPARE(t.unknownSuffix, QStringLiteral("nosuch"));
}

void TestPolicies::policyNamesComeFromOneTable()
{
    QCOMPARE(policyNames(), (QStringList { "cheapest", "fastest", "preferred", "weighted" }));
    for (const QString &name : policyNames())
        QCOMPARE(policyKindName(*policyKindFromName(name)), name);
    QVERIFY(!policyKindFromName(QStringLiteral("pinned")));
    QVERIFY(isReservedRouteWord(QStringLiteral("Pinned")));
    QVERIFY(!isReservedRouteWord(QStringLiteral("groq")));
}

void TestPolicies::parseModelSpec()
{
    QFETCH(QString, requested);
    QFETCH(QString, model);
    QFETCH(QString, policy);
    QFETCH(QString, pinned);
    QFETCH(bool, explicitPolicy);
    const ModelSpec s = sb::parseModelSpec(
        requested, { { "groq", "openai", "fireworks", "hf" }, {}, PolicyKind::Preferred });
    QCOMPARE(s.model, model);
    QCOMPARE(policyKindName(s.policy), policy);
    QCOMPARE(s.pinnedProvider, pinned);
    QCOMPARE(s.explicitPolicy, explicitPolicy);
}

void TestPolicies::cheapest_data()
{
    QTest::addColumn<QStringList>("providers");
    QTest::addColumn<int>("promptChars");
    QTest::addColumn<int>("maxTokens");
    QTest::addColumn<QStringList>("expected");
    // A prompt-heavy request favours cheap input; an output-heavy one cheap output.
    QTest::addRow("prompt heavy") << QStringList { "a=1/1", "b=0.1/5", "c=0.5/0.5" } << 300000 << 10
                                  << QStringList { "b", "c", "a" };
    QTest::addRow("output heavy") << QStringList { "a=1/1", "b=0.1/5", "c=0.5/0.5" } << 40 << 4000
                                  << QStringList { "c", "a", "b" };
    QTest::addRow("ties keep catalog order")
        << QStringList { "x=1/1", "y=1/1", "z=0/0" } << 100 << 100 << QStringList { "z", "x", "y" };
    QTest::addRow("unset max_tokens prices a typical completion")
        << QStringList { "a=0.2/2", "b=0.9/0.9" } << 400 << 0 << QStringList { "b", "a" };
}

void TestPolicies::cheapest()
{
    QFETCH(QStringList, providers);
    QFETCH(int, promptChars);
    QFETCH(int, maxTokens);
    QFETCH(QStringList, expected);
    Fixture f(providers, promptChars, maxTokens);
    SeededRandom rng;
    QCOMPARE(f.rank(PolicyKind::Cheapest, rng), expected);
}

void TestPolicies::fastest_data()
{
    QTest::addColumn<QStringList>("measured"); // "provider=ttftMs/tokensPerSec"
    QTest::addColumn<QString>("rng");
    QTest::addColumn<QStringList>("expected");
    const QStringList three { "a=1/1", "b=2/2", "c=3/3", "d=4/4" };
    // 500 output tokens: a 200 ms + 10 s; b 800 ms + 2.5 s; c 100 ms + 5 s.
    QTest::addRow("throughput beats ttft") << QStringList { "a=200/50", "b=800/200", "c=100/100" } << "0.9"
                                           << QStringList { "b", "c", "a", "d" };
    QTest::addRow("explore untried (rng < eps)") << QStringList { "a=200/50", "b=800/200", "c=100/100" }
                                                 << "0.05,0.0" << QStringList { "d", "b", "c", "a" };
    QTest::addRow("no exploration at eps") << QStringList { "a=200/50", "b=800/200", "c=100/100" } << "0.1"
                                           << QStringList { "b", "c", "a", "d" };
    QTest::addRow("nothing measured: cheapest")
        << QStringList {} << "0.0" << QStringList { "a", "b", "c", "d" };
    QTest::addRow("explore picks among untried")
        << QStringList { "c=100/100" } << "0.01,0.5" << QStringList { "b", "c", "a", "d" };
    QTest::addRow("ttft only when tps unknown") << QStringList { "a=300/0", "b=200/0", "c=100/0", "d=400/0" }
                                                << "0.5" << QStringList { "c", "b", "a", "d" };
}

void TestPolicies::fastest()
{
    QFETCH(QStringList, measured);
    QFETCH(QString, rng);
    QFETCH(QStringList, expected);
    Fixture f({ "a=1/1", "b=2/2", "c=3/3", "d=4/4" }, 40, 500, PolicyKind::Fastest);
    for (const QString &m : measured) {
        const QStringList v = m.section('=', 1).split('/');
        f.stats.record(m.section('=', 0, 0), QStringLiteral("m"), v[0].toDouble(), v[1].toDouble());
    }
    ScriptedRandom r(doubles(rng));
    QCOMPARE(f.rank(PolicyKind::Fastest, r), expected);
}

void TestPolicies::preferred_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("user order") << QStringList { "c", "a", "b" } << QStringList { "c", "a", "b" };
    QTest::addRow("unlisted follow, cheapest first") << QStringList { "b" } << QStringList { "b", "c", "a" };
    QTest::addRow("unknown names ignored") << QStringList { "zzz", "a" } << QStringList { "a", "c", "b" };
    QTest::addRow("empty is cheapest") << QStringList {} << QStringList { "c", "a", "b" };
}

void TestPolicies::preferred()
{
    QFETCH(QStringList, order);
    QFETCH(QStringList, expected);
    Fixture f({ "a=2/2", "b=3/3", "c=1/1" }, 40, 100, PolicyKind::Preferred);
    SeededRandom rng;
    QCOMPARE(f.rank(PolicyKind::Preferred, rng, order), expected);
}

void TestPolicies::weighted_data()
{
    QTest::addColumn<QStringList>("providers");
    QTest::addColumn<QString>("rng");
    QTest::addColumn<QStringList>("expected");
    // Weights 1, 3, 0, 6 (total 10): draws 0.05 -> a, 0.2 -> b, 0.5 -> d; d is then drawn from
    // the rest by the next numbers; 0-weight c always last.
    const QStringList p { "a=1/1/1", "b=1/1/3", "c=1/1/0", "d=1/1/6" };
    QTest::addRow("first a") << p << "0.05,0.0,0.0" << QStringList { "a", "b", "d", "c" };
    QTest::addRow("first b") << p << "0.2,0.99,0.0" << QStringList { "b", "d", "a", "c" };
    QTest::addRow("first d") << p << "0.5,0.5,0.0" << QStringList { "d", "b", "a", "c" };
}

void TestPolicies::weighted()
{
    QFETCH(QStringList, providers);
    QFETCH(QString, rng);
    QFETCH(QStringList, expected);
    Fixture f(providers, 40, 100, PolicyKind::Weighted);
    ScriptedRandom r(doubles(rng));
    QCOMPARE(f.rank(PolicyKind::Weighted, r), expected);
    // Over many draws the first choice follows the weights.
    SeededRandom seeded(7);
    QHash<QString, int> firsts;
    for (int i = 0; i < 10000; ++i)
        ++firsts[f.rank(PolicyKind::Weighted, seeded).first()];
    QCOMPARE(firsts.value("c"), 0);
    QVERIFY(qAbs(firsts.value("d") / 10000.0 - 0.6) < 0.03);
    QVERIFY(qAbs(firsts.value("a") / 10000.0 - 0.1) < 0.03);
}

void TestPolicies::pinned()
{
    Fixture f({ "a=1/1", "b=2/2", "c=3/3" }, 40, 100);
    SeededRandom rng;
    QCOMPARE(f.rank(PolicyKind::Pinned, rng, {}, "b"), QStringList { "b" });
    QCOMPARE(f.rank(PolicyKind::Pinned, rng, {}, "nobody"), QStringList {});
    QVERIFY(!makeRoutingPolicy(PolicyKind::Pinned)->allowsFailover());
    QVERIFY(makeRoutingPolicy(PolicyKind::Cheapest)->allowsFailover());
    // The filter only considers the pinned provider: others are neither candidates nor exclusions.
    Catalog cat = makeCatalog({ "a=1/1", "b=2/2" });
    ModelSpec spec { QStringLiteral("m"), PolicyKind::Pinned, QStringLiteral("b"), true };
    ChatRequest req = makeRequest(10, 10);
    FilterInputs in;
    in.catalog = &cat;
    in.spec = &spec;
    in.request = &req;
    const FilterResult r = filterCandidates(in);
    QCOMPARE(ids(r.candidates), QStringList { "b" });
    QVERIFY(r.exclusions.isEmpty());
}

void TestPolicies::sameInputsSameChoice()
{
    Fixture f({ "a=1/1/1", "b=2/2/2", "c=3/3/3", "d=4/4/4" }, 40, 100);
    f.stats.record("a", "m", 100, 10);
    for (PolicyKind k :
        { PolicyKind::Cheapest, PolicyKind::Fastest, PolicyKind::Preferred, PolicyKind::Weighted }) {
        SeededRandom r1(42), r2(42);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(f.rank(k, r1, { "d" }), f.rank(k, r2, { "d" }));
    }
}

void TestPolicies::filterRecordsEveryExclusion()
{
    // ok: fine; off: disabled; nokey: no key; hot: cooling down; small: context 1000; pricey:
    // its worst case is over the groq-style per-provider budget.
    Catalog cat = makeCatalog(
        { "ok=1/1", "off=1/1", "nokey=1/1", "hot=1/1", "small=1/1/1/1000", "pricey=100/100", "bad=1/1" });
    cat.provider("off")->enabled = false;
    ManualClock clock(1'773'230'400'000);
    HealthTracker health(&clock);
    health.recordFailure("hot", "rate_limited", true, 30'000);
    health.setKeyRejected("bad", true);
    class NoSpend final : public SpendSource {
    public:
        Outcome<double> spend(qint64, qint64, const QString &) const override { return 0.0; }
    } spend;
    BudgetManager budgets(&spend, &clock);
    budgets.setLimits({ { QStringLiteral("pricey"), BudgetPeriod::Daily, 0.01, 0.8 } });
    ModelSpec spec { QStringLiteral("m"), PolicyKind::Cheapest, {}, false };
    ChatRequest req = makeRequest(4000, 200); // ~1007 prompt tokens + 200
    FilterInputs in;
    in.catalog = &cat;
    in.spec = &spec;
    in.request = &req;
    in.hasKey = [](const ProviderInfo &p) { return p.id != QLatin1String("nokey"); };
    in.health = &health;
    in.budgets = &budgets;
    const FilterResult r = filterCandidates(in);
    QVERIFY(r.modelKnown);
    QCOMPARE(ids(r.candidates), QStringList { "ok" });
    QStringList got;
    for (const Exclusion &e : r.exclusions)
        got << e.provider + "=" + exclusionReasonName(e.reason);
    QCOMPARE(got,
        (QStringList { "off=disabled", "nokey=no_key", "hot=cooling_down", "small=context_too_long",
            "pricey=over_budget", "bad=key_rejected" }));
    const QString text = describeExclusions(r.exclusions);
    QVERIFY2(text.contains("SWITCHBOARD_KEY_NOKEY"), qPrintable(text));
    QVERIFY2(text.contains("cooling down for 30 s"), qPrintable(text));
    QVERIFY2(text.contains("pricey daily budget"), qPrintable(text));
    QCOMPARE(r.exclusions[4].budgetHttpStatus, 402);
    // A model nobody serves is reported as unknown, not as "all excluded".
    spec.model = QStringLiteral("nope");
    QVERIFY(!filterCandidates(in).modelKnown);
}

void TestPolicies::ewmaTracksMeasurements()
{
    StatsTracker s(0.5);
    QCOMPARE(s.get("a", "m").samples, 0);
    s.record("a", "m", 100, 10);
    s.record("a", "m", 200, 30);
    const ProviderStats st = s.get("a", "M"); // model ids compare case-insensitively
    QCOMPARE(st.samples, 2);
    QCOMPARE(st.ewmaTtftMs, 150.0);
    QCOMPARE(st.ewmaTokensPerSec, 20.0);
    s.record("a", "m", 300, 0); // no throughput figure: the TTFT still counts
    QCOMPARE(s.get("a", "m").ewmaTtftMs, 225.0);
    QCOMPARE(s.get("a", "m").ewmaTokensPerSec, 20.0);
    // Another model of the same provider borrows the provider-wide figures until measured.
    QCOMPARE(s.get("a", "other").samples, 3);
    QCOMPARE(FastestPolicy::expectedMs(s.get("a", "m"), 100), 225.0 + 5000.0);
    QCOMPARE(FastestPolicy::expectedMs(ProviderStats {}, 100), -1.0);
}

QTEST_GUILESS_MAIN(TestPolicies)
#include "TestPolicies.moc"
