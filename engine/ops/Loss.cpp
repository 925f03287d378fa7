#include "engine/ops/Loss.h"

#include <algorithm>
#include <cmath>

namespace sb {

// log Σ exp(x) with the max subtracted; the sum in double.
static double logSumExp(const float *x, int64_t n, float &maxOut)
{
    float m = -INFINITY;
    for (int64_t i = 0; i < n; ++i)
        m = std::max(m, x[i]);
    double sum = 0.0;
    for (int64_t i = 0; i < n; ++i)
        sum += std::exp(static_cast<double>(x[i]) - m);
    maxOut = m;
    return m + std::log(sum);
}

void crossEntropyForward(
    float *losses, const float *logits, const int32_t *targets, int64_t rows, int64_t vocab)
{
    for (int64_t r = 0; r < rows; ++r) {
        if (targets[r] < 0) {
            losses[r] = 0.0f;
            continue;
        }
        float m;
        const double lse = logSumExp(logits + r * vocab, vocab, m);
        losses[r] = static_cast<float>(lse - logits[r * vocab + targets[r]]);
    }
}

void crossEntropyBackward(float *dLogits, const float *logits, const int32_t *targets, const float *dLosses,
    int64_t rows, int64_t vocab)
{
    for (int64_t r = 0; r < rows; ++r) {
        if (targets[r] < 0)
            continue;
        const float *x = logits + r * vocab;
        float *dx = dLogits + r * vocab;
        float m;
        const double lse = logSumExp(x, vocab, m);
        const float g = dLosses[r];
        for (int64_t i = 0; i < vocab; ++i) {
            const float p = static_cast<float>(std::exp(static_cast<double>(x[i]) - lse));
            dx[i] += (p - (i == targets[r] ? 1.0f : 0.0f)) * g;
        }
    }
}

} // namespace sb
