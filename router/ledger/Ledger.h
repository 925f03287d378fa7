#pragma once
// The ledger: every attempt of every request, in SQLite (WAL) in the app data directory, or in a
// PostgreSQL database for a team gateway ("postgresql://user@host:port/db"; both backends speak
// this one interface, see LedgerSchema.h). Budgets read their spend from it, the "fastest" policy
// its measurements, the GUI its charts and bill.
//
// Durability: each write is one transaction. An attempt is inserted as Pending when it starts and
// updated when it ends, so a crash (kill -9) mid-request leaves that row Pending and loses only
// that request's final figures; committed rows survive and the file is never corrupt (WAL with
// synchronous=NORMAL survives process crashes; a power cut may drop the last commits, not more).
// A failed write (disk full, read-only file) is rolled back and reported; it never corrupts.
//
// Crash recovery: every writable Ledger registers itself as an instance (ledger_instances: host,
// pid, a lock file, a heartbeat) and stamps the rows it inserts. Opening a ledger settles the
// pending rows of instances that are gone (status interrupted, cost = the row's reservation,
// tokens marked estimated) before the caller can serve anything; settleInterrupted() is the
// periodic sweep that does the same for instances on other hosts whose heartbeat stopped.
//
// Threading: a Ledger uses one QSqlDatabase connection and must be used from the thread that
// opened it. Several Ledger objects (threads or processes) may share one file.

#include "router/base/Outcome.h"
#include "router/ledger/AttemptRecord.h"
#include "router/ledger/LedgerQueries.h"
#include "router/ledger/LedgerSchema.h"
#include "router/ledger/ScopedBudget.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <memory>

class QLockFile;

namespace sb {

class Ledger {
public:
    struct Options {
        bool readOnly = false; // charts in another process; every write then fails cleanly
        int busyTimeoutMs = 5000; // wait this long for another writer's lock
        qint64 maxPageCount = 0; // >0 caps the file (SQLITE_FULL past it); tests simulate a full disk
        // An instance whose heartbeat is older than this is gone (other hosts; on this host a
        // dead process is recognised at once by its lock file).
        qint64 staleInstanceMs = 30'000;
    };

    // `path` is a SQLite file, or a PostgreSQL URL: postgresql://user[:password]@host[:port]/db
    // with optional ?schema=NAME (created if absent; tests use one per case) and ?sslmode=...
    static Outcome<std::unique_ptr<Ledger>> open(const QString &path, const Options &options);
    static Outcome<std::unique_ptr<Ledger>> open(const QString &path) { return open(path, Options {}); }
    static int latestSchemaVersion();
    // <AppLocalDataLocation>/ledger.sqlite
    static QString defaultPath();

    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    static bool isDatabaseUrl(const QString &path);
    // The path, or the URL without its password: what messages may show.
    static QString displayName(const QString &path);

    QString path() const { return m_path; }
    LedgerBackend backend() const { return m_backend; }
    // The connection, for code that keeps its own tables in the ledger's database (the gateway's
    // people, keys and budgets). Same thread rule as the Ledger.
    QSqlDatabase database() const { return db(); }
    QString instanceId() const { return m_instanceId; }
    int schemaVersion() const;
    QString journalMode() const;

    // Writes. insert() stores the record as given and returns its row id; update() rewrites the
    // row with record.rowId (status, timings, tokens, cost, error).
    Outcome<qint64> insert(const AttemptRecord &record);
    Outcome<void> update(const AttemptRecord &record);

    // Crash recovery. settleInterrupted() settles the pending rows of dead instances and returns
    // how many; heartbeat() tells the others this instance is alive (call it every few seconds,
    // well within Options::staleInstanceMs).
    Outcome<int> settleInterrupted(qint64 nowMs);

    // Inserts `pending` (status pending, reservedUsd its worst case, userName/teamName who sent
    // it) only if it fits every budget in the database that applies to it (global, its user,
    // team and provider), deciding and inserting under the budgets' row locks. Refusals insert
    // nothing and say which budget refused.
    Outcome<ScopedBudgetVerdict> insertWithinBudgets(const AttemptRecord &pending, qint64 nowMs);
    Outcome<void> heartbeat(qint64 nowMs);

    // Reads. Windows are [fromMs, toMs) in ms since the epoch.
    Outcome<double> spend(qint64 fromMs, qint64 toMs, const QString &provider = {}) const;
    Outcome<QVector<AttemptRecord>> attempts(qint64 fromMs, qint64 toMs, int limit = 10000) const;
    Outcome<QVector<AttemptRecord>> attemptsForRequest(const QString &requestId) const;
    Outcome<QVector<CostPoint>> costSeries(TimeBucket bucket, qint64 fromMs, qint64 toMs) const;
    Outcome<QVector<LatencyStats>> latencyStats(qint64 fromMs, qint64 toMs) const;
    Outcome<QVector<ProviderOutcomeStats>> outcomeStats(qint64 fromMs, qint64 toMs) const;
    Outcome<RequestOutcomeStats> requestStats(qint64 fromMs, qint64 toMs) const;
    Outcome<QVector<BillingRow>> billing(qint64 fromMs, qint64 toMs) const;
    // The latest successful measurements, oldest first (seeds the fastest policy's EWMA).
    Outcome<QVector<PerformanceSample>> recentPerformance(int limit) const;
    Outcome<QString> integrityCheck() const; // "ok" when the file is sound

private:
    Ledger(QString path, QString connection);
    Outcome<void> migrate();
    Outcome<void> openPostgres(const Options &options);
    Outcome<void> registerInstance(qint64 nowMs);
    Outcome<void> registerInstanceAgain(qint64 nowMs);
    bool instanceIsGone(const QString &id, const QString &host, const QString &lockPath, qint64 heartbeatAt,
        qint64 nowMs) const;
    // BEGIN that also takes the writer lock at once (SQLite: BEGIN IMMEDIATE).
    bool beginWrite(QString *error);
    QSqlDatabase db() const;
    QString fail(const QString &what, const QString &sqlError) const;

    QString m_path;
    QString m_connection;
    LedgerBackend m_backend = LedgerBackend::Sqlite;
    bool m_readOnly = false;
    qint64 m_staleInstanceMs = 30'000;
    QString m_instanceId;
    std::unique_ptr<QLockFile> m_instanceLock;
};

} // namespace sb
