#include "router/keys/KeyStore.h"
#include "router/keys/Redact.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sb;

class TestKeys : public QObject {
    Q_OBJECT
private slots:
    void inMemoryRoundTrip();
    void deferredStoreAnswersLater();
    void environmentWins();
    void redaction_data();
    void redaction();
};

void TestKeys::inMemoryRoundTrip()
{
    InMemoryKeyStore store;
    std::optional<QString> got = QStringLiteral("unset");
    store.readKey("groq", [&](std::optional<QString> k, QString) { got = k; });
    QVERIFY(!got.has_value());
    bool ok = false;
    store.writeKey("groq", "gsk_secret", [&](bool r, QString) { ok = r; });
    QVERIFY(ok);
    store.readKey("groq", [&](std::optional<QString> k, QString) { got = k; });
    QCOMPARE(got.value_or(QString()), QStringLiteral("gsk_secret"));
    store.removeKey("groq", {});
    store.readKey("groq", [&](std::optional<QString> k, QString) { got = k; });
    QVERIFY(!got.has_value());
}

void TestKeys::deferredStoreAnswersLater()
{
    InMemoryKeyStore store(true);
    store.writeKey("openai", "sk-x", {});
    bool answered = false;
    store.readKey("openai", [&](std::optional<QString> k, QString) { answered = k.has_value(); });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

void TestKeys::environmentWins()
{
    QCOMPARE(
        EnvironmentKeyStore::variableFor("together-ai.v2"), QStringLiteral("SWITCHBOARD_KEY_TOGETHER_AI_V2"));
    InMemoryKeyStore inner;
    inner.writeKey("groq", "from-keychain", {});
    inner.writeKey("openai", "from-keychain", {});
    EnvironmentKeyStore store(&inner);
    qputenv("SWITCHBOARD_KEY_GROQ", "from-env");
    QString g, o;
    store.readKey("groq", [&](std::optional<QString> k, QString) { g = k.value_or(QString()); });
    store.readKey("openai", [&](std::optional<QString> k, QString) { o = k.value_or(QString()); });
    qunsetenv("SWITCHBOARD_KEY_GROQ");
    QCOMPARE(g, QStringLiteral("from-env"));
    QCOMPARE(o, QStringLiteral("from-keychain"));
    EnvironmentKeyStore bare(nullptr);
    bool ok = true;
    QString err;
    bare.writeKey("groq", "x", [&](bool r, QString e) {
        ok = r;
        err = e;
    });
    QVERIFY(!ok);
    QVERIFY(!err.isEmpty());
}

void TestKeys::redaction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("mustNotContain");
    QTest::addRow("known key anywhere") << "upstream said: invalid key abc123XYZ for you"
                                        << "abc123XYZ"
                                        << "abc123XYZ";
    QTest::addRow("bearer header") << "sent Authorization: Bearer tok_live_123456 to host"
                                   << ""
                                   << "tok_live_123456";
    QTest::addRow("x-api-key") << "headers {x-api-key: \"ant-999888777\"}"
                               << ""
                               << "ant-999888777";
    QTest::addRow("goog key") << "x-goog-api-key=AIzaSyD-1234567890"
                              << ""
                              << "AIzaSyD-1234567890";
    QTest::addRow("url key") << "GET https://g.test/v1beta/models?alt=sse&key=AIzaXYZ123 failed"
                             << ""
                             << "AIzaXYZ123";
    QTest::addRow("openai-style") << "Incorrect API key provided: sk-proj-abcdefghijklmnop."
                                  << ""
                                  << "sk-proj-abcdefghijklmnop";
    QTest::addRow("hf token") << "token hf_AbCdEfGhIjKlMnOp is invalid"
                              << ""
                              << "hf_AbCdEfGhIjKlMnOp";
    QTest::addRow("json api_key") << R"({"api_key":"s3cr3t-value"})"
                                  << ""
                                  << "s3cr3t-value";
}

void TestKeys::redaction()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, mustNotContain);
    const QString out = redactSecrets(text, secret.isEmpty() ? QStringList {} : QStringList { secret });
    QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String(kRedacted)), qPrintable(out));
    QCOMPARE(redactSecrets(QStringLiteral("rate limited, retry in 3 s"), { "abc" }),
        QStringLiteral("rate limited, retry in 3 s"));
}

QTEST_GUILESS_MAIN(TestKeys)
#include "TestKeys.moc"
