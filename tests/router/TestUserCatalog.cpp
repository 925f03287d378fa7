// The user's providers file and custom OpenAI-compatible endpoints: the overlay merges over the
// built-in catalog, edits keep what the user wrote by hand, a malformed file is reported with its
// line and never overwritten, writes are atomic; base URLs are validated; "fetch models" reads
// GET {base}/models; and the Router routes to an endpoint like any provider.
#include "FakeProvider.h"
#include "router/catalog/CustomEndpoint.h"
#include "router/catalog/UserCatalog.h"
#include "router/core/Router.h"
#include "router/core/RouterCall.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <limits>

using namespace sb;
using sb::test::FakeBehaviour;
using sb::test::FakeProvider;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

ModelEntry model(const QString &id, double in = 0, double out = 0)
{
    ModelEntry m;
    m.id = id;
    m.price.inputPerMTok = in;
    m.price.outputPerMTok = out;
    return m;
}

} // namespace

class TestUserCatalog : public QObject {
    Q_OBJECT
private slots:
    void baseUrlValidation_data();
    void baseUrlValidation();
    void endpointIds_data();
    void endpointIds();
    void modelLists_data();
    void modelLists();
    void savedEndpointMergesOverBuiltins();
    void editsKeepTheUsersOtherEntries();
    void malformedFileFallsBackAndIsKept_data();
    void malformedFileFallsBackAndIsKept();
    void writesAreAtomic();
    void fetchModelsOverHttp();
    void routerRoutesToTheEndpoint();
};

void TestUserCatalog::baseUrlValidation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized"); // empty: refused
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("vllm") << "http://127.0.0.1:8000/v1"
                          << "http://127.0.0.1:8000/v1"
                          << "";
    QTest::addRow("trailing slashes") << " https://gpu.lan/v1// "
                                      << "https://gpu.lan/v1"
                                      << "";
    QTest::addRow("no path") << "http://localhost:1234"
                             << "http://localhost:1234"
                             << "";
    QTest::addRow("chat completions") << "http://127.0.0.1:8080/v1/chat/completions"
                                      << ""
                                      << "/chat/completions";
    QTest::addRow("chat completions slash") << "http://127.0.0.1:8080/v1/chat/completions/"
                                            << ""
                                            << "/chat/completions";
    QTest::addRow("models") << "http://127.0.0.1:8080/v1/models"
                            << ""
                            << "/models";
    QTest::addRow("ftp") << "ftp://example.com/v1"
                         << ""
                         << "http";
    QTest::addRow("no scheme") << "127.0.0.1:8000/v1"
                               << ""
                               << "http";
    QTest::addRow("empty") << "   "
                           << ""
                           << "empty";
    QTest::addRow("no host") << "http:///v1"
                             << ""
                             << "host";
    QTest::addRow("query") << "http://h/v1?x=1"
                           << ""
                           << "query";
}

void TestUserCatalog::baseUrlValidation()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QString, errorPart);
    auto r = normalizeEndpointBaseUrl(input);
    if (normalized.isEmpty()) {
        QVERIFY2(!r.ok(), qPrintable(input));
        QVERIFY2(r.error().contains(errorPart), qPrintable(r.error()));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value(), normalized);
    }
}

void TestUserCatalog::endpointIds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("id");
    QTest::addRow("plain") << "My vLLM box" << QStringList {} << "my-vllm-box";
    QTest::addRow("taken") << "Groq" << QStringList { "groq" } << "groq-2";
    QTest::addRow("taken twice") << "x" << QStringList { "x", "x-2" } << "x-3";
    QTest::addRow("symbols") << "  LM Studio (laptop)! " << QStringList {} << "lm-studio-laptop";
    QTest::addRow("empty") << "***" << QStringList {} << "endpoint";
    QTest::addRow("policy name") << "Cheapest" << QStringList {} << "cheapest-2";
}

void TestUserCatalog::endpointIds()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, id);
    QCOMPARE(customEndpointId(name, taken), id);
}

