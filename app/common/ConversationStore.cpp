#include "app/common/ConversationStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

#include "app/common/DataPaths.h"

namespace sb {

namespace {

const int kSchemaVersion = 1;

const char *const kSchema[] = {
    R"(CREATE TABLE IF NOT EXISTS conversations (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        title         TEXT    NOT NULL,
        pinned        INTEGER NOT NULL DEFAULT 0,
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        system_prompt TEXT    NOT NULL DEFAULT '',
        model         TEXT    NOT NULL DEFAULT '',
        temperature   REAL,               -- NULL: provider default
        top_p         REAL,
        max_tokens    INTEGER NOT NULL DEFAULT 0,
        think         INTEGER NOT NULL DEFAULT 1
    ))",
    R"(CREATE TABLE IF NOT EXISTS messages (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        role            TEXT    NOT NULL,
        content         TEXT    NOT NULL DEFAULT '',
        reasoning       TEXT    NOT NULL DEFAULT '',
        provider        TEXT    NOT NULL DEFAULT '',
        model           TEXT    NOT NULL DEFAULT '',
        tokens_in       INTEGER NOT NULL DEFAULT 0,
        tokens_out      INTEGER NOT NULL DEFAULT 0,
        cost_usd        REAL    NOT NULL DEFAULT 0,
        ttft_ms         INTEGER NOT NULL DEFAULT -1,
        tokens_per_sec  REAL    NOT NULL DEFAULT 0,
        created_at      INTEGER NOT NULL,
        status          TEXT    NOT NULL DEFAULT 'done',
        error           TEXT    NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX IF NOT EXISTS messages_conversation ON messages(conversation_id, id)",
};

const char kMessageColumns[]
    = "id, conversation_id, role, content, reasoning, provider, model, tokens_in, tokens_out, "
      "cost_usd, ttft_ms, tokens_per_sec, created_at, status, error";
const char kConversationColumns[]
    = "id, title, pinned, created_at, updated_at, system_prompt, model, temperature, "
      "top_p, max_tokens, think";

// A null QString binds as SQL NULL; the columns are NOT NULL text.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

ConversationInfo readConversation(const QSqlQuery &q)
{
    ConversationInfo c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.pinned = q.value(2).toInt() != 0;
    c.createdMs = q.value(3).toLongLong();
    c.updatedMs = q.value(4).toLongLong();
    c.settings.systemPrompt = q.value(5).toString();
    c.settings.model = q.value(6).toString();
    if (!q.value(7).isNull())
        c.settings.temperature = q.value(7).toDouble();
    if (!q.value(8).isNull())
        c.settings.topP = q.value(8).toDouble();
    c.settings.maxTokens = q.value(9).toInt();
    c.settings.think = q.value(10).toInt() != 0;
    return c;
}

StoredMessage readMessage(const QSqlQuery &q)
{
    StoredMessage m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.role = q.value(2).toString();
    m.content = q.value(3).toString();
    m.reasoning = q.value(4).toString();
    m.provider = q.value(5).toString();
    m.model = q.value(6).toString();
    m.tokensIn = q.value(7).toLongLong();
    m.tokensOut = q.value(8).toLongLong();
    m.costUsd = q.value(9).toDouble();
    m.ttftMs = q.value(10).toLongLong();
    m.tokensPerSec = q.value(11).toDouble();
    m.createdMs = q.value(12).toLongLong();
    m.status = messageStatusFromName(q.value(13).toString());
    m.error = q.value(14).toString();
    return m;
}

void bindMessage(QSqlQuery &q, const StoredMessage &m)
{
    q.bindValue(QStringLiteral(":conversation_id"), m.conversationId);
    q.bindValue(QStringLiteral(":role"), text(m.role));
    q.bindValue(QStringLiteral(":content"), text(m.content));
    q.bindValue(QStringLiteral(":reasoning"), text(m.reasoning));
    q.bindValue(QStringLiteral(":provider"), text(m.provider));
    q.bindValue(QStringLiteral(":model"), text(m.model));
    q.bindValue(QStringLiteral(":tokens_in"), m.tokensIn);
    q.bindValue(QStringLiteral(":tokens_out"), m.tokensOut);
    q.bindValue(QStringLiteral(":cost_usd"), m.costUsd);
    q.bindValue(QStringLiteral(":ttft_ms"), m.ttftMs);
    q.bindValue(QStringLiteral(":tokens_per_sec"), m.tokensPerSec);
    q.bindValue(QStringLiteral(":created_at"), m.createdMs);
    q.bindValue(QStringLiteral(":status"), messageStatusName(m.status));
    q.bindValue(QStringLiteral(":error"), text(m.error));
}

