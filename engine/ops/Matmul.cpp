#include "engine/ops/Matmul.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "engine/model/Half.h"

#include "engine/ops/ThreadPool.h"
#include "engine/ops/WeightRows.h"

namespace sb {

float dotF32(const float *a, const float *b, int64_t n)
{
    float acc[8] = {};
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int k = 0; k < 8; ++k)
            acc[k] += a[i + k] * b[i + k];
    float tail = 0.0f;
    for (; i < n; ++i)
        tail += a[i] * b[i];
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7])) + tail;
}

void matmulForward(float *out, const float *in, const TensorView &weight, int64_t rows, ThreadPool *pool)
{
    const int64_t outDim = weight.rows();
    const int64_t inDim = weight.cols();
    if (weight.dtype == DType::F32) {
        matmulForward(
            out, in, reinterpret_cast<const float *>(weight.data), nullptr, rows, inDim, outDim, pool);
        return;
    }
    // Each weight row is converted once per call and used for every input row, so prefill pays
    // the conversion once per weight, not once per token.
    parallelFor(pool, outDim, [&](int64_t begin, int64_t end) {
        std::vector<float> wrow(static_cast<size_t>(inDim));
        for (int64_t o = begin; o < end; ++o) {
            dequantRow(weight, o, wrow.data());
            for (int64_t r = 0; r < rows; ++r)
                out[r * outDim + o] = dotF32(in + r * inDim, wrow.data(), inDim);
        }
    });
}

void roundInputs(float *x, int64_t n, MatmulInputs inputs)
{
    if (inputs == MatmulInputs::F16) {
        for (int64_t i = 0; i < n; ++i)
            x[i] = f16ToF32(f32ToF16(x[i]));
    } else if (inputs == MatmulInputs::Q8Blocks) {
        for (int64_t b = 0; b + 32 <= n; b += 32) {
            float amax = 0.0f;
            for (int64_t j = 0; j < 32; ++j)
                amax = std::max(amax, std::abs(x[b + j]));
            const float d = amax / 127.0f;
            const float id = d > 0.0f ? 1.0f / d : 0.0f;
            for (int64_t j = 0; j < 32; ++j)
                x[b + j] = d * std::clamp(std::nearbyint(x[b + j] * id), -127.0f, 127.0f);
        }
    }
}

void matmulForward(float *out, const float *in, const TensorView &weight, int64_t rows, MatmulInputs inputs,
    ThreadPool *pool)
{
    if (inputs == MatmulInputs::Exact) {
        matmulForward(out, in, weight, rows, pool);
        return;
    }
    const int64_t outDim = weight.rows();
    const int64_t inDim = weight.cols();
    std::vector<float> x(in, in + rows * inDim);
    for (int64_t r = 0; r < rows; ++r)
        roundInputs(x.data() + r * inDim, inDim, inputs);
    parallelFor(pool, outDim, [&](int64_t begin, int64_t end) {
        std::vector<float> wrow(static_cast<size_t>(inDim));
        for (int64_t o = begin; o < end; ++o) {
            dequantRow(weight, o, wrow.data());
            if (inputs == MatmulInputs::F16)
                roundInputs(wrow.data(), inDim, MatmulInputs::F16);
            for (int64_t r = 0; r < rows; ++r)
                out[r * outDim + o] = dotF32(x.data() + r * inDim, wrow.data(), inDim);
        }
    });
}

void matmulForward(float *out, const float *in, const float *w, const float *bias, int64_t rows,
    int64_t inDim, int64_t outDim, ThreadPool *pool)
{
    parallelFor(pool, outDim, [&](int64_t begin, int64_t end) {
        for (int64_t o = begin; o < end; ++o) {
            const float *wrow = w + o * inDim;
            const float b = bias ? bias[o] : 0.0f;
            for (int64_t r = 0; r < rows; ++r)
                out[r * outDim + o] = dotF32(in + r * inDim, wrow, inDim) + b;
        }
    });
}

void matmulBackward(float *dIn, float *dW, float *dBias, const float *dOut, const float *in, const float *w,
    int64_t rows, int64_t inDim, int64_t outDim, ThreadPool *pool)
{
    if (dIn) {
        // Parallel over input rows: each thread owns whole rows of dIn.
        parallelFor(pool, rows, [&](int64_t begin, int64_t end) {
            for (int64_t r = begin; r < end; ++r) {
                float *dst = dIn + r * inDim;
                const float *g = dOut + r * outDim;
                for (int64_t o = 0; o < outDim; ++o) {
                    const float go = g[o];
                    const float *wrow = w + o * inDim;
                    for (int64_t i = 0; i < inDim; ++i)
                        dst[i] += go * wrow[i];
                }
            }
        });
    }
    if (dW || dBias) {
        // Parallel over output features: each thread owns whole rows of dW.
        parallelFor(pool, outDim, [&](int64_t begin, int64_t end) {
            for (int64_t o = begin; o < end; ++o) {
                float *dst = dW ? dW + o * inDim : nullptr;
                float db = 0.0f;
                for (int64_t r = 0; r < rows; ++r) {
                    const float go = dOut[r * outDim + o];
                    db += go;
                    if (dst) {
                        const float *x = in + r * inDim;
                        for (int64_t i = 0; i < inDim; ++i)
                            dst[i] += go * x[i];
                    }
                }
                if (dBias)
                    dBias[o] += db;
            }
        });
    }
}

void matmulBackwardInput(
    float *dIn, const float *dOut, const TensorView &weight, int64_t rows, ThreadPool *pool)
{
    const int64_t outDim = weight.rows();
    const int64_t inDim = weight.cols();
    if (weight.dtype == DType::F32) {
        matmulBackward(dIn, nullptr, nullptr, dOut, nullptr, reinterpret_cast<const float *>(weight.data),
            rows, inDim, outDim, pool);
        return;
    }
    // Split over input columns so that each thread converts every weight row once and owns a
    // disjoint slice of dIn.
    const int64_t slice = 256;
    const int64_t slices = (inDim + slice - 1) / slice;
    parallelFor(pool, slices, [&](int64_t begin, int64_t end) {
        std::vector<float> wrow(static_cast<size_t>(inDim));
        const int64_t c0 = begin * slice;
        const int64_t c1 = std::min(inDim, end * slice);
        for (int64_t o = 0; o < outDim; ++o) {
            dequantRow(weight, o, wrow.data());
            for (int64_t r = 0; r < rows; ++r) {
                const float go = dOut[r * outDim + o];
                float *dst = dIn + r * inDim;
                for (int64_t i = c0; i < c1; ++i)
                    dst[i] += go * wrow[static_cast<size_t>(i)];
            }
        }
    });
}

} // namespace sb
