#include "engine/ops/Attention.h"

#include <cmath>
#include <vector>

#include "engine/ops/Matmul.h"
#include "engine/ops/ThreadPool.h"

namespace sb {

void attentionForward(float *out, float *probs, const float *q, const float *k, const float *v,
    int64_t nTokens, int64_t startPos, int64_t nHeads, int64_t nKvHeads, int64_t headDim, ThreadPool *pool)
{
    const int64_t kvLen = startPos + nTokens;
    const int64_t qDim = nHeads * headDim;
    const int64_t kvDim = nKvHeads * headDim;
    const int64_t group = nHeads / nKvHeads;
    const float scale = 1.0f / std::sqrt(static_cast<float>(headDim));
    // One work item per (head, token) pair; each writes its own output slice and probs row.
    parallelFor(pool, nHeads * nTokens, [&](int64_t begin, int64_t end) {
        std::vector<float> scores(static_cast<size_t>(kvLen));
        for (int64_t item = begin; item < end; ++item) {
            const int64_t h = item / nTokens;
            const int64_t t = item % nTokens;
            const int64_t kvh = h / group;
            const int64_t visible = startPos + t + 1;
            const float *qv = q + t * qDim + h * headDim;
            float maxScore = -INFINITY;
            for (int64_t j = 0; j < visible; ++j) {
                const float s = dotF32(qv, k + j * kvDim + kvh * headDim, headDim) * scale;
                scores[static_cast<size_t>(j)] = s;
                maxScore = std::max(maxScore, s);
            }
            float sum = 0.0f;
            for (int64_t j = 0; j < visible; ++j) {
                const float e = std::exp(scores[static_cast<size_t>(j)] - maxScore);
                scores[static_cast<size_t>(j)] = e;
                sum += e;
            }
            const float inv = 1.0f / sum;
            float *o = out + t * qDim + h * headDim;
            for (int64_t d = 0; d < headDim; ++d)
                o[d] = 0.0f;
            for (int64_t j = 0; j < visible; ++j) {
                const float p = scores[static_cast<size_t>(j)] * inv;
                scores[static_cast<size_t>(j)] = p;
                const float *vv = v + j * kvDim + kvh * headDim;
                for (int64_t d = 0; d < headDim; ++d)
                    o[d] += p * vv[d];
            }
            if (probs) {
                float *row = probs + (h * nTokens + t) * kvLen;
                for (int64_t j = 0; j < kvLen; ++j)
                    row[j] = j < visible ? scores[static_cast<size_t>(j)] : 0.0f;
            }
        }
    });
}

void attentionBackward(float *dq, float *dk, float *dv, const float *dOut, const float *q, const float *k,
    const float *v, const float *probs, int64_t nTokens, int64_t nHeads, int64_t nKvHeads, int64_t headDim,
    ThreadPool *pool)
{
    const int64_t qDim = nHeads * headDim;
    const int64_t kvDim = nKvHeads * headDim;
    const int64_t group = nHeads / nKvHeads;
    const float scale = 1.0f / std::sqrt(static_cast<float>(headDim));
    // Parallel over KV heads: the query heads of one group all write the same dk/dv slices.
    parallelFor(pool, nKvHeads, [&](int64_t begin, int64_t end) {
        std::vector<float> dScore(static_cast<size_t>(nTokens));
        for (int64_t kvh = begin; kvh < end; ++kvh) {
            for (int64_t h = kvh * group; h < (kvh + 1) * group; ++h) {
                for (int64_t t = 0; t < nTokens; ++t) {
                    const float *p = probs + (h * nTokens + t) * nTokens;
                    const float *go = dOut + t * qDim + h * headDim;
                    // out_t = Σ_j p_j v_j: dp_j = go · v_j, dv_j += p_j go.
                    float dotPdp = 0.0f;
                    for (int64_t j = 0; j <= t; ++j) {
                        const float *vv = v + j * kvDim + kvh * headDim;
                        float *dvv = dv + j * kvDim + kvh * headDim;
                        const float dp = dotF32(go, vv, headDim);
                        dScore[static_cast<size_t>(j)] = dp;
                        dotPdp += p[j] * dp;
                        for (int64_t d = 0; d < headDim; ++d)
                            dvv[d] += p[j] * go[d];
                    }
                    // Softmax backward, then through s_j = scale · q · k_j.
                    const float *qv = q + t * qDim + h * headDim;
                    float *dqv = dq + t * qDim + h * headDim;
                    for (int64_t j = 0; j <= t; ++j) {
                        const float ds = p[j] * (dScore[static_cast<size_t>(j)] - dotPdp) * scale;
                        const float *kv = k + j * kvDim + kvh * headDim;
                        float *dkv = dk + j * kvDim + kvh * headDim;
                        for (int64_t d = 0; d < headDim; ++d) {
                            dqv[d] += ds * kv[d];
                            dkv[d] += ds * qv[d];
                        }
                    }
                }
            }
        }
    });
}

} // namespace sb
