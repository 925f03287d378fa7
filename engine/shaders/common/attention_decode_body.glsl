// Decode attention (fp16 or fp32 cache, common/kv.glsl), split over the sequence (flash-decoding): workgroup (h, c) scores query head
// h against cached positions [64c, 64c + 64) and writes a partial (max, sum of exp, weighted sum
// of values) that attention_combine merges. GQA: query head h reads KV head h / (nHeads / nKvHeads).
// Workgroups whose chunk starts at or past step.kvLen do nothing, so one recording serves every
// sequence length up to the capacity.
#define WG_SIZE 64
layout(local_size_x = WG_SIZE) in;

layout(std430, binding = 0) readonly buffer Q { float q[]; };
layout(std430, binding = 1) readonly buffer KCache { uint kc[]; };
layout(std430, binding = 2) readonly buffer VCache { uint vc[]; };
layout(std430, binding = 3) writeonly buffer Partial { float part[]; }; // (nHeads, maxChunks, headDim + 2)
#define STEP_BINDING 4
#include "step.glsl"
#include "kv.glsl"

layout(push_constant) uniform Params {
    uint nHeads;
    uint nKvHeads;
    uint headDim;
    uint maxChunks;
    float scale;
} p;

shared float sbReduce[WG_SIZE];
shared float qs[MAX_HEAD_DIM];
shared float sc[WG_SIZE];
#include "reduce.glsl"

void main()
{
    const uint h = gl_WorkGroupID.x, c = gl_WorkGroupID.y, lid = gl_LocalInvocationID.x;
    const uint kvLen = step.kvLen;
    const uint start = c * WG_SIZE;
    if (start >= kvLen || h >= p.nHeads)
        return;
    for (uint d = lid; d < p.headDim; d += WG_SIZE)
        qs[d] = q[h * p.headDim + d];
    barrier();
    const uint kvDim = p.nKvHeads * p.headDim;
    const uint kvh = h / (p.nHeads / p.nKvHeads);
    const uint pos = start + lid;
    float score = NEG_BIG;
    if (pos < kvLen) {
        const uint kb = pos * kvDim + kvh * p.headDim;
        float s = 0.0;
        for (uint j = 0u; j < p.headDim / 2u; ++j)
            s += dot(KV_PAIR(kc, kb + 2u * j), vec2(qs[2u * j], qs[2u * j + 1u]));
        score = s * p.scale;
    }
    const float m = workgroupMax(score, lid);
    const float e = pos < kvLen ? exp(score - m) : 0.0;
    sc[lid] = e;
    const float l = workgroupSum(e, lid); // its barriers also publish sc[]
    const uint count = min(uint(WG_SIZE), kvLen - start);
    const uint pb = (h * p.maxChunks + c) * (p.headDim + 2u);
    for (uint dp = lid; dp < p.headDim / 2u; dp += WG_SIZE) {
        vec2 acc = vec2(0.0);
        for (uint i = 0u; i < count; ++i)
            acc += sc[i] * KV_PAIR(vc, (start + i) * kvDim + kvh * p.headDim + 2u * dp);
        part[pb + 2u + 2u * dp] = acc.x;
        part[pb + 3u + 2u * dp] = acc.y;
    }
    if (lid == 0u) {
        part[pb] = m;
        part[pb + 1u] = l;
    }
}
