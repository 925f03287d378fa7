// Providers & Budgets with the router's in-memory KeyStore (no keychain on a headless machine):
// keys are shown masked and never reach a log; enable/disable and the order persist and reach the
// Router; budgets set here reach the Router's BudgetManager and show the ledger's spend.
#include <QtTest>

#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

#include "app/common/DataPaths.h"
#include "app/common/KeychainKeyStore.h"
#include "app/common/RouterSetup.h"
#include "app/common/Settings.h"
#include "app/gui/AppServices.h"
#include "app/gui/providers/ProvidersArea.h"
#include "router/budget/Budget.h"
#include "router/catalog/Catalog.h"
#include "router/core/Router.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"

using namespace sb;

namespace {
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}
const QString kSecret = QStringLiteral("gsk_live_SECRET_0123456789abcdefXYZ9");
} // namespace

class TestProvidersArea : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestProvidersArea"));
        QSettings().clear();
        dataPaths::setOverride(m_dir.path()); // router.json goes to this test's own folder
    }

    void areasFitANarrowWindow()
    {
        // The main window must stay resizable to 900 px wide with its 200 px sidebar.
        ProvidersArea providers;
        QVERIFY2(providers.minimumSizeHint().width() <= 690,
            qPrintable(QString::number(providers.minimumSizeHint().width())));
    }

    void masking_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("shown");
        QTest::addRow("long") << kSecret << QStringLiteral("gsk…XYZ9");
        QTest::addRow("short") << QStringLiteral("abc123") << QStringLiteral("••••••••");
        QTest::addRow("empty") << QString() << QStringLiteral("••••••••");
    }
    void masking()
    {
        QFETCH(QString, key);
        QFETCH(QString, shown);
        QCOMPARE(KeychainKeyStore::masked(key), shown);
    }

    void keyIsStoredShownMaskedAndNeverLogged()
    {
        InMemoryKeyStore keys(true);
        AppServices services(
            m_dir.filePath(QStringLiteral("l1.sqlite")), m_dir.filePath(QStringLiteral("none.json")), &keys);
        ProvidersArea area;
        area.setServices(services.setup());
        area.show();
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        area.selectProvider(QStringLiteral("groq"));
        QTRY_COMPARE(area.keyText(), QStringLiteral("Key: none stored"));
        QSignalSpy stored(&area, &ProvidersArea::keyStored);
        area.setKey(QStringLiteral("groq"), kSecret);
        QTRY_COMPARE(stored.count(), 1);
        QTRY_COMPARE(area.keyText(), QStringLiteral("Key: gsk…XYZ9"));
        std::optional<QString> read;
        keys.readKey(QStringLiteral("groq"), [&](std::optional<QString> k, QString) { read = k; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(*read, kSecret);
        // Nothing on screen shows the key.
        for (QLabel *l : area.findChildren<QLabel *>())
            QVERIFY(!l->text().contains(QStringLiteral("SECRET")));
        area.removeKey(QStringLiteral("groq"));
        QTRY_COMPARE(area.keyText(), QStringLiteral("Key: none stored"));
        qInstallMessageHandler(previous);
        for (const QString &line : g_log)
            QVERIFY2(!line.contains(QStringLiteral("SECRET")), qPrintable(line));
    }

    void keychainFailsClearlyWithoutTheKey()
    {
        // Headless: usually no Secret Service. Either it works, or it fails naming the provider and
        // the keychain, never the key.
        KeychainKeyStore store;
        bool done = false;
        QString error;
        store.writeKey(QStringLiteral("testprovider"), kSecret, [&](bool, QString e) {
            done = true;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        if (!error.isEmpty()) {
            QVERIFY2(error.contains(QStringLiteral("testprovider")), qPrintable(error));
            QVERIFY(!error.contains(QStringLiteral("SECRET")));
        } else {
            bool removed = false;
            store.removeKey(QStringLiteral("testprovider"), [&](bool, QString) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
        }
    }

    void enableAndOrderReachTheRouter()
    {
        InMemoryKeyStore keys;
        AppServices services(
            m_dir.filePath(QStringLiteral("l2.sqlite")), m_dir.filePath(QStringLiteral("none.json")), &keys);
        ProvidersArea area;
        area.setServices(services.setup());
        QListWidget *list = area.providerList();
        QVERIFY(list->count() >= 15);
        area.setProviderEnabled(QStringLiteral("together"), false);
        QVERIFY(!services.router()->catalog().provider(QStringLiteral("together"))->enabled);
        // Saved where `serve` reads it too: the user's providers.json.
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("none.json"))).exists());
        // Drag = a row move in the list's model.
        const QString first = list->item(0)->data(Qt::UserRole + 1).toString();
        QVERIFY(list->model()->moveRow({}, 0, {}, 3));
        const QStringList order = services.router()->settings().preferredOrder;
        QCOMPARE(order.size(), list->count());
        QCOMPARE(order.indexOf(first), 2);
        QCOMPARE(services.setup()->config().providerOrder, order);
        auto saved = RouterConfig::load(services.setup()->dataDir());
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved.value().providerOrder, order);
        // A new window keeps both.
        AppServices again(
            m_dir.filePath(QStringLiteral("l2.sqlite")), m_dir.filePath(QStringLiteral("none.json")), &keys);
        QVERIFY(!again.router()->catalog().provider(QStringLiteral("together"))->enabled);
        QCOMPARE(again.router()->settings().preferredOrder, order);
        area.setProviderEnabled(QStringLiteral("together"), true);
        QVERIFY(services.setup()->setProviderOrder({}));
    }

    void budgetsReachTheRouterWithSpend()
    {
        InMemoryKeyStore keys;
        const QString ledgerPath = m_dir.filePath(QStringLiteral("l3.sqlite"));
        {
            auto ledger = Ledger::open(ledgerPath);
            QVERIFY(ledger);
            AttemptRecord r;
            r.requestId = QStringLiteral("r1");
            r.startedAtMs = QDateTime::currentMSecsSinceEpoch();
            r.provider = QStringLiteral("groq");
            r.model = QStringLiteral("m");
            r.status = AttemptStatus::Ok;
            r.costUsd = 2.5;
            QVERIFY(ledger.value()->insert(r));
        }
        AppServices services(ledgerPath, m_dir.filePath(QStringLiteral("none.json")), &keys);
        ProvidersArea area;
        area.setServices(services.setup());
        BudgetLimit daily;
        daily.provider = QStringLiteral("groq");
        daily.period = BudgetPeriod::Daily;
        daily.limitUsd = 5;
        daily.warnFraction = 0.5;
        area.addBudget(daily);
        QSignalSpy changed(&area, &ProvidersArea::budgetsChanged);
        area.applyBudgets();
        QCOMPARE(changed.count(), 1);
        const QVector<BudgetLimit> limits = services.router()->budgets().limits();
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits[0].provider, QStringLiteral("groq"));
        QCOMPARE(limits[0].period, BudgetPeriod::Daily);
        QCOMPARE(limits[0].limitUsd, 5.0);
        QCOMPARE(limits[0].warnFraction, 0.5);
        const QString spent = area.budgetTable()->item(0, 4)->text();
        QVERIFY2(spent.contains(QStringLiteral("2.50")) && spent.contains(QStringLiteral("warning")),
            qPrintable(spent));
        // Persisted for the next start.
        auto saved = RouterConfig::load(services.setup()->dataDir());
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved.value().budgets.size(), 1);
        // A request whose worst case crosses the limit is refused, naming the budget.
        const BudgetDecision d = services.router()->budgets().check(QStringLiteral("groq"), 3.0);
        QVERIFY(!d.allowed());
        QVERIFY2(d.message.contains(QStringLiteral("groq daily budget")), qPrintable(d.message));
        QVERIFY(services.setup()->setBudgets({}));
    }
};

QTEST_MAIN(TestProvidersArea)
#include "TestProvidersArea.moc"
