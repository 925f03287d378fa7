#pragma once
// "model:provider": that provider or nothing. No failover: the client chose it on purpose.

#include "router/routing/RoutingPolicy.h"

namespace sb {

class PinnedPolicy final : public RoutingPolicy {
public:
    PolicyKind kind() const override { return PolicyKind::Pinned; }
    QVector<Candidate> rank(QVector<Candidate> candidates, const RoutingContext &ctx) const override;
    bool allowsFailover() const override { return false; }
};

} // namespace sb
