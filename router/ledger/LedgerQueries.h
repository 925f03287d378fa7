#pragma once
// Value types the ledger's aggregate queries return (budgets, charts, the billing table).

#include <QDate>
#include <QString>

namespace sb {

enum class TimeBucket { Day, Week, Month }; // weeks start on Monday; buckets in local time

struct CostPoint {
    QDate bucketStart;
    QString provider;
    double costUsd = 0;
    qint64 attempts = 0;
};

struct LatencyStats {
    QString provider;
    qint64 samples = 0; // successful attempts with a first token
    double ttftP50Ms = 0;
    double ttftP95Ms = 0;
    double tokensPerSecP50 = 0; // output tokens / (duration - ttft), successful attempts only
    double tokensPerSecMean = 0;
};

struct ProviderOutcomeStats {
    QString provider;
    qint64 attempts = 0;
    qint64 ok = 0;
    qint64 errors = 0;
    qint64 cancelled = 0;
    qint64 refused = 0;
    qint64 failedOver = 0; // errors after which the request moved to another attempt
    // Of the attempts that reached the provider and were not cancelled by the client.
    double successRate() const
    {
        const qint64 judged = attempts - refused - cancelled;
        return judged > 0 ? double(ok) / double(judged) : 0;
    }
};

struct RequestOutcomeStats {
    qint64 requests = 0;
    qint64 succeeded = 0;
    qint64 succeededAfterFailover = 0; // succeeded on attempt > 1
    qint64 failed = 0; // no attempt succeeded (errors, refusals, cancellations)
    double failoverRate() const
    {
        return requests > 0 ? double(succeededAfterFailover) / double(requests) : 0;
    }
};

struct BillingRow {
    QString month; // "2026-01"
    QString provider;
    QString model;
    qint64 requests = 0; // attempts that reached the provider (ok, error, cancelled)
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 tokensCached = 0;
    qint64 estimatedRows = 0; // rows whose tokens are estimates
    double costUsd = 0;
};

struct PerformanceSample {
    QString provider;
    QString model;
    qint64 startedAtMs = 0;
    qint64 ttftMs = 0;
    double tokensPerSec = 0; // 0 when not measurable (one token, or no generation time)
};

} // namespace sb
