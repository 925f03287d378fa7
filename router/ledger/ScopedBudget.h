#pragma once
// Budgets kept in the ledger's own database (the team gateway's): per user, per team, per
// provider or overall, per local day or month. Unlike the desktop's in-memory BudgetManager, the
// reservation lives in the database (the pending row's reserved_usd), so several gateway
// processes on one PostgreSQL share one truth.

#include <QString>

namespace sb {

enum class BudgetScope { Global, User, Team, Provider };

QString budgetScopeName(BudgetScope scope); // global | user | team | provider
bool budgetScopeFromName(const QString &name, BudgetScope *out);

struct ScopedBudget {
    qint64 id = 0;
    BudgetScope scope = BudgetScope::Global;
    QString subject; // user name, team name or provider id; empty for global
    bool daily = false; // else monthly
    double limitUsd = 0;
};

struct ScopedBudgetVerdict {
    bool allowed = true;
    int httpStatus = 200; // refused: 402 (spent) or 429 (reserved by requests in flight)
    QString message; // names the budget
    qint64 rowId = 0; // the pending row, when allowed
};

} // namespace sb
