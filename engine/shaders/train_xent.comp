#version 450
// Softmax cross-entropy per row over the vocabulary, with its backward fused:
//   loss[rowBase + r] = logsumexp(x[r, :]) - x[r, target]          (0 when target < 0)
//   BACKWARD: x[r, :] is overwritten by dLogits = (softmax(x[r, :]) - onehot(target)) * dScale
//             (zeros for ignored rows), so the (rows, vocab) array is never held twice.
// logits hold rows [rowBase, rowBase + rows) of the sequence (the LM head runs in row chunks).
// One workgroup per row.
#define WG_SIZE 256
layout(local_size_x = WG_SIZE) in;
layout(constant_id = 0) const uint BACKWARD = 0;

layout(std430, binding = 0) buffer Logits { float x[]; };
layout(std430, binding = 1) readonly buffer Targets { int targets[]; };
layout(std430, binding = 2) writeonly buffer Losses { float losses[]; };

layout(push_constant) uniform Params {
    uint vocab;
    uint rows;
    uint rowBase;
    float dScale;
} p;

shared float sbReduce[WG_SIZE];
#include "reduce.glsl"

void main()
{
    const uint r = gl_WorkGroupID.x;
    const uint lid = gl_LocalInvocationID.x;
    if (r >= p.rows)
        return;
    const int target = targets[p.rowBase + r];
    const uint base = r * p.vocab;
    if (target < 0) {
        if (lid == 0u)
            losses[p.rowBase + r] = 0.0;
        if (BACKWARD != 0u)
            for (uint i = lid; i < p.vocab; i += WG_SIZE)
                x[base + i] = 0.0;
        return;
    }
    const float xt = x[base + uint(target)];
    float m = -1.0 / 0.0;
    for (uint i = lid; i < p.vocab; i += WG_SIZE)
        m = max(m, x[base + i]);
    m = workgroupMax(m, lid);
    float s = 0.0;
    for (uint i = lid; i < p.vocab; i += WG_SIZE)
        s += exp(x[base + i] - m);
    const float lse = m + log(workgroupSum(s, lid));
    if (lid == 0u)
        losses[p.rowBase + r] = lse - xt;
    if (BACKWARD != 0u)
        for (uint i = lid; i < p.vocab; i += WG_SIZE) {
            const float pr = exp(x[base + i] - lse);
            x[base + i] = (pr - (i == uint(target) ? 1.0 : 0.0)) * p.dScale;
        }
}
