#include "router/routing/FastestPolicy.h"

#include <algorithm>

namespace sb {

double FastestPolicy::expectedMs(const ProviderStats &s, qint64 outputTokens)
{
    if (s.samples == 0)
        return -1;
    const double generation = s.ewmaTokensPerSec > 0 ? double(outputTokens) * 1000.0 / s.ewmaTokensPerSec : 0;
    return s.ewmaTtftMs + generation;
}

QVector<Candidate> FastestPolicy::rank(QVector<Candidate> candidates, const RoutingContext &ctx) const
{
    QVector<QPair<double, Candidate>> measured;
    QVector<Candidate> untried;
    for (const Candidate &c : candidates) {
        const ProviderStats s = ctx.stats ? ctx.stats->get(c.id(), c.statsModel()) : ProviderStats {};
        double ms = expectedMs(s, ctx.expectedOutputTokens);
        // Not measured here yet: the Hugging Face router's own figures for the route (what its
        // ":fastest" ranks by) stand in until our measurements exist.
        if (ms < 0 && c.route && c.route->throughput > 0)
            ms = c.route->firstTokenLatencyMs
                + double(ctx.expectedOutputTokens) * 1000.0 / c.route->throughput;
        if (ms < 0)
            untried.append(c);
        else
            measured.append({ ms, c });
    }
    std::stable_sort(
        measured.begin(), measured.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    sortByEstimatedCost(untried);
    QVector<Candidate> out;
    if (!measured.isEmpty() && !untried.isEmpty() && ctx.rng && ctx.rng->uniform() < ctx.explorationRate) {
        const qsizetype pick
            = std::min<qsizetype>(untried.size() - 1, qsizetype(ctx.rng->uniform() * double(untried.size())));
        out.append(untried.takeAt(pick));
    }
    for (const auto &m : measured)
        out.append(m.second);
    out.append(untried);
    return out;
}

} // namespace sb
