#include "router/routing/ProviderStats.h"

namespace sb {

namespace {
QString key(const QString &provider, const QString &model)
{
    return provider + QLatin1Char('\n') + model.toLower();
}
} // namespace

void StatsTracker::update(ProviderStats &s, double alpha, double ttftMs, double tokensPerSec)
{
    if (s.samples == 0) {
        s.ewmaTtftMs = ttftMs;
        s.ewmaTokensPerSec = tokensPerSec;
    } else {
        s.ewmaTtftMs = alpha * ttftMs + (1 - alpha) * s.ewmaTtftMs;
        if (tokensPerSec > 0)
            s.ewmaTokensPerSec = s.ewmaTokensPerSec > 0
                ? alpha * tokensPerSec + (1 - alpha) * s.ewmaTokensPerSec
                : tokensPerSec;
    }
    ++s.samples;
}

void StatsTracker::record(const QString &provider, const QString &model, double ttftMs, double tokensPerSec)
{
    update(m_byProviderModel[key(provider, model)], m_alpha, ttftMs, tokensPerSec);
    update(m_byProvider[provider], m_alpha, ttftMs, tokensPerSec);
}

void StatsTracker::seed(const QVector<PerformanceSample> &samples)
{
    for (const PerformanceSample &s : samples)
        record(s.provider, s.model, double(s.ttftMs), s.tokensPerSec);
}

ProviderStats StatsTracker::get(const QString &provider, const QString &model) const
{
    const ProviderStats specific = m_byProviderModel.value(key(provider, model));
    if (specific.samples > 0)
        return specific;
    return m_byProvider.value(provider);
}

} // namespace sb
