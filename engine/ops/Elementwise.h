#pragma once
// Element-wise and row-wise ops of the SmolLM3 graph, on contiguous fp32 arrays.

#include <cstdint>

#include "engine/model/Tensor.h"

namespace sb {

class ThreadPool;

// SwiGLU: out = silu(gate) * up, silu(g) = g / (1 + e^-g). All (n).
void swigluForward(float *out, const float *gate, const float *up, int64_t n);
// Gradients ACCUMULATE (+=) into dGate and dUp (n).
void swigluBackward(
    float *dGate, float *dUp, const float *dOut, const float *gate, const float *up, int64_t n);

// Row-wise numerically stable softmax; in and out (rows, cols) may alias.
void softmaxForward(float *out, const float *in, int64_t rows, int64_t cols);

// out = a + b (n); out may alias a or b. Its backward is dA += dOut, dB += dOut.
void residualForward(float *out, const float *a, const float *b, int64_t n);

// out (nTokens, dim) = table[tokens[i]], table (vocab, dim) of any CPU-readable dtype.
// Token ids must be in [0, vocab) (callers validate them; the op asserts).
void embeddingForward(float *out, const int32_t *tokens, int64_t nTokens, const TensorView &table);

} // namespace sb
