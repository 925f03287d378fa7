#include "router/routing/PreferredPolicy.h"

#include <algorithm>

namespace sb {

QVector<Candidate> PreferredPolicy::rank(QVector<Candidate> candidates, const RoutingContext &ctx) const
{
    sortByEstimatedCost(candidates);
    const auto position = [&](const Candidate &c) {
        const qsizetype i = ctx.preferredOrder.indexOf(c.id());
        return i < 0 ? std::numeric_limits<qsizetype>::max() : i;
    };
    std::stable_sort(candidates.begin(), candidates.end(),
        [&](const Candidate &a, const Candidate &b) { return position(a) < position(b); });
    return candidates;
}

} // namespace sb
