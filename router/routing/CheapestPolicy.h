#pragma once
// Lowest price for this request's estimated prompt and completion tokens first.

#include "router/routing/RoutingPolicy.h"

namespace sb {

class CheapestPolicy final : public RoutingPolicy {
public:
    PolicyKind kind() const override { return PolicyKind::Cheapest; }
    QVector<Candidate> rank(QVector<Candidate> candidates, const RoutingContext &ctx) const override;
};

} // namespace sb
