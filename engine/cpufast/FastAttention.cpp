#include "engine/cpufast/FastAttention.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "engine/cpufast/Kernels.h"
#include "engine/cpufast/WorkerPool.h"

namespace sb::cpufast {

namespace {

constexpr int64_t kQueryTile = 16;

void scale(float *y, float a, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        y[i] *= a;
}

// One query head of one token: scores, softmax, weighted values (the decode step).
void oneQuery(float *o, const float *qv, const float *k, const float *v, int64_t visible, int64_t kvDim,
    int64_t headDim, float scaleQK, std::vector<float> &scores, const KernelTable &kt)
{
    scores.resize(static_cast<size_t>(visible));
    float m = -INFINITY;
    for (int64_t j = 0; j < visible; ++j) {
        const float s = kt.dot(qv, k + j * kvDim, headDim) * scaleQK;
        scores[static_cast<size_t>(j)] = s;
        m = std::max(m, s);
    }
    float sum = 0.0f;
    for (int64_t j = 0; j < visible; ++j) {
        const float e = std::exp(scores[static_cast<size_t>(j)] - m);
        scores[static_cast<size_t>(j)] = e;
        sum += e;
    }
    std::fill(o, o + headDim, 0.0f);
    const float inv = 1.0f / sum;
    for (int64_t j = 0; j < visible; ++j)
        kt.axpy(o, scores[static_cast<size_t>(j)] * inv, v + j * kvDim, headDim);
}

} // namespace

void attention(float *out, const float *q, const float *k, const float *v, const AttentionShape &s,
    const KernelTable &kt, WorkerPool &pool)
{
    const int64_t qDim = s.heads * s.headDim, kvDim = s.kvHeads * s.headDim, group = s.heads / s.kvHeads;
    const int64_t hd = s.headDim;
    const float scaleQK = 1.0f / std::sqrt(static_cast<float>(hd));
    if (s.tokens == 1) {
        pool.run(s.heads, 1, [&](int64_t h0, int64_t h1) {
            std::vector<float> scores;
            for (int64_t h = h0; h < h1; ++h) {
                const int64_t kvh = h / group;
                oneQuery(out + h * hd, q + h * hd, k + kvh * hd, v + kvh * hd, s.startPos + 1, kvDim, hd,
                    scaleQK, scores, kt);
            }
        });
        return;
    }
    const int64_t tiles = (s.tokens + kQueryTile - 1) / kQueryTile;
    pool.run(s.kvHeads * tiles, 1, [&](int64_t i0, int64_t i1) {
        const int64_t maxQ = group * kQueryTile;
        std::vector<float> acc(static_cast<size_t>(maxQ * hd)), m(static_cast<size_t>(maxQ)),
            l(static_cast<size_t>(maxQ));
        for (int64_t item = i0; item < i1; ++item) {
            const int64_t kvh = item / tiles, tile = item % tiles;
            const int64_t t0 = tile * kQueryTile, t1 = std::min(s.tokens, t0 + kQueryTile);
            const int64_t nq = (t1 - t0) * group; // query (t, head-in-group) pairs, token-major
            std::fill(acc.begin(), acc.begin() + nq * hd, 0.0f);
            std::fill(m.begin(), m.begin() + nq, -INFINITY);
            std::fill(l.begin(), l.begin() + nq, 0.0f);
            const int64_t keys = s.startPos + t1; // the last token sees them all
            for (int64_t j = 0; j < keys; ++j) {
                const float *kj = k + j * kvDim + kvh * hd;
                const float *vj = v + j * kvDim + kvh * hd;
                // Tokens before j - startPos do not see key j (causal).
                const int64_t tFirst = std::max(t0, j - s.startPos);
                for (int64_t t = tFirst; t < t1; ++t) {
                    for (int64_t g = 0; g < group; ++g) {
                        const int64_t h = kvh * group + g;
                        const size_t qi = static_cast<size_t>((t - t0) * group + g);
                        const float sc = kt.dot(q + t * qDim + h * hd, kj, hd) * scaleQK;
                        float *a = acc.data() + qi * static_cast<size_t>(hd);
                        if (sc > m[qi]) { // a new maximum rescales what was summed so far
                            const float c = std::exp(m[qi] - sc);
                            l[qi] *= c;
                            scale(a, c, hd);
                            m[qi] = sc;
                        }
                        const float p = std::exp(sc - m[qi]);
                        l[qi] += p;
                        kt.axpy(a, p, vj, hd);
                    }
                }
            }
            for (int64_t t = t0; t < t1; ++t)
                for (int64_t g = 0; g < group; ++g) {
                    const size_t qi = static_cast<size_t>((t - t0) * group + g);
                    const float inv = 1.0f / l[qi];
                    float *o = out + t * qDim + (kvh * group + g) * hd;
                    const float *a = acc.data() + qi * static_cast<size_t>(hd);
                    for (int64_t d = 0; d < hd; ++d)
                        o[d] = a[d] * inv;
                }
        }
    });
}

} // namespace sb::cpufast
