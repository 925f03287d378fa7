#pragma once
// The ledger: every attempt of every request, in SQLite (WAL) in the app data directory. Budgets
// read their spend from it, the "fastest" policy its measurements, the GUI its charts and bill.
//
// Durability: each write is one transaction. An attempt is inserted as Pending when it starts and
// updated when it ends, so a crash (kill -9) mid-request leaves that row Pending and loses only
// that request's final figures; committed rows survive and the file is never corrupt (WAL with
// synchronous=NORMAL survives process crashes; a power cut may drop the last commits, not more).
// A failed write (disk full, read-only file) is rolled back and reported; it never corrupts.
//
// Threading: a Ledger uses one QSqlDatabase connection and must be used from the thread that
// opened it. Several Ledger objects (threads or processes) may share one file.

#include "router/base/Outcome.h"
#include "router/ledger/AttemptRecord.h"
#include "router/ledger/LedgerQueries.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <memory>

namespace sb {

class Ledger {
public:
    struct Options {
        bool readOnly = false; // charts in another process; every write then fails cleanly
        int busyTimeoutMs = 5000; // wait this long for another writer's lock
        qint64 maxPageCount = 0; // >0 caps the file (SQLITE_FULL past it); tests simulate a full disk
    };

    static Outcome<std::unique_ptr<Ledger>> open(const QString &path, const Options &options);
    static Outcome<std::unique_ptr<Ledger>> open(const QString &path) { return open(path, Options {}); }
    static int latestSchemaVersion();
    // <AppLocalDataLocation>/ledger.sqlite
    static QString defaultPath();

    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    QString journalMode() const;

    // Writes. insert() stores the record as given and returns its row id; update() rewrites the
    // row with record.rowId (status, timings, tokens, cost, error).
    Outcome<qint64> insert(const AttemptRecord &record);
    Outcome<void> update(const AttemptRecord &record);

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
    QSqlDatabase db() const;
    QString fail(const QString &what, const QString &sqlError) const;

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
};

} // namespace sb
