// Crash recovery: which process wrote a pending row, whether it is still alive, and settling the
// rows of those that are not. A process killed mid-request (kill -9, power loss, OOM) leaves its
// attempts pending at $0; budgets and bills must still see what was delivered, so the row is
// charged its reservation (the worst case the budget held back for it) and marked estimated.
#include "router/ledger/Ledger.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

namespace sb {

Outcome<void> Ledger::registerInstance(qint64 nowMs)
{
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(16);
    // The lock file lets another process on this host tell at once that we died: QLockFile
    // treats a lock whose process is gone as stale (it checks the pid, portably).
    const QString lockPath
        = QDir(QDir::tempPath()).filePath(QStringLiteral("switchboard-ledger-%1.lock").arg(id));
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        lock.reset();
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO ledger_instances (id, host, pid, lock_path, started_at, heartbeat_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(lock ? lockPath : QString());
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot register this process"), q.lastError().text()));
    m_instanceId = id;
    m_instanceLock = std::move(lock);
    return {};
}

Outcome<void> Ledger::heartbeat(qint64 nowMs)
{
    if (m_instanceId.isEmpty())
        return {};
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE ledger_instances SET heartbeat_at = ? WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(m_instanceId);
    if (!q.exec())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot record the heartbeat"), q.lastError().text()));
    if (q.numRowsAffected() == 0) // swept as dead after a long pause: come back under the same id
        return registerInstanceAgain(nowMs);
    return {};
}

Outcome<void> Ledger::registerInstanceAgain(qint64 nowMs)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO ledger_instances (id, host, pid, lock_path, started_at, heartbeat_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_instanceId);
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(m_instanceLock ? m_instanceLock->fileName() : QString());
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return Outcome<void>::failure(
            fail(QStringLiteral("cannot register this process"), q.lastError().text()));
    return {};
}

bool Ledger::instanceIsGone(
    const QString &id, const QString &host, const QString &lockPath, qint64 heartbeatAt, qint64 nowMs) const
{
    if (id == m_instanceId)
        return false;
    if (host == QSysInfo::machineHostName() && !lockPath.isEmpty()) {
        QLockFile probe(lockPath);
        probe.setStaleLockTime(0);
        if (probe.tryLock(0)) { // its owner is dead (or the file went away with /tmp)
            probe.unlock();
            return true;
        }
        return false; // alive on this host, whatever its heartbeat says (a long pause)
    }
    return heartbeatAt < nowMs - m_staleInstanceMs;
}

Outcome<int> Ledger::settleInterrupted(qint64 nowMs)
{
    if (m_readOnly)
        return 0;
    QSqlDatabase d = db();
    // Which writers of pending rows are gone? Rows without an instance predate crash recovery.
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT a.instance_id, i.host, i.lock_path, i.heartbeat_at, i.id IS NULL FROM attempts "
            "a "
            "LEFT JOIN ledger_instances i ON i.id = a.instance_id WHERE a.status = 'pending'")))
        return Outcome<int>::failure(
            fail(QStringLiteral("cannot look for interrupted attempts"), q.lastError().text()));
    QStringList gone;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const bool missing = q.value(4).toBool();
        if (id != m_instanceId
            && (missing
                || instanceIsGone(
                    id, q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), nowMs)))
            gone << id;
    }
    int settled = 0;
    for (const QString &id : std::as_const(gone)) {
        QString error;
        if (!beginWrite(&error))
            return Outcome<int>::failure(fail(QStringLiteral("cannot settle interrupted attempts"), error));
        // One UPDATE per dead instance: whichever live instance gets here first settles the rows;
        // the status condition makes a second sweeper's UPDATE touch nothing (no double charge).
        QSqlQuery u(d);
        u.prepare(QStringLiteral(
            "UPDATE attempts SET status = 'interrupted', cost_usd = reserved_usd, tokens_estimated = 1, "
            "error_class = 'interrupted', error_text = 'the process serving it stopped; charged its "
            "reservation', "
            "duration_ms = CASE WHEN ? > started_at THEN ? - started_at ELSE 0 END "
            "WHERE status = 'pending' AND instance_id = ?"));
        u.addBindValue(nowMs);
        u.addBindValue(nowMs);
        u.addBindValue(id);
        QSqlQuery del(d);
        del.prepare(QStringLiteral("DELETE FROM ledger_instances WHERE id = ?"));
        del.addBindValue(id);
        if (!u.exec() || !del.exec()) {
            const QString err = u.lastError().isValid() ? u.lastError().text() : del.lastError().text();
            d.rollback();
            return Outcome<int>::failure(fail(QStringLiteral("cannot settle interrupted attempts"), err));
        }
        settled += std::max(0, u.numRowsAffected());
        if (!d.commit()) {
            const QString err = d.lastError().text();
            d.rollback();
            return Outcome<int>::failure(fail(QStringLiteral("cannot settle interrupted attempts"), err));
        }
    }
    // Instances that died with nothing pending leave only their registration behind.
    QSqlQuery cleanup(d);
    cleanup.prepare(QStringLiteral("DELETE FROM ledger_instances WHERE heartbeat_at < ? AND id <> ?"));
    cleanup.addBindValue(nowMs - 10 * m_staleInstanceMs);
    cleanup.addBindValue(m_instanceId);
    cleanup.exec();
    return settled;
}

} // namespace sb
