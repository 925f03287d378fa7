#include "router/ledger/Ledger.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace sb {

namespace {

// Each entry migrates the schema from version (index) to (index + 1), inside one transaction.
// Never edit a shipped entry; append a new one.
const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> steps = {
        {
            QStringLiteral(R"(CREATE TABLE attempts (
                id              INTEGER PRIMARY KEY AUTOINCREMENT,
                request_id      TEXT    NOT NULL,
                attempt         INTEGER NOT NULL,
                started_at      INTEGER NOT NULL,   -- ms since the Unix epoch, UTC
                provider        TEXT    NOT NULL,
                model           TEXT    NOT NULL,
                provider_model  TEXT    NOT NULL DEFAULT '',
                policy          TEXT    NOT NULL DEFAULT '',
                status          TEXT    NOT NULL,   -- pending | ok | error | cancelled | refused
                http_status     INTEGER NOT NULL DEFAULT 0,
                error_class     TEXT    NOT NULL DEFAULT '',
                error_text      TEXT    NOT NULL DEFAULT '',
                ttft_ms         INTEGER,            -- NULL: no token arrived
                duration_ms     INTEGER NOT NULL DEFAULT 0,
                tokens_in       INTEGER NOT NULL DEFAULT 0,
                tokens_out      INTEGER NOT NULL DEFAULT 0,
                tokens_cached   INTEGER NOT NULL DEFAULT 0,
                tokens_estimated INTEGER NOT NULL DEFAULT 0,
                cost_usd        REAL    NOT NULL DEFAULT 0,
                currency        TEXT    NOT NULL DEFAULT 'USD'
            ))"),
            QStringLiteral("CREATE INDEX attempts_started ON attempts(started_at)"),
            QStringLiteral("CREATE INDEX attempts_provider_started ON attempts(provider, started_at)"),
            QStringLiteral("CREATE INDEX attempts_request ON attempts(request_id, attempt)"),
        },
    };
    return steps;
}

const char kColumns[]
    = "id, request_id, attempt, started_at, provider, model, provider_model, policy, status, "
      "http_status, error_class, error_text, ttft_ms, duration_ms, tokens_in, tokens_out, "
      "tokens_cached, tokens_estimated, cost_usd, currency";

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
}

// Nearest-rank percentile of a sorted list.
double percentile(const QVector<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

double tokensPerSecond(qint64 tokensOut, qint64 durationMs, qint64 ttftMs)
{
    // The first token's arrival ends the TTFT; the rest streamed over the remaining time.
    const qint64 genMs = durationMs - ttftMs;
    if (tokensOut <= 1 || genMs <= 0)
        return 0;
    return double(tokensOut - 1) * 1000.0 / double(genMs);
}

const char kLocalDay[] = "started_at / 1000, 'unixepoch', 'localtime'";

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
    }
    return {};
}

std::optional<AttemptStatus> attemptStatusFromName(const QString &name)
{
    for (AttemptStatus s : { AttemptStatus::Pending, AttemptStatus::Ok, AttemptStatus::Error,
             AttemptStatus::Cancelled, AttemptStatus::Refused })
        if (attemptStatusName(s) == name)
            return s;
    return std::nullopt;
}

int Ledger::latestSchemaVersion()
{
    return int(migrations().size());
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
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Ledger::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Ledger::fail(const QString &what, const QString &sqlError) const
{
    return QStringLiteral("ledger %1: %2: %3").arg(m_path, what, sqlError);
}

Outcome<std::unique_ptr<Ledger>> Ledger::open(const QString &path, const Options &options)
{
    using R = Outcome<std::unique_ptr<Ledger>>;
    static std::atomic<int> counter { 0 };
    const QString connection = QStringLiteral("sb-ledger-%1").arg(counter.fetch_add(1));
    if (!options.readOnly) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(
                QStringLiteral("ledger %1: cannot create the directory %2").arg(path, info.absolutePath()));
    } else if (!QFileInfo::exists(path)) {
        return R::failure(QStringLiteral("ledger %1: no such file (opened read-only)").arg(path));
    }
    std::unique_ptr<Ledger> ledger(new Ledger(path, connection));
    ledger->m_readOnly = options.readOnly;
    {
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
    return R(std::move(ledger));
}

int Ledger::schemaVersion() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Ledger::journalMode() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString().toLower();
    return {};
}

