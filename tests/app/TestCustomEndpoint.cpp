// Custom OpenAI-compatible endpoints in the Providers area, driven through the real widgets against
// a fake /v1 server on 127.0.0.1: add (the URL is validated), fetch the server's models, chat
// through the Router pinned to the endpoint (reply and ledger row), edit, restart the services on
// the same files and find it again, remove; a rejected key marks the provider until it is replaced;
// a broken providers.json is reported with its line and left as it is.
#include <QtTest>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

#include "MiniOpenAiServer.h"
#include "app/common/Settings.h"
#include "app/gui/AppServices.h"
#include "app/gui/providers/CustomEndpointDialog.h"
#include "app/gui/providers/ProvidersArea.h"
#include "router/catalog/Catalog.h"
#include "router/core/Router.h"
#include "router/core/RouterCall.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"

using namespace sb;

namespace {

struct ChatOutcome {
    RouteResult result;
    QString text;
};

ChatOutcome chat(Router *router, const QString &model)
{
    ChatRequest request;
    request.model = model;
    request.stream = true;
    request.maxTokens = 32;
    request.messages.push_back(
        ChatMessage { QStringLiteral("user"), QStringLiteral("Hello?"), {}, {}, {}, {} });
    ChatOutcome out;
    auto text = std::make_shared<QString>();
    RouterCall *call = router->chat(request);
    QObject::connect(call, &RouterCall::chatEvent, call, [text](const ChatEvent &e) {
        if (e.kind == ChatEvent::Kind::TextDelta)
            *text += e.text;
    });
    QSignalSpy finished(call, &RouterCall::finished);
    if (finished.wait(15000))
        out.result = finished.first().first().value<RouteResult>();
    else
        out.result.errorMessage = QStringLiteral("no answer in 15 s");
    out.text = *text;
    call->deleteLater();
    return out;
}

std::optional<QString> storedKey(KeyStore &keys, const QString &provider)
{
    auto got = std::make_shared<std::optional<QString>>();
    auto done = std::make_shared<bool>(false);
    keys.readKey(provider, [got, done](std::optional<QString> k, QString) {
        *got = k;
        *done = true;
    });
    for (int i = 0; i < 500 && !*done; ++i)
        QTest::qWait(10);
    return *got;
}

QListWidgetItem *rowOf(ProvidersArea &area, const QString &id)
{
    for (int i = 0; i < area.providerList()->count(); ++i)
        if (area.providerList()->item(i)->data(Qt::UserRole + 1).toString() == id)
            return area.providerList()->item(i);
    return nullptr;
}

void clickOk(QDialog *dialog)
{
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestCustomEndpoint : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestCustomEndpoint"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void addFetchChatEditRestartRemove()
    {
        test::MiniOpenAiServer server;
        server.models = { QStringLiteral("box-small"), QStringLiteral("box-large") };
        QVERIFY(server.listen());
        InMemoryKeyStore keys(true);
        const QString ledgerPath = path("e2e.sqlite"), catalogPath = path("e2e-providers.json");
        auto services = std::make_unique<AppServices>(ledgerPath, catalogPath, &keys);
        auto area = std::make_unique<ProvidersArea>();
        area->setServices(services->setup());
        area->show();
        const int builtinCount = area->providerList()->count();

        // Add, through the dialog.
        QTest::mouseClick(area->findChild<QPushButton *>(QStringLiteral("addEndpoint")), Qt::LeftButton);
        CustomEndpointDialog *dialog = area->findChild<CustomEndpointDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("GPU box"));
        QTest::keyClicks(dialog->urlEdit(), server.baseUrl() + QStringLiteral("/chat/completions"));
        clickOk(dialog); // refused: the base URL names an operation
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("/chat/completions")),
            qPrintable(dialog->statusText()));
        retype(dialog->urlEdit(), server.baseUrl() + QLatin1Char('/'));
        clickOk(dialog); // refused: no models yet
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("model")), qPrintable(dialog->statusText()));

        QSignalSpy fetched(dialog, &CustomEndpointDialog::modelsFetched);
        QTest::mouseClick(dialog->fetchButton(), Qt::LeftButton);
        QVERIFY(fetched.wait(10000));
        QVERIFY2(fetched.first().first().toBool(), qPrintable(fetched.first().at(1).toString()));
        QCOMPARE(server.lastPath, QByteArray("/v1/models"));
        QTableWidget *models = dialog->modelTable();
        QCOMPARE(models->rowCount(), 2);
        QCOMPARE(models->item(0, CustomEndpointDialog::IdCol)->text(), QStringLiteral("box-small"));
        QCOMPARE(models->item(1, CustomEndpointDialog::IdCol)->text(), QStringLiteral("box-large"));
        QCOMPARE(models->item(0, CustomEndpointDialog::InputCol)->text(),
            QStringLiteral("0")); // free unless priced
        models->item(0, CustomEndpointDialog::OutputCol)->setText(QStringLiteral("2"));
        QSignalSpy changed(area.get(), &ProvidersArea::catalogChanged);
        clickOk(dialog);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(area->statusText().isEmpty(), qPrintable(area->statusText()));

        const ProviderInfo *box = services->router()->catalog().provider(QStringLiteral("gpu-box"));
        QVERIFY(box);
        QCOMPARE(box->name, QStringLiteral("GPU box"));
        QCOMPARE(box->baseUrl, server.baseUrl());
        QCOMPARE(box->models.size(), 2);
        QCOMPARE(area->providerList()->count(), builtinCount + 1);
        QVERIFY(rowOf(*area, QStringLiteral("gpu-box")));
        QCOMPARE(area->selectedProvider(), QStringLiteral("gpu-box"));
        QVERIFY(!storedKey(keys, QStringLiteral("gpu-box")).has_value()); // none typed, none stored
        QFile file(catalogPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"gpu-box\""));
        file.close();

        // The Router routes to it, pinned and by policy, and meters it at its price.
        ChatOutcome pinned = chat(services->router(), QStringLiteral("box-small:gpu-box"));
        QVERIFY2(pinned.result.ok(), qPrintable(pinned.result.errorMessage));
        QCOMPARE(pinned.text, QStringLiteral("Hello from the fake provider"));
        QCOMPARE(pinned.result.provider, QStringLiteral("gpu-box"));
        QVERIFY(server.lastBody.contains("\"model\":\"box-small\""));
        ChatOutcome cheapest = chat(services->router(), QStringLiteral("box-large:cheapest"));
        QVERIFY2(cheapest.result.ok(), qPrintable(cheapest.result.errorMessage));
        QCOMPARE(cheapest.result.provider, QStringLiteral("gpu-box"));
        auto rows = services->ledger()->attempts(0, std::numeric_limits<qint64>::max());
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).provider, QStringLiteral("gpu-box"));
        QCOMPARE(rows->at(0).model, QStringLiteral("box-small"));
        QCOMPARE(rows->at(0).status, AttemptStatus::Ok);
        QCOMPARE(rows->at(0).tokensOut, 5);
        QVERIFY(qAbs(rows->at(0).costUsd - 5 * 2.0 / 1e6) < 1e-12); // 5 output tokens at $2/M
        QCOMPARE(rows->at(1).costUsd, 0.0);

        // Edit: new name, one model fewer, a key.
        area->selectProvider(QStringLiteral("gpu-box"));
        QPushButton *edit = area->findChild<QPushButton *>(QStringLiteral("editEndpoint"));
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(area->findChild<CustomEndpointDialog *>()
            && area->findChild<CustomEndpointDialog *>()->isVisible());
        dialog = area->findChild<CustomEndpointDialog *>();
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("GPU box"));
        QCOMPARE(dialog->modelTable()->rowCount(), 2);
        QCOMPARE(dialog->modelTable()->item(0, CustomEndpointDialog::OutputCol)->text(), QStringLiteral("2"));
        retype(dialog->nameEdit(), QStringLiteral("GPU box 2"));
        dialog->modelTable()->setCurrentCell(1, 0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeModel")), Qt::LeftButton);
        QTest::keyClicks(dialog->keyEdit(), QStringLiteral("sk-box-key"));
        QCOMPARE(dialog->keyEdit()->echoMode(), QLineEdit::Password);
        clickOk(dialog);
        QCOMPARE(changed.count(), 2);
        box = services->router()->catalog().provider(QStringLiteral("gpu-box"));
        QCOMPARE(box->name, QStringLiteral("GPU box 2"));
        QCOMPARE(box->models.size(), 1);
        QTRY_COMPARE(
            storedKey(keys, QStringLiteral("gpu-box")).value_or(QString()), QStringLiteral("sk-box-key"));
        QVERIFY(!QFile::exists(catalogPath) || ![&] {
            QFile f(catalogPath);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("sk-box-key");
        }()); // the key is in the key store only

        // A new start on the same files finds it, with its price.
        area.reset();
        services.reset();
        services = std::make_unique<AppServices>(ledgerPath, catalogPath, &keys);
        QVERIFY2(services->problems().isEmpty(), qPrintable(services->problems().join(QLatin1Char('\n'))));
        box = services->router()->catalog().provider(QStringLiteral("gpu-box"));
        QVERIFY(box);
        QCOMPARE(box->name, QStringLiteral("GPU box 2"));
        QCOMPARE(box->kind, ProviderKind::Custom);
        QCOMPARE(box->models.size(), 1);
        QCOMPARE(box->model(QStringLiteral("box-small"))->price.outputPerMTok, 2.0);
        ChatOutcome again = chat(services->router(), QStringLiteral("box-small:gpu-box"));
        QVERIFY2(again.result.ok(), qPrintable(again.result.errorMessage));
        QCOMPARE(again.text, QStringLiteral("Hello from the fake provider"));

        // Remove: gone from the Router, the list, the file and the key store, and after a restart.
        area = std::make_unique<ProvidersArea>();
        area->setServices(services->setup());
        QVERIFY(rowOf(*area, QStringLiteral("gpu-box")));
        area->selectProvider(QStringLiteral("gpu-box"));
        QVERIFY(area->findChild<QPushButton *>(QStringLiteral("removeEndpoint"))->isEnabled());
        QVERIFY(area->removeEndpoint(QStringLiteral("gpu-box")).ok());
        QVERIFY(!services->router()->catalog().provider(QStringLiteral("gpu-box")));
        QVERIFY(!rowOf(*area, QStringLiteral("gpu-box")));
        QTRY_VERIFY(!storedKey(keys, QStringLiteral("gpu-box")).has_value());
        area.reset();
        services.reset();
        AppServices third(ledgerPath, catalogPath, &keys);
        QVERIFY(!third.router()->catalog().provider(QStringLiteral("gpu-box")));
        QCOMPARE(third.router()->catalog().providers().size(), builtinCount);
    }

    void enablingTheTemplateSurvivesARestart()
    {
        // "custom" is off in the built-in catalog: switching it on must outlive the session.
        InMemoryKeyStore keys;
        const QString catalogPath = path("enable-providers.json");
        {
            AppServices services(path("enable.sqlite"), catalogPath, &keys);
            QVERIFY(!services.router()->catalog().provider(QStringLiteral("custom"))->enabled);
            ProvidersArea area;
            area.setServices(services.setup());
            rowOf(area, QStringLiteral("custom"))->setCheckState(Qt::Checked); // the user ticks it
            QVERIFY(services.router()->catalog().provider(QStringLiteral("custom"))->enabled);
            rowOf(area, QStringLiteral("groq"))->setCheckState(Qt::Unchecked);
        }
        AppServices again(path("enable.sqlite"), catalogPath, &keys);
        QVERIFY(again.router()->catalog().provider(QStringLiteral("custom"))->enabled);
        QVERIFY(!again.router()->catalog().provider(QStringLiteral("groq"))->enabled);
    }

    void rejectedKeyIsMarkedUntilReplaced()
    {
        test::MiniOpenAiServer server;
        server.models = { QStringLiteral("locked-model") };
        server.expectedKey = QStringLiteral("sk-right");
        QVERIFY(server.listen());
        InMemoryKeyStore keys(true);
        const QString catalogPath = path("reject-providers.json");
        AppServices services(path("reject.sqlite"), catalogPath, &keys);
        ProvidersArea area;
        area.setServices(services.setup());
        area.show();
        CustomEndpointInput in;
        in.name = QStringLiteral("Locked");
        in.baseUrl = server.baseUrl();
        ModelEntry m;
        m.id = QStringLiteral("locked-model");
        in.models = { m };
        in.key = QStringLiteral("sk-wrong-SECRET");
        QSignalSpy stored(&area, &ProvidersArea::keyStored);
        auto saved = area.saveEndpoint(in);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved.value(), QStringLiteral("locked"));
        QTRY_COMPARE(stored.count(), 1);

        QSignalSpy marked(&area, &ProvidersArea::keyRejectionShown);
        ChatOutcome refused = chat(services.router(), QStringLiteral("locked-model:locked"));
        QVERIFY(!refused.result.ok());
        QTRY_COMPARE(marked.count(), 1);
        QListWidgetItem *row = rowOf(area, QStringLiteral("locked"));
        QVERIFY(row);
        QVERIFY2(row->text().contains(QStringLiteral("key rejected")), qPrintable(row->text()));
        QVERIFY(!row->icon().isNull());
        const QString tip = row->toolTip();
        QVERIFY2(tip.startsWith(QStringLiteral("Key rejected on ")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("401")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("SECRET")), qPrintable(tip));
        QCOMPARE(area.keyRejectedText(QStringLiteral("locked")), tip);
        area.selectProvider(QStringLiteral("locked"));
        QCOMPARE(area.testResultText(), tip);
        // The mark survives a refill of the list (e.g. another endpoint added).
        QVERIFY(area.saveEndpoint(
                        CustomEndpointInput { {}, QStringLiteral("Other"), server.baseUrl(), { m }, {} })
                    .ok());
        QCOMPARE(rowOf(area, QStringLiteral("locked"))->toolTip(), tip);

        // A new key lifts it, in the list and in the Router.
        area.setKey(QStringLiteral("locked"), QStringLiteral("sk-right"));
        QTRY_COMPARE(stored.count(), 2);
        row = rowOf(area, QStringLiteral("locked"));
        QVERIFY2(row->text().startsWith(QStringLiteral("Locked"))
                && !row->text().contains(QStringLiteral("rejected")),
            qPrintable(row->text()));
        QVERIFY(row->icon().isNull());
        QVERIFY(area.keyRejectedText(QStringLiteral("locked")).isEmpty());
        QVERIFY(!row->toolTip().startsWith(QStringLiteral("Key rejected")));
        ChatOutcome ok = chat(services.router(), QStringLiteral("locked-model:locked"));
        QVERIFY2(ok.result.ok(), qPrintable(ok.result.errorMessage));
    }

    void brokenProvidersFileIsReportedAndKept()
    {
        const QString catalogPath = path("broken-providers.json");
        const QByteArray content("{\n  \"providers\": [\n    {\"id\": \"mine\",}\n  ]\n}\n");
        {
            QFile f(catalogPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        InMemoryKeyStore keys;
        AppServices services(path("broken.sqlite"), catalogPath, &keys);
        const QString problems = services.problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(catalogPath) && problems.contains(QStringLiteral("line 3")),
            qPrintable(problems));
        QVERIFY(services.router()->catalog().provider(QStringLiteral("groq"))); // the built-ins
        ProvidersArea area;
        area.setServices(services.setup());
        ModelEntry m;
        m.id = QStringLiteral("x");
        auto saved = area.saveEndpoint(CustomEndpointInput {
            {}, QStringLiteral("X"), QStringLiteral("http://127.0.0.1:9/v1"), { m }, {} });
        QVERIFY(!saved.ok());
        QVERIFY2(
            area.statusText().contains(catalogPath) && area.statusText().contains(QStringLiteral("line 3")),
            qPrintable(area.statusText()));
        QVERIFY(!services.router()->catalog().provider(QStringLiteral("x")));
        QFile f(catalogPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
};

QTEST_MAIN(TestCustomEndpoint)
#include "TestCustomEndpoint.moc"
