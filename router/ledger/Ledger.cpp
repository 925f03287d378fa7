#include "router/ledger/Ledger.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace sb {

namespace {

const char kColumns[]
    = "id, request_id, attempt, started_at, provider, model, provider_model, policy, status, "
      "http_status, error_class, error_text, ttft_ms, duration_ms, tokens_in, tokens_out, "
      "tokens_cached, tokens_estimated, cost_usd, currency, user_name, team_name, reserved_usd";

AttemptRecord readRecord(const QSqlQuery &q)
{
    AttemptRecord r;
    r.rowId = q.value(0).toLongLong();
    r.requestId = q.value(1).toString();
    r.attempt = q.value(2).toInt();
    r.startedAtMs = q.value(3).toLongLong();
    r.provider = q.value(4).toString();
    r.model = q.value(5).toString();
    r.providerModel = q.value(6).toString();
    r.policy = q.value(7).toString();
    r.status = attemptStatusFromName(q.value(8).toString()).value_or(AttemptStatus::Error);
    r.httpStatus = q.value(9).toInt();
    r.errorClass = q.value(10).toString();
    r.errorText = q.value(11).toString();
    if (!q.value(12).isNull())
        r.ttftMs = q.value(12).toLongLong();
    r.durationMs = q.value(13).toLongLong();
    r.tokensIn = q.value(14).toLongLong();
    r.tokensOut = q.value(15).toLongLong();
    r.tokensCached = q.value(16).toLongLong();
    r.tokensEstimated = q.value(17).toInt() != 0;
    r.costUsd = q.value(18).toDouble();
    r.currency = q.value(19).toString();
    r.userName = q.value(20).toString();
    r.teamName = q.value(21).toString();
    r.reservedUsd = q.value(22).toDouble();
    return r;
}

void bindRecord(QSqlQuery &q, const AttemptRecord &r)
{
    q.bindValue(QStringLiteral(":request_id"), r.requestId);
    q.bindValue(QStringLiteral(":attempt"), r.attempt);
    q.bindValue(QStringLiteral(":started_at"), r.startedAtMs);
    q.bindValue(QStringLiteral(":provider"), r.provider);
    q.bindValue(QStringLiteral(":model"), r.model);
    q.bindValue(QStringLiteral(":provider_model"), r.providerModel);
    q.bindValue(QStringLiteral(":policy"), r.policy);
    q.bindValue(QStringLiteral(":status"), attemptStatusName(r.status));
    q.bindValue(QStringLiteral(":http_status"), r.httpStatus);
    q.bindValue(QStringLiteral(":error_class"), r.errorClass);
    q.bindValue(QStringLiteral(":error_text"), r.errorText);
    q.bindValue(
        QStringLiteral(":ttft_ms"), r.ttftMs ? QVariant(*r.ttftMs) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":duration_ms"), r.durationMs);
    q.bindValue(QStringLiteral(":tokens_in"), r.tokensIn);
    q.bindValue(QStringLiteral(":tokens_out"), r.tokensOut);
    q.bindValue(QStringLiteral(":tokens_cached"), r.tokensCached);
    q.bindValue(QStringLiteral(":tokens_estimated"), r.tokensEstimated ? 1 : 0);
    q.bindValue(QStringLiteral(":cost_usd"), r.costUsd);
    q.bindValue(QStringLiteral(":currency"), r.currency);
    q.bindValue(QStringLiteral(":user_name"), r.userName);
    q.bindValue(QStringLiteral(":team_name"), r.teamName);
    q.bindValue(QStringLiteral(":reserved_usd"), r.reservedUsd);
}

} // namespace

QString attemptStatusName(AttemptStatus s)
{
    switch (s) {
    case AttemptStatus::Pending:
        return QStringLiteral("pending");
    case AttemptStatus::Ok:
        return QStringLiteral("ok");
    case AttemptStatus::Error:
        return QStringLiteral("error");
    case AttemptStatus::Cancelled:
        return QStringLiteral("cancelled");
    case AttemptStatus::Refused:
        return QStringLiteral("refused");
    case AttemptStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<AttemptStatus> attemptStatusFromName(const QString &name)
{
    for (AttemptStatus s : { AttemptStatus::Pending, AttemptStatus::Ok, AttemptStatus::Error,
             AttemptStatus::Cancelled, AttemptStatus::Refused, AttemptStatus::Interrupted })
        if (attemptStatusName(s) == name)
            return s;
    return std::nullopt;
}

int Ledger::latestSchemaVersion()
{
    return ledgerschema::latestVersion();
}

QString Ledger::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("ledger.sqlite"));
}

