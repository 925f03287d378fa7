// The Hugging Face router's model list (fixture written from the public documentation's shape),
// the catalog cache, and the layers built-in < live cache < the user's providers.json.

#include "FakeHubRouter.h"

#include "router/catalog/CatalogCache.h"
#include "router/catalog/HubModelList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;
using sb::test::FakeHubRouter;

namespace {

const QDateTime kFetched = QDateTime::fromString(QStringLiteral("2026-12-08T01:00:00Z"), Qt::ISODate);

QJsonArray cachedModels(const QByteArray &body)
{
    QJsonArray out;
    const QVector<HubModel> models = parseHubModelList(body, kFetched).value();
    for (const HubModel &m : models)
        if (auto e = hubModelEntry(m, kFetched)) {
            ProviderInfo carrier;
            carrier.models = { *e };
            out.append(Catalog::providerToJson(carrier).value("models").toArray().first());
        }
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestHubCatalog : public QObject {
    Q_OBJECT
private slots:
    void parsesTheDocumentedShape();
    void entryReservesTheHighestLivePrice();
    void modelWithoutAnyPriceIsNotRouted();
    void malformedListsAreErrors_data();
    void malformedListsAreErrors();
    void layersBuiltinCacheUser();
    void providerListMarksUnlistedModels();
    void brokenCacheFallsBackToBuiltin();
    void staleAfterSevenDays();
    void cacheRoundTrip();
};

void TestHubCatalog::parsesTheDocumentedShape()
{
    const auto models = parseHubModelList(FakeHubRouter::fixture(), kFetched);
    QVERIFY2(models.ok(), qPrintable(models.error()));
    QCOMPARE(models->size(), 4);
    const HubModel &oss = models->at(0);
    QCOMPARE(oss.id, QStringLiteral("openai/gpt-oss-120b"));
    QCOMPARE(oss.routes.size(), 4);
    QCOMPARE(oss.routes[0].provider, QStringLiteral("cerebras"));
    QCOMPARE(oss.routes[0].contextWindow, qint64(131072));
    QCOMPARE(oss.routes[0].price.inputPerMTok, 0.25);
    QCOMPARE(oss.routes[0].price.outputPerMTok, 0.69);
    QCOMPARE(oss.routes[0].supportsTools, std::optional<bool>(true));
    QCOMPARE(oss.routes[0].supportsStructuredOutput, std::optional<bool>(false));
    QCOMPARE(oss.routes[0].throughput, 1650.4);
    QCOMPARE(oss.routes[0].price.source, PriceSource::Live);
    QCOMPARE(oss.routes[0].price.fetchedAt, kFetched);
    QVERIFY(!oss.routes[3].priceListed); // fireworks-ai lists no pricing
    QCOMPARE(models->at(1).routes[2].status, QStringLiteral("error"));
    QVERIFY(!models->at(1).routes[2].isLive());
    QCOMPARE(catalogIdForHubProvider(QStringLiteral("fireworks-ai")), QStringLiteral("fireworks"));
}

void TestHubCatalog::entryReservesTheHighestLivePrice()
{
    const auto models = parseHubModelList(FakeHubRouter::fixture(), kFetched).value();
    const auto oss = hubModelEntry(models[0], kFetched);
    QVERIFY(oss);
    QCOMPARE(oss->price.inputPerMTok, 0.25); // cerebras
    QCOMPARE(oss->price.outputPerMTok, 0.75); // groq
    QCOMPARE(oss->contextWindow, qint64(131072));
    QCOMPARE(oss->supportsTools, std::optional<bool>(true));
    // A route listed without a price is priced at the highest listed one, never at 0.
    QCOMPARE(oss->routes[3].price.inputPerMTok, 0.25);
    QCOMPARE(oss->routes[3].price.outputPerMTok, 0.75);
    // The error route does not count: hyperbolic's window and price are ignored.
    const auto llama = hubModelEntry(models[1], kFetched);
    QCOMPARE(llama->price.inputPerMTok, 0.59);
    QCOMPARE(llama->supportsStructuredOutput, std::optional<bool>(false));
}

void TestHubCatalog::modelWithoutAnyPriceIsNotRouted()
{
    const auto models = parseHubModelList(FakeHubRouter::fixture(), kFetched).value();
    QVERIFY(!hubModelEntry(models[3], kFetched)); // example-org/Unpriced-7B
    QVERIFY(hubModelEntry(models[2], kFetched)); // DeepSeek-R1: together is live and priced
}

void TestHubCatalog::malformedListsAreErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    const QByteArray full = FakeHubRouter::fixture();
    QTest::addRow("cut short") << full.left(full.size() / 2) << "not valid JSON";
    QTest::addRow("html error page") << QByteArray("<html>502 Bad Gateway</html>") << "not valid JSON";
    QTest::addRow("no data") << QByteArray(R"({"object":"list"})") << "no 'data' array";
    QTest::addRow("model without id") << QByteArray(R"({"data":[{"providers":[]}]})") << "has no 'id'";
    QTest::addRow("providers not a list")
        << QByteArray(R"({"data":[{"id":"a","providers":{}}]})") << "'providers' must be an array";
    QTest::addRow("provider without name")
        << QByteArray(R"({"data":[{"id":"a","providers":[{"status":"live"}]}]})") << "has no 'provider'";
}

void TestHubCatalog::malformedListsAreErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    const auto parsed = parseHubModelList(body, kFetched);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(says), qPrintable(parsed.error()));
}

