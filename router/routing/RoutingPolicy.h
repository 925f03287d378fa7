#pragma once
// Routing policies behind one small interface (Envoy's load balancers are the model): a policy
// orders the candidates that survived filtering; it is a pure function of the request, the
// candidates, the measured stats, the clock and the random source, so tests pin every choice.

#include "router/base/ChatTypes.h"
#include "router/base/Clock.h"
#include "router/routing/Candidate.h"
#include "router/routing/ModelSpec.h"
#include "router/routing/ProviderStats.h"

#include <QStringList>
#include <memory>

namespace sb {

struct RoutingContext {
    const ChatRequest *request = nullptr;
    qint64 promptTokens = 0; // estimate
    qint64 expectedOutputTokens = 0; // max_tokens, or a typical completion when unset
    const StatsTracker *stats = nullptr;
    const Clock *clock = nullptr;
    RandomSource *rng = nullptr;
    QStringList preferredOrder; // the user's provider order (preferred policy)
    QString pinnedProvider; // pinned policy
    double explorationRate = 0.1; // fastest: chance to try an unmeasured provider first
};

class RoutingPolicy {
public:
    virtual ~RoutingPolicy() = default;
    virtual PolicyKind kind() const = 0;
    // Best first. May drop candidates (pinned keeps one).
    virtual QVector<Candidate> rank(QVector<Candidate> candidates, const RoutingContext &ctx) const = 0;
    // Whether the attempt loop may move to the next candidate after a failure.
    virtual bool allowsFailover() const { return true; }
};

std::unique_ptr<RoutingPolicy> makeRoutingPolicy(PolicyKind kind);

// Shared ordering: cheapest estimated cost, ties kept in catalog order.
void sortByEstimatedCost(QVector<Candidate> &candidates);

} // namespace sb
