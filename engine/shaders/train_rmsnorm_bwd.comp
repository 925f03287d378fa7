#version 450
// RMSNorm backward to the input (the norm weight is frozen), accumulating like the CPU op:
//   dx[r, j] += s w[j] dy[r, j] - x[r, j] s^3 / dim * sum_i w[i] dy[r, i] x[r, i],   s = rstd[r]
// One workgroup per row.
#define WG_SIZE 256
layout(local_size_x = WG_SIZE) in;

layout(std430, binding = 0) readonly buffer In { float x[]; };
layout(std430, binding = 1) readonly buffer Weight { float w[]; };
layout(std430, binding = 2) readonly buffer DOut { float dy[]; };
layout(std430, binding = 3) readonly buffer Rstd { float rstd[]; };
layout(std430, binding = 4) buffer DIn { float dx[]; };

layout(push_constant) uniform Params {
    uint dim;
    uint rows;
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
    const float s = rstd[row];
    float dot = 0.0;
    for (uint i = lid; i < p.dim; i += WG_SIZE)
        dot += w[i] * dy[base + i] * x[base + i];
    const float k = workgroupSum(dot, lid) * s * s * s / float(p.dim);
    for (uint i = lid; i < p.dim; i += WG_SIZE)
        dx[base + i] += s * w[i] * dy[base + i] - k * x[base + i];
}
