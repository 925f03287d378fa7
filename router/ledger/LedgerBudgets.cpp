// Reservation against the budgets stored in the ledger's database, in one transaction with the
// pending row that carries it. The budgets' rows are locked (SELECT ... FOR UPDATE on
// PostgreSQL, BEGIN IMMEDIATE on SQLite), so two gateway processes deciding at once are
// serialised: each sees the other's committed reservation, and spend never exceeds a limit.
#include "router/ledger/Ledger.h"
#include "router/ledger/ScopedBudget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sb {

QString budgetScopeName(BudgetScope scope)
{
    switch (scope) {
    case BudgetScope::Global:
        return QStringLiteral("global");
    case BudgetScope::User:
        return QStringLiteral("user");
    case BudgetScope::Team:
        return QStringLiteral("team");
    case BudgetScope::Provider:
        return QStringLiteral("provider");
    }
    return {};
}

bool budgetScopeFromName(const QString &name, BudgetScope *out)
{
    for (BudgetScope s : { BudgetScope::Global, BudgetScope::User, BudgetScope::Team, BudgetScope::Provider })
        if (budgetScopeName(s) == name) {
            *out = s;
            return true;
        }
    return false;
}

namespace {

QString column(BudgetScope scope)
{
    switch (scope) {
    case BudgetScope::User:
        return QStringLiteral("user_name");
    case BudgetScope::Team:
        return QStringLiteral("team_name");
    case BudgetScope::Provider:
        return QStringLiteral("provider");
    case BudgetScope::Global:
        break;
    }
    return {};
}

// [start, end) of the local day or month containing nowMs: BudgetManager::window's rule (the
// budget folder is above this one, so the few lines are repeated rather than included).
QPair<qint64, qint64> window(bool daily, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date();
    const QDate start = daily ? today : QDate(today.year(), today.month(), 1);
    const QDate end = daily ? start.addDays(1) : start.addMonths(1);
    return { start.startOfDay().toMSecsSinceEpoch(), end.startOfDay().toMSecsSinceEpoch() };
}

QString budgetName(const ScopedBudget &b)
{
    const QString period = b.daily ? QCoreApplication::translate("sb::Budget", "daily")
                                   : QCoreApplication::translate("sb::Budget", "monthly");
    if (b.scope == BudgetScope::Global)
        return QCoreApplication::translate("sb::Budget", "global %1 budget").arg(period);
    return QCoreApplication::translate("sb::Budget", "%1 %2's %3 budget")
        .arg(budgetScopeName(b.scope), b.subject, period);
}

} // namespace