Ledger::Ledger(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

Ledger::~Ledger()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen()) {
            // A clean exit leaves no pending rows of ours; the instance row goes with us.
            if (!m_instanceId.isEmpty() && !m_readOnly) {
                QSqlQuery q(d);
                q.prepare(QStringLiteral("DELETE FROM ledger_instances WHERE id = ?"));
                q.addBindValue(m_instanceId);
                q.exec();
            }
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Ledger::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Ledger::fail(const QString &what, const QString &sqlError) const
{
    return QStringLiteral("ledger %1: %2: %3").arg(displayName(m_path), what, sqlError);
}

bool Ledger::beginWrite(QString *error)
{
    QSqlDatabase d = db();
    if (m_backend == LedgerBackend::Sqlite) {
        // A deferred BEGIN would read first and then fail to upgrade its lock under contention.
        QSqlQuery q(d);
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        *error = q.lastError().text();
        return false;
    }
    if (d.transaction())
        return true;
    *error = d.lastError().text();
    return false;
}

Outcome<std::unique_ptr<Ledger>> Ledger::open(const QString &path, const Options &options)
{
    using R = Outcome<std::unique_ptr<Ledger>>;
    static std::atomic<int> counter { 0 };
    const QString connection = QStringLiteral("sb-ledger-%1").arg(counter.fetch_add(1));
    std::unique_ptr<Ledger> ledger(new Ledger(path, connection));
    ledger->m_readOnly = options.readOnly;
    ledger->m_staleInstanceMs = options.staleInstanceMs;
    if (isDatabaseUrl(path)) {
        ledger->m_backend = LedgerBackend::PostgreSql;
        if (auto opened = ledger->openPostgres(options); !opened)
            return R::failure(opened.error());
    } else {
        if (!options.readOnly) {
            const QFileInfo info(path);
            if (!QDir().mkpath(info.absolutePath()))
                return R::failure(QStringLiteral("ledger %1: cannot create the directory %2")
                                      .arg(path, info.absolutePath()));
        } else if (!QFileInfo::exists(path)) {
            return R::failure(QStringLiteral("ledger %1: no such file (opened read-only)").arg(path));
        }
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        d.setDatabaseName(path);
        QString opts = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly)
            opts += QStringLiteral(";QSQLITE_OPEN_READONLY");
        d.setConnectOptions(opts);
        if (!d.open())
            return R::failure(ledger->fail(QStringLiteral("cannot open"), d.lastError().text()));
        QSqlQuery q(d);
        if (!options.readOnly) {
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
                || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                return R::failure(
                    ledger->fail(QStringLiteral("cannot switch to WAL mode"), q.lastError().text()));
            q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
        if (options.maxPageCount > 0)
            q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(options.maxPageCount));
    }
    const int version = ledger->schemaVersion();
    if (version > latestSchemaVersion())
        return R::failure(
            ledger->fail(QStringLiteral("schema version %1 is newer than this build understands (%2)")
                             .arg(version)
                             .arg(latestSchemaVersion()),
                QStringLiteral("upgrade Switchboard")));
    if (version < latestSchemaVersion()) {
        if (options.readOnly)
            return R::failure(ledger->fail(
                QStringLiteral("schema version %1 needs migrating, but the file is opened read-only")
                    .arg(version),
                QStringLiteral("open it once read-write")));
        if (auto m = ledger->migrate(); !m)
            return R::failure(m.error());
    }
    if (!options.readOnly) {
        // Before the caller serves anything: our own rows get our stamp, and what dead
        // instances left pending is settled now, not when someone looks at the bill.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (auto reg = ledger->registerInstance(now); !reg)
            qWarning("%s", qPrintable(reg.error()));
        if (auto settled = ledger->settleInterrupted(now); !settled)
            qWarning("%s", qPrintable(settled.error()));
    }
    return R(std::move(ledger));
}

