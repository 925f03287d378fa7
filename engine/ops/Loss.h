#pragma once
// Softmax cross-entropy over the vocabulary, per row (token).
//   logits (rows, vocab); targets (rows), a target < 0 is ignored (loss 0, no gradient), which
//   is how a trainer masks prompt tokens; losses (rows).

#include <cstdint>

namespace sb {

void crossEntropyForward(
    float *losses, const float *logits, const int32_t *targets, int64_t rows, int64_t vocab);

// dLogits (rows, vocab) += (softmax(logits) - onehot(target)) · dLosses[row]. The softmax is
// recomputed from the logits so the forward pass need not keep a (rows, vocab) probability array.
void crossEntropyBackward(float *dLogits, const float *logits, const int32_t *targets, const float *dLosses,
    int64_t rows, int64_t vocab);

} // namespace sb
