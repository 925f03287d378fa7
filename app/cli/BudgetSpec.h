#pragma once
// Budgets on the command line, as `serve --budget` and `budget set|remove` spell them:
// "monthly:20" (global), "groq:daily:1.5" (per provider); without the amount for `budget remove`.

#include "router/budget/Budget.h"

#include <optional>

namespace sb::cli {

// withAmount: "[provider:]daily|monthly:USD"; otherwise "[provider:]daily|monthly".
std::optional<BudgetLimit> parseBudgetSpec(const QString &spec, bool withAmount = true);

} // namespace sb::cli
