#version 450
// Merges attention_decode's per-chunk partials of each head: rescales every chunk's sums to the
// global maximum and normalises. Writes out[h * headDim + d].
layout(local_size_x = 128) in;

layout(std430, binding = 0) readonly buffer Partial { float part[]; };
layout(std430, binding = 1) writeonly buffer Out { float y[]; };
#define STEP_BINDING 2
#include "step.glsl"
#include "kv.glsl"

layout(push_constant) uniform Params {
    uint nHeads;
    uint headDim;
    uint maxChunks;
} p;

void main()
{
    const uint h = gl_WorkGroupID.x, lid = gl_LocalInvocationID.x;
    if (h >= p.nHeads)
        return;
    const uint chunks = (step.kvLen + 63u) / 64u;
    const uint stride = p.headDim + 2u;
    const uint base = h * p.maxChunks * stride;
    float mx = NEG_BIG;
    for (uint c = 0u; c < chunks; ++c)
        mx = max(mx, part[base + c * stride]);
    float l = 0.0;
    for (uint c = 0u; c < chunks; ++c)
        l += exp(part[base + c * stride] - mx) * part[base + c * stride + 1u];
    for (uint d = lid; d < p.headDim; d += 128u) {
        float o = 0.0;
        for (uint c = 0u; c < chunks; ++c)
            o += exp(part[base + c * stride] - mx) * part[base + c * stride + 2u + d];
        y[h * p.headDim + d] = o / l;
    }
}
