// The chat area with real widgets (offscreen) and a scripted backend: an answer streams in one
// row at a time, stop, switch conversation and back mid-stream, regenerate, edit-and-resend,
// thinking collapsed, code copy, and a 2,000-message conversation that opens and paints.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

#include "FakeChatBackend.h"
#include "app/common/ConversationStore.h"
#include "app/gui/chat/ChatArea.h"
#include "app/gui/chat/ChatController.h"
#include "app/gui/chat/ChatView.h"
#include "app/gui/chat/ConversationListModel.h"
#include "app/gui/chat/ConversationModel.h"
#include "app/gui/chat/MessageDelegate.h"
#include "app/gui/chat/ModelPicker.h"
#include "router/catalog/Catalog.h"

using namespace sb;
using sb::test::FakeChatBackend;

class TestChatArea : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;

    std::unique_ptr<ChatArea> makeArea(FakeChatBackend *backend)
    {
        auto area = std::make_unique<ChatArea>();
        const QString db = m_dir.filePath(QStringLiteral("chat-%1.sqlite").arg(++m_dbCounter));
        if (!area->openStore(db))
            return nullptr;
        area->setBackend(backend);
        auto catalog = Catalog::loadBuiltin();
        if (catalog)
            area->setCatalog(catalog.value(), QStringLiteral("HuggingFaceTB/SmolLM3-3B"));
        area->resize(1000, 700);
        area->show();
        return area;
    }

    static bool waitIdle(ChatArea &area)
    {
        return QTest::qWaitFor([&] { return !area.controller()->isStreaming(); }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestChatArea"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void modelsPassTheTester()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend);
        QVERIFY(area);
        QAbstractItemModelTester t1(
            area->conversationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(
            area->conversationListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        backend.reasoning = { QStringLiteral("hmm") };
        area->composer()->setPlainText(QStringLiteral("first"));
        area->sendComposer();
        QVERIFY(waitIdle(*area));
        QVERIFY(area->controller()->regenerate());
        QVERIFY(waitIdle(*area));
        QVERIFY(area->controller()->editAndResend(0, QStringLiteral("edited")));
        QVERIFY(waitIdle(*area));
        area->newConversation();
        area->composer()->setPlainText(QStringLiteral("second"));
        area->sendComposer();
        QVERIFY(waitIdle(*area));
        QCOMPARE(area->conversationListModel()->rowCount(), 2);
    }

    void aStreamedTokenUpdatesOnlyItsRow()
    {
        FakeChatBackend backend;
        backend.chunks = { QStringLiteral("One"), QStringLiteral(" two"), QStringLiteral(" three") };
        auto area = makeArea(&backend);
        QVERIFY(area);
        // Some history first, so "only its row" means something.
        area->composer()->setPlainText(QStringLiteral("warm up"));
        area->sendComposer();
        QVERIFY(waitIdle(*area));
        ConversationModel *model = area->conversationModel();
        QCOMPARE(model->rowCount(), 2);

        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        area->composer()->setPlainText(QStringLiteral("count"));
        area->sendComposer();
        QCOMPARE(area->composer()->toPlainText(), QString()); // sent, cleared
        QVERIFY(waitIdle(*area));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(reset.count(), 0);
        int textUpdates = 0;
        for (const QList<QVariant> &args : changed) {
            const QModelIndex tl = args[0].value<QModelIndex>();
            const QModelIndex br = args[1].value<QModelIndex>();
            QCOMPARE(tl, br); // one index per signal
            QCOMPARE(tl.row(), 3); // the answer's row, never the history
            if (args[2].value<QList<int>>().contains(Qt::DisplayRole))
                ++textUpdates;
        }
        QCOMPARE(textUpdates, 3); // one per streamed chunk
        const StoredMessage &answer = model->message(3);
        QCOMPARE(answer.content, QStringLiteral("One two three"));
        QCOMPARE(answer.status, StoredMessage::Status::Done);
        QCOMPARE(answer.provider, QStringLiteral("fakeprovider"));
        QCOMPARE(answer.costUsd, 0.00042);
        QVERIFY(answer.ttftMs >= 0);
        // And it is in the store with its figures.
        const auto stored = area->store()->messages(area->controller()->currentConversation()).value();
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored[3].content, QStringLiteral("One two three"));
        QCOMPARE(stored[3].provider, QStringLiteral("fakeprovider"));
        QCOMPARE(stored[3].tokensOut, 3);
        // The request carried the history, without the empty streaming row.
        const ChatRequest &last = backend.sent.last().request;
        QCOMPARE(last.messages.size(), 4);
        QCOMPARE(last.messages.first().role, QStringLiteral("system")); // SmolLM3's /think flag
        QCOMPARE(last.messages.last().content, QStringLiteral("count"));
        QVERIFY(last.stream);
    }

    void stopMidStreamKeepsWhatArrived()
    {
        FakeChatBackend backend;
        backend.intervalMs = 20;
        for (int i = 0; i < 200; ++i)
            backend.chunks << QStringLiteral("w%1 ").arg(i);
        auto area = makeArea(&backend);
        QVERIFY(area);
        area->composer()->setPlainText(QStringLiteral("long answer please"));
        QTest::mouseClick(area->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
        auto *stop = area->findChild<QPushButton *>(QStringLiteral("stopButton"));
        QVERIFY(stop->isEnabled());
        QVERIFY(QTest::qWaitFor([&] {
            return area->conversationModel()->rowCount() == 2
                && area->conversationModel()->message(1).content.size() > 6;
        }));
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(waitIdle(*area));
        QVERIFY(!stop->isEnabled());
        const StoredMessage &m = area->conversationModel()->message(1);
        QCOMPARE(m.status, StoredMessage::Status::Stopped);
        QVERIFY(!m.content.isEmpty());
        QVERIFY(!m.content.contains(QStringLiteral("w199")));
        const auto stored = area->store()->messages(area->controller()->currentConversation()).value();
        QCOMPARE(stored[1].status, StoredMessage::Status::Stopped);
        QCOMPARE(stored[1].content, m.content);
    }

    void switchConversationAndBackWhileStreaming()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend);
        QVERIFY(area);
        area->composer()->setPlainText(QStringLiteral("first chat"));
        area->sendComposer();
        QVERIFY(waitIdle(*area));
        const qint64 first = area->controller()->currentConversation();

        backend.intervalMs = 10;
        backend.chunks.clear();
        for (int i = 0; i < 30; ++i)
            backend.chunks << QStringLiteral("t%1 ").arg(i);
        area->newConversation();
        area->composer()->setPlainText(QStringLiteral("second chat"));
        area->sendComposer();
        const qint64 second = area->controller()->currentConversation();
        QVERIFY(second != first);
        QVERIFY(QTest::qWaitFor([&] { return area->conversationModel()->message(1).content.size() > 4; }));

        // Away: the first conversation shows its own messages, untouched by the stream.
        QVERIFY(area->selectConversation(first));
        QCOMPARE(area->conversationModel()->rowCount(), 2);
        QCOMPARE(area->conversationModel()->message(1).content, QStringLiteral("Hello, world!"));
        QTest::qWait(50);
        QCOMPARE(area->conversationModel()->message(1).content, QStringLiteral("Hello, world!"));
        // Back, still streaming: what arrived so far is there and keeps coming.
        QVERIFY(area->selectConversation(second));
        QVERIFY(area->controller()->isStreaming());
        QVERIFY(area->conversationModel()->message(1).content.startsWith(QStringLiteral("t0 t1")));
        QVERIFY(waitIdle(*area));
        QVERIFY(area->conversationModel()->message(1).content.endsWith(QStringLiteral("t29 ")));
        // The list selection follows.
        QCOMPARE(area->conversationList()->currentIndex().data(ConversationListModel::IdRole).toLongLong(),
            second);
    }

    void errorIsShownAndStored()
    {
        FakeChatBackend backend;
        backend.failWith = QStringLiteral("Budget \"global daily\" would be exceeded ($5.00 hard limit)");
        auto area = makeArea(&backend);
        QVERIFY(area);
        area->composer()->setPlainText(QStringLiteral("expensive"));
        area->sendComposer();
        QVERIFY(waitIdle(*area));
        const StoredMessage &m = area->conversationModel()->message(1);
        QCOMPARE(m.status, StoredMessage::Status::Error);
        QVERIFY(m.error.contains(QStringLiteral("global daily")));
        auto *status = area->findChild<QLabel *>(QStringLiteral("chatStatus"));
        QVERIFY(status->isVisible());
        // Once: the error is in the message; the status row says what to do about it.
        QVERIFY(!status->text().contains(QStringLiteral("hard limit")));
        QVERIFY(status->text().contains(QStringLiteral("budget")));
        QCOMPARE(area->findChild<QPushButton *>(QStringLiteral("chatStatusAction"))->text(),
            QStringLiteral("Raise budget…"));
    }

    void pickerAndThinkToggleShapeTheRequest()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend);
        QVERIFY(area);
        ModelPicker *picker = area->modelPicker();
        picker->setModelSpec(QStringLiteral("gpt-4o-mini:fastest"));
        QCOMPARE(picker->modelSpec(), QStringLiteral("gpt-4o-mini:fastest"));
        picker->setModelSpec(QStringLiteral("meta-llama/Llama-3.3-70B-Instruct:groq"));
        QCOMPARE(picker->modelSpec(), QStringLiteral("meta-llama/Llama-3.3-70B-Instruct:groq"));
        QVERIFY(picker->routeCombo()->findData(QStringLiteral("cheapest")) >= 0);
        QVERIFY(picker->routeCombo()->count() > 3); // cheapest, fastest and the providers serving it
        area->composer()->setPlainText(QStringLiteral("hi"));
        area->sendComposer();
        QVERIFY(waitIdle(*area));
        QCOMPARE(backend.sent.last().request.model, QStringLiteral("meta-llama/Llama-3.3-70B-Instruct:groq"));
        QCOMPARE(backend.sent.last().pinned, QStringLiteral("groq"));

        // Local SmolLM3 with thinking off: /no_think in the system prompt.
        area->newConversation();
        picker->modelCombo()->setCurrentIndex(picker->findLocal(QStringLiteral("HuggingFaceTB/SmolLM3-3B")));
        QCOMPARE(picker->modelSpec(), QStringLiteral("HuggingFaceTB/SmolLM3-3B:local"));
        area->thinkToggle()->setChecked(false);
        area->composer()->setPlainText(QStringLiteral("quick"));
        area->sendComposer();
        QVERIFY(waitIdle(*area));
        const ChatRequest &r = backend.sent.last().request;
        QCOMPARE(r.model, QStringLiteral("HuggingFaceTB/SmolLM3-3B:local"));
        QCOMPARE(r.messages.first().role, QStringLiteral("system"));
        QVERIFY(r.messages.first().content.contains(QStringLiteral("/no_think")));
    }

    void offlineUsesTheLocalModel()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend);
        QVERIFY(area);
        area->modelPicker()->setModelSpec(QStringLiteral("gpt-4o:cheapest"));
        area->setOffline(true);
        QVERIFY(area->findChild<QLabel *>(QStringLiteral("offlineIndicator"))->isVisibleTo(area.get()));
        area->composer()->setPlainText(QStringLiteral("no network"));
        area->sendComposer();
        QVERIFY(waitIdle(*area));
        QCOMPARE(backend.sent.last().request.model, QStringLiteral("HuggingFaceTB/SmolLM3-3B:local"));
        QCOMPARE(backend.sent.last().pinned, QStringLiteral("local"));
    }

    void thinkingIsCollapsedAndToggles()
    {
        FakeChatBackend backend;
        backend.reasoning = { QStringLiteral("Step one. "), QStringLiteral("Step two.") };
        auto area = makeArea(&backend);
        QVERIFY(area);
        area->composer()->setPlainText(QStringLiteral("think"));
        area->sendComposer();
        QVERIFY(waitIdle(*area));
        ChatView *view = area->messageView();
        const QModelIndex answer = area->conversationModel()->index(1);
        QCOMPARE(
            answer.data(ConversationModel::ReasoningRole).toString(), QStringLiteral("Step one. Step two."));
        QVERIFY(!answer.data(ConversationModel::ThinkingExpandedRole).toBool());
        QCoreApplication::processEvents();
        const int collapsed = view->visualRect(answer).height();
        QVERIFY(area->conversationModel()->setData(answer, true, ConversationModel::ThinkingExpandedRole));
        QVERIFY(QTest::qWaitFor([&] { return view->visualRect(answer).height() > collapsed; }));
    }

    void codeBlocksAreFoundForCopy()
    {
        ConversationModel model;
        StoredMessage m;
        m.role = QStringLiteral("assistant");
        m.content = QStringLiteral(
            "Try this:\n\n```python\nprint('a')\nprint('b')\n```\n\nand\n\n```\nls -la\n```\n");
        model.appendMessage(m);
        ChatView view;
        view.setModel(&model);
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList blocks = view.messageDelegate()->codeBlocks(model.index(0));
        QCOMPARE(
            blocks, (QStringList { QStringLiteral("print('a')\nprint('b')"), QStringLiteral("ls -la") }));
    }

    void twoThousandMessagesOpenAndPaint()
    {
        FakeChatBackend backend;
        auto area = makeArea(&backend);
        QVERIFY(area);
        ConversationStore *store = area->store();
        const qint64 id = store->create(QStringLiteral("Long"))->id;
        QVector<StoredMessage> batch;
        for (int i = 0; i < 2000; ++i) {
            StoredMessage m;
            m.conversationId = id;
            m.role = i % 2 ? QStringLiteral("assistant") : QStringLiteral("user");
            m.content = i % 2
                ? QStringLiteral(
                    "Answer **%1** with `code` and a list:\n\n- one\n- two\n\n```cpp\nint x = %1;\n```")
                      .arg(i)
                : QStringLiteral("Question %1: how does this work?").arg(i);
            m.provider = i % 2 ? QStringLiteral("groq") : QString();
            batch << m;
        }
        QVERIFY(store->appendMessages(batch));
        QElapsedTimer t;
        t.start();
        QVERIFY(area->selectConversation(id));
        QCoreApplication::processEvents();
        const QImage image = area->messageView()->grab().toImage();
        qInfo("opened and painted 2,000 messages in %lld ms (figure for the report, not asserted)",
            t.elapsed());
        QCOMPARE(area->conversationModel()->rowCount(), 2000);
        QVERIFY(!image.isNull());
        // Something was painted besides the background.
        const QRgb bg = image.pixel(1, 1);
        bool painted = false;
        for (int y = 0; y < image.height() && !painted; y += 3)
            for (int x = 0; x < image.width() && !painted; x += 3)
                painted = image.pixel(x, y) != bg;
        QVERIFY(painted);
        // Opened at the newest message.
        QVERIFY(QTest::qWaitFor([&] { return area->messageView()->isAtBottom(); }));
        const QModelIndex last = area->conversationModel()->index(1999);
        QVERIFY(area->messageView()->viewport()->rect().intersects(area->messageView()->visualRect(last)));
    }
};

QTEST_MAIN(TestChatArea)
#include "TestChatArea.moc"