int Ledger::schemaVersion() const
{
    QSqlQuery q(db());
    if (m_backend == LedgerBackend::PostgreSql) {
        if (!q.exec(QStringLiteral("SELECT to_regclass('ledger_schema') IS NOT NULL")) || !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM ledger_schema")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Ledger::journalMode() const
{
    if (m_backend == LedgerBackend::PostgreSql)
        return QStringLiteral("postgresql");
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString().toLower();
    return {};
}

Outcome<void> Ledger::migrate()
{
    QSqlDatabase d = db();
    const bool pg = m_backend == LedgerBackend::PostgreSql;
    for (int v = schemaVersion(); v < latestSchemaVersion(); v = schemaVersion()) {
        if (v < 0)
            return Outcome<void>::failure(
                fail(QStringLiteral("cannot read the schema version"), d.lastError().text()));
        // Two processes opening a fresh ledger at once must not both migrate: SQLite's
        // BEGIN IMMEDIATE, PostgreSQL's transaction-scoped advisory lock.
        QString error;
        if (!beginWrite(&error))
            return Outcome<void>::failure(
                fail(QStringLiteral("cannot start the migration to version %1").arg(v + 1), error));
        QSqlQuery q(d);
        auto rollback = [&] {
            if (pg)
                d.rollback();
            else
                q.exec(QStringLiteral("ROLLBACK"));
        };
        if (pg
            && (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4315001)"))
                || !q.exec(
                    QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_schema (version INTEGER NOT NULL)")))) {
            const QString err = q.lastError().text();
            rollback();
            return Outcome<void>::failure(fail(QStringLiteral("cannot lock the schema"), err));
        }
        if (schemaVersion() != v) { // another process migrated while we waited
            rollback();
            continue;
        }
        for (const QString &sql : ledgerschema::step(m_backend, v)) {
            if (!q.exec(sql)) {
                const QString err = q.lastError().text();
                rollback();
                return Outcome<void>::failure(
                    fail(QStringLiteral("migration to version %1 failed").arg(v + 1), err));
            }
        }
        const bool stamped = pg ? q.exec(QStringLiteral("DELETE FROM ledger_schema"))
                && q.exec(QStringLiteral("INSERT INTO ledger_schema (version) VALUES (%1)").arg(v + 1))
                                : q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        const bool committed = stamped && (pg ? d.commit() : q.exec(QStringLiteral("COMMIT")));
        if (!committed) {
            const QString err = pg && stamped ? d.lastError().text() : q.lastError().text();
            rollback();
            return Outcome<void>::failure(
                fail(QStringLiteral("migration to version %1 failed").arg(v + 1), err));
        }
    }
    return {};
}

Outcome<qint64> Ledger::insert(const AttemptRecord &record)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return Outcome<qint64>::failure(
            fail(QStringLiteral("cannot begin a transaction"), d.lastError().text()));
    QSqlQuery q(d);
    q.prepare(QStringLiteral(
        "INSERT INTO attempts (request_id, attempt, started_at, provider, model, provider_model, policy, "
        "status, "
        "http_status, error_class, error_text, ttft_ms, duration_ms, tokens_in, tokens_out, tokens_cached, "
        "tokens_estimated, cost_usd, currency, user_name, team_name, reserved_usd, instance_id) VALUES "
        "(:request_id, :attempt, :started_at, :provider, :model, "
        "COALESCE(:provider_model, ''), COALESCE(:policy, ''), :status, :http_status, COALESCE(:error_class, "
        "''), COALESCE(:error_text, ''), :ttft_ms, :duration_ms, "
        ":tokens_in, :tokens_out, :tokens_cached, :tokens_estimated, :cost_usd, COALESCE(:currency, "
        "'USD'), COALESCE(:user_name, ''), COALESCE(:team_name, ''), :reserved_usd, :instance_id)%1")
                  .arg(m_backend == LedgerBackend::PostgreSql ? QStringLiteral(" RETURNING id") : QString()));
    bindRecord(q, record);
    q.bindValue(QStringLiteral(":instance_id"), m_instanceId);
    if (!q.exec()) {
        const QString err = q.lastError().text();
        d.rollback();
        return Outcome<qint64>::failure(fail(QStringLiteral("cannot record attempt %1 of request %2")
                                                 .arg(record.attempt)
                                                 .arg(record.requestId),
            err));
    }
    // QPSQL's lastInsertId() is an OID, which tables without OIDs do not have.
    const qint64 id = m_backend == LedgerBackend::PostgreSql ? (q.next() ? q.value(0).toLongLong() : 0)
                                                             : q.lastInsertId().toLongLong();
    if (!d.commit()) {
        const QString err = d.lastError().text();
        d.rollback();
        return Outcome<qint64>::failure(fail(QStringLiteral("cannot commit attempt %1 of request %2")
                                                 .arg(record.attempt)
                                                 .arg(record.requestId),
            err));
    }
    return id;
}

Outcome<void> Ledger::update(const AttemptRecord &record)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot begin a transaction"), d.lastError().text()));
    QSqlQuery q(d);
    q.prepare(QStringLiteral("UPDATE attempts SET request_id=:request_id, attempt=:attempt, "
                             "started_at=:started_at, provider=:provider, "
                             "model=:model, provider_model=COALESCE(:provider_model, ''), "
                             "policy=COALESCE(:policy, ''), status=:status, http_status=:http_status, "
                             "error_class=COALESCE(:error_class, ''), error_text=COALESCE(:error_text, ''), "
                             "ttft_ms=:ttft_ms, duration_ms=:duration_ms, "
                             "tokens_in=:tokens_in, tokens_out=:tokens_out, tokens_cached=:tokens_cached, "
                             "tokens_estimated=:tokens_estimated, cost_usd=:cost_usd, "
                             "currency=COALESCE(:currency, 'USD'), user_name=COALESCE(:user_name, ''), "
                             "team_name=COALESCE(:team_name, ''), reserved_usd=:reserved_usd WHERE id=:id"));
    bindRecord(q, record);
    q.bindValue(QStringLiteral(":id"), record.rowId);
    if (!q.exec() || q.numRowsAffected() != 1) {
        const QString err = q.lastError().isValid() ? q.lastError().text()
                                                    : QStringLiteral("no row with id %1").arg(record.rowId);
        d.rollback();
        return Outcome<void>::failure(fail(QStringLiteral("cannot update attempt %1 of request %2")
                                               .arg(record.attempt)
                                               .arg(record.requestId),
            err));
    }
    if (!d.commit()) {
        const QString err = d.lastError().text();
        d.rollback();
        return Outcome<void>::failure(fail(QStringLiteral("cannot commit attempt %1 of request %2")
                                               .arg(record.attempt)
                                               .arg(record.requestId),
            err));
    }
    return {};
}

Outcome<double> Ledger::spend(qint64 fromMs, qint64 toMs, const QString &provider) const
{
    QSqlQuery q(db());
    q.prepare(provider.isEmpty() ? QStringLiteral(
                  "SELECT COALESCE(SUM(cost_usd), 0) FROM attempts WHERE started_at >= ? AND started_at < ?")
                                 : QStringLiteral("SELECT COALESCE(SUM(cost_usd), 0) FROM attempts WHERE "
                                                  "started_at >= ? AND started_at < ? AND provider = ?"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!provider.isEmpty())
        q.addBindValue(provider);
    if (!q.exec() || !q.next())
        return Outcome<double>::failure(fail(QStringLiteral("cannot read spend"), q.lastError().text()));
    return q.value(0).toDouble();
}

Outcome<QVector<AttemptRecord>> Ledger::attempts(qint64 fromMs, qint64 toMs, int limit) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT %1 FROM attempts WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id LIMIT ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.addBindValue(limit);
    if (!q.exec())
        return Outcome<QVector<AttemptRecord>>::failure(
            fail(QStringLiteral("cannot read attempts"), q.lastError().text()));
    QVector<AttemptRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Outcome<QVector<AttemptRecord>> Ledger::attemptsForRequest(const QString &requestId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE request_id = ? ORDER BY attempt, id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(requestId);
    if (!q.exec())
        return Outcome<QVector<AttemptRecord>>::failure(
            fail(QStringLiteral("cannot read request %1").arg(requestId), q.lastError().text()));
    QVector<AttemptRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Outcome<QString> Ledger::integrityCheck() const
{
    QSqlQuery q(db());
    if (m_backend == LedgerBackend::PostgreSql) // the server keeps its own files sound
        return q.exec(QStringLiteral("SELECT 1"))
            ? Outcome<QString>(QStringLiteral("ok"))
            : Outcome<QString>::failure(
                fail(QStringLiteral("cannot reach the database"), q.lastError().text()));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return Outcome<QString>::failure(
            fail(QStringLiteral("cannot run the integrity check"), q.lastError().text()));
    return q.value(0).toString();
}

} // namespace sb