#include "engine/ops/Lora.h"

#include <vector>

#include "engine/ops/Matmul.h"

namespace sb {

void loraMatmulForward(float *out, float *mid, const float *in, const float *loraIn, const TensorView &weight,
    const float *a, const float *b, int64_t rows, int64_t rank, float scale, ThreadPool *pool)
{
    const int64_t outDim = weight.rows(), inDim = weight.cols();
    matmulForward(out, in, weight, rows, pool);
    matmulForward(mid, loraIn, a, nullptr, rows, inDim, rank, pool);
    std::vector<float> delta(static_cast<size_t>(rows * outDim));
    matmulForward(delta.data(), mid, b, nullptr, rows, rank, outDim, pool);
    for (size_t i = 0; i < delta.size(); ++i)
        out[i] += scale * delta[i];
}

void loraMatmulBackward(float *dIn, float *dLoraIn, float *dA, float *dB, const float *dOut,
    const float *loraIn, const float *mid, const TensorView &weight, const float *a, const float *b,
    int64_t rows, int64_t rank, float scale, ThreadPool *pool)
{
    const int64_t outDim = weight.rows(), inDim = weight.cols();
    if (dIn)
        matmulBackwardInput(dIn, dOut, weight, rows, pool);
    // The adapter branch sees dOut scaled: d(delta) = scale · dOut.
    std::vector<float> dDelta(static_cast<size_t>(rows * outDim));
    for (size_t i = 0; i < dDelta.size(); ++i)
        dDelta[i] = scale * dOut[i];
    std::vector<float> dMid(static_cast<size_t>(rows * rank), 0.0f);
    matmulBackward(dMid.data(), dB, nullptr, dDelta.data(), mid, b, rows, rank, outDim, pool);
    if (dLoraIn || dA)
        matmulBackward(dLoraIn, dA, nullptr, dMid.data(), loraIn, a, rows, inDim, rank, pool);
}

} // namespace sb
