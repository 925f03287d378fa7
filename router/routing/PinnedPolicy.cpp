#include "router/routing/PinnedPolicy.h"

namespace sb {

QVector<Candidate> PinnedPolicy::rank(QVector<Candidate> candidates, const RoutingContext &ctx) const
{
    QVector<Candidate> out;
    for (const Candidate &c : candidates)
        if (c.id() == ctx.pinnedProvider)
            out.append(c);
    return out;
}

} // namespace sb
