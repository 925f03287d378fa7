#version 450
// RMSNorm forward that keeps what the backward pass needs:
//   y[r, :] = w[:] * x[r, :] * rstd[r],   rstd[r] = 1 / sqrt(mean(x[r, :]^2) + eps)
// One workgroup per row.
#define WG_SIZE 256
layout(local_size_x = WG_SIZE) in;

layout(std430, binding = 0) readonly buffer In { float x[]; };
layout(std430, binding = 1) readonly buffer Weight { float w[]; };
layout(std430, binding = 2) writeonly buffer Out { float y[]; };
layout(std430, binding = 3) writeonly buffer Rstd { float rstd[]; };

layout(push_constant) uniform Params {
    uint dim;
    uint rows;
    float eps;
} p;

shared float sbReduce[WG_SIZE];
#include "reduce.glsl"

void main()
{
    const uint row = gl_WorkGroupID.x;
    const uint lid = gl_LocalInvocationID.x;
    if (row >= p.rows)
        return;
    const uint base = row * p.dim;
    float ss = 0.0;
    for (uint i = lid; i < p.dim; i += WG_SIZE)
        ss += x[base + i] * x[base + i];
    const float total = workgroupSum(ss, lid);
    const float s = 1.0 / sqrt(total / float(p.dim) + p.eps);
    for (uint i = lid; i < p.dim; i += WG_SIZE)
        y[base + i] = w[i] * (x[base + i] * s);
    if (lid == 0u)
        rstd[row] = s;
}
