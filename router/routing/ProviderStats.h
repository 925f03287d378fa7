#pragma once
// The router's own latency measurements: an exponentially weighted moving average of time to
// first token and output tokens/s per (provider, model), updated after every successful attempt
// and seeded from the ledger at start-up. The fastest policy reads it.

#include "router/ledger/LedgerQueries.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace sb {

struct ProviderStats {
    double ewmaTtftMs = 0;
    double ewmaTokensPerSec = 0; // 0: not measured yet (streams of one token do not count)
    int samples = 0; // 0: untried
};

class StatsTracker {
public:
    explicit StatsTracker(double alpha = 0.3)
        : m_alpha(alpha)
    {
    }

    void record(const QString &provider, const QString &model, double ttftMs, double tokensPerSec);
    void seed(const QVector<PerformanceSample> &samples);
    // The (provider, model) figures when measured, else the provider's over all its models.
    ProviderStats get(const QString &provider, const QString &model) const;

private:
    static void update(ProviderStats &s, double alpha, double ttftMs, double tokensPerSec);

    double m_alpha;
    QHash<QString, ProviderStats> m_byProviderModel; // "provider\nmodel" (model lowercased)
    QHash<QString, ProviderStats> m_byProvider;
};

} // namespace sb