void TestHubCatalog::layersBuiltinCacheUser()
{
    QTemporaryDir dir;
    CatalogCache cache;
    CachedListing hub;
    hub.fetchedAt = kFetched;
    hub.list = QStringLiteral("hub");
    hub.models = cachedModels(FakeHubRouter::fixture());
    cache.setListing(QStringLiteral("hf"), hub);
    QVERIFY(cache.write(dir.filePath("catalog-cache.json")).ok());
    // The user prices one Hub model themselves.
    writeFile(dir.filePath("providers.json"), R"({"providers": [{"id": "hf", "models": [
        {"id": "deepseek-ai/DeepSeek-R1", "input_per_mtok": 1.0, "output_per_mtok": 2.0}]}]})");

    const LayeredCatalog l
        = loadLayeredCatalog(dir.filePath("providers.json"), dir.filePath("catalog-cache.json"));
    QVERIFY2(l.problems.isEmpty(), qPrintable(l.problems.join('\n')));
    QCOMPARE(l.liveFetchedAt, kFetched);
    const ProviderInfo *hf = l.catalog.provider("hf");
    QVERIFY(hf);
    QCOMPARE(hf->liveFetchedAt, kFetched);
    // New from the live list.
    const ModelEntry *oss = hf->model("openai/gpt-oss-120b");
    QVERIFY(oss);
    QCOMPARE(oss->price.source, PriceSource::Live);
    QCOMPARE(oss->price.fetchedAt, kFetched);
    QCOMPARE(oss->routes.size(), 4);
    // In the built-in catalog too: the live price replaces the built-in one, the wire id stays.
    const ModelEntry *llama = hf->model("meta-llama/Llama-3.3-70B-Instruct");
    QCOMPARE(llama->price.source, PriceSource::Live);
    QCOMPARE(llama->price.inputPerMTok, 0.59);
    QCOMPARE(llama->providerModelId, QStringLiteral("meta-llama/Llama-3.3-70B-Instruct"));
    // The user's price wins over the live one and says so.
    const ModelEntry *r1 = hf->model("deepseek-ai/DeepSeek-R1");
    QCOMPARE(r1->price.source, PriceSource::User);
    QCOMPARE(r1->price.inputPerMTok, 1.0);
    QVERIFY(r1->routes.isEmpty());
    // Untouched by the sync: built-in.
    QCOMPARE(hf->model("meta-llama/Llama-3.1-8B-Instruct")->price.source, PriceSource::Builtin);
    QCOMPARE(l.catalog.provider("groq")->models.first().price.source, PriceSource::Builtin);
    QVERIFY(!hf->model("example-org/Unpriced-7B")); // no price anywhere: not routed
    QVERIFY(l.catalog.pinnableNames().contains("nscale"));
}

