#version 450
// Stores this step's keys and values (fp32 columns of the qkv rows) into the layer's fp16 cache,
// (capacity, kvDim) packed two halves per 32-bit word, rows step.posBase .. + tokens - 1.
layout(local_size_x = 64) in;

layout(std430, binding = 0) readonly buffer Qkv { float qkv[]; };
layout(std430, binding = 1) writeonly buffer KCache { uint kc[]; };
layout(std430, binding = 2) writeonly buffer VCache { uint vc[]; };
#define STEP_BINDING 3
#include "step.glsl"

layout(push_constant) uniform Params {
    uint tokens;
    uint kvDim;     // even
    uint rowStride; // floats per qkv row
    uint kOffset;   // column of the first key element
    uint vOffset;   // column of the first value element
} p;

void main()
{
    const uint c = gl_GlobalInvocationID.x; // pair index
    const uint t = gl_WorkGroupID.y;
    if (2u * c >= p.kvDim || t >= p.tokens)
        return;
    const uint src = t * p.rowStride + 2u * c;
    const uint dst = ((step.posBase + t) * p.kvDim) / 2u + c;
    kc[dst] = packHalf2x16(vec2(qkv[src + p.kOffset], qkv[src + p.kOffset + 1u]));
    vc[dst] = packHalf2x16(vec2(qkv[src + p.vOffset], qkv[src + p.vOffset + 1u]));
}
