#include "router/budget/Budget.h"

#include "router/ledger/Ledger.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sb {

QString BudgetLimit::name() const
{
    const QString period = this->period == BudgetPeriod::Daily
        ? QCoreApplication::translate("sb::Budget", "daily")
        : QCoreApplication::translate("sb::Budget", "monthly");
    if (provider.isEmpty())
        return QCoreApplication::translate("sb::Budget", "global %1 budget").arg(period);
    return QCoreApplication::translate("sb::Budget", "%1 %2 budget").arg(provider, period);
}

Outcome<double> LedgerSpendSource::spend(qint64 fromMs, qint64 toMs, const QString &provider) const
{
    return m_ledger->spend(fromMs, toMs, provider);
}

BudgetManager::BudgetManager(const SpendSource *spend, const Clock *clock)
    : m_spend(spend)
    , m_clock(clock)
{
}

void BudgetManager::setLimits(const QVector<BudgetLimit> &limits)
{
    QMutexLocker lock(&m_mutex);
    m_limits = limits;
}

QVector<BudgetLimit> BudgetManager::limits() const
{
    QMutexLocker lock(&m_mutex);
    return m_limits;
}

QPair<qint64, qint64> BudgetManager::window(BudgetPeriod period, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date();
    const QDate start = period == BudgetPeriod::Daily ? today : QDate(today.year(), today.month(), 1);
    const QDate end = period == BudgetPeriod::Daily ? start.addDays(1) : start.addMonths(1);
    return { start.startOfDay().toMSecsSinceEpoch(), end.startOfDay().toMSecsSinceEpoch() };
}

double BudgetManager::reservedLocked(const BudgetLimit &limit) const
{
    double sum = 0;
    for (const Reservation &r : m_reservations)
        if (limit.appliesTo(r.provider))
            sum += r.usd;
    return sum;
}

BudgetDecision BudgetManager::decideLocked(const QString &provider, double worstCaseUsd) const
{
    BudgetDecision out;
    out.requestUsd = worstCaseUsd;
    const qint64 now = m_clock->nowMs();
    for (const BudgetLimit &limit : m_limits) {
        if (!limit.appliesTo(provider))
            continue;
        const auto [from, to] = window(limit.period, now);
        const Outcome<double> spent = m_spend->spend(from, to, limit.provider);
        BudgetDecision d;
        d.limit = limit;
        d.requestUsd = worstCaseUsd;
        d.reservedUsd = reservedLocked(limit);
        if (!spent) {
            d.verdict = BudgetDecision::Verdict::RefusedUnknownSpend;
            d.message = QCoreApplication::translate("sb::Budget", "Cannot check the %1: %2")
                            .arg(limit.name(), spent.error());
            return d;
        }
        d.spentUsd = spent.value();
        // A free request (local model, subscription) never crosses a limit.
        if (worstCaseUsd > 0) {
            if (d.spentUsd + worstCaseUsd > limit.limitUsd) {
                d.verdict = BudgetDecision::Verdict::RefusedExhausted;
                // In the person's words: which budget, and by how much the answer could cross it.
                d.message = QCoreApplication::translate("sb::Budget",
                    "Refused by the %1: $%2 of $%3 is spent, and this answer could cost up to $%4, "
                    "$%5 more than is left. Raise the budget, or allow shorter answers.")
                                .arg(limit.name())
                                .arg(d.spentUsd, 0, 'f', 4)
                                .arg(limit.limitUsd, 0, 'f', 2)
                                .arg(worstCaseUsd, 0, 'f', 4)
                                .arg(d.spentUsd + worstCaseUsd - limit.limitUsd, 0, 'f', 4);
                return d;
            }
            if (d.spentUsd + d.reservedUsd + worstCaseUsd > limit.limitUsd) {
                d.verdict = BudgetDecision::Verdict::RefusedInFlight;
                d.message = QCoreApplication::translate("sb::Budget",
                    "Refused by the %1 for now: $%2 spent and $%3 reserved by requests in "
                    "flight of $%4; this request may cost up to $%5")
                                .arg(limit.name())
                                .arg(d.spentUsd, 0, 'f', 4)
                                .arg(d.reservedUsd, 0, 'f', 4)
                                .arg(limit.limitUsd, 0, 'f', 2)
                                .arg(worstCaseUsd, 0, 'f', 4);
                return d;
            }
        }
        if (!out.warning
            && d.spentUsd + d.reservedUsd + worstCaseUsd >= limit.warnFraction * limit.limitUsd) {
            out.warning = true;
            out.limit = limit;
            out.spentUsd = d.spentUsd;
            out.reservedUsd = d.reservedUsd;
            out.message
                = QCoreApplication::translate("sb::Budget", "%1: %2% used")
                      .arg(limit.name())
                      .arg(limit.limitUsd > 0 ? qRound((d.spentUsd + d.reservedUsd) * 100.0 / limit.limitUsd)
                                              : 100);
        }
    }
    return out;
}

BudgetDecision BudgetManager::check(const QString &provider, double worstCaseUsd) const
{
    QMutexLocker lock(&m_mutex);
    return decideLocked(provider, worstCaseUsd);
}

BudgetDecision BudgetManager::reserve(const QString &provider, double worstCaseUsd)
{
    QMutexLocker lock(&m_mutex);
    BudgetDecision d = decideLocked(provider, worstCaseUsd);
    if (d.allowed()) {
        d.reservationId = m_nextReservation++;
        m_reservations.insert(d.reservationId, Reservation { provider, worstCaseUsd });
    }
    return d;
}

void BudgetManager::release(qint64 reservationId)
{
    QMutexLocker lock(&m_mutex);
    m_reservations.remove(reservationId);
}

double BudgetManager::reservedUsd(const QString &provider) const
{
    QMutexLocker lock(&m_mutex);
    return reservedLocked(BudgetLimit { provider, BudgetPeriod::Daily, 0, 0 });
}

QVector<BudgetStatus> BudgetManager::status() const
{
    QMutexLocker lock(&m_mutex);
    QVector<BudgetStatus> out;
    const qint64 now = m_clock->nowMs();
    for (const BudgetLimit &limit : m_limits) {
        BudgetStatus s;
        s.limit = limit;
        const auto [from, to] = window(limit.period, now);
        s.windowStartMs = from;
        s.windowEndMs = to;
        const Outcome<double> spent = m_spend->spend(from, to, limit.provider);
        s.spentUsd = spent ? spent.value() : 0;
        s.reservedUsd = reservedLocked(limit);
        s.warning = s.spentUsd + s.reservedUsd >= limit.warnFraction * limit.limitUsd;
        s.exhausted = s.spentUsd >= limit.limitUsd;
        out.append(s);
    }
    return out;
}

} // namespace sb
