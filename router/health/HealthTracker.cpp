#include "router/health/HealthTracker.h"

#include <algorithm>
#include <cmath>

namespace sb {

HealthTracker::HealthTracker(const Clock *clock, HealthPolicy policy)
    : m_clock(clock)
    , m_policy(policy)
{
}

bool HealthTracker::isAvailable(const QString &provider) const
{
    const auto it = m_states.constFind(provider);
    if (it == m_states.constEnd())
        return true;
    return !it->keyRejected && it->coolingUntilMs <= m_clock->nowMs();
}

qint64 HealthTracker::availableAtMs(const QString &provider) const
{
    const qint64 now = m_clock->nowMs();
    const auto it = m_states.constFind(provider);
    if (it == m_states.constEnd())
        return now;
    return std::max(now, it->coolingUntilMs);
}

ProviderHealth HealthTracker::state(const QString &provider) const
{
    return m_states.value(provider);
}

QStringList HealthTracker::coolingProviders() const
{
    QStringList out;
    const qint64 now = m_clock->nowMs();
    for (auto it = m_states.constBegin(); it != m_states.constEnd(); ++it)
        if (it->coolingUntilMs > now)
            out << it.key();
    out.sort();
    return out;
}

void HealthTracker::recordSuccess(const QString &provider)
{
    ProviderHealth &s = m_states[provider];
    s.consecutiveFailures = 0;
    s.trips = 0;
    s.coolingUntilMs = 0;
    s.lastErrorClass.clear();
}

void HealthTracker::recordFailure(const QString &provider, const QString &errorClass,
    bool countsAgainstHealth, std::optional<qint64> retryAfterMs)
{
    ProviderHealth &s = m_states[provider];
    const qint64 now = m_clock->nowMs();
    s.lastErrorClass = errorClass;
    if (countsAgainstHealth) {
        ++s.consecutiveFailures;
        // At or past the threshold every further failure re-opens the breaker (half-open probe
        // failed), each time for longer.
        if (s.consecutiveFailures >= m_policy.failureThreshold) {
            const double factor = std::pow(m_policy.backoffFactor, double(s.trips));
            const qint64 cooldown
                = std::min<qint64>(m_policy.maxCooldownMs, qint64(double(m_policy.baseCooldownMs) * factor));
            s.coolingUntilMs = std::max(s.coolingUntilMs, now + cooldown);
            ++s.trips;
        }
    }
    if (retryAfterMs && *retryAfterMs > 0)
        s.coolingUntilMs
            = std::max(s.coolingUntilMs, now + std::min(*retryAfterMs, m_policy.maxRetryAfterMs));
}

void HealthTracker::setKeyRejected(const QString &provider, bool rejected)
{
    m_states[provider].keyRejected = rejected;
}

void HealthTracker::reset(const QString &provider)
{
    m_states.remove(provider);
}

} // namespace sb