Outcome<void> Ledger::migrate()
{
    QSqlDatabase d = db();
    for (int v = schemaVersion(); v < latestSchemaVersion(); v = schemaVersion()) {
        if (v < 0)
            return Outcome<void>::failure(
                fail(QStringLiteral("cannot read the schema version"), d.lastError().text()));
        // BEGIN IMMEDIATE: two processes opening a fresh file at once must not both migrate.
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Outcome<void>::failure(fail(
                QStringLiteral("cannot start the migration to version %1").arg(v + 1), q.lastError().text()));
        if (schemaVersion() != v) { // the other process migrated while we waited
            q.exec(QStringLiteral("ROLLBACK"));
            continue;
        }
        for (const QString &sql : migrations()[v]) {
            if (!q.exec(sql)) {
                const QString err = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return Outcome<void>::failure(
                    fail(QStringLiteral("migration to version %1 failed").arg(v + 1), err));
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1))
            || !q.exec(QStringLiteral("COMMIT"))) {
            const QString err = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
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
        "tokens_estimated, cost_usd, currency) VALUES (:request_id, :attempt, :started_at, :provider, "
        ":model, "
        "COALESCE(:provider_model, ''), COALESCE(:policy, ''), :status, :http_status, COALESCE(:error_class, "
        "''), COALESCE(:error_text, ''), :ttft_ms, :duration_ms, "
        ":tokens_in, :tokens_out, :tokens_cached, :tokens_estimated, :cost_usd, COALESCE(:currency, "
        "'USD'))"));
    bindRecord(q, record);
    if (!q.exec()) {
        const QString err = q.lastError().text();
        d.rollback();
        return Outcome<qint64>::failure(fail(QStringLiteral("cannot record attempt %1 of request %2")
                                                 .arg(record.attempt)
                                                 .arg(record.requestId),
            err));
    }
    const qint64 id = q.lastInsertId().toLongLong();
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
                             "currency=COALESCE(:currency, 'USD') WHERE id=:id"));
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

Outcome<QVector<CostPoint>> Ledger::costSeries(TimeBucket bucket, qint64 fromMs, qint64 toMs) const
{
    QString expr;
    switch (bucket) {
    case TimeBucket::Day:
        expr = QStringLiteral("date(%1)").arg(QLatin1String(kLocalDay));
        break;
    // 'weekday 0' moves forward to Sunday (or stays); six days back is that week's Monday.
    case TimeBucket::Week:
        expr = QStringLiteral("date(%1, 'weekday 0', '-6 days')").arg(QLatin1String(kLocalDay));
        break;
    case TimeBucket::Month:
        expr = QStringLiteral("date(%1, 'start of month')").arg(QLatin1String(kLocalDay));
        break;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 AS bucket, provider, SUM(cost_usd), COUNT(*) FROM attempts "
                             "WHERE started_at >= ? AND started_at < ? AND status != 'refused' "
                             "GROUP BY bucket, provider ORDER BY bucket, provider")
                  .arg(expr));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return Outcome<QVector<CostPoint>>::failure(
            fail(QStringLiteral("cannot read the cost series"), q.lastError().text()));
    QVector<CostPoint> out;
    while (q.next())
        out.append(CostPoint { QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
            q.value(2).toDouble(), q.value(3).toLongLong() });
    return out;
}

Outcome<QVector<LatencyStats>> Ledger::latencyStats(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT provider, ttft_ms, duration_ms, tokens_out FROM attempts "
                       "WHERE started_at >= ? AND started_at < ? AND status = 'ok' AND ttft_ms IS NOT NULL"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return Outcome<QVector<LatencyStats>>::failure(
            fail(QStringLiteral("cannot read latencies"), q.lastError().text()));
    QMap<QString, QPair<QVector<double>, QVector<double>>> perProvider; // ttfts, tokens/s
    while (q.next()) {
        auto &slot = perProvider[q.value(0).toString()];
        const qint64 ttft = q.value(1).toLongLong();
        slot.first.append(double(ttft));
        const double tps = tokensPerSecond(q.value(3).toLongLong(), q.value(2).toLongLong(), ttft);
        if (tps > 0)
            slot.second.append(tps);
    }
    QVector<LatencyStats> out;
    for (auto it = perProvider.begin(); it != perProvider.end(); ++it) {
        QVector<double> ttfts = it.value().first;
        QVector<double> tps = it.value().second;
        std::sort(ttfts.begin(), ttfts.end());
        std::sort(tps.begin(), tps.end());
        LatencyStats s;
        s.provider = it.key();
        s.samples = ttfts.size();
        s.ttftP50Ms = percentile(ttfts, 0.50);
        s.ttftP95Ms = percentile(ttfts, 0.95);
        s.tokensPerSecP50 = percentile(tps, 0.50);
        double sum = 0;
        for (double v : tps)
            sum += v;
        s.tokensPerSecMean = tps.isEmpty() ? 0 : sum / double(tps.size());
        out.append(s);
    }
    return out;
}

