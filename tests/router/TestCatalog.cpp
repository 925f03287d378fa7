#include "router/catalog/Catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sb;

class TestCatalog : public QObject {
    Q_OBJECT
private slots:
    void builtinHasTheRequiredProviders();
    void builtinEntriesAreComplete();
    void invalidDocumentsNameProviderAndField_data();
    void invalidDocumentsNameProviderAndField();
    void userCopyOverridesByIdAndModel();
    void userCopyRemovesAndReplaces();
    void loadFromUserFile();
    void brokenUserFileNamesThePath();
    void upsertAndRoundTrip();
};

void TestCatalog::builtinHasTheRequiredProviders()
{
    auto cat = Catalog::loadBuiltin();
    QVERIFY2(cat.ok(), qPrintable(cat.error()));
    const QStringList ids = cat->providerIds();
    QVERIFY(ids.size() >= 18);
    for (const char *id : { "hf", "openai", "anthropic", "gemini", "mistral", "groq", "together", "fireworks",
             "cerebras", "sambanova", "nebius", "novita", "hyperbolic", "featherless", "deepinfra",
             "openrouter", "custom", "local" })
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QCOMPARE(cat->provider("anthropic")->wire, WireFormat::Anthropic);
    QCOMPARE(cat->provider("anthropic")->auth, AuthStyle::XApiKey);
    QCOMPARE(cat->provider("gemini")->wire, WireFormat::Gemini);
    QCOMPARE(cat->provider("gemini")->auth, AuthStyle::GoogApiKey);
    QCOMPARE(cat->provider("local")->wire, WireFormat::Local);
    QVERIFY(!cat->provider("local")->needsKey());
    QVERIFY(!cat->provider("custom")->needsKey());
    QVERIFY(cat->provider("groq")->needsKey());
    QCOMPARE(cat->provider("groq")->keyEnvironmentVariable(), QStringLiteral("SWITCHBOARD_KEY_GROQ"));
    // An open model is served by several providers, so routing has a choice.
    QVERIFY(cat->providersServing("meta-llama/llama-3.3-70b-instruct").size() >= 10);
    QCOMPARE(cat->provider("groq")->model("meta-llama/Llama-3.3-70B-Instruct")->providerModelId,
        QStringLiteral("llama-3.3-70b-versatile"));
}

void TestCatalog::builtinEntriesAreComplete()
{
    auto cat = Catalog::loadBuiltin();
    QVERIFY(cat.ok());
    for (const ProviderInfo &p : cat->providers()) {
        if (p.kind != ProviderKind::Custom)
            QVERIFY2(!p.models.isEmpty(), qPrintable(p.id));
        for (const ModelEntry &m : p.models) {
            const QString where = p.id + QLatin1Char('/') + m.id;
            QVERIFY2(m.price.priceDate.isValid(), qPrintable(where));
            QVERIFY2(m.contextWindow >= 8192, qPrintable(where));
            QVERIFY2(!m.providerModelId.isEmpty(), qPrintable(where));
            QVERIFY2(m.price.cachedInputPerMTok <= m.price.inputPerMTok, qPrintable(where));
        }
    }
    const ModelEntry *smol = cat->provider("local")->model("HuggingFaceTB/SmolLM3-3B");
    QVERIFY(smol);
    QCOMPARE(smol->price.inputPerMTok, 0.0);
    QCOMPARE(smol->price.outputPerMTok, 0.0);
    const ModelEntry *gpt4o = cat->provider("openai")->model("gpt-4o");
    QCOMPARE(gpt4o->price.inputPerMTok, 2.5);
    QCOMPARE(gpt4o->price.cachedInputPerMTok, 1.25);
    QCOMPARE(gpt4o->price.cacheWritePrice(), 2.5); // OpenAI: no cache-write surcharge
    QVERIFY(cat->modelIds().contains(QStringLiteral("gpt-4o")));
    // Anthropic lists its cache-write price (1.25x input for the 5-minute cache) on every model.
    for (const ModelEntry &m : cat->provider("anthropic")->models)
        QVERIFY2(m.price.cacheWritePerMTok
                && qAbs(*m.price.cacheWritePerMTok - 1.25 * m.price.inputPerMTok) < 1e-9,
            qPrintable(m.id));
}

static QByteArray doc(const QString &providerJson)
{
    return QString::fromUtf8(R"({"price_date":"2025-07-01","providers":[%1]})").arg(providerJson).toUtf8();
}