Outcome<ScopedBudgetVerdict> Ledger::insertWithinBudgets(const AttemptRecord &pending, qint64 nowMs)
{
    using R = Outcome<ScopedBudgetVerdict>;
    QSqlDatabase d = db();
    QString error;
    if (!beginWrite(&error))
        return R::failure(fail(QStringLiteral("cannot begin a reservation"), error));
    auto abort = [&](const QString &what, const QString &err) {
        d.rollback();
        return R::failure(fail(what, err));
    };
    QSqlQuery q(d);
    q.prepare(
        QStringLiteral("SELECT id, scope, subject, period, limit_usd FROM gw_budgets WHERE scope = 'global' "
                       "OR (scope = 'user' AND subject = ?) OR (scope = 'team' AND subject = ?) "
                       "OR (scope = 'provider' AND subject = ?) ORDER BY id%1")
            .arg(m_backend == LedgerBackend::PostgreSql ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(pending.userName);
    q.addBindValue(pending.teamName);
    q.addBindValue(pending.provider);
    if (!q.exec())
        return abort(QStringLiteral("cannot read the budgets"), q.lastError().text());
    QVector<ScopedBudget> budgets;
    while (q.next()) {
        ScopedBudget b;
        b.id = q.value(0).toLongLong();
        if (!budgetScopeFromName(q.value(1).toString(), &b.scope))
            continue;
        b.subject = q.value(2).toString();
        b.daily = q.value(3).toString() == QLatin1String("daily");
        b.limitUsd = q.value(4).toDouble();
        // A user or team budget does not apply to requests without one (the desktop's).
        if ((b.scope == BudgetScope::User && pending.userName.isEmpty())
            || (b.scope == BudgetScope::Team && pending.teamName.isEmpty()))
            continue;
        budgets << b;
    }
    const double worst = pending.reservedUsd;
    for (const ScopedBudget &b : std::as_const(budgets)) {
        if (worst <= 0)
            break; // a free request never crosses a limit
        const auto [from, to] = window(b.daily, nowMs);
        const QString col = column(b.scope);
        QSqlQuery s(d);
        s.prepare(
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN status = 'pending' THEN 0 ELSE cost_usd END), 0), "
                           "COALESCE(SUM(CASE WHEN status = 'pending' THEN reserved_usd ELSE 0 END), 0) "
                           "FROM attempts WHERE started_at >= ? AND started_at < ?%1")
                .arg(col.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?").arg(col)));
        s.addBindValue(from);
        s.addBindValue(to);
        if (!col.isEmpty())
            s.addBindValue(b.subject);
        if (!s.exec() || !s.next())
            return abort(
                QStringLiteral("cannot read the spend of the %1").arg(budgetName(b)), s.lastError().text());
        const double spent = s.value(0).toDouble();
        const double reserved = s.value(1).toDouble();
        ScopedBudgetVerdict v;
        if (spent + worst > b.limitUsd) {
            v.allowed = false;
            v.httpStatus = 402;
            v.message = QCoreApplication::translate("sb::Budget",
                "Refused by the %1: $%2 spent of $%3; this request may cost up to $%4 (lower max_tokens to "
                "need less)")
                            .arg(budgetName(b))
                            .arg(spent, 0, 'f', 4)
                            .arg(b.limitUsd, 0, 'f', 2)
                            .arg(worst, 0, 'f', 4);
        } else if (spent + reserved + worst > b.limitUsd) {
            v.allowed = false;
            v.httpStatus = 429;
            v.message = QCoreApplication::translate("sb::Budget",
                "Refused by the %1 for now: $%2 spent and $%3 reserved by requests in flight of $%4; this "
                "request may cost up to $%5")
                            .arg(budgetName(b))
                            .arg(spent, 0, 'f', 4)
                            .arg(reserved, 0, 'f', 4)
                            .arg(b.limitUsd, 0, 'f', 2)
                            .arg(worst, 0, 'f', 4);
        }
        if (!v.allowed) {
            d.rollback();
            return v;
        }
    }
    // The pending row is the reservation: inserted before the lock is released.
    QSqlQuery ins(d);
    ins.prepare(
        QStringLiteral("INSERT INTO attempts (request_id, attempt, started_at, provider, model, "
                       "provider_model, policy, status, "
                       "user_name, team_name, reserved_usd, instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "'pending', ?, ?, ?, ?)%1")
            .arg(m_backend == LedgerBackend::PostgreSql ? QStringLiteral(" RETURNING id") : QString()));
    // A null QString binds as NULL, which the NOT NULL text columns refuse; empty is meant.
    const auto notNull = [](const QString &text) { return text.isNull() ? QStringLiteral("") : text; };
    for (const QVariant &v :
        { QVariant(pending.requestId), QVariant(pending.attempt), QVariant(pending.startedAtMs),
            QVariant(pending.provider), QVariant(pending.model), QVariant(notNull(pending.providerModel)),
            QVariant(notNull(pending.policy)), QVariant(notNull(pending.userName)),
            QVariant(notNull(pending.teamName)), QVariant(pending.reservedUsd), QVariant(m_instanceId) })
        ins.addBindValue(v);
    if (!ins.exec())
        return abort(QStringLiteral("cannot record attempt %1 of request %2")
                         .arg(pending.attempt)
                         .arg(pending.requestId),
            ins.lastError().text());
    ScopedBudgetVerdict v;
    v.rowId = m_backend == LedgerBackend::PostgreSql ? (ins.next() ? ins.value(0).toLongLong() : 0)
                                                     : ins.lastInsertId().toLongLong();
    if (!d.commit())
        return abort(QStringLiteral("cannot commit the reservation"), d.lastError().text());
    return v;
}

} // namespace sb
