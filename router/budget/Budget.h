#pragma once
// Spending limits, global and per provider, per local day or month. A request is checked BEFORE
// it is sent against its worst case (prompt estimate + max_tokens at the provider's prices), and
// the worst case stays reserved while the request runs, so a burst of concurrent requests cannot
// overspend: spent (ledger) + reserved (in flight) + this request must stay within every limit.

#include "router/base/Clock.h"
#include "router/base/Outcome.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QVector>

namespace sb {

class Ledger;

enum class BudgetPeriod { Daily, Monthly };

struct BudgetLimit {
    QString provider; // empty: the global budget over all providers
    BudgetPeriod period = BudgetPeriod::Monthly;
    double limitUsd = 0; // hard limit
    double warnFraction = 0.8; // soft warning threshold

    // "global monthly budget", "groq daily budget": what errors and the GUI call it.
    QString name() const;
    bool appliesTo(const QString &providerId) const { return provider.isEmpty() || provider == providerId; }
};

// Where spend comes from (the ledger in production, a map in tests).
class SpendSource {
public:
    virtual ~SpendSource() = default;
    // USD spent in [fromMs, toMs); empty provider: all providers.
    virtual Outcome<double> spend(qint64 fromMs, qint64 toMs, const QString &provider) const = 0;
};

class LedgerSpendSource final : public SpendSource {
public:
    explicit LedgerSpendSource(const Ledger *ledger)
        : m_ledger(ledger)
    {
    }
    Outcome<double> spend(qint64 fromMs, qint64 toMs, const QString &provider) const override;

private:
    const Ledger *m_ledger;
};

struct BudgetDecision {
    enum class Verdict {
        Allowed,
        // The hard limit would be crossed even with nothing else in flight: HTTP 402.
        RefusedExhausted,
        // It fits once the requests in flight finish (their worst cases are reserved): HTTP 429.
        RefusedInFlight,
        // The spend could not be read (ledger failure): refused, because unknown spend may overspend.
        RefusedUnknownSpend,
    };
    Verdict verdict = Verdict::Allowed;
    bool warning = false; // allowed, but past a warning threshold
    BudgetLimit limit; // the budget that refused or warned
    double spentUsd = 0; // in that budget's current window
    double reservedUsd = 0; // worst cases of requests in flight in that window
    double requestUsd = 0; // this request's worst case
    qint64 reservationId = 0; // from reserve(): pass to release()
    QString message; // names the budget; for people

    bool allowed() const { return verdict == Verdict::Allowed; }
    int httpStatus() const
    {
        return verdict == Verdict::RefusedInFlight ? 429 : verdict == Verdict::Allowed ? 200 : 402;
    }
};

struct BudgetStatus {
    BudgetLimit limit;
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    double spentUsd = 0;
    double reservedUsd = 0;
    bool warning = false;
    bool exhausted = false;
};

class BudgetManager {
public:
    BudgetManager(const SpendSource *spend, const Clock *clock);

    void setLimits(const QVector<BudgetLimit> &limits);
    QVector<BudgetLimit> limits() const;

    // Would a request to `provider` with this worst case fit? Does not reserve.
    BudgetDecision check(const QString &provider, double worstCaseUsd) const;
    // check() and, when allowed, reserve the worst case atomically. Release it once the attempt's
    // real cost is in the ledger.
    BudgetDecision reserve(const QString &provider, double worstCaseUsd);
    void release(qint64 reservationId);
    double reservedUsd(const QString &provider = {}) const; // in flight; empty: all

    // Current state of every budget, for the GUI's progress bars.
    QVector<BudgetStatus> status() const;
    // [start, end) of the window containing nowMs, in local time.
    static QPair<qint64, qint64> window(BudgetPeriod period, qint64 nowMs);

private:
    BudgetDecision decideLocked(const QString &provider, double worstCaseUsd) const;
    double reservedLocked(const BudgetLimit &limit) const;

    struct Reservation {
        QString provider;
        double usd = 0;
    };
    const SpendSource *m_spend;
    const Clock *m_clock;
    mutable QMutex m_mutex;
    QVector<BudgetLimit> m_limits;
    QHash<qint64, Reservation> m_reservations;
    qint64 m_nextReservation = 1;
};

} // namespace sb
