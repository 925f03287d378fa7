// Causal attention for several new tokens: workgroup (t, h) runs query t (position
// step.posBase + t) of head h over cached positions 0 .. step.posBase + t with an online softmax,
// 64 keys at a time. Keys/values of the new tokens are already in the fp16 cache (kv_store).
#define WG_SIZE 64
layout(local_size_x = WG_SIZE) in;

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

shared float sbReduce[WG_SIZE];
shared float qs[MAX_HEAD_DIM];
shared float sc[WG_SIZE];
#include "reduce.glsl"

void main()
{
    const uint t = gl_WorkGroupID.x, h = gl_WorkGroupID.y, lid = gl_LocalInvocationID.x;
    if (t >= p.tokens || h >= p.nHeads)
        return;
    for (uint d = lid; d < p.headDim; d += WG_SIZE)
        qs[d] = qkv[t * p.rowStride + h * p.headDim + d];
    barrier();
    const uint kvDim = p.nKvHeads * p.headDim;
    const uint kvh = h / (p.nHeads / p.nKvHeads);
    const uint n = step.posBase + t + 1u;
    float acc[MAX_HEAD_DIM / WG_SIZE];
    for (uint r = 0u; r < MAX_HEAD_DIM / WG_SIZE; ++r)
        acc[r] = 0.0;
    float m = NEG_BIG, l = 0.0;
    for (uint start = 0u; start < n; start += WG_SIZE) {
        const uint pos = start + lid;
        float score = NEG_BIG;
        if (pos < n) {
            const uint kb = pos * kvDim + kvh * p.headDim;
            float s = 0.0;
            for (uint j = 0u; j < p.headDim / 2u; ++j)
                s += dot(KV_PAIR(kc, kb + 2u * j), vec2(qs[2u * j], qs[2u * j + 1u]));
            score = s * p.scale;
        }
        const float newM = max(m, workgroupMax(score, lid));
        const float e = pos < n ? exp(score - newM) : 0.0;
        sc[lid] = e;
        const float sum = workgroupSum(e, lid); // publishes sc[]
        const float corr = exp(m - newM);
        l = l * corr + sum;
        const uint count = min(uint(WG_SIZE), n - start);
        for (uint r = 0u; r < MAX_HEAD_DIM / WG_SIZE; ++r) {
            const uint d = lid + r * WG_SIZE;
            if (d >= p.headDim)
                break;
            float a = acc[r] * corr;
            const uint vb = kvh * p.headDim + d;
            for (uint i = 0u; i < count; ++i)
                a += sc[i] * KV_ELEM(vc, (start + i) * kvDim + vb);
            acc[r] = a;
        }
        m = newM;
        barrier(); // sc[] is rewritten by the next chunk
    }
    for (uint r = 0u; r < MAX_HEAD_DIM / WG_SIZE; ++r) {
        const uint d = lid + r * WG_SIZE;
        if (d < p.headDim)
            y[t * p.outStride + h * p.headDim + d] = acc[r] / l;
    }
}
