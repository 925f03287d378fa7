#include "engine/ops/Rope.h"

#include <cmath>
#include <vector>

namespace sb {

float ropeInvFreq(int64_t i, int64_t headDim, double theta)
{
    // transformers: 1.0 / (base ** (torch.arange(0, dim, 2).float() / dim)), all in fp32.
    const float exponent = static_cast<float>(2 * i) / static_cast<float>(headDim);
    return 1.0f / std::pow(static_cast<float>(theta), exponent);
}

static void rotate(float *x, const int64_t *positions, int64_t tokens, int64_t nHeads, int64_t headDim,
    double theta, bool interleaved, float sign)
{
    const int64_t half = headDim / 2;
    std::vector<float> invFreq(static_cast<size_t>(half));
    for (int64_t i = 0; i < half; ++i)
        invFreq[static_cast<size_t>(i)] = ropeInvFreq(i, headDim, theta);
    std::vector<float> cosv(static_cast<size_t>(half)), sinv(static_cast<size_t>(half));
    for (int64_t t = 0; t < tokens; ++t) {
        const float pos = static_cast<float>(positions[t]);
        for (int64_t i = 0; i < half; ++i) {
            const float angle = pos * invFreq[static_cast<size_t>(i)];
            cosv[static_cast<size_t>(i)] = std::cos(angle);
            sinv[static_cast<size_t>(i)] = sign * std::sin(angle);
        }
        for (int64_t h = 0; h < nHeads; ++h) {
            float *v = x + (t * nHeads + h) * headDim;
            for (int64_t i = 0; i < half; ++i) {
                const int64_t a = interleaved ? 2 * i : i;
                const int64_t b = interleaved ? 2 * i + 1 : i + half;
                const float c = cosv[static_cast<size_t>(i)], s = sinv[static_cast<size_t>(i)];
                const float x0 = v[a], x1 = v[b];
                v[a] = x0 * c - x1 * s;
                v[b] = x1 * c + x0 * s;
            }
        }
    }
}

void ropeForward(float *x, const int64_t *positions, int64_t tokens, int64_t nHeads, int64_t headDim,
    double theta, bool interleaved)
{
    rotate(x, positions, tokens, nHeads, headDim, theta, interleaved, 1.0f);
}

void ropeBackward(float *d, const int64_t *positions, int64_t tokens, int64_t nHeads, int64_t headDim,
    double theta, bool interleaved)
{
    rotate(d, positions, tokens, nHeads, headDim, theta, interleaved, -1.0f);
}

} // namespace sb
