#pragma once
// The user's provider order (dragged into place in the GUI); providers not in the list follow,
// cheapest first.

#include "router/routing/RoutingPolicy.h"

namespace sb {

class PreferredPolicy final : public RoutingPolicy {
public:
    PolicyKind kind() const override { return PolicyKind::Preferred; }
    QVector<Candidate> rank(QVector<Candidate> candidates, const RoutingContext &ctx) const override;
};

} // namespace sb
