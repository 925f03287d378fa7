#pragma once
// Causal GQA attention over the fp32 KV cache for the fast CPU backend. Prefill works in tiles:
// one task takes one KV head and up to kQueryTile consecutive tokens (all query heads of the
// group), and streams that head's keys and values once for the whole tile with an online
// (running max) softmax, instead of once per query as the reference does. Decode (one token)
// splits over query heads.

#include <cstdint>

namespace sb::cpufast {

class WorkerPool;
struct KernelTable;

struct AttentionShape {
    int64_t tokens = 0; // queries: positions startPos .. startPos + tokens - 1
    int64_t startPos = 0;
    int64_t heads = 0;
    int64_t kvHeads = 0;
    int64_t headDim = 0;
};

// q (tokens, heads * headDim); k, v (>= startPos + tokens, kvHeads * headDim) with the new
// tokens' rows already written; out (tokens, heads * headDim).
void attention(float *out, const float *q, const float *k, const float *v, const AttentionShape &s,
    const KernelTable &kernels, WorkerPool &pool);

} // namespace sb::cpufast