void TestUserCatalog::modelLists_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("ids"); // empty: an error
    QTest::addRow("openai") << QByteArray(
        R"({"object":"list","data":[{"id":"a","object":"model"},{"id":"b"}]})")
                            << QStringList { "a", "b" };
    QTest::addRow("models key") << QByteArray(R"({"models":[{"name":"qwen3:8b"},{"model":"llama3"}]})")
                                << QStringList { "qwen3:8b", "llama3" };
    QTest::addRow("bare array") << QByteArray(R"(["x","y","x"])") << QStringList { "x", "y" };
    QTest::addRow("not json") << QByteArray("<html>") << QStringList {};
    QTest::addRow("no data") << QByteArray(R"({"error":"nope"})") << QStringList {};
}

void TestUserCatalog::modelLists()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, ids);
    auto r = parseModelList(body);
    if (ids.isEmpty()) {
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("model list")));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value(), ids);
    }
}

void TestUserCatalog::savedEndpointMergesOverBuiltins()
{
    QTemporaryDir dir;
    UserCatalog user(dir.filePath(QStringLiteral("sub/providers.json"))); // the folder is created
    const int builtinCount = int(user.load().catalog.providers().size());
    QVERIFY(builtinCount >= 18);
    const ProviderInfo box = makeCustomEndpoint(QStringLiteral("gpu-box"), QStringLiteral("GPU box"),
        QStringLiteral("http://10.0.0.5:8000/v1"),
        { model(QStringLiteral("Qwen/Qwen3-8B"), 0.1, 0.2), model(QStringLiteral("qwen3:8b")) });
    QVERIFY(user.saveProvider(box).ok());
    UserCatalog::Loaded l = user.load();
    QVERIFY2(l.problem.isEmpty(), qPrintable(l.problem));
    QCOMPARE(l.catalog.providers().size(), builtinCount + 1);
    const ProviderInfo *p = l.catalog.provider(QStringLiteral("gpu-box"));
    QVERIFY(p);
    QCOMPARE(p->name, QStringLiteral("GPU box"));
    QCOMPARE(p->kind, ProviderKind::Custom);
    QCOMPARE(p->wire, WireFormat::OpenAI);
    QVERIFY(!p->needsKey());
    QCOMPARE(p->models.size(), 2);
    QCOMPARE(p->model(QStringLiteral("Qwen/Qwen3-8B"))->price.outputPerMTok, 0.2);
    QCOMPARE(p->model(QStringLiteral("qwen3:8b"))->contextWindow, kDefaultCustomContextWindow);
    // Catalog::load (the CLI's path) sees the same.
    auto viaLoad = Catalog::load(user.path());
    QVERIFY2(viaLoad.ok(), qPrintable(viaLoad.error()));
    QVERIFY(viaLoad->provider(QStringLiteral("gpu-box")));

    // Edit: the model list is replaced, not merged.
    ProviderInfo edited = *p;
    edited.name = QStringLiteral("GPU box 2");
    edited.models = { model(QStringLiteral("only-one")) }; // context window 0: invalid
    const QByteArray before = readAll(user.path());
    auto refused = user.saveProvider(edited);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("context_window")), qPrintable(refused.error()));
    QCOMPARE(readAll(user.path()), before);
    edited.models.first().contextWindow = 4096;
    QVERIFY(user.saveProvider(edited).ok());
    l = user.load();
    QVERIFY2(l.problem.isEmpty(), qPrintable(l.problem));
    QCOMPARE(l.catalog.provider(QStringLiteral("gpu-box"))->name, QStringLiteral("GPU box 2"));
    QCOMPARE(l.catalog.provider(QStringLiteral("gpu-box"))->models.size(), 1);
    // Remove: gone, built-ins intact.
    QVERIFY(user.removeProvider(QStringLiteral("gpu-box")).ok());
    l = user.load();
    QVERIFY(!l.catalog.provider(QStringLiteral("gpu-box")));
    QCOMPARE(l.catalog.providers().size(), builtinCount);
    // Removing a built-in writes a marker the merge understands.
    QVERIFY(user.removeProvider(QStringLiteral("featherless")).ok());
    QVERIFY(!user.load().catalog.provider(QStringLiteral("featherless")));
}