Outcome<QVector<ProviderOutcomeStats>> Ledger::outcomeStats(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT provider, COUNT(*), SUM(status = 'ok'), SUM(status = 'error'), SUM(status = 'cancelled'), "
        "SUM(status = 'refused'), SUM(status = 'error' AND EXISTS (SELECT 1 FROM attempts b "
        "WHERE b.request_id = a.request_id AND b.attempt > a.attempt)) "
        "FROM attempts a WHERE started_at >= ? AND started_at < ? GROUP BY provider ORDER BY provider"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return Outcome<QVector<ProviderOutcomeStats>>::failure(
            fail(QStringLiteral("cannot read outcomes"), q.lastError().text()));
    QVector<ProviderOutcomeStats> out;
    while (q.next()) {
        ProviderOutcomeStats s;
        s.provider = q.value(0).toString();
        s.attempts = q.value(1).toLongLong();
        s.ok = q.value(2).toLongLong();
        s.errors = q.value(3).toLongLong();
        s.cancelled = q.value(4).toLongLong();
        s.refused = q.value(5).toLongLong();
        s.failedOver = q.value(6).toLongLong();
        out.append(s);
    }
    return out;
}

Outcome<RequestOutcomeStats> Ledger::requestStats(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(ok), 0), COALESCE(SUM(ok AND okAttempt > 1), 0) FROM ("
                       "  SELECT request_id, MAX(status = 'ok') AS ok, MIN(CASE WHEN status = 'ok' THEN "
                       "attempt END) AS okAttempt "
                       "  FROM attempts WHERE started_at >= ? AND started_at < ? GROUP BY request_id)"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec() || !q.next())
        return Outcome<RequestOutcomeStats>::failure(
            fail(QStringLiteral("cannot read request outcomes"), q.lastError().text()));
    RequestOutcomeStats s;
    s.requests = q.value(0).toLongLong();
    s.succeeded = q.value(1).toLongLong();
    s.succeededAfterFailover = q.value(2).toLongLong();
    s.failed = s.requests - s.succeeded;
    return s;
}

Outcome<QVector<BillingRow>> Ledger::billing(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT strftime('%Y-%m', %1) AS month, provider, model, COUNT(*), SUM(tokens_in), SUM(tokens_out), "
        "SUM(tokens_cached), SUM(tokens_estimated), SUM(cost_usd) FROM attempts "
        "WHERE started_at >= ? AND started_at < ? AND status IN ('ok', 'error', 'cancelled') "
        "GROUP BY month, provider, model ORDER BY month, provider, model")
                  .arg(QLatin1String(kLocalDay)));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return Outcome<QVector<BillingRow>>::failure(
            fail(QStringLiteral("cannot read the bill"), q.lastError().text()));
    QVector<BillingRow> out;
    while (q.next()) {
        BillingRow b;
        b.month = q.value(0).toString();
        b.provider = q.value(1).toString();
        b.model = q.value(2).toString();
        b.requests = q.value(3).toLongLong();
        b.tokensIn = q.value(4).toLongLong();
        b.tokensOut = q.value(5).toLongLong();
        b.tokensCached = q.value(6).toLongLong();
        b.estimatedRows = q.value(7).toLongLong();
        b.costUsd = q.value(8).toDouble();
        out.append(b);
    }
    return out;
}

Outcome<QVector<PerformanceSample>> Ledger::recentPerformance(int limit) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT provider, model, started_at, ttft_ms, duration_ms, tokens_out FROM attempts "
        "WHERE status = 'ok' AND ttft_ms IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Outcome<QVector<PerformanceSample>>::failure(
            fail(QStringLiteral("cannot read measurements"), q.lastError().text()));
    QVector<PerformanceSample> out;
    while (q.next()) {
        const qint64 ttft = q.value(3).toLongLong();
        out.append(PerformanceSample { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            ttft, tokensPerSecond(q.value(5).toLongLong(), q.value(4).toLongLong(), ttft) });
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Outcome<QString> Ledger::integrityCheck() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return Outcome<QString>::failure(
            fail(QStringLiteral("cannot run the integrity check"), q.lastError().text()));
    return q.value(0).toString();
}

} // namespace sb