// Runs `body` inside one transaction; rolls back when it fails.
template <typename F> Outcome<void> inTransaction(QSqlDatabase db, const QString &path, F &&body)
{
    if (!db.transaction())
        return Outcome<void>::failure(QStringLiteral("conversations %1: cannot begin a transaction: %2")
                                          .arg(path, db.lastError().text()));
    Outcome<void> r = body();
    if (!r) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        const QString e = db.lastError().text();
        db.rollback();
        return Outcome<void>::failure(QStringLiteral("conversations %1: commit failed: %2").arg(path, e));
    }
    return {};
}

} // namespace

QString messageStatusName(StoredMessage::Status s)
{
    switch (s) {
    case StoredMessage::Status::Done:
        return QStringLiteral("done");
    case StoredMessage::Status::Streaming:
        return QStringLiteral("streaming");
    case StoredMessage::Status::Stopped:
        return QStringLiteral("stopped");
    case StoredMessage::Status::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("done");
}

StoredMessage::Status messageStatusFromName(const QString &name)
{
    for (auto s : { StoredMessage::Status::Done, StoredMessage::Status::Streaming,
             StoredMessage::Status::Stopped, StoredMessage::Status::Error })
        if (messageStatusName(s) == name)
            return s;
    return StoredMessage::Status::Done;
}

QString ConversationStore::defaultPath()
{
    return dataPaths::filePath(QStringLiteral("conversations.sqlite"));
}

ConversationStore::ConversationStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

ConversationStore::~ConversationStore()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ConversationStore::fail(const QString &what, const QString &sqlError) const
{
    return QStringLiteral("conversations %1: %2: %3").arg(m_path, what, sqlError);
}

Outcome<std::unique_ptr<ConversationStore>> ConversationStore::open(const QString &path)
{
    using R = Outcome<std::unique_ptr<ConversationStore>>;
    static std::atomic<int> counter { 0 };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(QStringLiteral("conversations %1: cannot create the directory %2")
                              .arg(path, info.absolutePath()));
    const QString connection = QStringLiteral("sb-conversations-%1").arg(counter.fetch_add(1));
    std::unique_ptr<ConversationStore> store(new ConversationStore(path, connection));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!d.open())
            return R::failure(store->fail(QStringLiteral("cannot open"), d.lastError().text()));
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
            || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return R::failure(store->fail(QStringLiteral("cannot switch to WAL mode"), q.lastError().text()));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    if (auto m = store->migrate(); !m)
        return R::failure(m.error());
    return R(std::move(store));
}

Outcome<void> ConversationStore::migrate()
{
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot read the schema version"), q.lastError().text()));
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return Outcome<void>::failure(
            fail(QStringLiteral("schema version %1 is newer than this build understands").arg(version),
                QStringLiteral("upgrade Switchboard")));
    if (version == kSchemaVersion)
        return {};
    return inTransaction(d, m_path, [&]() -> Outcome<void> {
        QSqlQuery s(d);
        for (const char *sql : kSchema)
            if (!s.exec(QString::fromLatin1(sql)))
                return Outcome<void>::failure(
                    fail(QStringLiteral("cannot create the schema"), s.lastError().text()));
        if (!s.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)))
            return Outcome<void>::failure(
                fail(QStringLiteral("cannot set the schema version"), s.lastError().text()));
        return {};
    });
}

QString ConversationStore::journalMode() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString().toLower();
    return {};
}

