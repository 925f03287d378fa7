#pragma once
// Causal grouped-query attention over a key/value sequence (the KV cache on inference).
//   q     (nTokens, nHeads * headDim)       queries of the new tokens
//   k, v  (kvLen, nKvHeads * headDim)       keys/values of positions 0 .. kvLen-1, with
//                                           kvLen = startPos + nTokens (the new tokens' own
//                                           keys/values are the last nTokens rows)
//   out   (nTokens, nHeads * headDim)
//   probs (nHeads, nTokens, kvLen) or null  softmax weights saved for the backward pass;
//                                           entries past the causal limit are written as 0
// Query t (position startPos + t) sees keys 0 .. startPos + t; scores are scaled by
// 1/sqrt(headDim). Query head h reads KV head h / (nHeads / nKvHeads), as transformers'
// repeat_kv does.

#include <cstdint>

namespace sb {

class ThreadPool;

void attentionForward(float *out, float *probs, const float *q, const float *k, const float *v,
    int64_t nTokens, int64_t startPos, int64_t nHeads, int64_t nKvHeads, int64_t headDim,
    ThreadPool *pool = nullptr);

// Backward for a whole sequence without cache (startPos = 0, kvLen = nTokens), as in training.
// Gradients ACCUMULATE (+=) into dq (nTokens, nHeads*headDim), dk and dv (nTokens, nKvHeads*headDim).
void attentionBackward(float *dq, float *dk, float *dv, const float *dOut, const float *q, const float *k,
    const float *v, const float *probs, int64_t nTokens, int64_t nHeads, int64_t nKvHeads, int64_t headDim,
    ThreadPool *pool = nullptr);

} // namespace sb
