#version 450
// Causal GQA attention forward for training (FlashAttention-2 style): workgroup (query block,
// head) keeps BR queries in shared memory, streams the visible keys/values BC at a time and keeps
// an online softmax per row. Writes out and the per-(head, row) logsumexp for the backward.
// Thread (row r, lane) owns out[r][lane + j * TPR] for j < HEAD_DIM / TPR.
#include "train_attn.glsl"

layout(std430, binding = 0) readonly buffer Q { float q[]; };
layout(std430, binding = 1) readonly buffer K { float k[]; };
layout(std430, binding = 2) readonly buffer V { float v[]; };
layout(std430, binding = 3) writeonly buffer Out { float o[]; };
layout(std430, binding = 4) writeonly buffer Lse { float lse[]; };

const uint TPR = WG / BR;          // threads per query row
const uint DPT = HEAD_DIM / TPR;   // output columns per thread

shared float qs[BR * KS];
shared float ks[BC * KS];
shared float vs[BC * KS];
shared float ss[BR * BC];

void main()
{
    const uint tid = gl_LocalInvocationID.x;
    const uint q0 = gl_WorkGroupID.x * BR, h = gl_WorkGroupID.y;
    if (q0 >= p.tokens || h >= p.nHeads)
        return;
    const uint qDim = p.nHeads * HEAD_DIM, kvDim = p.nKvHeads * HEAD_DIM;
    const uint kvCol = (h / (p.nHeads / p.nKvHeads)) * HEAD_DIM;
    LOAD_TILE(qs, q, BR, q0, qDim, h * HEAD_DIM);

    const uint r = tid / TPR, lane = tid % TPR, row = q0 + r;
    float acc[DPT];
    for (uint j = 0u; j < DPT; ++j)
        acc[j] = 0.0;
    float m = -1.0e30, l = 0.0;
    const uint lastKey = min(q0 + BR, p.tokens) - 1u;
    for (uint k0 = 0u; k0 <= lastKey; k0 += BC) {
        barrier(); // the previous block's ks/vs/ss are no longer read
        LOAD_TILE(ks, k, BC, k0, kvDim, kvCol);
        LOAD_TILE(vs, v, BC, k0, kvDim, kvCol);
        barrier();
        for (uint e = tid; e < BR * BC; e += WG) {
            const uint rr = e / BC, c = e % BC;
            float s = 0.0;
            for (uint d = 0u; d < HEAD_DIM; ++d)
                s += qs[rr * KS + d] * ks[c * KS + d];
            ss[e] = s * p.scale;
        }
        barrier();
        // Row statistics, computed redundantly by the TPR threads of the row (no extra barrier).
        const uint visible = row >= k0 ? min(BC, row - k0 + 1u) : 0u; // keys k0 .. row
        float mx = m;
        for (uint c = 0u; c < visible; ++c)
            mx = max(mx, ss[r * BC + c]);
        const float corr = exp(m - mx);
        l *= corr;
        for (uint j = 0u; j < DPT; ++j)
            acc[j] *= corr;
        for (uint c = 0u; c < visible; ++c) {
            const float pc = exp(ss[r * BC + c] - mx);
            l += pc;
            for (uint j = 0u; j < DPT; ++j)
                acc[j] += pc * vs[c * KS + lane + j * TPR];
        }
        m = mx;
    }
    if (row < p.tokens) {
        const float inv = 1.0 / l;
        for (uint j = 0u; j < DPT; ++j)
            o[row * qDim + h * HEAD_DIM + lane + j * TPR] = acc[j] * inv;
        if (lane == 0u)
            lse[h * p.tokens + row] = m + log(l);
    }
}