void TestCatalog::invalidDocumentsNameProviderAndField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mustMention");
    const QString ok = QString::fromUtf8(
        R"({"id":"acme","base_url":"https://api.acme.test/v1","wire":"openai","auth":"bearer","models":[%1]})");
    const QString model
        = QString::fromUtf8(R"({"id":"m1","context_window":8192,"input_per_mtok":1,"output_per_mtok":2})");
    QTest::addRow("not json") << QByteArray("{") << QStringList { "invalid JSON" };
    QTest::addRow("providers not array") << QByteArray(R"({"providers":{}})") << QStringList { "providers" };
    QTest::addRow("missing wire") << doc(R"({"id":"acme","base_url":"https://a.test","auth":"bearer"})")
                                  << QStringList { "acme", "wire" };
    QTest::addRow("bad wire") << doc(
        R"({"id":"acme","base_url":"https://a.test","wire":"grpc","auth":"bearer"})")
                              << QStringList { "acme", "wire", "grpc" };
    QTest::addRow("bad auth") << doc(
        R"({"id":"acme","base_url":"https://a.test","wire":"openai","auth":"basic"})")
                              << QStringList { "acme", "auth" };
    QTest::addRow("bad url") << doc(
        R"({"id":"acme","base_url":"ftp://a.test","wire":"openai","auth":"bearer"})")
                             << QStringList { "acme", "base_url" };
    QTest::addRow("bad id") << doc(
        R"({"id":"Acme Corp","base_url":"https://a.test","wire":"openai","auth":"bearer"})")
                            << QStringList { "Acme Corp", "id" };
    QTest::addRow("duplicate provider") << doc(ok.arg(QString()) + QLatin1Char(',') + ok.arg(QString()))
                                        << QStringList { "acme", "duplicate" };
    QTest::addRow("negative price") << doc(
        ok.arg(R"({"id":"m1","context_window":8192,"input_per_mtok":-1,"output_per_mtok":2})"))
                                    << QStringList { "acme", "m1", "input_per_mtok" };
    QTest::addRow("price is a string")
        << doc(ok.arg(R"({"id":"m1","context_window":8192,"input_per_mtok":"1","output_per_mtok":2})"))
        << QStringList { "acme", "m1", "input_per_mtok" };
    QTest::addRow("missing output price")
        << doc(ok.arg(R"({"id":"m1","context_window":8192,"input_per_mtok":1})"))
        << QStringList { "acme", "m1", "output_per_mtok" };
    QTest::addRow("missing context") << doc(ok.arg(R"({"id":"m1","input_per_mtok":1,"output_per_mtok":2})"))
                                     << QStringList { "acme", "m1", "context_window" };
    QTest::addRow("bad date") << doc(ok.arg(
        R"({"id":"m1","context_window":8192,"input_per_mtok":1,"output_per_mtok":2,"price_date":"July"})"))
                              << QStringList { "acme", "m1", "price_date", "July" };
    QTest::addRow("no date anywhere")
        << QString::fromUtf8(R"({"providers":[%1]})").arg(ok.arg(model)).toUtf8()
        << QStringList { "acme", "m1", "price_date" };
    QTest::addRow("duplicate model") << doc(ok.arg(model + QLatin1Char(',') + model))
                                     << QStringList { "acme", "m1", "duplicate" };
    QTest::addRow("currency") << QByteArray(R"({"currency":"EUR","providers":[]})")
                              << QStringList { "currency" };
}

void TestCatalog::invalidDocumentsNameProviderAndField()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mustMention);
    auto cat = Catalog::fromJson(json, QStringLiteral("test.json"));
    QVERIFY(!cat.ok());
    QVERIFY2(cat.error().startsWith(QLatin1String("test.json")), qPrintable(cat.error()));
    for (const QString &word : mustMention)
        QVERIFY2(cat.error().contains(word), qPrintable(cat.error()));
}

void TestCatalog::userCopyOverridesByIdAndModel()
{
    auto base = QJsonDocument::fromJson(
        doc(QStringLiteral(
            R"({"id":"acme","base_url":"https://a.test/v1/","wire":"openai","auth":"bearer","models":[
             {"id":"m1","context_window":8192,"input_per_mtok":1,"output_per_mtok":2},
             {"id":"m2","context_window":8192,"input_per_mtok":3,"output_per_mtok":4}]})")))
                    .object();
    auto overlay = QJsonDocument::fromJson(QByteArray(R"({"providers":[
        {"id":"acme","enabled":false,"models":[{"id":"m1","input_per_mtok":0.5,"price_date":"2026-01-02"},
                                               {"id":"m3","context_window":4096,"input_per_mtok":9,"output_per_mtok":9}]},
        {"id":"mybox","kind":"custom","base_url":"http://127.0.0.1:11434/v1","wire":"openai","auth":"none",
         "models":[{"id":"llama3:8b","context_window":8192,"input_per_mtok":0,"output_per_mtok":0}]}]})"))
                       .object();
    auto cat = Catalog::fromObject(Catalog::mergeDocuments(base, overlay), QStringLiteral("merged"));
    QVERIFY2(cat.ok(), qPrintable(cat.error()));
    const ProviderInfo *acme = cat->provider("acme");
    QVERIFY(acme);
    QVERIFY(!acme->enabled);
    QCOMPARE(acme->baseUrl, QStringLiteral("https://a.test/v1")); // untouched field kept, slash trimmed
    QCOMPARE(acme->models.size(), 3);
    QCOMPARE(acme->model("m1")->price.inputPerMTok, 0.5);
    QCOMPARE(acme->model("m1")->price.outputPerMTok, 2.0);
    QCOMPARE(acme->model("m1")->price.priceDate, QDate(2026, 1, 2));
    QCOMPARE(acme->model("m2")->price.priceDate, QDate(2025, 7, 1));
    QCOMPARE(acme->model("m3")->contextWindow, 4096);
    QVERIFY(cat->provider("mybox"));
    QCOMPARE(cat->providerIds().last(), QStringLiteral("mybox"));
    QVERIFY(!cat->provider("mybox")->needsKey());
}

void TestCatalog::userCopyRemovesAndReplaces()
{
    auto base = Catalog::loadBuiltin();
    QVERIFY(base.ok());
    auto overlay = QJsonDocument::fromJson(QByteArray(R"({"providers":[
        {"id":"featherless","remove":true},
        {"id":"groq","replace_models":true,"models":[{"id":"only","context_window":1000,"input_per_mtok":1,"output_per_mtok":1}]},
        {"id":"openai","models":[{"id":"gpt-4o","remove":true}]}]})"))
                       .object();
    auto cat
        = Catalog::fromObject(Catalog::mergeDocuments(base->toJson(), overlay), QStringLiteral("merged"));
    QVERIFY2(cat.ok(), qPrintable(cat.error()));
    QVERIFY(!cat->provider("featherless"));
    QCOMPARE(cat->provider("groq")->models.size(), 1);
    QVERIFY(!cat->provider("openai")->model("gpt-4o"));
    QVERIFY(cat->provider("openai")->model("gpt-4o-mini"));
}

void TestCatalog::loadFromUserFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("providers.json");
    // Missing user file: the default alone.
    auto plain = Catalog::load(path);
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QVERIFY(plain->provider("groq")->enabled);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"providers":[{"id":"groq","enabled":false}]})");
    f.close();
    auto cat = Catalog::load(path);
    QVERIFY2(cat.ok(), qPrintable(cat.error()));
    QVERIFY(!cat->provider("groq")->enabled);
    QCOMPARE(cat->providers().size(), plain->providers().size());
}

