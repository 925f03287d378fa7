#version 450
// out[t, i] = silu(gu[t, i]) * gu[t, ffn + i]: gate and up halves of a fused gate+up row.
layout(local_size_x = 256) in;

layout(std430, binding = 0) readonly buffer GateUp { float gu[]; };
layout(std430, binding = 1) writeonly buffer Out { float y[]; };

layout(push_constant) uniform Params {
    uint tokens;
    uint ffn;
} p;

void main()
{
    const uint i = gl_GlobalInvocationID.x;
    const uint t = gl_WorkGroupID.y;
    if (i >= p.ffn || t >= p.tokens)
        return;
    const float g = gu[t * 2u * p.ffn + i];
    y[t * p.ffn + i] = g / (1.0 + exp(-g)) * gu[t * 2u * p.ffn + p.ffn + i];
}
