// First run and keyboard shortcuts, driven through a real MainWindow on an empty data folder:
// the welcome stands in for the empty chat, each of its buttons does what it says and retires it
// for good, it does not come back after Skip or when a conversation, a local model or a provider
// key exists; Ctrl+N, Ctrl+F, Ctrl+, Ctrl+1..5, Ctrl+Enter and Esc reach their actions.
#include <QtTest>

#include <QCommandLinkButton>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>

#include "FakeChatBackend.h"
#include "FakeHub.h"
#include "app/common/ConversationStore.h"
#include "app/common/DataPaths.h"
#include "app/common/Settings.h"
#include "app/gui/MainWindow.h"
#include "app/gui/chat/ChatArea.h"
#include "app/gui/chat/ChatController.h"
#include "app/gui/chat/ConversationListModel.h"
#include "app/gui/chat/ConversationModel.h"
#include "app/gui/models/ModelsArea.h"
#include "app/gui/providers/ProvidersArea.h"
#include "app/gui/settings/SettingsDialog.h"
#include "app/gui/welcome/WelcomePage.h"
#include "router/keys/KeyStore.h"

using namespace sb;

class TestWelcome : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_data;

    static ChatArea *chatOf(MainWindow &w)
    {
        return static_cast<ChatArea *>(w.areaWidget(MainWindow::Area::Chat));
    }

    static bool showAndActivate(MainWindow &w)
    {
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return false;
        QApplication::setActiveWindow(&w);
        return QTest::qWaitForWindowActive(&w);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestWelcome"));
        qunsetenv(dataPaths::kEnvironmentVariable);
        qunsetenv("SWITCHBOARD_KEY_GROQ");
        // No real Hub: a port that refuses at once, unless a test serves a fake one.
        qputenv("SB_HF_ENDPOINT", "http://127.0.0.1:9");
    }

    // Every test starts as a first run: an empty data folder and no settings.
    void init()
    {
        QSettings().clear();
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        dataPaths::setOverride(m_data->path());
    }

    void cleanup()
    {
        qunsetenv("SWITCHBOARD_KEY_GROQ");
        qputenv("SB_HF_ENDPOINT", "http://127.0.0.1:9");
        dataPaths::setOverride(QString());
    }

    void showsOnAnEmptyDataFolder()
    {
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QVERIFY(w.isWelcomeShown());
        QCOMPARE(w.currentArea(), MainWindow::Area::Chat);
        WelcomePage *page = w.welcomePage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->downloadButton()->text(), QStringLiteral("Download SmolLM3 (≈6.2 GB)"));
        QVERIFY(page->openButton()->isVisible());
        QVERIFY(page->keyButton()->isVisible());
        // Other areas are reachable; the chat entry leads back to the welcome until it is done.
        w.showArea(MainWindow::Area::Usage);
        QVERIFY(!w.isWelcomeShown());
        QCOMPARE(w.currentArea(), MainWindow::Area::Usage);
        w.showArea(MainWindow::Area::Chat);
        QVERIFY(w.isWelcomeShown());
        QVERIFY(!Settings().value(Settings::Key::WelcomeDismissed).toBool());
    }

    void downloadSizeText_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addRow("hub size") << qint64(6'160'000'000) << QStringLiteral("Download SmolLM3 (≈6.2 GB)");
        QTest::addRow("other") << qint64(3'040'500'000) << QStringLiteral("Download SmolLM3 (≈3.0 GB)");
        QTest::addRow("megabytes") << qint64(812'400'000) << QStringLiteral("Download SmolLM3 (≈812.4 MB)");
        QTest::addRow("unknown") << qint64(0) << QStringLiteral("Download SmolLM3");
    }

    void downloadSizeText()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        WelcomePage page;
        page.setDownloadBytes(bytes);
        QCOMPARE(page.downloadButton()->text(), text);
        QCOMPARE(page.downloadButton()->accessibleName(), text);
    }

    void skipRetiresItForGood()
    {
        {
            MainWindow w;
            QVERIFY(showAndActivate(w));
            QVERIFY(w.isWelcomeShown());
            QTest::mouseClick(w.welcomePage()->skipButton(), Qt::LeftButton);
            QVERIFY(!w.isWelcomeShown());
            QCOMPARE(w.currentArea(), MainWindow::Area::Chat);
            QVERIFY(chatOf(w)->isVisible());
        }
        QVERIFY(Settings().value(Settings::Key::WelcomeDismissed).toBool());
        MainWindow again;
        QVERIFY(showAndActivate(again));
        QVERIFY(!again.isWelcomeShown());
        QVERIFY(chatOf(again)->isVisible());
    }

    void notShownWhenAProviderKeyExists()
    {
        // The environment is one of the key stores the app reads (headless use).
        qputenv("SWITCHBOARD_KEY_GROQ", "gsk_test_key_0000");
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QTRY_VERIFY(!w.isWelcomeShown());
        QVERIFY(chatOf(w)->isVisible());
    }

    void notShownWhenAConversationExists()
    {
        {
            auto store = ConversationStore::open(ConversationStore::defaultPath());
            QVERIFY(store);
            QVERIFY(store.value()->create(QStringLiteral("Earlier chat")));
        }
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QVERIFY(!w.isWelcomeShown());
        QCOMPARE(chatOf(w)->conversationListModel()->rowCount(), 1);
    }

    void notShownWhenALocalModelIsSet()
    {
        Settings().setValue(
            Settings::Key::LocalModelPath, m_data->filePath(QStringLiteral("models/smollm3")));
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QVERIFY(!w.isWelcomeShown());
    }

    void downloadButtonDownloadsSmolLM3()
    {
        // SmolLM3's repository on a fake Hub: the button shows its listed size and downloads it
        // into the data folder's models/.
        test::FakeHub hub;
        QVERIFY(hub.listen());
        const QString repo = QStringLiteral("HuggingFaceTB/SmolLM3-3B");
        hub.addFile(repo, QStringLiteral("main"), QStringLiteral("model.safetensors"),
            test::FakeHub::randomBytes(2'399'900, 3));
        hub.addFile(repo, QStringLiteral("main"), QStringLiteral("config.json"), QByteArray(100, ' '), false);
        hub.addFile(repo, QStringLiteral("main"), QStringLiteral("README.md"), QByteArray(5000, 'r'),
            false); // not needed
        qputenv("SB_HF_ENDPOINT", hub.endpoint().toUtf8());
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QTRY_COMPARE(w.welcomePage()->downloadButton()->text(), QStringLiteral("Download SmolLM3 (≈2.4 MB)"));

        QTest::mouseClick(w.welcomePage()->downloadButton(), Qt::LeftButton);
        QCOMPARE(w.currentArea(), MainWindow::Area::Models);
        QVERIFY(w.areaWidget(MainWindow::Area::Models)->isVisible());
        QVERIFY(Settings().value(Settings::Key::WelcomeDismissed).toBool());
        const QDir target(QDir(dataPaths::modelsDirectory()).filePath(repo));
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo(target.filePath(QStringLiteral("model.safetensors"))).size() == 2'399'900, 30000);
        QTRY_VERIFY(QFile::exists(target.filePath(QStringLiteral("config.json"))));
        QVERIFY(target.absolutePath().startsWith(m_data->path()));
        w.showArea(MainWindow::Area::Chat);
        QVERIFY(!w.isWelcomeShown());
    }

    void downloadSizeStaysKnownOffline()
    {
        test::FakeHub hub; // without the repository: the listing fails (404)
        QVERIFY(hub.listen());
        qputenv("SB_HF_ENDPOINT", hub.endpoint().toUtf8());
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QTRY_VERIFY(!hub.requests.isEmpty());
        QTest::qWait(100); // the answer's turn of the event loop
        QCOMPARE(w.welcomePage()->downloadButton()->text(), QStringLiteral("Download SmolLM3 (≈6.2 GB)"));
    }

    void openModelButtonLoadsTheChosenModel()
    {
        MainWindow w;
        QVERIFY(showAndActivate(w));
        const QString path = m_data->filePath(QStringLiteral("no-model-here"));
        int asked = 0;
        w.welcomePage()->setModelChooser([&](QWidget *) {
            ++asked;
            return path;
        });
        auto *models = static_cast<ModelsArea *>(w.areaWidget(MainWindow::Area::Models));
        QSignalSpy failed(models, &ModelsArea::loadFailed);
        QTest::mouseClick(w.welcomePage()->openButton(), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(w.currentArea(), MainWindow::Area::Models);
        QCOMPARE(models->findChild<QLineEdit *>(QStringLiteral("modelPath"))->text(), path);
        QVERIFY(failed.wait(30000)); // the load ran, and its failure is shown in the area
        QVERIFY(models->statusText().contains(QStringLiteral("no-model-here")));
        QVERIFY(Settings().value(Settings::Key::WelcomeDismissed).toBool());
    }

    void openModelCancelledKeepsTheWelcome()
    {
        MainWindow w;
        QVERIFY(showAndActivate(w));
        w.welcomePage()->setModelChooser([](QWidget *) { return QString(); });
        QTest::mouseClick(w.welcomePage()->openButton(), Qt::LeftButton);
        QVERIFY(w.isWelcomeShown());
        QVERIFY(!Settings().value(Settings::Key::WelcomeDismissed).toBool());
    }

    void addKeyButtonGoesToProviders()
    {
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QTest::mouseClick(w.welcomePage()->keyButton(), Qt::LeftButton);
        QCOMPARE(w.currentArea(), MainWindow::Area::Providers);
        auto *providers = static_cast<ProvidersArea *>(w.areaWidget(MainWindow::Area::Providers));
        QVERIFY(providers->isVisible());
        QVERIFY(providers->providerList()->hasFocus());
        QVERIFY(Settings().value(Settings::Key::WelcomeDismissed).toBool());
    }

    void doneElsewhereRetiresIt_data()
    {
        QTest::addColumn<bool>("viaKey");
        QTest::addRow("a key stored in Providers") << true;
        QTest::addRow("a model loaded in Models") << false;
    }

    void doneElsewhereRetiresIt()
    {
        QFETCH(bool, viaKey);
        MainWindow w;
        QVERIFY(showAndActivate(w));
        w.showArea(viaKey ? MainWindow::Area::Providers : MainWindow::Area::Models);
        if (viaKey)
            Q_EMIT static_cast<ProvidersArea *>(w.areaWidget(MainWindow::Area::Providers))
                ->keyStored(QStringLiteral("groq"));
        else
            Q_EMIT static_cast<ModelsArea *>(w.areaWidget(MainWindow::Area::Models))
                ->modelLoaded(QStringLiteral("/models/x"), QStringLiteral("cpu"));
        QVERIFY(Settings().value(Settings::Key::WelcomeDismissed).toBool());
        w.showArea(MainWindow::Area::Chat);
        QVERIFY(!w.isWelcomeShown());
        QVERIFY(chatOf(w)->isVisible());
    }

    void areaShortcutsSwitchAreas_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("area");
        QTest::addRow("Ctrl+1") << int(Qt::Key_1) << int(MainWindow::Area::Chat);
        QTest::addRow("Ctrl+2") << int(Qt::Key_2) << int(MainWindow::Area::Models);
        QTest::addRow("Ctrl+3") << int(Qt::Key_3) << int(MainWindow::Area::FineTune);
        QTest::addRow("Ctrl+4") << int(Qt::Key_4) << int(MainWindow::Area::Providers);
        QTest::addRow("Ctrl+5") << int(Qt::Key_5) << int(MainWindow::Area::Usage);
    }

    void areaShortcutsSwitchAreas()
    {
        QFETCH(int, key);
        QFETCH(int, area);
        Settings().setValue(Settings::Key::WelcomeDismissed, true);
        Settings().setValue(Settings::Key::LastArea, area == 0 ? 4 : 0);
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QTest::keyClick(&w, Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(int(w.currentArea()), area);
    }

    void newChatAndSearchShortcuts()
    {
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QVERIFY(w.isWelcomeShown());
        // From another area, Ctrl+N opens a new chat (past the welcome) with the cursor in the composer.
        w.showArea(MainWindow::Area::Usage);
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(w.currentArea(), MainWindow::Area::Chat);
        QVERIFY(!w.isWelcomeShown());
        ChatArea *chat = chatOf(w);
        QTRY_VERIFY(chat->composer()->hasFocus());
        // Ctrl+F: the conversation search field.
        w.showArea(MainWindow::Area::Providers);
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(w.currentArea(), MainWindow::Area::Chat);
        QTRY_VERIFY(chat->searchField()->hasFocus());
        // The shortcuts are in the menus and tooltips.
        auto *newAction = w.findChild<QAction *>(QStringLiteral("actionNewChat"));
        auto *searchAction = w.findChild<QAction *>(QStringLiteral("actionSearch"));
        QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(searchAction->shortcut(), QKeySequence(QKeySequence::Find));
        QVERIFY(chat->searchField()->toolTip().contains(
            QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
        QVERIFY(chat->findChild<QPushButton *>(QStringLiteral("sendButton"))
                    ->toolTip()
                    .contains(QStringLiteral("Ctrl+Return")));
        QVERIFY(chat->findChild<QPushButton *>(QStringLiteral("stopButton"))
                    ->toolTip()
                    .contains(QStringLiteral("Esc")));
    }

    void settingsShortcutOpensTheDialog()
    {
        MainWindow w;
        QVERIFY(showAndActivate(w));
        QVERIFY(!w.settingsDialog());
        auto *action = w.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(w.settingsDialog() && w.settingsDialog()->isVisible());
        SettingsDialog *first = w.settingsDialog();
        w.showSettings(); // one dialog, brought forward
        QCOMPARE(w.settingsDialog(), first);
        first->close();
        QTRY_VERIFY(!w.settingsDialog()); // deleted on close
    }

    void sendAndStopShortcuts()
    {
        Settings().setValue(Settings::Key::WelcomeDismissed, true);
        test::FakeChatBackend backend;
        backend.intervalMs = 20;
        for (int i = 0; i < 300; ++i)
            backend.chunks << QStringLiteral("w%1 ").arg(i);
        MainWindow w;
        ChatArea *chat = chatOf(w);
        chat->setBackend(&backend);
        QVERIFY(showAndActivate(w));
        w.showArea(MainWindow::Area::Chat);
        chat->composer()->setFocus();
        QTest::keyClicks(chat->composer(), QStringLiteral("a long answer please"));
        QTest::keyClick(chat->composer(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(chat->controller()->isStreaming());
        QCOMPARE(backend.sent.size(), 1);
        QVERIFY(chat->composer()->toPlainText().isEmpty());
        QVERIFY(QTest::qWaitFor([&] {
            return chat->conversationModel()->rowCount() == 2
                && !chat->conversationModel()->message(1).content.isEmpty();
        }));
        QTest::keyClick(chat->composer(), Qt::Key_Escape);
        QTRY_VERIFY(!chat->controller()->isStreaming());
        QCOMPARE(chat->conversationModel()->message(1).status, StoredMessage::Status::Stopped);
        // The keypad's Enter sends too.
        chat->composer()->setPlainText(QStringLiteral("again"));
        QTest::keyClick(chat->composer(), Qt::Key_Enter, Qt::ControlModifier);
        QCOMPARE(backend.sent.size(), 2);
        QTest::keyClick(chat->composer(), Qt::Key_Escape);
        QTRY_VERIFY(!chat->controller()->isStreaming());
    }
};

QTEST_MAIN(TestWelcome)
#include "TestWelcome.moc"