void TestCatalog::brokenUserFileNamesThePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("providers.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"providers":[{"id":"groq","models":[{"id":"x","input_per_mtok":-3}]}]})");
    f.close();
    auto cat = Catalog::load(path);
    QVERIFY(!cat.ok());
    QVERIFY2(cat.error().contains(path), qPrintable(cat.error()));
    QVERIFY2(cat.error().contains("groq") && cat.error().contains("input_per_mtok"), qPrintable(cat.error()));
}

void TestCatalog::upsertAndRoundTrip()
{
    auto cat = Catalog::loadBuiltin();
    QVERIFY(cat.ok());
    ProviderInfo p;
    p.id = QStringLiteral("ollama");
    p.kind = ProviderKind::Custom;
    p.baseUrl = QStringLiteral("http://127.0.0.1:11434/v1");
    p.auth = AuthStyle::None;
    p.models.append(ModelEntry { QStringLiteral("qwen3:8b"), QStringLiteral("qwen3:8b"), 32768, 0,
        ModelPrice { 0, 0, 0, QDate(2026, 1, 1) } });
    QVERIFY(cat->upsertProvider(p).ok());
    QCOMPARE(cat->provider("ollama")->model("qwen3:8b")->contextWindow, 32768);
    p.baseUrl = QStringLiteral("not a url");
    auto bad = cat->upsertProvider(p);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains("ollama") && bad.error().contains("base_url"), qPrintable(bad.error()));
    QCOMPARE(cat->provider("ollama")->baseUrl, QStringLiteral("http://127.0.0.1:11434/v1"));

    auto again = Catalog::fromObject(cat->toJson(), QStringLiteral("roundtrip"));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->providerIds(), cat->providerIds());
    QCOMPARE(again->provider("anthropic")->model("claude-sonnet-4")->price.cachedInputPerMTok, 0.30);
    QCOMPARE(again->provider("anthropic")->model("claude-sonnet-4")->price.cacheWritePerMTok, 3.75);
    QVERIFY(!again->provider("openai")->model("gpt-4o")->price.cacheWritePerMTok);
    QVERIFY(cat->removeProvider("ollama"));
    QVERIFY(!cat->provider("ollama"));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "TestCatalog.moc"
