#pragma once
// Matrix multiplication against a Linear weight, PyTorch convention: out = in · Wᵀ.
//   in  (rows, inDim)      activations, fp32
//   W   (outDim, inDim)    weight, any CPU-readable dtype (rows converted to fp32 on the fly)
//   out (rows, outDim)     fp32
// Accumulation is fp32 in a fixed order, so results do not depend on the thread count.

#include <cstdint>

#include "engine/model/Tensor.h"

namespace sb {

class ThreadPool;

// Frozen model weights (any dtype). weight.shape = (outDim, inDim), inDim = weight.cols().
void matmulForward(
    float *out, const float *in, const TensorView &weight, int64_t rows, ThreadPool *pool = nullptr);

// The operand precision of a device kernel, for CPU references that match it (as
// CpuModelOptions::kvCacheF16 does for the device's KV cache):
//   F16       inputs and weights rounded to fp16 (the cooperative-matrix prefill matmul);
//   Q8Blocks  each 32-element block of every input row as int8 q = roundEven(x / d) clamped to
//             +-127, d = max|x| / 127 (shaders/quantize_q8.comp, the int8 dot-product decode).
// Products and sums stay fp32, as on the device.
enum class MatmulInputs : uint8_t { Exact, F16, Q8Blocks };

void matmulForward(float *out, const float *in, const TensorView &weight, int64_t rows, MatmulInputs inputs,
    ThreadPool *pool = nullptr);

// x (n, a multiple of 32 for Q8Blocks) replaced by what the device computes with.
void roundInputs(float *x, int64_t n, MatmulInputs inputs);

// Plain fp32 weights (LoRA adapters, tests): w is (outDim, inDim) row-major; bias may be null.
void matmulForward(float *out, const float *in, const float *w, const float *bias, int64_t rows,
    int64_t inDim, int64_t outDim, ThreadPool *pool = nullptr);

// Backward of out = in · Wᵀ (+ bias). Gradients are ACCUMULATED (+=), as in llm.c, so a tensor
// used twice sums its gradients; zero them before the first use. dIn, dW or dBias may be null
// to skip that gradient.
//   dIn (rows, inDim) += dOut · W        dW (outDim, inDim) += dOutᵀ · in     dBias += Σ dOut
void matmulBackward(float *dIn, float *dW, float *dBias, const float *dOut, const float *in, const float *w,
    int64_t rows, int64_t inDim, int64_t outDim, ThreadPool *pool = nullptr);

// Backward to the input only, through a frozen weight of any dtype (the LoRA base path).
void matmulBackwardInput(
    float *dIn, const float *dOut, const TensorView &weight, int64_t rows, ThreadPool *pool = nullptr);

// fp32 dot product with a fixed summation order (8 interleaved partial sums).
float dotF32(const float *a, const float *b, int64_t n);

} // namespace sb
