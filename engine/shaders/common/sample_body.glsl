// Top-k / greedy sampling on the device, so a decode step returns one token id, not the logits.
//   PHASE 0: workgroup s keeps the top K (value, id) of logits slice s -> cand[s * K ..]
//   PHASE 1: one workgroup keeps the top K of all candidates; greedy (K = 1 or temperature <= 0)
//            takes the best, else samples softmax(v / temperature) over them with step.randomU.
// K = clamp(step.topK, 1, 64). Ties go to the lower token id, as the CPU argmax does.
#define WG_SIZE 256
#define MAX_K 64u
#define SLICE 2048u
layout(local_size_x = WG_SIZE) in;
layout(constant_id = 0) const uint PHASE = 0;

struct Cand { float v; uint id; };
layout(std430, binding = 0) readonly buffer Logits { float logits[]; };
layout(std430, binding = 1) buffer Cands { Cand cand[]; };
layout(std430, binding = 2) writeonly buffer Result { uint token; } res;
#define STEP_BINDING 3
#include "step.glsl"

layout(push_constant) uniform Params {
    uint n;      // vocabulary size
    uint slices; // ceil(n / SLICE)
} p;

#define NEG_INF (-3.0e38)
shared float vals[SLICE];
shared float rv[WG_SIZE];
shared uint ri[WG_SIZE];
shared uint rp[WG_SIZE];
shared float topV[MAX_K];
shared uint topI[MAX_K];

bool better(float av, uint ai, float bv, uint bi) { return av > bv || (av == bv && ai < bi); }

// Reduces (v, id, position) over the workgroup; the result is in rv[0], ri[0], rp[0] for
// invocation 0 (the shared-memory path: for every invocation).
#ifdef SB_SUBGROUP
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require
void reduceBest(float v, uint id, uint pos, uint lid)
{
    // Best value, then the lowest id holding it, then that candidate's position (ids are unique
    // apart from the empty marker, whose position does not matter).
    const float bv = subgroupMax(v);
    const uint bi = subgroupMin(v == bv ? id : 0xffffffffu);
    const uint bp = subgroupMin(v == bv && id == bi ? pos : 0xffffffffu);
    if (subgroupElect()) {
        rv[gl_SubgroupID] = bv;
        ri[gl_SubgroupID] = bi;
        rp[gl_SubgroupID] = bp;
    }
    barrier();
    if (lid == 0u)
        for (uint s = 1u; s < gl_NumSubgroups; ++s)
            if (better(rv[s], ri[s], rv[0], ri[0])) {
                rv[0] = rv[s];
                ri[0] = ri[s];
                rp[0] = rp[s];
            }
}
#else
void reduceBest(float v, uint id, uint pos, uint lid)
{
    rv[lid] = v;
    ri[lid] = id;
    rp[lid] = pos;
    barrier();
    for (uint s = WG_SIZE / 2; s > 0; s >>= 1) {
        if (lid < s && better(rv[lid + s], ri[lid + s], rv[lid], ri[lid])) {
            rv[lid] = rv[lid + s];
            ri[lid] = ri[lid + s];
            rp[lid] = rp[lid + s];
        }
        barrier();
    }
}
#endif

void main()
{
    const uint lid = gl_LocalInvocationID.x;
    const uint K = clamp(step.topK, 1u, MAX_K);
    if (PHASE == 0u) {
        const uint s = gl_WorkGroupID.x;
        const uint begin = s * SLICE;
        const uint len = begin < p.n ? min(SLICE, p.n - begin) : 0u;
        for (uint i = lid; i < SLICE; i += WG_SIZE)
            vals[i] = i < len ? logits[begin + i] : NEG_INF;
        barrier();
        for (uint k = 0u; k < K; ++k) {
            float bv = NEG_INF;
            uint bi = 0xffffffffu;
            for (uint i = lid; i < len; i += WG_SIZE)
                if (better(vals[i], begin + i, bv, bi)) {
                    bv = vals[i];
                    bi = begin + i;
                }
            reduceBest(bv, bi, 0u, lid);
            if (lid == 0u) {
                cand[s * K + k] = Cand(rv[0], ri[0]);
                if (ri[0] != 0xffffffffu)
                    vals[ri[0] - begin] = NEG_INF;
            }
            barrier();
        }
        return;
    }
    const uint total = p.slices * K;
    for (uint k = 0u; k < K; ++k) {
        float bv = NEG_INF;
        uint bi = 0xffffffffu, bp = 0u;
        for (uint i = lid; i < total; i += WG_SIZE)
            if (better(cand[i].v, cand[i].id, bv, bi)) {
                bv = cand[i].v;
                bi = cand[i].id;
                bp = i;
            }
        reduceBest(bv, bi, bp, lid);
        if (lid == 0u) {
            topV[k] = rv[0];
            topI[k] = ri[0];
            cand[rp[0]].v = NEG_INF;
            cand[rp[0]].id = 0xffffffffu;
        }
        memoryBarrierBuffer();
        barrier();
    }
    if (lid != 0u)
        return;
    if (K == 1u || step.temperature <= 0.0) {
        res.token = topI[0];
        return;
    }
    const float best = topV[0];
    float sum = 0.0;
    for (uint k = 0u; k < K; ++k) {
        topV[k] = topI[k] == 0xffffffffu ? 0.0 : exp((topV[k] - best) / step.temperature);
        sum += topV[k];
    }
    const float target = step.randomU * sum;
    float cum = 0.0;
    uint chosen = topI[0];
    for (uint k = 0u; k < K; ++k) {
        cum += topV[k];
        if (topI[k] != 0xffffffffu)
            chosen = topI[k];
        if (cum > target)
            break;
    }
    res.token = chosen;
}
