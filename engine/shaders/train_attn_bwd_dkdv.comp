#version 450
// Attention backward, dk and dv: workgroup (key block, kv head) keeps BC keys/values in shared
// memory and loops over the query heads of its group and the query blocks that see its keys,
// recomputing P = exp(scale q·k - lse), dP = dOut·v and dS = P (dP - delta) scale; it sums
// dv = Σ P dOut and dk = Σ dS q over all of them, so GQA needs no atomics.
// Thread (key c, lane) owns dk/dv[c][lane + j * TPC].
#include "train_attn.glsl"

layout(std430, binding = 0) readonly buffer DOut { float dout[]; };
layout(std430, binding = 1) readonly buffer Q { float q[]; };
layout(std430, binding = 2) readonly buffer K { float k[]; };
layout(std430, binding = 3) readonly buffer V { float v[]; };
layout(std430, binding = 4) readonly buffer Lse { float lse[]; };
layout(std430, binding = 5) readonly buffer Delta { float delta[]; };
layout(std430, binding = 6) buffer DK { float dk[]; };
layout(std430, binding = 7) buffer DV { float dv[]; };

const uint TPC = WG / BC;          // threads per key
const uint DPT = HEAD_DIM / TPC;

shared float ks[BC * KS];
shared float vs[BC * KS];
shared float qs[BR * KS];
shared float dos[BR * KS];
shared float ps[BR * BC];
shared float dss[BR * BC];
shared float lses[BR];
shared float deltas[BR];

void main()
{
    const uint tid = gl_LocalInvocationID.x;
    const uint k0 = gl_WorkGroupID.x * BC, kvh = gl_WorkGroupID.y;
    if (k0 >= p.tokens || kvh >= p.nKvHeads)
        return;
    const uint qDim = p.nHeads * HEAD_DIM, kvDim = p.nKvHeads * HEAD_DIM;
    const uint group = p.nHeads / p.nKvHeads;
    LOAD_TILE(ks, k, BC, k0, kvDim, kvh * HEAD_DIM);
    LOAD_TILE(vs, v, BC, k0, kvDim, kvh * HEAD_DIM);

    const uint c = tid / TPC, lane = tid % TPC, key = k0 + c;
    float accK[DPT], accV[DPT];
    for (uint j = 0u; j < DPT; ++j) {
        accK[j] = 0.0;
        accV[j] = 0.0;
    }
    for (uint h = kvh * group; h < (kvh + 1u) * group; ++h) {
        for (uint q0 = (k0 / BR) * BR; q0 < p.tokens; q0 += BR) {
            barrier();
            LOAD_TILE(qs, q, BR, q0, qDim, h * HEAD_DIM);
            LOAD_TILE(dos, dout, BR, q0, qDim, h * HEAD_DIM);
            if (tid < BR) {
                const uint t = q0 + tid;
                lses[tid] = t < p.tokens ? lse[h * p.tokens + t] : 0.0;
                deltas[tid] = t < p.tokens ? delta[h * p.tokens + t] : 0.0;
            }
            barrier();
            for (uint e = tid; e < BR * BC; e += WG) {
                const uint rr = e / BC, cc = e % BC;
                float pr = 0.0, ds = 0.0;
                if (k0 + cc <= q0 + rr && q0 + rr < p.tokens) {
                    float s = 0.0, dp = 0.0;
                    for (uint d = 0u; d < HEAD_DIM; ++d) {
                        s += qs[rr * KS + d] * ks[cc * KS + d];
                        dp += dos[rr * KS + d] * vs[cc * KS + d];
                    }
                    pr = exp(s * p.scale - lses[rr]);
                    ds = pr * (dp - deltas[rr]) * p.scale;
                }
                ps[e] = pr;
                dss[e] = ds;
            }
            barrier();
            for (uint rr = 0u; rr < BR; ++rr) {
                const float pr = ps[rr * BC + c], ds = dss[rr * BC + c];
                for (uint j = 0u; j < DPT; ++j) {
                    const uint d = lane + j * TPC;
                    accV[j] += pr * dos[rr * KS + d];
                    accK[j] += ds * qs[rr * KS + d];
                }
            }
        }
    }
    if (key < p.tokens) {
        const bool accumulate = (p.flags & 1u) != 0u;
        for (uint j = 0u; j < DPT; ++j) {
            const uint idx = key * kvDim + kvh * HEAD_DIM + lane + j * TPC;
            dk[idx] = accumulate ? dk[idx] + accK[j] : accK[j];
            dv[idx] = accumulate ? dv[idx] + accV[j] : accV[j];
        }
    }
}
