#pragma once
// Rotary position embedding, in place, on x (tokens, nHeads * headDim).
// Frequency i (0 <= i < headDim/2) rotates by angle = position · theta^(-2i/headDim), computed in
// fp32 exactly as transformers' SmolLM3RotaryEmbedding does (so long positions round the same).
//   split-half (interleaved = false, Hugging Face "rotate_half"/NeoX): pairs (i, i + headDim/2)
//   interleaved (interleaved = true, GGUF after llama.cpp's Q/K permutation): pairs (2i, 2i + 1)
// positions (tokens): the absolute position of each token.

#include <cstdint>

namespace sb {

void ropeForward(float *x, const int64_t *positions, int64_t tokens, int64_t nHeads, int64_t headDim,
    double theta, bool interleaved);

// The rotation is orthogonal, so the backward pass rotates the gradient by -angle, in place:
// on entry d holds dL/d(out), on return dL/d(in).
void ropeBackward(float *d, const int64_t *positions, int64_t tokens, int64_t nHeads, int64_t headDim,
    double theta, bool interleaved);

// The fp32 inverse frequency of pair i, as transformers computes it (exposed for tests/kernels).
float ropeInvFreq(int64_t i, int64_t headDim, double theta);

} // namespace sb
