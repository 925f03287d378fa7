#version 450
// Stores this step's keys and values (fp32 columns of the qkv rows) into the layer's cache
// (common/kv.glsl: fp16 pairs or fp32 words), rows step.posBase .. + tokens - 1.
layout(local_size_x = 64) in;

layout(std430, binding = 0) readonly buffer Qkv { float qkv[]; };
layout(std430, binding = 1) writeonly buffer KCache { uint kc[]; };
layout(std430, binding = 2) writeonly buffer VCache { uint vc[]; };
#define STEP_BINDING 3
#include "step.glsl"
#include "kv.glsl"

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
    const vec2 k = vec2(qkv[src + p.kOffset], qkv[src + p.kOffset + 1u]);
    const vec2 v = vec2(qkv[src + p.vOffset], qkv[src + p.vOffset + 1u]);
    const uint e = (step.posBase + t) * p.kvDim + 2u * c; // element index of the pair
    if (KV_F32) {
        kc[e] = floatBitsToUint(k.x);
        kc[e + 1u] = floatBitsToUint(k.y);
        vc[e] = floatBitsToUint(v.x);
        vc[e + 1u] = floatBitsToUint(v.y);
    } else {
        kc[e / 2u] = packHalf2x16(k);
        vc[e / 2u] = packHalf2x16(v);
    }
}