void TestHubCatalog::providerListMarksUnlistedModels()
{
    QTemporaryDir dir;
    CatalogCache cache;
    CachedListing groq;
    groq.fetchedAt = kFetched;
    groq.list = QStringLiteral("openai");
    const Catalog builtin = Catalog::loadBuiltin().value();
    const ProviderInfo *builtinGroq = builtin.provider("groq");
    for (qsizetype i = 1; i < builtinGroq->models.size(); ++i) // the first one is gone
        groq.modelIds << builtinGroq->models[i].providerModelId;
    cache.setListing(QStringLiteral("groq"), groq);
    CachedListing custom;
    custom.fetchedAt = kFetched;
    custom.list = QStringLiteral("openai");
    custom.modelIds = QStringList { "qwen3:8b" };
    cache.setListing(QStringLiteral("custom"), custom);
    QVERIFY(cache.write(dir.filePath("cache.json")).ok());
    const LayeredCatalog l = loadLayeredCatalog(QString(), dir.filePath("cache.json"));
    QVERIFY2(l.problems.isEmpty(), qPrintable(l.problems.join('\n')));
    const ProviderInfo *g = l.catalog.provider("groq");
    QVERIFY(!g->models[0].listed);
    QVERIFY(g->models[1].listed);
    QCOMPARE(g->liveFetchedAt, kFetched);
    // A custom endpoint serves what it lists, at cost 0.
    const ModelEntry *qwen = l.catalog.provider("custom")->model("qwen3:8b");
    QVERIFY(qwen);
    QCOMPARE(qwen->price.outputPerMTok, 0.0);
}

void TestHubCatalog::brokenCacheFallsBackToBuiltin()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("cache.json"), "{\"providers\": {\"hf\": ");
    const LayeredCatalog l = loadLayeredCatalog(QString(), dir.filePath("cache.json"));
    QCOMPARE(l.problems.size(), 1);
    QVERIFY2(l.problems.first().contains(dir.filePath("cache.json")), qPrintable(l.problems.first()));
    const Catalog builtin = Catalog::loadBuiltin().value();
    QCOMPARE(l.catalog.provider("hf")->models.size(), builtin.provider("hf")->models.size());
    QVERIFY(!l.liveFetchedAt.isValid());
}

void TestHubCatalog::staleAfterSevenDays()
{
    const QDateTime now = kFetched.addDays(3);
    ModelPrice live;
    live.source = PriceSource::Live;
    live.fetchedAt = kFetched;
    QCOMPARE(priceAgeSeconds(live, now), qint64(3 * 86400));
    QVERIFY(!priceIsStale(live, now));
    QVERIFY(priceIsStale(live, kFetched.addDays(8)));
    ModelPrice builtin;
    builtin.priceDate = QDate(2025, 7, 1);
    QVERIFY(priceIsStale(builtin, now));
    ModelPrice user = builtin;
    user.source = PriceSource::User;
    QVERIFY(!priceIsStale(user, now)); // the user's own price is theirs to keep
}

void TestHubCatalog::cacheRoundTrip()
{
    QTemporaryDir dir;
    CatalogCache cache;
    CachedListing hub;
    hub.fetchedAt = kFetched;
    hub.list = QStringLiteral("hub");
    hub.models = cachedModels(FakeHubRouter::fixture());
    hub.unpriced = 1;
    cache.setListing(QStringLiteral("hf"), hub);
    QVERIFY(cache.write(dir.filePath("c.json")).ok());
    const auto read = CatalogCache::read(dir.filePath("c.json"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->listings().value("hf").models, hub.models);
    QCOMPARE(read->listings().value("hf").unpriced, 1);
    QCOMPARE(read->oldestFetch(), kFetched);
    QVERIFY(CatalogCache::read(dir.filePath("missing.json"))->isEmpty());
}

QTEST_GUILESS_MAIN(TestHubCatalog)
#include "TestHubCatalog.moc"
