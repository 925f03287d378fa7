// Where a message goes (issue 14, points 1-3 and 10): a local and a cloud entry never share an
// identity, a conversation whose local model is not loaded says so and sends nothing elsewhere,
// every picker change (by code too) reaches the open conversation, the picker is grouped with
// key status and prices, the last local model is loaded again at start, and errors are plain
// text with the button that helps. Real widgets offscreen, a scripted chat backend.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>

#include "FakeChatBackend.h"
#include "app/common/ConversationStore.h"
#include "app/common/Settings.h"
#include "app/gui/AppServices.h"
#include "app/gui/MainWindow.h"
#include "app/gui/chat/ChatArea.h"
#include "app/gui/chat/ChatController.h"
#include "app/gui/chat/ConversationModel.h"
#include "app/gui/chat/ModelPicker.h"
#include "app/local/EngineLocalProvider.h"
#include "engine/model/TinyModel.h"
#include "router/catalog/Catalog.h"

using namespace sb;
using sb::test::FakeChatBackend;

namespace {
const QString kSmol = QStringLiteral("HuggingFaceTB/SmolLM3-3B");
}

class TestChatRoutes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;

    std::unique_ptr<ChatArea> makeArea(FakeChatBackend *backend, const QString &localModelId)
    {
        auto area = std::make_unique<ChatArea>();
        if (!area->openStore(m_dir.filePath(QStringLiteral("chat-%1.sqlite").arg(++m_dbCounter))))
            return nullptr;
        area->setBackend(backend);
        area->setCatalog(Catalog::loadBuiltin().value(), localModelId);
        area->resize(1000, 700);
        area->show();
        return area;
    }

    static bool send(ChatArea &area, const QString &text)
    {
        area.composer()->setPlainText(text);
        area.sendComposer();
        return QTest::qWaitFor([&] { return !area.controller()->isStreaming(); }, 5000);
    }

    static QPushButton *actionButton(ChatArea &area)
    {
        return area.findChild<QPushButton *>(QStringLiteral("chatStatusAction"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestChatRoutes"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    // Point 1: the same model id on this computer and at the Hugging Face router are two routes.
    void localAndCloudEntriesAreDistinct()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend, kSmol);
        QVERIFY(area);
        ModelPicker *picker = area->modelPicker();
        picker->setModelSpec(kSmol + QStringLiteral(":local"));
        QCOMPARE(picker->modelSpec(), kSmol + QStringLiteral(":local"));
        picker->setModelSpec(kSmol + QStringLiteral(":hf"));
        QCOMPARE(picker->modelSpec(), kSmol + QStringLiteral(":hf"));
        QVERIFY(
            picker->modelCombo()->currentText() != picker->modelCombo()->itemText(picker->findLocal(kSmol)));
        picker->setModelSpec(kSmol + QStringLiteral(":local"));
        QCOMPARE(picker->modelSpec(), kSmol + QStringLiteral(":local"));
    }

    // Point 1, as reported: after a restart the local model is not loaded; opening its chat and
    // pressing Ctrl+N must not turn it into the cloud entry of the same id.
    void unloadedLocalChatSaysSoAndSendsNothing()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend, QString()); // nothing loaded yet
        QVERIFY(area);
        ConversationSettings settings;
        settings.model = kSmol + QStringLiteral(":local");
        auto created = area->store()->create(QStringLiteral("local chat"), settings);
        QVERIFY(created);
        QVERIFY(area->selectConversation(created->id));
        QCOMPARE(area->modelPicker()->modelSpec(), kSmol + QStringLiteral(":local"));
        send(*area, QStringLiteral("still here?"));
        QVERIFY(backend.sent.isEmpty()); // nothing went to another route
        QPushButton *load = actionButton(*area);
        QVERIFY(load);
        QVERIFY(load->isVisibleTo(area.get()));
        QCOMPARE(load->text(), QStringLiteral("Load it"));
        QSignalSpy loadAsked(area.get(), &ChatArea::loadModelRequested);
        load->click();
        QCOMPARE(loadAsked.size(), 1);

        area->newConversation(); // Ctrl+N
        QVERIFY(area->modelPicker()->modelSpec() != kSmol + QStringLiteral(":cheapest"));
        send(*area, QStringLiteral("new chat"));
        for (const auto &s : backend.sent)
            QVERIFY2(s.pinned == QStringLiteral("local"), qPrintable(s.request.model));

        // Once loaded, the same conversation answers on this computer.
        area->setCatalog(Catalog::loadBuiltin().value(), kSmol);
        QVERIFY(area->selectConversation(created->id));
        QVERIFY(send(*area, QStringLiteral("now?")));
        QCOMPARE(backend.sent.last().request.model, kSmol + QStringLiteral(":local"));
        QCOMPARE(backend.sent.last().pinned, QStringLiteral("local"));
    }

    // Point 2: "Chat with this adapter" sets the picker by code; the open conversation follows.
    void programmaticPickerChangeReachesTheConversation()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend, kSmol);
        QVERIFY(area);
        area->modelPicker()->setModelSpec(QStringLiteral("gpt-4o-mini:openai"));
        QVERIFY(send(*area, QStringLiteral("first")));
        QCOMPARE(backend.sent.last().request.model, QStringLiteral("gpt-4o-mini:openai"));
        area->modelPicker()->setModelSpec(kSmol + QStringLiteral(":local"));
        QVERIFY(send(*area, QStringLiteral("second")));
        QCOMPARE(backend.sent.last().request.model, kSmol + QStringLiteral(":local"));
        QCOMPARE(area->controller()->currentInfo().settings.model, kSmol + QStringLiteral(":local"));
    }

    // Point 3: groups, key status and price per million tokens.
    void pickerIsGroupedWithKeysAndPrices()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend, kSmol);
        QVERIFY(area);
        ModelPicker *picker = area->modelPicker();
        QComboBox *combo = picker->modelCombo();
        auto *items = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(items);
        QCOMPARE(combo->itemText(0), QStringLiteral("On this computer"));
        QVERIFY(!items->item(0)->isEnabled()); // a title, not a choice
        QCOMPARE(picker->findLocal(kSmol), 1);
        QStringList headers;
        for (int i = 0; i < combo->count(); ++i)
            if (!items->item(i)->isEnabled())
                headers << combo->itemText(i);
        QVERIFY(headers.contains(QStringLiteral("Cloud · Groq")));
        QVERIFY(headers.contains(QStringLiteral("Cloud · OpenAI")));
        const int groq
            = picker->findCloud(QStringLiteral("groq"), QStringLiteral("meta-llama/Llama-3.3-70B-Instruct"));
        QVERIFY(groq > 0);
        QVERIFY2(combo->itemText(groq).contains(QStringLiteral("per M tokens")),
            qPrintable(combo->itemText(groq)));
        picker->setKeyStatus(QStringLiteral("groq"), ModelPicker::KeyStatus::Missing);
        QVERIFY(combo->itemText(groq).endsWith(QStringLiteral("no key")));
        picker->setKeyStatus(QStringLiteral("groq"), ModelPicker::KeyStatus::Rejected);
        QVERIFY(combo->itemText(groq).endsWith(QStringLiteral("key rejected")));
        picker->setKeyStatus(QStringLiteral("groq"), ModelPicker::KeyStatus::Present);
        QVERIFY(combo->itemText(groq).endsWith(QStringLiteral("key set")));
        // Choosing a provider's entry pins that provider; the route combo can widen it.
        combo->setCurrentIndex(groq);
        QCOMPARE(picker->modelSpec(), QStringLiteral("meta-llama/Llama-3.3-70B-Instruct:groq"));
        picker->routeCombo()->setCurrentIndex(picker->routeCombo()->findData(QStringLiteral("cheapest")));
        QCOMPARE(picker->modelSpec(), QStringLiteral("meta-llama/Llama-3.3-70B-Instruct:cheapest"));
    }

    // Point 3: a loaded local model is the default of new chats.
    void loadedLocalModelIsTheDefault()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend, QString());
        QVERIFY(area);
        area->modelPicker()->setModelSpec(QStringLiteral("gpt-4o:openai"));
        area->setCatalog(Catalog::loadBuiltin().value(), kSmol);
        area->useLocalModelByDefault(kSmol);
        area->newConversation();
        QCOMPARE(area->modelPicker()->modelSpec(), kSmol + QStringLiteral(":local"));
    }

    // Point 3: the model loaded in the last run loads again at start, in the background.
    void lastLocalModelIsReloadedAtStart()
    {
        TinyModelOptions options;
        options.config = TinyModelOptions::tinyModelConfig(128256);
        options.tokenizerJsonPath = SB_TEST_DATA_DIR "/smollm3/tokenizer.json";
        const QString model = m_dir.filePath(QStringLiteral("tiny"));
        QVERIFY(writeTinyModelHf(options, model.toStdString()).ok());
        Settings().setValue(Settings::Key::LocalModelPath, model);
        Settings().setValue(Settings::Key::WelcomeDismissed, true);
        MainWindow w;
        w.show();
        QVERIFY(!w.services()->localProvider()->isLoaded()); // not in the way of the first frame
        QTRY_VERIFY_WITH_TIMEOUT(w.services()->localProvider()->isLoaded(), 120000);
        auto *chat = static_cast<ChatArea *>(w.areaWidget(MainWindow::Area::Chat));
        QTRY_VERIFY(chat->modelPicker()->findLocal(kSmol) >= 0);
        QCOMPARE(chat->modelPicker()->modelSpec(), kSmol + QStringLiteral(":local"));
    }

    // Point 9: live speed and context while an answer streams.
    void liveSpeedAndContextWhileGenerating()
    {
        FakeChatBackend backend;
        backend.chunks.clear();
        for (int i = 0; i < 60; ++i)
            backend.chunks << QStringLiteral("t%1 ").arg(i);
        backend.intervalMs = 10;
        auto area = makeArea(&backend, kSmol);
        QVERIFY(area);
        area->modelPicker()->setModelSpec(QStringLiteral("gpt-4o:openai"));
        area->composer()->setPlainText(QStringLiteral("count"));
        area->sendComposer();
        auto *live = area->findChild<QLabel *>(QStringLiteral("liveStats"));
        QVERIFY(live);
        QTRY_VERIFY(live->isVisibleTo(area.get()));
        QVERIFY2(live->text().contains(QStringLiteral("tokens/s")), qPrintable(live->text()));
        QVERIFY2(
            live->text().contains(QStringLiteral("of 128")), qPrintable(live->text())); // gpt-4o's window
        QVERIFY(QTest::qWaitFor([&] { return !area->controller()->isStreaming(); }, 5000));
        QVERIFY(!live->isVisibleTo(area.get())); // the message's own figures take over
    }

    // Point 8: Enter sends, Shift+Enter adds a line; the setting moves sending to Ctrl+Enter.
    void enterSendsShiftEnterAddsALine()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend, kSmol);
        QVERIFY(area);
        QPlainTextEdit *composer = area->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("two"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer, QStringLiteral("lines"));
        QVERIFY(backend.sent.isEmpty());
        QCOMPARE(composer->toPlainText(), QStringLiteral("two\nlines"));
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(backend.sent.size(), 1);
        QCOMPARE(backend.sent.last().request.messages.last().content, QStringLiteral("two\nlines"));
        QVERIFY(composer->toPlainText().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return !area->controller()->isStreaming(); }, 5000));

        Settings().setValue(Settings::Key::ChatSendWithCtrlEnter, true);
        QTest::keyClicks(composer, QStringLiteral("a"));
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(backend.sent.size(), 1);
        QCOMPARE(composer->toPlainText(), QStringLiteral("a\n"));
    }

    // Point 10: a provider's markup stays text, the error shows once (in the message), and the
    // status row offers what helps.
    void errorsArePlainTextWithAnAction()
    {
        FakeChatBackend backend;
        backend.failWith = QStringLiteral("<b>Refused</b> by the global daily budget");
        auto area = makeArea(&backend, kSmol);
        QVERIFY(area);
        area->modelPicker()->setModelSpec(QStringLiteral("gpt-4o:openai"));
        send(*area, QStringLiteral("expensive"));
        const StoredMessage m = area->conversationModel()->message(1);
        QCOMPARE(m.status, StoredMessage::Status::Error);
        auto *status = area->findChild<QLabel *>(QStringLiteral("chatStatus"));
        QVERIFY(status);
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QVERIFY2(!status->text().contains(QStringLiteral("Refused")), qPrintable(status->text())); // once
        QPushButton *action = actionButton(*area);
        QVERIFY(action && action->isVisibleTo(area.get()));
        QCOMPARE(action->text(), QStringLiteral("Raise budget…"));
        QSignalSpy budget(area.get(), &ChatArea::raiseBudgetRequested);
        action->click();
        QCOMPARE(budget.size(), 1);
    }
};

QTEST_MAIN(TestChatRoutes)
#include "TestChatRoutes.moc"
