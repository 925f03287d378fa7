#include "engine/ops/Elementwise.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "engine/ops/WeightRows.h"

namespace sb {

static inline float sigmoid(float x)
{
    return 1.0f / (1.0f + std::exp(-x));
}

void swigluForward(float *out, const float *gate, const float *up, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        out[i] = gate[i] * sigmoid(gate[i]) * up[i];
}

void swigluBackward(
    float *dGate, float *dUp, const float *dOut, const float *gate, const float *up, int64_t n)
{
    for (int64_t i = 0; i < n; ++i) {
        const float g = gate[i];
        const float s = sigmoid(g);
        // d silu(g)/dg = s + g s (1 - s)
        dGate[i] += dOut[i] * up[i] * (s + g * s * (1.0f - s));
        dUp[i] += dOut[i] * g * s;
    }
}

void softmaxForward(float *out, const float *in, int64_t rows, int64_t cols)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *x = in + r * cols;
        float *y = out + r * cols;
        float m = -INFINITY;
        for (int64_t i = 0; i < cols; ++i)
            m = std::max(m, x[i]);
        double sum = 0.0;
        for (int64_t i = 0; i < cols; ++i) {
            y[i] = std::exp(x[i] - m);
            sum += y[i];
        }
        const float inv = static_cast<float>(1.0 / sum);
        for (int64_t i = 0; i < cols; ++i)
            y[i] *= inv;
    }
}

void residualForward(float *out, const float *a, const float *b, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        out[i] = a[i] + b[i];
}

void embeddingForward(float *out, const int32_t *tokens, int64_t nTokens, const TensorView &table)
{
    const int64_t dim = table.cols();
    for (int64_t t = 0; t < nTokens; ++t) {
        assert(tokens[t] >= 0 && tokens[t] < table.rows());
        dequantRow(table, tokens[t], out + t * dim);
    }
}

} // namespace sb
