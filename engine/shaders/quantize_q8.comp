#version 450
// Activations to int8 per 32-element block for the integer dot-product matvec (the q8_1 idea of
// llama.cpp's MMVQ): block b of x (optionally RMS-normalised first, FUSE_NORM) becomes
//   xq[10 b .. 10 b + 8)  32 int8 values q = roundEven(x / d), 4 per word, element order
//   xq[10 b + 8]          d = max|x| / 127 (fp32 bits)
//   xq[10 b + 9]          d * sum(q) (fp32 bits), for the offset of Q4_0 (8) and the mins of Q4_K
// One invocation per block; cols % 32 == 0.
#define WG_SIZE 64
layout(local_size_x = WG_SIZE) in;
layout(constant_id = 2) const bool FUSE_NORM = false;

layout(std430, binding = 0) readonly buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer NormW { float nw[]; }; // (cols), FUSE_NORM only
layout(std430, binding = 2) writeonly buffer Xq { uint xq[]; };

layout(push_constant) uniform Params {
    uint cols;
    float eps;
} p;

shared float sbReduce[WG_SIZE];
#include "reduce.glsl"

void main()
{
    const uint lid = gl_LocalInvocationID.x, b = gl_GlobalInvocationID.x;
    float scale = 1.0;
    if (FUSE_NORM) { // every workgroup sums the squares of all of x: cheap next to the matvec
        float ss = 0.0;
        for (uint i = lid; i < p.cols; i += WG_SIZE)
            ss += x[i] * x[i];
        scale = inversesqrt(workgroupSum(ss, lid) / float(p.cols) + p.eps);
    }
    if (b >= p.cols / 32u)
        return;
    float v[32];
    float amax = 0.0;
    for (uint j = 0u; j < 32u; ++j) {
        const uint i = b * 32u + j;
        v[j] = FUSE_NORM ? x[i] * scale * nw[i] : x[i];
        amax = max(amax, abs(v[j]));
    }
    const float d = amax / 127.0;
    const float id = d > 0.0 ? 1.0 / d : 0.0;
    int sum = 0;
    for (uint k = 0u; k < 8u; ++k) {
        uint word = 0u;
        for (uint j = 0u; j < 4u; ++j) {
            const int q = clamp(int(roundEven(v[4u * k + j] * id)), -127, 127);
            sum += q;
            word |= (uint(q) & 255u) << (8u * j);
        }
        xq[10u * b + k] = word;
    }
    xq[10u * b + 8u] = floatBitsToUint(d);
    xq[10u * b + 9u] = floatBitsToUint(d * float(sum));
}
