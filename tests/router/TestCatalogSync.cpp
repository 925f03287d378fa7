// Syncing the catalog from a fake Hugging Face router and a fake OpenAI-compatible /models on
// 127.0.0.1: the cache is written with its fetch time, a failed source keeps the previous cache,
// a list of 5,000 models loads, and the Router picks up the synced catalog in the background.

#include "FakeHubRouter.h"

#include "router/catalog/CatalogSync.h"
#include "router/core/CatalogRefresher.h"
#include "router/core/Router.h"
#include "router/keys/KeyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;
using sb::test::FakeHubRouter;

class TestCatalogSync : public QObject {
    Q_OBJECT
private slots:
    void init();
    void syncWritesTheCacheWithItsFetchTime();
    void failedSourceKeepsThePreviousCache_data();
    void failedSourceKeepsThePreviousCache();
    void fiveThousandModels();
    void openAiModelsOfACustomEndpoint();
    void keyOnlyToItsProviderAndMissingKeySkips();
    void refresherSwapsTheRoutersCatalog();
    void dueAfterADay();

private:
    // The user file points the HF provider (and a keyless custom endpoint) at the fakes.
    Catalog catalog(bool withCustom = false);
    CatalogSyncReport sync(const Catalog &cat, const QStringList &only = { "hf" }, KeyStore *keys = nullptr);
    QString userPath() const { return m_dir->filePath("providers.json"); }
    QString cachePath() const { return m_dir->filePath("catalog-cache.json"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHubRouter> m_hub;
    std::unique_ptr<FakeHubRouter> m_custom;
    QNetworkAccessManager m_nam;
};

void TestCatalogSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_hub = std::make_unique<FakeHubRouter>();
    m_custom = std::make_unique<FakeHubRouter>();
    QVERIFY(m_hub->start() && m_custom->start());
    m_hub->setBody("/v1/models", FakeHubRouter::fixture());
    QFile f(userPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject { { "providers",
                              QJsonArray { QJsonObject { { "id", "hf" }, { "base_url", m_hub->baseUrl() } },
                                  QJsonObject { { "id", "custom" }, { "base_url", m_custom->baseUrl() },
                                      { "enabled", true } } } } })
                .toJson());
}

Catalog TestCatalogSync::catalog(bool)
{
    LayeredCatalog l = loadLayeredCatalog(userPath(), cachePath());
    if (!l.problems.isEmpty())
        qWarning("%s", qPrintable(l.problems.join('\n')));
    return l.catalog;
}

CatalogSyncReport TestCatalogSync::sync(const Catalog &cat, const QStringList &only, KeyStore *keys)
{
    CatalogSync s(&m_nam);
    QSignalSpy done(&s, &CatalogSync::finished);
    CatalogSyncOptions o;
    o.cachePath = cachePath();
    o.onlyProviders = only;
    o.keys = keys;
    o.timeoutMs = 10000;
    if (!s.start(cat, o))
        return {};
    if (!done.wait(30000))
        return {};
    return done.first().first().value<CatalogSyncReport>();
}

void TestCatalogSync::syncWritesTheCacheWithItsFetchTime()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const CatalogSyncReport r = sync(catalog());
    QVERIFY2(r.ok, qPrintable(r.errors.join('\n')));
    QCOMPARE(r.synced, QStringList { "hf" });
    QCOMPARE(r.hubModels, 3);
    QCOMPARE(r.hubUnpriced, 1);
    QCOMPARE(m_hub->requestCount(), 1);
    const auto cache = CatalogCache::read(cachePath());
    QVERIFY2(cache.ok(), qPrintable(cache.error()));
    const QDateTime fetched = cache->listings().value("hf").fetchedAt;
    QVERIFY(fetched >= before && fetched <= QDateTime::currentDateTimeUtc());
    const Catalog synced = catalog();
    const ModelEntry *oss = synced.provider("hf")->model("openai/gpt-oss-120b");
    QVERIFY(oss);
    QCOMPARE(oss->price.source, PriceSource::Live);
    QCOMPARE(oss->price.fetchedAt.toSecsSinceEpoch(), fetched.toSecsSinceEpoch());
}

void TestCatalogSync::failedSourceKeepsThePreviousCache_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("cutShort");
    QTest::addColumn<QString>("says");
    QTest::addRow("malformed") << QByteArray("{\"object\": \"list\", \"data\": [{\"id\": ") << 200 << false
                               << "not valid JSON";
    QTest::addRow("wrong shape") << QByteArray("{\"models\": []}") << 200 << false << "no 'data' array";
    QTest::addRow("partial (connection cut)") << FakeHubRouter::fixture() << 200 << true << "hf: ";
    QTest::addRow("HTTP 500") << QByteArray("{\"error\":\"boom\"}") << 500 << false << "HTTP 500";
}

