#version 450
// out = a + b, elementwise (residual connections).
layout(local_size_x = 256) in;

layout(std430, binding = 0) readonly buffer A { float a[]; };
layout(std430, binding = 1) readonly buffer B { float b[]; };
layout(std430, binding = 2) writeonly buffer Out { float y[]; };

layout(push_constant) uniform Params { uint n; } p;

void main()
{
    const uint i = gl_GlobalInvocationID.x;
    if (i < p.n)
        y[i] = a[i] + b[i];
}
