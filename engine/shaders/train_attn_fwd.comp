#version 450
// Causal GQA attention forward for training (FlashAttention-2 style): workgroup (query block,
// head) keeps BR queries in shared memory, streams the visible keys/values BC at a time and keeps
// an online softmax per row. Writes out and the per-(head, row) logsumexp for the backward.
// Thread (row r, lane) owns the vec4 columns lane + j * TPR of out[r], j < HD4 / TPR.
#include "train_attn.glsl"

layout(std430, binding = 0) readonly buffer Q { vec4 q[]; };
layout(std430, binding = 1) readonly buffer K { vec4 k[]; };
layout(std430, binding = 2) readonly buffer V { vec4 v[]; };
layout(std430, binding = 3) writeonly buffer Out { vec4 o[]; };
layout(std430, binding = 4) writeonly buffer Lse { float lse[]; };

const uint TPR = WG / BR;          // threads per query row
const uint DPT = HD4 / TPR;         // vec4 output columns per thread

shared vec4 qs[BR * KS4];
shared vec4 ks[BC * KS4];
shared vec4 vs[BC * KS4];
shared float ss[BR * BC];

void main()
{
    const uint tid = gl_LocalInvocationID.x;
    const uint q0 = gl_WorkGroupID.x * BR, h = gl_WorkGroupID.y;
    if (q0 >= p.tokens || h >= p.nHeads)
        return;
    const uint qDim = p.nHeads * HD4, kvDim = p.nKvHeads * HD4; // in vec4s
    const uint kvCol = (h / (p.nHeads / p.nKvHeads)) * HD4;
    LOAD_TILE(qs, q, BR, q0, qDim, h * HD4);

    const uint r = tid / TPR, lane = tid % TPR, row = q0 + r;
    vec4 acc[DPT];
    [[unroll]] for (uint j = 0u; j < DPT; ++j)
        acc[j] = vec4(0.0);
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
            for (uint d = 0u; d < HD4; ++d)
                s += dot(qs[rr * KS4 + d], ks[c * KS4 + d]);
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
        [[unroll]] for (uint j = 0u; j < DPT; ++j)
            acc[j] *= corr;
        for (uint c = 0u; c < visible; ++c) {
            const float pc = exp(ss[r * BC + c] - mx);
            l += pc;
            [[unroll]] for (uint j = 0u; j < DPT; ++j)
                acc[j] += pc * vs[c * KS4 + lane + j * TPR];
        }
        m = mx;
    }
    if (row < p.tokens) {
        const float inv = 1.0 / l;
        [[unroll]] for (uint j = 0u; j < DPT; ++j)
            o[row * qDim + h * HD4 + lane + j * TPR] = acc[j] * inv;
        if (lane == 0u)
            lse[h * p.tokens + row] = m + log(l);
    }
}
