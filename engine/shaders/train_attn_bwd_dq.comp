#version 450
// Attention backward, dq: workgroup (query block, head) recomputes P = exp(scale q·k - lse) for
// every visible key block, dP = dOut·v, dS = P (dP - delta) scale, and sums dq = Σ dS k.
// Thread (row r, lane) owns the vec4 columns lane + j * TPR of dq[r]; no two workgroups write
// the same element.
#include "train_attn.glsl"

layout(std430, binding = 0) readonly buffer DOut { vec4 dout[]; };
layout(std430, binding = 1) readonly buffer Q { vec4 q[]; };
layout(std430, binding = 2) readonly buffer K { vec4 k[]; };
layout(std430, binding = 3) readonly buffer V { vec4 v[]; };
layout(std430, binding = 4) readonly buffer Lse { float lse[]; };
layout(std430, binding = 5) readonly buffer Delta { float delta[]; };
layout(std430, binding = 6) buffer DQ { vec4 dq[]; };

const uint TPR = WG / BR;
const uint DPT = HD4 / TPR;   // vec4 columns per thread

shared vec4 qs[BR * KS4];
shared vec4 dos[BR * KS4];
shared vec4 ks[BC * KS4];
shared vec4 vs[BC * KS4];
shared float dss[BR * BC];
shared float lses[BR];
shared float deltas[BR];

void main()
{
    const uint tid = gl_LocalInvocationID.x;
    const uint q0 = gl_WorkGroupID.x * BR, h = gl_WorkGroupID.y;
    if (q0 >= p.tokens || h >= p.nHeads)
        return;
    const uint qDim = p.nHeads * HD4, kvDim = p.nKvHeads * HD4; // in vec4s
    const uint kvCol = (h / (p.nHeads / p.nKvHeads)) * HD4;
    LOAD_TILE(qs, q, BR, q0, qDim, h * HD4);
    LOAD_TILE(dos, dout, BR, q0, qDim, h * HD4);
    if (tid < BR) {
        const uint t = q0 + tid;
        lses[tid] = t < p.tokens ? lse[h * p.tokens + t] : 0.0;
        deltas[tid] = t < p.tokens ? delta[h * p.tokens + t] : 0.0;
    }

    const uint r = tid / TPR, lane = tid % TPR, row = q0 + r;
    vec4 acc[DPT];
    [[unroll]] for (uint j = 0u; j < DPT; ++j)
        acc[j] = vec4(0.0);
    const uint lastKey = min(q0 + BR, p.tokens) - 1u;
    for (uint k0 = 0u; k0 <= lastKey; k0 += BC) {
        barrier();
        LOAD_TILE(ks, k, BC, k0, kvDim, kvCol);
        LOAD_TILE(vs, v, BC, k0, kvDim, kvCol);
        barrier();
        for (uint e = tid; e < BR * BC; e += WG) {
            const uint rr = e / BC, c = e % BC;
            float ds = 0.0;
            if (k0 + c <= q0 + rr && q0 + rr < p.tokens) {
                float s = 0.0, dp = 0.0;
                for (uint d = 0u; d < HD4; ++d) {
                    s += dot(qs[rr * KS4 + d], ks[c * KS4 + d]);
                    dp += dot(dos[rr * KS4 + d], vs[c * KS4 + d]);
                }
                const float pr = exp(s * p.scale - lses[rr]);
                ds = pr * (dp - deltas[rr]) * p.scale;
            }
            dss[e] = ds;
        }
        barrier();
        for (uint c = 0u; c < BC; ++c) {
            const float ds = dss[r * BC + c];
            [[unroll]] for (uint j = 0u; j < DPT; ++j)
                acc[j] += ds * ks[c * KS4 + lane + j * TPR];
        }
    }
    if (row < p.tokens) {
        const bool accumulate = (p.flags & 1u) != 0u;
        [[unroll]] for (uint j = 0u; j < DPT; ++j) {
            const uint idx = row * qDim + h * HD4 + lane + j * TPR;
            dq[idx] = accumulate ? dq[idx] + acc[j] : acc[j];
        }
    }
}
