#include "router/routing/CheapestPolicy.h"

#include "router/routing/FastestPolicy.h"
#include "router/routing/PinnedPolicy.h"
#include "router/routing/PreferredPolicy.h"
#include "router/routing/WeightedPolicy.h"

#include <algorithm>

namespace sb {

void sortByEstimatedCost(QVector<Candidate> &candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.estimatedCostUsd < b.estimatedCostUsd; });
}

QVector<Candidate> CheapestPolicy::rank(QVector<Candidate> candidates, const RoutingContext &) const
{
    sortByEstimatedCost(candidates);
    return candidates;
}

std::unique_ptr<RoutingPolicy> makeRoutingPolicy(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Cheapest:
        return std::make_unique<CheapestPolicy>();
    case PolicyKind::Fastest:
        return std::make_unique<FastestPolicy>();
    case PolicyKind::Preferred:
        return std::make_unique<PreferredPolicy>();
    case PolicyKind::Weighted:
        return std::make_unique<WeightedPolicy>();
    case PolicyKind::Pinned:
        return std::make_unique<PinnedPolicy>();
    }
    return std::make_unique<CheapestPolicy>();
}

} // namespace sb
