#pragma once
// Shortest expected completion time from the router's own measurements:
//   EWMA(TTFT) + expected output tokens / EWMA(tokens/s).
// Providers never measured for this model go after the measured ones (cheapest first), except
// that with probability explorationRate one of them is tried first, so a new fast provider is
// found; with no measurements at all the order is cheapest.

#include "router/routing/RoutingPolicy.h"

namespace sb {

class FastestPolicy final : public RoutingPolicy {
public:
    PolicyKind kind() const override { return PolicyKind::Fastest; }
    QVector<Candidate> rank(QVector<Candidate> candidates, const RoutingContext &ctx) const override;
    // Expected milliseconds to the end of the completion; negative when unmeasured.
    static double expectedMs(const ProviderStats &s, qint64 outputTokens);
};

} // namespace sb