void TestUserCatalog::editsKeepTheUsersOtherEntries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    // Hand-written: a price override on groq, a top-level note.
    writeAll(path,
        R"({"note":"mine","providers":[{"id":"groq","models":[{"id":"openai/gpt-oss-20b","input_per_mtok":0.01}]}]})");
    UserCatalog user(path);
    QVERIFY(user.saveProvider(makeCustomEndpoint("lan", "LAN", "http://lan:8080/v1", { model("m") })).ok());
    QVERIFY(user.setProviderField(QStringLiteral("custom"), QStringLiteral("enabled"), true).ok());
    QVERIFY(user.setProviderField(QStringLiteral("lan"), QStringLiteral("enabled"), false).ok());
    const QJsonObject doc = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(doc.value("note").toString(), QStringLiteral("mine"));
    const QJsonArray providers = doc.value("providers").toArray();
    QCOMPARE(providers.size(), 3);
    QCOMPARE(providers[0].toObject().value("id").toString(), QStringLiteral("groq"));
    QCOMPARE(providers[0].toObject().keys(), (QStringList { "id", "models" })); // untouched
    UserCatalog::Loaded l = user.load();
    QVERIFY2(l.problem.isEmpty(), qPrintable(l.problem));
    QCOMPARE(l.catalog.provider("groq")->model("openai/gpt-oss-20b")->price.inputPerMTok, 0.01);
    QVERIFY(l.catalog.provider("custom")->enabled); // off in the built-in catalog
    QVERIFY(!l.catalog.provider("lan")->enabled);
    QCOMPARE(l.catalog.provider("lan")->models.size(), 1);
}

void TestUserCatalog::malformedFileFallsBackAndIsKept_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::addRow("missing comma") << QByteArray(
        "{\n  \"providers\": [\n    {\"id\": \"a\"}\n    {\"id\": \"b\"}\n  ]\n}\n")
                                   << "line 4";
    QTest::addRow("truncated") << QByteArray("{\"providers\": [") << "line 1";
    QTest::addRow("array at top") << QByteArray("[1, 2]") << "top level must be an object";
    QTest::addRow("bad field") << QByteArray(
        R"({"providers":[{"id":"groq","models":[{"id":"x","input_per_mtok":-3}]}]})")
                               << "input_per_mtok";
}

void TestUserCatalog::malformedFileFallsBackAndIsKept()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    writeAll(path, content);
    UserCatalog user(path);
    const UserCatalog::Loaded l = user.load();
    QVERIFY2(l.problem.contains(path), qPrintable(l.problem));
    QVERIFY2(l.problem.contains(where), qPrintable(l.problem));
    QVERIFY(l.catalog.provider(QStringLiteral("groq"))); // the built-ins
    QCOMPARE(l.catalog.providers().size(), Catalog::loadBuiltin()->providers().size());
    // Catalog::load reports the same place.
    auto viaLoad = Catalog::load(path);
    QVERIFY(!viaLoad.ok());
    QVERIFY2(viaLoad.error().contains(where), qPrintable(viaLoad.error()));
    if (!user.read().ok()) {
        // Unparseable: an edit would lose the user's file, so it is refused and the file kept.
        auto r = user.saveProvider(makeCustomEndpoint("x", "X", "http://x/v1", { model("m") }));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(path) && r.error().contains(where), qPrintable(r.error()));
    }
    QCOMPARE(readAll(path), content);
}

