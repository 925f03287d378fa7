#include "app/cli/BudgetSpec.h"

#include <QStringList>

namespace sb::cli {

std::optional<BudgetLimit> parseBudgetSpec(const QString &spec, bool withAmount)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    const int fixed = withAmount ? 2 : 1;
    if (parts.size() < fixed || parts.size() > fixed + 1)
        return std::nullopt;
    BudgetLimit limit;
    if (parts.size() == fixed + 1)
        limit.provider = parts[0].trimmed().toLower();
    const QString period = parts[fixed == 2 ? parts.size() - 2 : parts.size() - 1].trimmed().toLower();
    if (period == QLatin1String("daily"))
        limit.period = BudgetPeriod::Daily;
    else if (period == QLatin1String("monthly"))
        limit.period = BudgetPeriod::Monthly;
    else
        return std::nullopt;
    if (!withAmount)
        return limit;
    bool ok = false;
    limit.limitUsd = parts.last().toDouble(&ok);
    if (!ok || limit.limitUsd < 0)
        return std::nullopt;
    return limit;
}

} // namespace sb::cli
