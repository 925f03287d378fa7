// The live catalog as people meet it: the Providers area says where each price came from and how
// old it is (stale past 7 days), the Hugging Face organisation to bill is a per-provider setting
// kept in providers.json, and `switchboard-cli catalog sync|status` syncs a real endpoint's
// /models into the data folder's cache.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "MiniOpenAiServer.h"
#include "app/common/RouterSetup.h"
#include "app/gui/AppServices.h"
#include "app/gui/providers/ProvidersArea.h"
#include "router/catalog/CatalogCache.h"
#include "router/catalog/UserCatalog.h"
#include "router/core/Router.h"
#include "router/keys/KeyStore.h"

using namespace sb;

class TestCatalogProvenance : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Asynchronous, so the fake server in this process answers while the CLI runs.
    static Run run(const QStringList &args, const QString &dataDir)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SWITCHBOARD_DATA_DIR"), dataDir);
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(SB_CLI_PATH), args);
        if (!done.wait(60000))
            return {};
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestCatalogProvenance"));
        QSettings().clear();
    }

    void billToIsAPerProviderSetting()
    {
        InMemoryKeyStore keys;
        const QString userPath = m_dir.filePath("bill.json");
        AppServices services(m_dir.filePath("l.sqlite"), userPath, &keys);
        ProvidersArea area;
        area.setServices(services.setup());
        area.setBillTo(QStringLiteral("hf"), QStringLiteral(" acme-research "));
        QCOMPARE(services.router()->catalog().provider("hf")->billTo, QStringLiteral("acme-research"));
        const auto written = UserCatalog(userPath).read();
        QVERIFY(written.ok());
        QCOMPARE(written->value("providers").toArray().first().toObject().value("bill_to").toString(),
            QStringLiteral("acme-research"));
        AppServices again(m_dir.filePath("l.sqlite"), userPath, &keys);
        QCOMPARE(again.router()->catalog().provider("hf")->billTo, QStringLiteral("acme-research"));
    }

    void cliSyncsAnEndpointsModelsIntoTheCache()
    {
        test::MiniOpenAiServer server;
        QVERIFY(server.listen());
        server.models = QStringList { "qwen3:8b", "llama3.2:3b" };
        QTemporaryDir data;
        QFile user(data.filePath("providers.json"));
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write(QJsonDocument(QJsonObject { { "providers",
                                     QJsonArray { QJsonObject { { "id", "custom" }, { "enabled", true },
                                         { "base_url", server.baseUrl() } } } } })
                       .toJson());
        user.close();
        const Run sync = run({ "catalog", "sync", "--only", "custom" }, data.path());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
        QVERIFY2(sync.out.contains("synced custom"), qPrintable(sync.out));
        QVERIFY(QFile::exists(data.filePath(CatalogCache::defaultFileName())));
        const Run status = run({ "catalog", "status" }, data.path());
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("custom: 2 models, fetched"), qPrintable(status.out));
        QVERIFY2(status.out.contains("built-in"), qPrintable(status.out));

        // The endpoint goes away: the sync fails, says so, and the cache keeps the two models.
        QFile cacheFile(data.filePath(CatalogCache::defaultFileName()));
        QVERIFY(cacheFile.open(QIODevice::ReadOnly));
        const QByteArray before = cacheFile.readAll();
        cacheFile.close();
        QVERIFY(UserCatalog(data.filePath("providers.json"))
                    .setProviderField("custom", "base_url", QStringLiteral("http://127.0.0.1:9/v1")));
        const Run failed = run({ "catalog", "sync", "--only", "custom", "--timeout", "5" }, data.path());
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("custom: "), qPrintable(failed.err));
        QVERIFY(cacheFile.open(QIODevice::ReadOnly));
        QCOMPARE(cacheFile.readAll(), before);
    }

    void benchCatalogRuns()
    {
        const Run r = run({ "bench", "catalog", "--models", "300" }, m_dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains("sync (fetch, parse, cache write):"), qPrintable(r.out));
        QVERIFY2(r.out.contains("hf serves"), qPrintable(r.out));
    }
};

QTEST_MAIN(TestCatalogProvenance)
#include "TestCatalogProvenance.moc"
