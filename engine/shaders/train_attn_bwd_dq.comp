#version 450
// Attention backward, dq: workgroup (query block, head) recomputes P = exp(scale q·k - lse) for
// every visible key block, dP = dOut·v, dS = P (dP - delta) scale, and sums dq = Σ dS k.
// Thread (row r, lane) owns dq[r][lane + j * TPR]; nothing is shared between workgroups.
#include "train_attn.glsl"

layout(std430, binding = 0) readonly buffer DOut { float dout[]; };
layout(std430, binding = 1) readonly buffer Q { float q[]; };
layout(std430, binding = 2) readonly buffer K { float k[]; };
layout(std430, binding = 3) readonly buffer V { float v[]; };
layout(std430, binding = 4) readonly buffer Lse { float lse[]; };
layout(std430, binding = 5) readonly buffer Delta { float delta[]; };
layout(std430, binding = 6) buffer DQ { float dq[]; };

const uint TPR = WG / BR;
const uint DPT = HEAD_DIM / TPR;

shared float qs[BR * KS];
shared float dos[BR * KS];
shared float ks[BC * KS];
shared float vs[BC * KS];
shared float dss[BR * BC];
shared float lses[BR];
shared float deltas[BR];

void main()
{
    const uint tid = gl_LocalInvocationID.x;
    const uint q0 = gl_WorkGroupID.x * BR, h = gl_WorkGroupID.y;
    if (q0 >= p.tokens || h >= p.nHeads)
        return;
    const uint qDim = p.nHeads * HEAD_DIM, kvDim = p.nKvHeads * HEAD_DIM;
    const uint kvCol = (h / (p.nHeads / p.nKvHeads)) * HEAD_DIM;
    LOAD_TILE(qs, q, BR, q0, qDim, h * HEAD_DIM);
    LOAD_TILE(dos, dout, BR, q0, qDim, h * HEAD_DIM);
    if (tid < BR) {
        const uint t = q0 + tid;
        lses[tid] = t < p.tokens ? lse[h * p.tokens + t] : 0.0;
        deltas[tid] = t < p.tokens ? delta[h * p.tokens + t] : 0.0;
    }

    const uint r = tid / TPR, lane = tid % TPR, row = q0 + r;
    float acc[DPT];
    for (uint j = 0u; j < DPT; ++j)
        acc[j] = 0.0;
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
                for (uint d = 0u; d < HEAD_DIM; ++d) {
                    s += qs[rr * KS + d] * ks[c * KS + d];
                    dp += dos[rr * KS + d] * vs[c * KS + d];
                }
                const float pr = exp(s * p.scale - lses[rr]);
                ds = pr * (dp - deltas[rr]) * p.scale;
            }
            dss[e] = ds;
        }
        barrier();
        for (uint c = 0u; c < BC; ++c) {
            const float ds = dss[r * BC + c];
            for (uint j = 0u; j < DPT; ++j)
                acc[j] += ds * ks[c * KS + lane + j * TPR];
        }
    }
    if (row < p.tokens) {
        const bool accumulate = (p.flags & 1u) != 0u;
        for (uint j = 0u; j < DPT; ++j) {
            const uint idx = row * qDim + h * HEAD_DIM + lane + j * TPR;
            dq[idx] = accumulate ? dq[idx] + acc[j] : acc[j];
        }
    }
}
