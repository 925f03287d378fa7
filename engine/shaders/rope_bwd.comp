#version 450
// Rotary position embedding for training, in place on the first `heads` heads of each of `tokens`
// rows of x (row stride rowStride floats); token t has position posBase + t. Backward rotates by
// -angle (the rotation is orthogonal), which turns dL/d(out) into dL/d(in); forward by +angle.
// cos/sin come from the host table (positions, headDim/2) of vulkan/VulkanKernels.h ropeTable().
//   flags bit 0: interleaved pairs (2i, 2i+1) (GGUF); else split-half pairs (i, i + headDim/2)
//   flags bit 1: inverse (backward): rotate by -angle
layout(local_size_x = 64) in;

layout(std430, binding = 0) buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer Table { vec2 cs[]; };

layout(push_constant) uniform Params {
    uint tokens;
    uint heads;
    uint headDim;
    uint rowStride;
    uint posBase;
    uint flags;
} p;

void main()
{
    const uint half_ = p.headDim / 2u;
    const uint i = gl_GlobalInvocationID.x;
    const uint h = gl_WorkGroupID.y;
    const uint t = gl_WorkGroupID.z;
    if (i >= half_ || h >= p.heads || t >= p.tokens)
        return;
    const vec2 c = cs[(p.posBase + t) * half_ + i];
    const float s = (p.flags & 2u) != 0u ? -c.y : c.y;
    const uint base = t * p.rowStride + h * p.headDim;
    const bool inter = (p.flags & 1u) != 0u;
    const uint a = base + (inter ? 2u * i : i);
    const uint b = base + (inter ? 2u * i + 1u : i + half_);
    const float x0 = x[a], x1 = x[b];
    x[a] = x0 * c.x - x1 * s;
    x[b] = x1 * c.x + x0 * s;
}
