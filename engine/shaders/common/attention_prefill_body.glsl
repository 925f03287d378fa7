// Causal attention for several new tokens, tiled (flash-attention style): workgroup (b, h) runs
// the BQ = 64 queries of block b (token t = 64 b + invocation, position step.posBase + t) of head
// h. Keys and values stream through shared memory BK = 8 positions at a time, loaded once for
// all 64 queries; each invocation keeps its query and its output row in registers and updates
// an online softmax once per key tile (max over the tile, one rescale, then the weighted sum).
// Keys/values of the new tokens are already in the cache (kv_store; fp16 or fp32, kv.glsl).
// GQA: head h reads KV head h / (nHeads / nKvHeads). No cross-invocation reductions, so there
// is one variant for every device; shared memory: 2 * BK * MAX_HEAD_DIM floats (16 KiB).
#define BQ 64
#define BK 8
layout(local_size_x = BQ) in;

layout(std430, binding = 0) readonly buffer Qkv { float qkv[]; };
layout(std430, binding = 1) readonly buffer KCache { uint kc[]; };
layout(std430, binding = 2) readonly buffer VCache { uint vc[]; };
layout(std430, binding = 3) writeonly buffer Out { float y[]; };
#define STEP_BINDING 4
#include "step.glsl"
#include "kv.glsl"

layout(push_constant) uniform Params {
    uint tokens;
    uint nHeads;
    uint nKvHeads;
    uint headDim;
    uint rowStride; // floats per qkv row (queries at column h * headDim)
    uint outStride;
    float scale;
} p;

shared float kt[BK * MAX_HEAD_DIM];
shared float vt[BK * MAX_HEAD_DIM];

void main()
{
    const uint lid = gl_LocalInvocationID.x, h = gl_WorkGroupID.y;
    const uint t0 = gl_WorkGroupID.x * BQ, t = t0 + lid;
    if (t0 >= p.tokens || h >= p.nHeads)
        return; // whole workgroup: uniform
    const bool live = t < p.tokens;
    const uint hd = p.headDim;
    const uint kvDim = p.nKvHeads * hd;
    const uint kvh = h / (p.nHeads / p.nKvHeads);
    float q[MAX_HEAD_DIM], acc[MAX_HEAD_DIM];
    for (uint d = 0u; d < hd; ++d) {
        q[d] = live ? qkv[t * p.rowStride + h * hd + d] * p.scale : 0.0;
        acc[d] = 0.0;
    }
    const uint qpos = step.posBase + t;                                   // attends keys 0 .. qpos
    const uint lastKey = step.posBase + min(t0 + BQ, p.tokens) - 1u;    // the block's last query
    float m = NEG_BIG, l = 0.0;
    for (uint k0 = 0u; k0 <= lastKey; k0 += BK) {
        barrier(); // the previous tile has been read by everyone
        for (uint e = lid; e < BK * hd; e += BQ) {
            const uint kk = e / hd, d = e % hd, pos = k0 + kk;
            const bool ok = pos <= lastKey;
            kt[kk * MAX_HEAD_DIM + d] = ok ? KV_ELEM(kc, pos * kvDim + kvh * hd + d) : 0.0;
            vt[kk * MAX_HEAD_DIM + d] = ok ? KV_ELEM(vc, pos * kvDim + kvh * hd + d) : 0.0;
        }
        barrier();
        if (!live || k0 > qpos)
            continue; // barriers stay uniform: the loop bounds are the workgroup's
        float s[BK];
        float tileMax = NEG_BIG;
        for (uint kk = 0u; kk < BK; ++kk) {
            float dot = 0.0;
            for (uint d = 0u; d < hd; ++d)
                dot += q[d] * kt[kk * MAX_HEAD_DIM + d];
            s[kk] = k0 + kk <= qpos ? dot : NEG_BIG;
            tileMax = max(tileMax, s[kk]);
        }
        const float newM = max(m, tileMax);
        const float corr = exp(m - newM);
        l *= corr;
        for (uint d = 0u; d < hd; ++d)
            acc[d] *= corr;
        for (uint kk = 0u; kk < BK; ++kk) {
            const float e = k0 + kk <= qpos ? exp(s[kk] - newM) : 0.0;
            l += e;
            for (uint d = 0u; d < hd; ++d)
                acc[d] += e * vt[kk * MAX_HEAD_DIM + d];
        }
        m = newM;
    }
    if (live)
        for (uint d = 0u; d < hd; ++d)
            y[t * p.outStride + h * hd + d] = acc[d] / l;
}
