#include "router/routing/WeightedPolicy.h"

namespace sb {

QVector<Candidate> WeightedPolicy::rank(QVector<Candidate> candidates, const RoutingContext &ctx) const
{
    QVector<Candidate> out;
    QVector<Candidate> zero;
    QVector<Candidate> pool;
    for (const Candidate &c : candidates)
        (c.provider->weight > 0 ? pool : zero).append(c);
    while (!pool.isEmpty()) {
        double total = 0;
        for (const Candidate &c : pool)
            total += c.provider->weight;
        const double draw = (ctx.rng ? ctx.rng->uniform() : 0.0) * total;
        double acc = 0;
        qsizetype pick = pool.size() - 1;
        for (qsizetype i = 0; i < pool.size(); ++i) {
            acc += pool[i].provider->weight;
            if (draw < acc) {
                pick = i;
                break;
            }
        }
        out.append(pool.takeAt(pick));
    }
    out.append(zero);
    return out;
}

} // namespace sb
