#include "router/routing/PinnedPolicy.h"

#include "router/catalog/HubModelList.h"

#include <algorithm>

namespace sb {

QVector<Candidate> PinnedPolicy::rank(QVector<Candidate> candidates, const RoutingContext &ctx) const
{
    // "model:groq" means Groq, directly when the catalog has it and it is usable, else through the
    // Hugging Face router's route to Groq, as HF's own suffix does.
    QVector<Candidate> out;
    for (const Candidate &c : candidates)
        if (c.id() == ctx.pinnedProvider
            || (c.route && catalogIdForHubProvider(c.route->provider) == ctx.pinnedProvider)
            || (c.route && c.route->provider == ctx.pinnedProvider))
            out.append(c);
    std::stable_sort(
        out.begin(), out.end(), [](const Candidate &a, const Candidate &b) { return !a.route && b.route; });
    return out;
}

} // namespace sb
