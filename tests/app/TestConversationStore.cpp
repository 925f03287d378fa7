// Conversations in real SQLite (QTemporaryDir): round trip of every field, search, pin order,
// delete, truncate, WAL, and exports.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/common/ConversationExport.h"
#include "app/common/ConversationStore.h"

using namespace sb;

class TestConversationStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static StoredMessage answer(qint64 conv, const QString &text)
    {
        StoredMessage m;
        m.conversationId = conv;
        m.role = QStringLiteral("assistant");
        m.content = text;
        m.reasoning = QStringLiteral("Let me think.");
        m.provider = QStringLiteral("groq");
        m.model = QStringLiteral("meta-llama/Llama-3.3-70B-Instruct");
        m.tokensIn = 120;
        m.tokensOut = 48;
        m.costUsd = 0.000123;
        m.ttftMs = 231;
        m.tokensPerSec = 312.5;
        m.status = StoredMessage::Status::Stopped;
        m.error = QStringLiteral("stopped by you");
        return m;
    }

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        ConversationSettings settings;
        settings.systemPrompt = QStringLiteral("Be brief.");
        settings.model = QStringLiteral("gpt-4o-mini:cheapest");
        settings.temperature = 0.3;
        settings.maxTokens = 256;
        settings.think = false;
        qint64 id = 0;
        StoredMessage written = answer(0, QStringLiteral("**Bold** and `code`"));
        {
            auto store = ConversationStore::open(path("round.sqlite"));
            QVERIFY2(store, qPrintable(store.error()));
            QCOMPARE(store.value()->journalMode(), QStringLiteral("wal"));
            auto c = store.value()->create(QStringLiteral("Trip"), settings);
            QVERIFY2(c, qPrintable(c.error()));
            id = c->id;
            StoredMessage user;
            user.conversationId = id;
            user.role = QStringLiteral("user");
            user.content = QStringLiteral("Hi ünïcode ✓");
            {
                auto appended = store.value()->appendMessage(user);
                QVERIFY2(appended, qPrintable(appended.error()));
            }
            written.conversationId = id;
            QVERIFY(store.value()->appendMessage(written));
            QVERIFY(written.id > user.id);
        }
        auto store = ConversationStore::open(path("round.sqlite"));
        QVERIFY(store);
        auto info = store.value()->conversation(id);
        QVERIFY(info);
        QCOMPARE(info->title, QStringLiteral("Trip"));
        QCOMPARE(info->settings.systemPrompt, settings.systemPrompt);
        QCOMPARE(info->settings.model, settings.model);
        QCOMPARE(info->settings.temperature.value(), 0.3);
        QVERIFY(!info->settings.topP.has_value());
        QCOMPARE(info->settings.maxTokens, 256);
        QCOMPARE(info->settings.think, false);
        auto messages = store.value()->messages(id);
        QVERIFY(messages);
        QCOMPARE(messages->size(), 2);
        QCOMPARE(messages->at(0).content, QStringLiteral("Hi ünïcode ✓"));
        const StoredMessage &r = messages->at(1);
        QCOMPARE(r.id, written.id);
        QCOMPARE(r.content, written.content);
        QCOMPARE(r.reasoning, written.reasoning);
        QCOMPARE(r.provider, written.provider);
        QCOMPARE(r.model, written.model);
        QCOMPARE(r.tokensIn, 120);
        QCOMPARE(r.tokensOut, 48);
        QCOMPARE(r.costUsd, 0.000123);
        QCOMPARE(r.ttftMs, 231);
        QCOMPARE(r.tokensPerSec, 312.5);
        QCOMPARE(r.status, StoredMessage::Status::Stopped);
        QCOMPARE(r.error, written.error);
    }

    void searchPinRenameDelete()
    {
        auto opened = ConversationStore::open(path("list.sqlite"));
        QVERIFY(opened);
        ConversationStore &store = *opened.value();
        const qint64 a = store.create(QStringLiteral("Rust lifetimes"))->id;
        const qint64 b = store.create(QStringLiteral("Dinner ideas"))->id;
        const qint64 c = store.create(QStringLiteral("Qt delegates"))->id;
        StoredMessage m;
        m.conversationId = b;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral("a recipe with 100% butter");
        QVERIFY(store.appendMessage(m));

        auto ids = [&](const QString &search) {
            QList<qint64> out;
            const auto listed = store.list(search);
            for (const ConversationInfo &i : listed.value())
                out << i.id;
            return out;
        };
        QCOMPARE(ids({}).first(), b); // most recently updated first
        QVERIFY(store.setPinned(a, true));
        QCOMPARE(ids({}).first(), a);
        QCOMPARE(ids(QStringLiteral("qt")), QList<qint64> { c });
        QCOMPARE(ids(QStringLiteral("BUTTER")), QList<qint64> { b }); // message text, any case
        QCOMPARE(ids(QStringLiteral("100%")), QList<qint64> { b }); // % is literal, not a wildcard
        QCOMPARE(ids(QStringLiteral("0%b")), QList<qint64> {});
        QVERIFY(store.rename(c, QStringLiteral("Qt item views")));
        QCOMPARE(store.conversation(c)->title, QStringLiteral("Qt item views"));
        QVERIFY(store.remove(b));
        QCOMPARE(ids({}).size(), 2);
        QVERIFY(store.messages(b)->isEmpty());
        QVERIFY(!store.conversation(b));
    }

    void truncateFromDropsLaterMessages()
    {
        auto opened = ConversationStore::open(path("trunc.sqlite"));
        QVERIFY(opened);
        ConversationStore &store = *opened.value();
        const qint64 id = store.create(QStringLiteral("t"))->id;
        const qint64 other = store.create(QStringLiteral("o"))->id;
        QVector<StoredMessage> batch;
        for (int i = 0; i < 6; ++i) {
            StoredMessage m;
            m.conversationId = i == 5 ? other : id;
            m.role = i % 2 ? QStringLiteral("assistant") : QStringLiteral("user");
            m.content = QString::number(i);
            batch << m;
        }
        QVERIFY(store.appendMessages(batch));
        QVERIFY(store.truncateFrom(id, batch[2].id));
        const auto left = store.messages(id).value();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.last().content, QStringLiteral("1"));
        QCOMPARE(store.messages(other)->size(), 1); // other conversations untouched
    }

    void unwritableLocationFailsWithThePath()
    {
        auto store = ConversationStore::open(QStringLiteral("/proc/no-such-dir/conversations.sqlite"));
        QVERIFY(!store);
        QVERIFY2(store.error().contains(QStringLiteral("/proc/no-such-dir")), qPrintable(store.error()));
    }

    void exportsMarkdownAndJson()
    {
        ConversationInfo info;
        info.title = QStringLiteral("Export me");
        info.settings.model = QStringLiteral("gpt-4o:fastest");
        StoredMessage user;
        user.role = QStringLiteral("user");
        user.content = QStringLiteral("Write a loop");
        const StoredMessage a = answer(1, QStringLiteral("```cpp\nfor (;;) {}\n```"));
        const QString md = conversationExport::toMarkdown(info, { user, a });
        QVERIFY(md.startsWith(QStringLiteral("# Export me\n")));
        QVERIFY(md.contains(QStringLiteral("## You\n\nWrite a loop")));
        QVERIFY(md.contains(QStringLiteral("```cpp\nfor (;;) {}\n```")));
        QVERIFY(md.contains(QStringLiteral("<summary>Thinking</summary>")));
        QVERIFY(md.contains(QStringLiteral("groq · meta-llama/Llama-3.3-70B-Instruct")));
        QVERIFY(md.contains(QStringLiteral("TTFT 231 ms")));

        const QJsonObject root
            = QJsonDocument::fromJson(conversationExport::toJson(info, { user, a })).object();
        QCOMPARE(root.value("title").toString(), QStringLiteral("Export me"));
        QCOMPARE(
            root.value("settings").toObject().value("model").toString(), QStringLiteral("gpt-4o:fastest"));
        const QJsonArray msgs = root.value("messages").toArray();
        QCOMPARE(msgs.size(), 2);
        QCOMPARE(msgs[0].toObject().value("role").toString(), QStringLiteral("user"));
        const QJsonObject second = msgs[1].toObject();
        QCOMPARE(second.value("provider").toString(), QStringLiteral("groq"));
        QCOMPARE(second.value("usage").toObject().value("completion_tokens").toInt(), 48);
        QCOMPARE(second.value("cost_usd").toDouble(), 0.000123);
        QCOMPARE(second.value("ttft_ms").toInt(), 231);
        QCOMPARE(second.value("status").toString(), QStringLiteral("stopped"));
    }
};

QTEST_MAIN(TestConversationStore)
#include "TestConversationStore.moc"
