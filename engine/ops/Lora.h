#pragma once
// A Linear layer with a LoRA adapter, as PEFT computes it:
//   out = in · Wᵀ + scale · (loraIn · Aᵀ) · Bᵀ,     scale = alpha / rank
//   in, loraIn (rows, inDim)  loraIn is dropout(in) while training with lora_dropout, else in
//   W    (outDim, inDim)      frozen base weight, any CPU-readable dtype
//   A    (rank, inDim)        lora_A, fp32
//   B    (outDim, rank)       lora_B, fp32
//   mid  (rows, rank)         loraIn · Aᵀ, saved for the backward pass
//   out  (rows, outDim)

#include <cstdint>

#include "engine/model/Tensor.h"

namespace sb {

class ThreadPool;

void loraMatmulForward(float *out, float *mid, const float *in, const float *loraIn, const TensorView &weight,
    const float *a, const float *b, int64_t rows, int64_t rank, float scale, ThreadPool *pool = nullptr);

// Gradients ACCUMULATE (+=); any of dIn, dLoraIn, dA, dB may be null.
//   dIn     += dOut · W                     (through the frozen base)
//   dLoraIn += scale · (dOut · B) · A       (through the adapter; equals a dIn term when loraIn
//                                            is in itself, so pass dIn for both then)
//   dA      += scale · (dOut · B)ᵀ · loraIn
//   dB      += scale · dOutᵀ · mid
void loraMatmulBackward(float *dIn, float *dLoraIn, float *dA, float *dB, const float *dOut,
    const float *loraIn, const float *mid, const TensorView &weight, const float *a, const float *b,
    int64_t rows, int64_t rank, float scale, ThreadPool *pool = nullptr);

} // namespace sb
