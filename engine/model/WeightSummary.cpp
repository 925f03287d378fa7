#include "engine/model/WeightSummary.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

namespace sb {

std::string describeWeightTypes(const ModelWeights &weights)
{
    std::map<DType, uint64_t> bytes;
    uint64_t total = 0;
    auto add = [&](const TensorView &t) {
        if (!t.valid())
            return;
        bytes[t.dtype] += t.nbytes;
        total += t.nbytes;
    };
    add(weights.tokenEmbedding);
    add(weights.lmHead);
    for (const LayerWeights &l : weights.layers)
        for (const TensorView *t : { &l.wq, &l.wk, &l.wv, &l.wo, &l.wGate, &l.wUp, &l.wDown })
            add(*t);
    if (total == 0)
        return "none";
    std::vector<std::pair<uint64_t, DType>> byShare;
    for (const auto &[type, n] : bytes)
        byShare.emplace_back(n, type);
    std::sort(byShare.rbegin(), byShare.rend());
    // A type with 99% of the bytes names the model (e.g. a Q4_0 file whose embedding is Q8_0 is
    // not; one with an F32 bias-sized leftover is).
    if (double(byShare.front().first) >= 0.99 * double(total))
        return dtypeName(byShare.front().second);
    std::string s = "mixed:";
    for (size_t i = 0; i < byShare.size(); ++i) {
        const long pct = std::lround(100.0 * double(byShare[i].first) / double(total));
        s += (i ? ", " : " ") + std::string(dtypeName(byShare[i].second)) + " "
            + std::to_string(std::max(pct, 1L)) + "%";
    }
    return s;
}

} // namespace sb
