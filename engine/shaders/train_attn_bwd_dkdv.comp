#version 450
// Attention backward, dk and dv: workgroup (key block, kv head) keeps BC keys/values in shared
// memory and loops over the query heads of its group and the query blocks that see its keys,
// recomputing P = exp(scale q·k - lse), dP = dOut·v and dS = P (dP - delta) scale; it sums
// dv = Σ P dOut and dk = Σ dS q over all of them, so GQA needs no atomics.
// Thread (key c, lane) owns the vec4 columns lane + j * TPC of dk[c] and dv[c].
#include "train_attn.glsl"

layout(std430, binding = 0) readonly buffer DOut { vec4 dout[]; };
layout(std430, binding = 1) readonly buffer Q { vec4 q[]; };
layout(std430, binding = 2) readonly buffer K { vec4 k[]; };
layout(std430, binding = 3) readonly buffer V { vec4 v[]; };
layout(std430, binding = 4) readonly buffer Lse { float lse[]; };
layout(std430, binding = 5) readonly buffer Delta { float delta[]; };
layout(std430, binding = 6) buffer DK { vec4 dk[]; };
layout(std430, binding = 7) buffer DV { vec4 dv[]; };

const uint TPC = WG / BC;          // threads per key
const uint DPT = HD4 / TPC;

shared vec4 ks[BC * KS4];
shared vec4 vs[BC * KS4];
shared vec4 qs[BR * KS4];
shared vec4 dos[BR * KS4];
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
    const uint qDim = p.nHeads * HD4, kvDim = p.nKvHeads * HD4; // in vec4s
    const uint group = p.nHeads / p.nKvHeads;
    LOAD_TILE(ks, k, BC, k0, kvDim, kvh * HD4);
    LOAD_TILE(vs, v, BC, k0, kvDim, kvh * HD4);

    const uint c = tid / TPC, lane = tid % TPC, key = k0 + c;
    vec4 accK[DPT], accV[DPT];
    [[unroll]] for (uint j = 0u; j < DPT; ++j) {
        accK[j] = vec4(0.0);
        accV[j] = vec4(0.0);
    }
    for (uint h = kvh * group; h < (kvh + 1u) * group; ++h) {
        for (uint q0 = (k0 / BR) * BR; q0 < p.tokens; q0 += BR) {
            barrier();
            LOAD_TILE(qs, q, BR, q0, qDim, h * HD4);
            LOAD_TILE(dos, dout, BR, q0, qDim, h * HD4);
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
                    for (uint d = 0u; d < HD4; ++d) {
                        s += dot(qs[rr * KS4 + d], ks[cc * KS4 + d]);
                        dp += dot(dos[rr * KS4 + d], vs[cc * KS4 + d]);
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
                [[unroll]] for (uint j = 0u; j < DPT; ++j) {
                    const uint d = lane + j * TPC;
                    accV[j] += pr * dos[rr * KS4 + d];
                    accK[j] += ds * qs[rr * KS4 + d];
                }
            }
        }
    }
    if (key < p.tokens) {
        const bool accumulate = (p.flags & 1u) != 0u;
        [[unroll]] for (uint j = 0u; j < DPT; ++j) {
            const uint idx = key * kvDim + kvh * HD4 + lane + j * TPC;
            dk[idx] = accumulate ? dk[idx] + accK[j] : accK[j];
            dv[idx] = accumulate ? dv[idx] + accV[j] : accV[j];
        }
    }
}
