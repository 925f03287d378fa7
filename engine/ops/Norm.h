#pragma once
// RMSNorm as SmolLM3 (Llama) computes it, in fp32:
//   out[r, i] = weight[i] * in[r, i] * rstd[r],   rstd[r] = 1 / sqrt(mean_i(in[r, i]^2) + eps)
//   in, out (rows, dim); weight (dim); rstd (rows), saved for the backward pass when non-null.

#include <cstdint>

namespace sb {

void rmsNormForward(float *out, const float *in, const float *weight, int64_t rows, int64_t dim, float eps,
    float *rstd = nullptr);

// Gradients ACCUMULATE (+=). rstd is what the forward pass saved. dWeight may be null.
//   dIn (rows, dim) += d out / d in · dOut        dWeight (dim) += Σ_r dOut[r] ⊙ in[r] · rstd[r]
void rmsNormBackward(float *dIn, float *dWeight, const float *dOut, const float *in, const float *weight,
    const float *rstd, int64_t rows, int64_t dim);

} // namespace sb
