#pragma once
// Per-provider health: consecutive failures trip a circuit breaker that cools the provider down
// with exponential backoff; Retry-After from a 429/503 cools it down for at least that long; a
// rejected key (401) keeps it out until the key changes. After a cooldown the provider is tried
// again ("half-open"): one success closes the breaker, one more failure re-opens it for longer.

#include "router/base/Clock.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace sb {

struct HealthPolicy {
    int failureThreshold = 3; // consecutive failures that open the breaker
    qint64 baseCooldownMs = 10'000; // first cooldown
    double backoffFactor = 2.0; // each re-trip multiplies the cooldown
    qint64 maxCooldownMs = 300'000;
    qint64 maxRetryAfterMs = 3'600'000; // a provider asking for longer is still retried after an hour
};

struct ProviderHealth {
    int consecutiveFailures = 0;
    int trips = 0; // times the breaker opened since the last success
    qint64 coolingUntilMs = 0; // 0 or in the past: available
    bool keyRejected = false;
    QString lastErrorClass;
};

class HealthTracker {
public:
    explicit HealthTracker(const Clock *clock, HealthPolicy policy = {});

    bool isAvailable(const QString &provider) const;
    // When the provider may be tried again (now when it is available).
    qint64 availableAtMs(const QString &provider) const;
    qint64 remainingCooldownMs(const QString &provider) const
    {
        return availableAtMs(provider) - m_clock->nowMs();
    }
    ProviderHealth state(const QString &provider) const;
    QStringList coolingProviders() const;

    void recordSuccess(const QString &provider);
    // countsAgainstHealth: false for failures that say nothing of the provider's health (a bad
    // request, a client cancel); Retry-After applies either way.
    void recordFailure(const QString &provider, const QString &errorClass, bool countsAgainstHealth,
        std::optional<qint64> retryAfterMs = std::nullopt);
    void setKeyRejected(const QString &provider, bool rejected);
    void reset(const QString &provider);

private:
    const Clock *m_clock;
    HealthPolicy m_policy;
    QHash<QString, ProviderHealth> m_states;
};

} // namespace sb
