#version 450
// Rotary position embedding in place on the first `heads` heads of each row of x (q heads then k
// heads of a fused qkv row). Token t has position step.posBase + t; cos/sin come from a host-made
// table (positions, headDim/2) computed exactly as the CPU reference computes them.
//   flags bit 0: interleaved pairs (2i, 2i+1) (GGUF); else split-half pairs (i, i + headDim/2)
//   flags bit 1: NoPE layer: leave x untouched
layout(local_size_x = 64) in;

layout(std430, binding = 0) buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer Table { vec2 cs[]; };
#define STEP_BINDING 2
#include "step.glsl"

layout(push_constant) uniform Params {
    uint tokens;
    uint heads;
    uint headDim;
    uint rowStride;
    uint flags;
} p;

void main()
{
    if ((p.flags & 2u) != 0u)
        return;
    const uint half_ = p.headDim / 2u;
    const uint i = gl_GlobalInvocationID.x;
    const uint h = gl_WorkGroupID.y;
    const uint t = gl_WorkGroupID.z;
    if (i >= half_ || h >= p.heads || t >= p.tokens)
        return;
    const vec2 c = cs[(step.posBase + t) * half_ + i];
    const uint base = t * p.rowStride + h * p.headDim;
    const bool inter = (p.flags & 1u) != 0u;
    const uint a = base + (inter ? 2u * i : i);
    const uint b = base + (inter ? 2u * i + 1u : i + half_);
    const float x0 = x[a], x1 = x[b];
    x[a] = x0 * c.x - x1 * c.y;
    x[b] = x1 * c.x + x0 * c.y;
}
