#include "router/routing/PreferredPolicy.h"

#include "router/catalog/HubModelList.h"

#include <algorithm>

namespace sb {

QVector<Candidate> PreferredPolicy::rank(QVector<Candidate> candidates, const RoutingContext &ctx) const
{
    sortByEstimatedCost(candidates);
    // An entry names a provider ("groq"), or one Hugging Face route ("hf/groq"); a route also
    // takes its upstream's place ("groq"), as HF's ":preferred" follows the user's provider order.
    const auto position = [&](const Candidate &c) {
        qsizetype i = ctx.preferredOrder.indexOf(c.label());
        if (i < 0 && c.route)
            i = ctx.preferredOrder.indexOf(catalogIdForHubProvider(c.route->provider));
        if (i < 0)
            i = ctx.preferredOrder.indexOf(c.id());
        return i < 0 ? std::numeric_limits<qsizetype>::max() : i;
    };
    std::stable_sort(candidates.begin(), candidates.end(),
        [&](const Candidate &a, const Candidate &b) { return position(a) < position(b); });
    return candidates;
}

} // namespace sb
