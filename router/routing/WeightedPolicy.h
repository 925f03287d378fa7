#pragma once
// Random order drawn by the providers' weights (catalog "weight"), without replacement: the first
// choice spreads load in proportion to the weights and the rest are the failover order. Weights
// of 0 go last, in catalog order.

#include "router/routing/RoutingPolicy.h"

namespace sb {

class WeightedPolicy final : public RoutingPolicy {
public:
    PolicyKind kind() const override { return PolicyKind::Weighted; }
    QVector<Candidate> rank(QVector<Candidate> candidates, const RoutingContext &ctx) const override;
};

} // namespace sb
