// The chat as a person uses it, with everything real except the provider: ChatArea -> Router ->
// OpenAI adapter -> HTTP on 127.0.0.1 (MiniOpenAiServer) -> ledger -> Usage & Billing. An answer
// streams in, is stored with its provider and cost, shows up in the bill, and a budget refusal is
// explained in the conversation.
#include <QtTest>

#include <QPushButton>

#include <QLabel>
#include <QPlainTextEdit>

#include "MiniOpenAiServer.h"
#include "app/common/ConversationStore.h"
#include "app/gui/AppServices.h"
#include "app/gui/chat/ChatArea.h"
#include "app/gui/chat/ChatController.h"
#include "app/gui/chat/ConversationModel.h"
#include "app/gui/chat/ModelPicker.h"
#include "app/gui/usage/BillingTableModel.h"
#include "app/gui/usage/UsageArea.h"
#include "router/budget/Budget.h"
#include "router/core/Router.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"

using namespace sb;

class TestChatEndToEnd : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::MiniOpenAiServer m_server;

    QString writeCatalog()
    {
        const QString path = m_dir.filePath(QStringLiteral("providers.json"));
        const QJsonObject model { { "id", "fake-model" }, { "provider_model_id", "fake-model" },
            { "context_window", 8192 }, { "input_per_mtok", 1000.0 }, { "output_per_mtok", 2000.0 } };
        const QJsonObject provider { { "id", "fakeoai" }, { "name", "Fake OpenAI" }, { "kind", "custom" },
            { "base_url", m_server.baseUrl() }, { "wire", "openai" }, { "auth", "none" },
            { "streaming_usage", true }, { "enabled", true }, { "price_date", "2026-01-01" },
            { "models", QJsonArray { model } } };
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QJsonDocument(QJsonObject { { "providers", QJsonArray { provider } } }).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestChatEndToEnd"));
        QSettings().clear();
        QVERIFY(m_server.listen());
    }

    void streamsThroughTheRouterIntoTheLedgerAndTheBill()
    {
        InMemoryKeyStore keys;
        AppServices services(m_dir.filePath(QStringLiteral("ledger.sqlite")), writeCatalog(), &keys);
        QVERIFY2(services.problems().isEmpty(), qPrintable(services.problems().join(';')));
        QVERIFY(services.router()->catalog().provider(QStringLiteral("fakeoai")));
        ChatArea chat;
        QVERIFY(chat.openStore(m_dir.filePath(QStringLiteral("chat.sqlite"))));
        chat.setBackend(services.chatBackend());
        chat.setCatalog(services.router()->catalog(), QString());
        chat.modelPicker()->setModelSpec(QStringLiteral("fake-model:fakeoai"));
        QCOMPARE(chat.modelPicker()->modelSpec(), QStringLiteral("fake-model:fakeoai"));
        UsageArea usage;
        usage.setLedger(services.ledger());
        connect(services.router(), &Router::attemptRecorded, &usage, &UsageArea::scheduleRefresh);
        chat.show();

        ConversationModel *model = chat.conversationModel();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        chat.composer()->setPlainText(QStringLiteral("Say hello"));
        chat.sendComposer();
        QTRY_VERIFY_WITH_TIMEOUT(!chat.controller()->isStreaming(), 10000);
        QCOMPARE(model->rowCount(), 2);
        const StoredMessage answer = model->message(1);
        QVERIFY2(answer.status == StoredMessage::Status::Done, qPrintable(answer.error));
        QCOMPARE(answer.content, QStringLiteral("Hello from the fake provider"));
        QCOMPARE(answer.provider, QStringLiteral("fakeoai"));
        QCOMPARE(answer.tokensIn, 11);
        QCOMPARE(answer.tokensOut, 5);
        QVERIFY(qFuzzyCompare(answer.costUsd, (11 * 1000.0 + 5 * 2000.0) / 1e6));
        QVERIFY(answer.ttftMs >= 0);
        int textUpdates = 0;
        for (const QList<QVariant> &args : changed)
            if (args[0].value<QModelIndex>().row() == 1
                && args[2].value<QList<int>>().contains(Qt::DisplayRole))
                ++textUpdates;
        QCOMPARE(textUpdates, 5); // it streamed, one row update per chunk
        QVERIFY(m_server.lastBody.contains("\"stream\":true"));

        // Stored, billed, charted.
        const auto stored = chat.store()->messages(chat.controller()->currentConversation()).value();
        QCOMPARE(stored[1].provider, QStringLiteral("fakeoai"));
        const auto rows = services.ledger()->attempts(0, std::numeric_limits<qint64>::max());
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().provider, QStringLiteral("fakeoai"));
        QCOMPARE(rows->first().status, AttemptStatus::Ok);
        QTRY_COMPARE(usage.billingModel()->rowCount(), 1);
        QCOMPARE(usage.billingModel()->rows().first().tokensOut, 5);

        // A budget that the next request's worst case would cross: refused before sending, explained.
        BudgetLimit daily;
        daily.period = BudgetPeriod::Daily;
        daily.limitUsd = answer.costUsd + 0.001;
        services.router()->budgets().setLimits({ daily });
        const int before = m_server.requests;
        chat.composer()->setPlainText(QStringLiteral("Again, at length"));
        chat.sendComposer();
        QTRY_VERIFY_WITH_TIMEOUT(!chat.controller()->isStreaming(), 10000);
        const StoredMessage refused = model->message(3);
        QCOMPARE(refused.status, StoredMessage::Status::Error);
        QVERIFY2(refused.error.contains(QStringLiteral("budget")), qPrintable(refused.error));
        // In the person's words: which budget and by how much, no wire-format field names.
        QVERIFY2(!refused.error.contains(QStringLiteral("max_tokens")), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("more than is left")), qPrintable(refused.error));
        QVERIFY(chat.findChild<QPushButton *>(QStringLiteral("chatStatusAction"))->isVisibleTo(&chat));
        QCOMPARE(m_server.requests, before); // never sent
        auto *status = chat.findChild<QLabel *>(QStringLiteral("chatStatus"));
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("budget")));
    }
};

QTEST_MAIN(TestChatEndToEnd)
#include "TestChatEndToEnd.moc"