void TestUserCatalog::writesAreAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    UserCatalog user(path);
    QVERIFY(user.saveProvider(makeCustomEndpoint("a", "A", "http://a/v1", { model("m") })).ok());
    const QByteArray before = readAll(path);
    // Written through a temporary file renamed over the old one: no partial file and no stray
    // temporary next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("providers.json") });
    QVERIFY(QJsonDocument::fromJson(before).isObject());
    // Replaced by rename, not rewritten in place: a reader that opened the old file keeps reading
    // the old, whole document while the new one is written (an in-place write would truncate it).
    QFile reader(path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QVERIFY(user.saveProvider(makeCustomEndpoint("b", "B", "http://b/v1", { model("m") })).ok());
    QCOMPARE(reader.readAll(), before);
    QVERIFY(readAll(path) != before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("providers.json") });
    QVERIFY(user.load().catalog.provider(QStringLiteral("b")));
    QVERIFY(user.load().catalog.provider(QStringLiteral("a")));
}

void TestUserCatalog::fetchModelsOverHttp()
{
    FakeProvider fake;
    QVERIFY(fake.start());
    fake.setExpectedApiKey(QStringLiteral("sk-good"));
    QNetworkAccessManager nam;
    QObject context;
    const QString base = fake.baseUrl(QStringLiteral("openai")).toString();
    std::optional<Outcome<QStringList>> got;
    fetchModelIds(
        &nam, base, QStringLiteral("sk-good"), &context, [&](Outcome<QStringList> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(got->error()));
    QCOMPARE(got->value(), QStringList { QStringLiteral("fake-model") });
    QCOMPARE(fake.lastRequest().wireFormat, QStringLiteral("models"));

    got.reset();
    fetchModelIds(&nam, base, QStringLiteral("sk-bad-SECRET"), &context,
        [&](Outcome<QStringList> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QVERIFY2(got->error().contains(QStringLiteral("401")) && got->error().contains(base),
        qPrintable(got->error()));
    QVERIFY(!got->error().contains(QStringLiteral("SECRET")));

    got.reset();
    fetchModelIds(&nam, QStringLiteral("http://127.0.0.1:1/v1"), {}, &context,
        [&](Outcome<QStringList> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY(!got->ok());
    QVERIFY2(got->error().contains(QStringLiteral("127.0.0.1:1")), qPrintable(got->error()));
}

void TestUserCatalog::routerRoutesToTheEndpoint()
{
    FakeProvider fake;
    QVERIFY(fake.start());
    FakeBehaviour b;
    b.text = QStringLiteral("hello from the box");
    fake.setDefaultBehaviour(b);
    QTemporaryDir dir;
    UserCatalog user(dir.filePath(QStringLiteral("providers.json")));
    QVERIFY(user.saveProvider(makeCustomEndpoint(QStringLiteral("box"), QStringLiteral("Box"),
                                  fake.baseUrl(QStringLiteral("openai")).toString(),
                                  { model(QStringLiteral("fake-model")) }))
                .ok());
    auto ledger = Ledger::open(dir.filePath(QStringLiteral("ledger.sqlite")));
    QVERIFY(ledger);
    InMemoryKeyStore keys;
    QNetworkAccessManager nam;
    SeededRandom rng(1);
    Router router(user.load().catalog, ledger.value().get(), &keys, &nam, &SystemClock::instance(), &rng);
    for (const QString &requested :
        { QStringLiteral("fake-model:box"), QStringLiteral("fake-model:cheapest") }) {
        ChatRequest request;
        request.model = requested;
        request.stream = true;
        request.maxTokens = 16;
        request.messages.push_back(
            ChatMessage { QStringLiteral("user"), QStringLiteral("hi"), {}, {}, {}, {} });
        RouterCall *call = router.chat(request);
        QSignalSpy finished(call, &RouterCall::finished);
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<RouteResult>();
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(result.provider, QStringLiteral("box"));
        call->deleteLater();
    }
    QCOMPARE(fake.requestCount(), 2);
    QCOMPARE(fake.lastRequest().model, QStringLiteral("fake-model"));
    const auto rows = ledger.value()->attempts(0, std::numeric_limits<qint64>::max());
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->first().provider, QStringLiteral("box"));
    QCOMPARE(rows->first().costUsd, 0.0);
}

QTEST_GUILESS_MAIN(TestUserCatalog)
#include "TestUserCatalog.moc"
