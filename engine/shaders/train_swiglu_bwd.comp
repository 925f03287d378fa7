#version 450
// SwiGLU backward, accumulating: dG += dS u (sig + g sig (1 - sig)), dU += dS g sig. All (n).
layout(local_size_x = 256) in;

layout(std430, binding = 0) readonly buffer DOut { float ds[]; };
layout(std430, binding = 1) readonly buffer Gate { float g[]; };
layout(std430, binding = 2) readonly buffer Up { float u[]; };
layout(std430, binding = 3) buffer DGate { float dg[]; };
layout(std430, binding = 4) buffer DUp { float du[]; };

layout(push_constant) uniform Params { uint n; } p;

void main()
{
    const uint i = gl_GlobalInvocationID.y * 65535u * 256u + gl_GlobalInvocationID.x;
    if (i >= p.n)
        return;
    const float x = g[i];
    const float sig = 1.0 / (1.0 + exp(-x));
    dg[i] += ds[i] * u[i] * (sig + x * sig * (1.0 - sig));
    du[i] += ds[i] * x * sig;
}