Outcome<ConversationInfo> ConversationStore::create(
    const QString &title, const ConversationSettings &settings)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO conversations (title, pinned, created_at, updated_at, system_prompt, model, "
        "temperature, top_p, max_tokens, think) VALUES (:title, 0, :now, :now, :sp, :model, "
        ":temp, :topp, :max, :think)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.bindValue(QStringLiteral(":title"), text(title));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":sp"), text(settings.systemPrompt));
    q.bindValue(QStringLiteral(":model"), text(settings.model));
    q.bindValue(QStringLiteral(":temp"), optionalDouble(settings.temperature));
    q.bindValue(QStringLiteral(":topp"), optionalDouble(settings.topP));
    q.bindValue(QStringLiteral(":max"), settings.maxTokens);
    q.bindValue(QStringLiteral(":think"), settings.think ? 1 : 0);
    if (!q.exec())
        return Outcome<ConversationInfo>::failure(
            fail(QStringLiteral("cannot create a conversation"), q.lastError().text()));
    ConversationInfo c;
    c.id = q.lastInsertId().toLongLong();
    c.title = title;
    c.createdMs = c.updatedMs = now;
    c.settings = settings;
    return c;
}

Outcome<void> ConversationStore::rename(qint64 id, const QString &title)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE conversations SET title = :t WHERE id = :id"));
    q.bindValue(QStringLiteral(":t"), text(title));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot rename conversation %1").arg(id), q.lastError().text()));
    return {};
}

Outcome<void> ConversationStore::setPinned(qint64 id, bool pinned)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE conversations SET pinned = :p WHERE id = :id"));
    q.bindValue(QStringLiteral(":p"), pinned ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot pin conversation %1").arg(id), q.lastError().text()));
    return {};
}

Outcome<void> ConversationStore::updateSettings(qint64 id, const ConversationSettings &s)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("UPDATE conversations SET system_prompt = :sp, model = :model, temperature = :temp, "
                       "top_p = :topp, max_tokens = :max, think = :think WHERE id = :id"));
    q.bindValue(QStringLiteral(":sp"), text(s.systemPrompt));
    q.bindValue(QStringLiteral(":model"), text(s.model));
    q.bindValue(QStringLiteral(":temp"), optionalDouble(s.temperature));
    q.bindValue(QStringLiteral(":topp"), optionalDouble(s.topP));
    q.bindValue(QStringLiteral(":max"), s.maxTokens);
    q.bindValue(QStringLiteral(":think"), s.think ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Outcome<void>::failure(fail(
            QStringLiteral("cannot save the settings of conversation %1").arg(id), q.lastError().text()));
    return {};
}

Outcome<void> ConversationStore::remove(qint64 id)
{
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    return inTransaction(d, m_path, [&]() -> Outcome<void> {
        QSqlQuery q(d);
        // Explicit, so an older file without foreign keys enforced loses no orphan rows' space.
        q.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Outcome<void>::failure(
                fail(QStringLiteral("cannot delete the messages of conversation %1").arg(id),
                    q.lastError().text()));
        q.prepare(QStringLiteral("DELETE FROM conversations WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return Outcome<void>::failure(
                fail(QStringLiteral("cannot delete conversation %1").arg(id), q.lastError().text()));
        return {};
    });
}

Outcome<ConversationInfo> ConversationStore::conversation(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE id = :id")
                  .arg(QLatin1String(kConversationColumns)));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Outcome<ConversationInfo>::failure(
            fail(QStringLiteral("cannot read conversation %1").arg(id), q.lastError().text()));
    if (!q.next())
        return Outcome<ConversationInfo>::failure(
            QStringLiteral("conversations %1: no conversation %2").arg(m_path).arg(id));
    return readConversation(q);
}

Outcome<QVector<ConversationInfo>> ConversationStore::list(const QString &search) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QString sql = QStringLiteral("SELECT %1 FROM conversations c").arg(QLatin1String(kConversationColumns));
    const QString needle = search.trimmed();
    if (!needle.isEmpty())
        sql += QStringLiteral(" WHERE c.title LIKE :s ESCAPE '\\' OR EXISTS (SELECT 1 FROM messages m "
                              "WHERE m.conversation_id = c.id AND m.content LIKE :s ESCAPE '\\')");
    sql += QStringLiteral(" ORDER BY pinned DESC, updated_at DESC, id DESC");
    q.prepare(sql);
    if (!needle.isEmpty()) {
        QString escaped = needle;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        q.bindValue(QStringLiteral(":s"), QStringLiteral("%%1%").arg(escaped));
    }
    if (!q.exec())
        return Outcome<QVector<ConversationInfo>>::failure(
            fail(QStringLiteral("cannot list conversations"), q.lastError().text()));
    QVector<ConversationInfo> out;
    while (q.next())
        out.push_back(readConversation(q));
    return out;
}