void TestCatalogSync::failedSourceKeepsThePreviousCache()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, cutShort);
    QFETCH(QString, says);
    QVERIFY(sync(catalog()).ok);
    QFile f(cachePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray previous = f.readAll();
    f.close();

    m_hub->setBody("/v1/models", body, status);
    m_hub->setCutShort(cutShort);
    const CatalogSyncReport r = sync(catalog());
    QVERIFY(!r.ok);
    QVERIFY(r.synced.isEmpty());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().contains(says), qPrintable(r.errors.first()));
    QVERIFY2(r.errors.first().startsWith("hf: "), qPrintable(r.errors.first()));
    QVERIFY(!r.cacheWritten);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), previous); // untouched
    QCOMPARE(catalog().provider("hf")->model("openai/gpt-oss-120b")->routes.size(), 4); // the cache
}

void TestCatalogSync::fiveThousandModels()
{
    m_hub->setBody("/v1/models", FakeHubRouter::generated(5000));
    const CatalogSyncReport r = sync(catalog());
    QVERIFY2(r.ok, qPrintable(r.errors.join('\n')));
    QCOMPARE(r.hubModels, 4900); // every 50th lists no price
    QCOMPARE(r.hubUnpriced, 100);
    const Catalog cat = catalog();
    const ProviderInfo *hf = cat.provider("hf");
    QVERIFY(hf->models.size() >= 4900);
    const ModelEntry *m = hf->model("ORG-7/model-7-instruct"); // case-insensitive, indexed
    QVERIFY(m);
    QCOMPARE(m->routes.size(), 2);
    QCOMPARE(m->routes[0].provider, QStringLiteral("groq"));
    QVERIFY(!hf->model("org-10/Model-50-Instruct")); // unpriced
    QVERIFY(cat.providersServing("org-39/Model-4999-Instruct").contains(hf));
}

void TestCatalogSync::openAiModelsOfACustomEndpoint()
{
    m_custom->setBody("/v1/models", R"({"object":"list","data":[{"id":"qwen3:8b"},{"id":"llama3.2:3b"}]})");
    const CatalogSyncReport r = sync(catalog(), { "custom" });
    QVERIFY2(r.ok, qPrintable(r.errors.join('\n')));
    const Catalog synced = catalog();
    const ProviderInfo *custom = synced.provider("custom");
    QVERIFY(custom->model("qwen3:8b"));
    QVERIFY(custom->model("llama3.2:3b"));
    QCOMPARE(custom->liveFetchedAt.isValid(), true);
}

void TestCatalogSync::keyOnlyToItsProviderAndMissingKeySkips()
{
    InMemoryKeyStore keys(true);
    keys.writeKey("hf", "hf_secret_0123456789", {});
    // groq needs a key for its list and has none: skipped, not an error, nothing sent.
    const CatalogSyncReport r = sync(catalog(), { "hf", "groq" }, &keys);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join('\n')));
    QCOMPARE(r.skipped, QStringList { "groq" });
    QCOMPARE(m_hub->lastAuthorization(), QByteArray("Bearer hf_secret_0123456789"));
    m_custom->setBody("/v1/models", R"({"data":[{"id":"x"}]})");
    QVERIFY(sync(catalog(), { "custom" }, &keys).ok);
    QVERIFY(m_custom->lastAuthorization().isEmpty()); // hf's key never goes elsewhere
}

void TestCatalogSync::refresherSwapsTheRoutersCatalog()
{
    ManualClock clock(0);
    SeededRandom rng(1);
    Router router(catalog(), nullptr, nullptr, nullptr, &clock, &rng);
    // Built in: a price, no routes. Synced: the HF router's four routes.
    QVERIFY(router.catalog().provider("hf")->model("openai/gpt-oss-120b")->routes.isEmpty());
    CatalogRefresher refresher(&router, nullptr, { userPath(), cachePath() },
        [](Catalog &c) { c.provider("groq")->enabled = false; });
    QSignalSpy refreshed(&refresher, &CatalogRefresher::refreshed);
    QSignalSpy changed(&router, &Router::catalogChanged);
    QVERIFY(refresher.syncNow());
    QVERIFY(!refresher.syncNow()); // one at a time
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(refreshed.first().at(1).toBool(), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(router.catalog().provider("hf")->model("openai/gpt-oss-120b")->routes.size(), 4);
    QVERIFY(!router.catalog().provider("groq")->enabled); // the app's adjustments apply
    QVERIFY(refresher.liveFetchedAt().isValid());
    // A failing sync leaves the Router's catalog alone.
    m_hub->setBody("/v1/models", "{", 200);
    QVERIFY(refresher.syncNow());
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(refreshed.last().at(1).toBool(), false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(router.catalog().provider("hf")->model("openai/gpt-oss-120b")->routes.size(), 4);
}

void TestCatalogSync::dueAfterADay()
{
    const QDateTime now = QDateTime::fromString("2026-12-08T12:00:00Z", Qt::ISODate);
    QVERIFY(CatalogSync::isDue(QDateTime(), now));
    QVERIFY(!CatalogSync::isDue(now.addSecs(-3600), now));
    QVERIFY(CatalogSync::isDue(now.addDays(-2), now));
}

QTEST_GUILESS_MAIN(TestCatalogSync)
#include "TestCatalogSync.moc"
