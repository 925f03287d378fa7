#version 450
// SwiGLU on separate gate and up arrays: s = silu(g) * u, silu(g) = g / (1 + e^-g). All (n).
layout(local_size_x = 256) in;

layout(std430, binding = 0) readonly buffer Gate { float g[]; };
layout(std430, binding = 1) readonly buffer Up { float u[]; };
layout(std430, binding = 2) writeonly buffer Out { float s[]; };

layout(push_constant) uniform Params { uint n; } p;

void main()
{
    const uint i = gl_GlobalInvocationID.y * 65535u * 256u + gl_GlobalInvocationID.x;
    if (i >= p.n)
        return;
    const float x = g[i];
    s[i] = x * (1.0 / (1.0 + exp(-x))) * u[i];
}