Outcome<QVector<StoredMessage>> ConversationStore::messages(qint64 conversationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = :c ORDER BY id")
                  .arg(QLatin1String(kMessageColumns)));
    q.bindValue(QStringLiteral(":c"), conversationId);
    if (!q.exec())
        return Outcome<QVector<StoredMessage>>::failure(
            fail(QStringLiteral("cannot read the messages of conversation %1").arg(conversationId),
                q.lastError().text()));
    QVector<StoredMessage> out;
    while (q.next())
        out.push_back(readMessage(q));
    return out;
}

Outcome<void> ConversationStore::touch(qint64 conversationId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Strictly later than any other conversation, so "most recent first" holds within one millisecond.
    q.prepare(QStringLiteral(
        "UPDATE conversations SET updated_at = MAX(:now, (SELECT MAX(updated_at) + 1 FROM conversations)) "
        "WHERE id = :id"));
    q.bindValue(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":id"), conversationId);
    if (!q.exec())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot update conversation %1").arg(conversationId), q.lastError().text()));
    return {};
}

Outcome<void> ConversationStore::appendMessage(StoredMessage &message)
{
    QVector<StoredMessage> one { message };
    Outcome<void> r = appendMessages(one);
    if (r)
        message = one.front();
    return r;
}

Outcome<void> ConversationStore::appendMessages(QVector<StoredMessage> &messages)
{
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    return inTransaction(d, m_path, [&]() -> Outcome<void> {
        QSqlQuery q(d);
        q.prepare(QStringLiteral(
            "INSERT INTO messages (conversation_id, role, content, reasoning, provider, model, tokens_in, "
            "tokens_out, cost_usd, ttft_ms, tokens_per_sec, created_at, status, error) VALUES "
            "(:conversation_id, :role, :content, :reasoning, :provider, :model, :tokens_in, :tokens_out, "
            ":cost_usd, :ttft_ms, :tokens_per_sec, :created_at, :status, :error)"));
        QSet<qint64> touched;
        for (StoredMessage &m : messages) {
            if (m.createdMs == 0)
                m.createdMs = QDateTime::currentMSecsSinceEpoch();
            bindMessage(q, m);
            if (!q.exec())
                return Outcome<void>::failure(
                    fail(QStringLiteral("cannot store a message in conversation %1").arg(m.conversationId),
                        q.lastError().text()));
            m.id = q.lastInsertId().toLongLong();
            touched.insert(m.conversationId);
        }
        for (qint64 c : touched)
            if (auto t = touch(c); !t)
                return t;
        return {};
    });
}

Outcome<void> ConversationStore::updateMessage(const StoredMessage &m)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "UPDATE messages SET conversation_id = :conversation_id, role = :role, content = :content, "
        "reasoning = :reasoning, provider = :provider, model = :model, tokens_in = :tokens_in, "
        "tokens_out = :tokens_out, cost_usd = :cost_usd, ttft_ms = :ttft_ms, "
        "tokens_per_sec = :tokens_per_sec, created_at = :created_at, status = :status, "
        "error = :error WHERE id = :id"));
    bindMessage(q, m);
    q.bindValue(QStringLiteral(":id"), m.id);
    if (!q.exec())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot update message %1").arg(m.id), q.lastError().text()));
    return {};
}

Outcome<void> ConversationStore::truncateFrom(qint64 conversationId, qint64 messageId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = :c AND id >= :m"));
    q.bindValue(QStringLiteral(":c"), conversationId);
    q.bindValue(QStringLiteral(":m"), messageId);
    if (!q.exec())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot delete messages of conversation %1").arg(conversationId),
                q.lastError().text()));
    return touch(conversationId);
}

} // namespace sb
