// One setup for the app and the server: a budget and a provider order set in the Providers area
// (the code the GUI runs) are obeyed by a real `switchboard-cli serve` over real HTTP, because
// both build their Router with RouterSetup from the same data folder. Before RouterSetup, serve
// read neither: the budget did not bind it.

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "MiniOpenAiServer.h"
#include "app/common/DataPaths.h"
#include "app/common/RouterSetup.h"
#include "app/gui/AppServices.h"
#include "app/gui/providers/CustomEndpointDialog.h"
#include "app/gui/providers/ProvidersArea.h"
#include "router/budget/Budget.h"
#include "router/core/Router.h"
#include "router/keys/KeyStore.h"

using namespace sb;

namespace {

const QString kToken = QStringLiteral("serve-setup-token");

struct Reply {
    int status = 0;
    QByteArray provider;
    QJsonObject body;
};

// `switchboard-cli serve` on a free port with the test's data folder; killed by the destructor.
class Serve {
public:
    explicit Serve(const QString &dataDir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SWITCHBOARD_DATA_DIR"), dataDir);
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(SB_CLI_PATH),
            { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--token"), kToken, QStringLiteral("--quiet") });
    }
    ~Serve()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    // The base URL from the banner ("listening on http://127.0.0.1:PORT/v1"), empty on failure.
    QString waitForUrl()
    {
        static const QRegularExpression listening(QStringLiteral(R"(listening on (http://\S+))"));
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            seen += m_process.readAllStandardOutput();
            if (const auto m = listening.match(QString::fromUtf8(seen)); m.hasMatch())
                return m.captured(1);
        }
        qWarning().noquote() << "serve did not start:" << seen << m_process.readAllStandardError();
        return {};
    }

private:
    QProcess m_process;
};

Reply post(const QString &baseUrl, const QString &model)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(baseUrl + QStringLiteral("/chat/completions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
    const QJsonObject body { { QStringLiteral("model"), model }, { QStringLiteral("max_tokens"), 64 },
        { QStringLiteral("messages"),
            QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                { QStringLiteral("content"), QStringLiteral("Hi") } } } } };
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.provider = reply->rawHeader("x-switchboard-provider");
    out.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

CustomEndpointInput endpoint(const QString &name, const QString &baseUrl)
{
    CustomEndpointInput in;
    in.name = name;
    in.baseUrl = baseUrl;
    ModelEntry m;
    m.id = QStringLiteral("shared-model");
    m.contextWindow = 8192;
    m.price.inputPerMTok = 1000; // expensive, so that one request's worst case is over a cent
    m.price.outputPerMTok = 1000;
    in.models = { m };
    in.key = QString();
    return in;
}

} // namespace

class TestServeSetup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestServeSetup"));
        QSettings().clear();
        dataPaths::setOverride(m_dir.path());
    }

    void budgetAndOrderSetInTheAppBindServe()
    {
        test::MiniOpenAiServer a, b;
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        QString idA, idB;
        {
            // The app: two endpoints serving one model; "Box B" dragged above "Box A".
            InMemoryKeyStore keys;
            AppServices services({}, {}, &keys);
            ProvidersArea area;
            area.setServices(services.setup());
            auto savedA = area.saveEndpoint(endpoint(QStringLiteral("Box A"), a.baseUrl()));
            auto savedB = area.saveEndpoint(endpoint(QStringLiteral("Box B"), b.baseUrl()));
            QVERIFY2(savedA && savedB, qPrintable(savedA.error() + savedB.error()));
            idA = savedA.value();
            idB = savedB.value();
            QListWidget *list = area.providerList();
            int rowB = -1;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole + 1).toString() == idB)
                    rowB = i;
            QVERIFY(rowB > 0);
            QVERIFY(list->model()->moveRow({}, rowB, {}, 0)); // a drag in the list
            QCOMPARE(services.setup()->config().providerOrder.value(0), idB);
        }

        // serve follows the order set in the app.
        {
            Serve serve(m_dir.path());
            const QString url = serve.waitForUrl();
            QVERIFY(!url.isEmpty());
            const Reply r = post(url, QStringLiteral("shared-model:preferred"));
            QCOMPARE(r.status, 200);
            QCOMPARE(QString::fromUtf8(r.provider), idB);
            QCOMPARE(b.requests, 1);
            QCOMPARE(a.requests, 0);
        }

        // A daily budget set in the app (one cent; a request's worst case here is ~7 cents).
        {
            InMemoryKeyStore keys;
            AppServices services({}, {}, &keys);
            ProvidersArea area;
            area.setServices(services.setup());
            BudgetLimit daily;
            daily.period = BudgetPeriod::Daily;
            daily.limitUsd = 0.01;
            area.addBudget(daily);
            area.applyBudgets();
            QCOMPARE(services.router()->budgets().limits().size(), 1);
        }
        {
            Serve serve(m_dir.path());
            const QString url = serve.waitForUrl();
            QVERIFY(!url.isEmpty());
            const Reply r = post(url, QStringLiteral("shared-model"));
            QVERIFY2(r.status == 402 || r.status == 429, qPrintable(QString::number(r.status)));
            const QString message = r.body.value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("message"))
                                        .toString();
            QVERIFY2(message.contains(QStringLiteral("daily budget")), qPrintable(message));
            QCOMPARE(a.requests + b.requests, 1); // nothing more reached a provider
        }
    }
};

QTEST_MAIN(TestServeSetup)
#include "TestServeSetup.moc"
