// Matrix-vector product for decode. A workgroup computes ROWS weight rows (of one row chunk),
// LANES invocations per row each summing a strided share of the row, then one barrier and a
// serial sum per row: few barriers and few workgroups, which matters on lavapipe and costs little
// on GPUs (a row's lanes read consecutive words).
//   MODE 0: y[outOffset + r] = W[r, :] . x
//   MODE 1: y[outOffset + r] += W[r, :] . x                      (fused residual add)
//   MODE 2: y[outOffset + r] = silu(W[r, :] . x) * (W[rows + r, :] . x)
//           (fused gate+up+SwiGLU: the chunk holds its gate rows, then the matching up rows)
// W (rows, cols) in any weight type (spec constant WTYPE), x (cols) and y fp32; fp32 accumulation.
// FUSE_NORM (spec constant 2): x is first RMS-normalised with weight nw and eps (each workgroup
// recomputes the sum of squares of x, which is cheap next to a pass over its weight rows and
// saves a dispatch and a barrier per norm).
#define LANES 32
#define ROWS 8
layout(local_size_x = LANES, local_size_y = ROWS) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(constant_id = 1) const uint MODE = 0;
layout(constant_id = 2) const bool FUSE_NORM = false;

#define WEIGHT_BINDING 0
#include "weights.glsl"
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) buffer Y { float y[]; };
layout(std430, binding = 3) readonly buffer NormW { float nw[]; }; // (cols), FUSE_NORM only

layout(push_constant) uniform Params {
    uint cols;
    uint rows;      // rows of this chunk (gate rows only in MODE 2)
    uint rowBytes;
    uint outOffset; // first output index of this chunk
    float eps;      // FUSE_NORM
} p;

shared float partA[ROWS][LANES];
shared float partB[ROWS][LANES];
shared float normPart[ROWS * LANES];
shared float normLane[LANES];
float normScale = 1.0;

// Element i of the (normalised) input.
float xv(uint i) { return FUSE_NORM ? x[i] * normScale * nw[i] : x[i]; }

// This lane's share of W[row, :] . x
float rowDot(uint row, uint lid)
{
    const uint WG_SIZE = LANES;
    const uint rowByte = row * p.rowBytes;
    float acc = 0.0;
    if (WTYPE == WT_F32) {
        const uint base = rowByte >> 2;
        for (uint i = lid; i < p.cols; i += WG_SIZE)
            acc += uintBitsToFloat(w32[base + i]) * xv(i);
    } else if (WTYPE == WT_F16 || WTYPE == WT_BF16) {
        // cols is even (checked by the host), so each row starts on a 32-bit word.
        const uint base = rowByte >> 2;
        for (uint i = lid; i < p.cols / 2u; i += WG_SIZE) {
            const uint v = w32[base + i];
            vec2 wv = WTYPE == WT_F16 ? unpackHalf2x16(v) : vec2(uintBitsToFloat(v << 16), uintBitsToFloat(v & 0xffff0000u));
            acc += wv.x * xv(2u * i) + wv.y * xv(2u * i + 1u);
        }
    } else if (WTYPE == WT_Q8_0) {
        for (uint b = lid; b < p.cols / 32u; b += WG_SIZE) {
            const uint blk = rowByte + b * 34u;
            const uint xb = b * 32u;
            float s = 0.0;
            for (uint j = 0u; j < 16u; ++j) {
                const vec2 q = i8x2(wU16(blk + 2u + 2u * j));
                s += q.x * xv(xb + 2u * j) + q.y * xv(xb + 2u * j + 1u);
            }
            acc += halfBits(wU16(blk)) * s;
        }
    } else { // Q4_0
        for (uint b = lid; b < p.cols / 32u; b += WG_SIZE) {
            const uint blk = rowByte + b * 18u;
            const uint xb = b * 32u;
            float s = 0.0;
            for (uint j = 0u; j < 8u; ++j) {
                const uint v = wU16(blk + 2u + 2u * j); // bytes 2j, 2j+1
                s += (float(v & 15u) - 8.0) * xv(xb + 2u * j) + (float((v >> 8) & 15u) - 8.0) * xv(xb + 2u * j + 1u)
                    + (float((v >> 4) & 15u) - 8.0) * xv(xb + 16u + 2u * j)
                    + (float((v >> 12) & 15u) - 8.0) * xv(xb + 17u + 2u * j);
            }
            acc += halfBits(wU16(blk)) * s;
        }
    }
    return acc;
}

void main()
{
    const uint wg = gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x;
    const uint ly = gl_LocalInvocationID.y, lane = gl_LocalInvocationID.x;
    const uint r = wg * ROWS + ly;
    if (FUSE_NORM) {
        const uint fi = ly * LANES + lane;
        float ss = 0.0;
        for (uint i = fi; i < p.cols; i += ROWS * LANES)
            ss += x[i] * x[i];
        // Two barriers, not a log2(256)-step tree: barriers are what costs on CPU implementations.
        normPart[fi] = ss;
        barrier();
        if (fi < LANES) {
            float s = 0.0;
            for (uint j = 0u; j < ROWS; ++j)
                s += normPart[j * LANES + fi];
            normLane[fi] = s;
        }
        barrier();
        float total = 0.0;
        for (uint j = 0u; j < LANES; ++j)
            total += normLane[j];
        normScale = inversesqrt(total / float(p.cols) + p.eps);
    }
    float d = 0.0, u = 0.0;
    if (r < p.rows) {
        d = rowDot(r, lane);
        if (MODE == 2u)
            u = rowDot(p.rows + r, lane);
    }
    partA[ly][lane] = d;
    partB[ly][lane] = u;
    barrier();
    if (lane != 0u || r >= p.rows)
        return;
    d = 0.0;
    u = 0.0;
    for (uint i = 0u; i < LANES; ++i) {
        d += partA[ly][i];
        u += partB[ly][i];
    }
    if (MODE == 2u)
        y[p.outOffset + r] = d / (1.0 + exp(-d)) * u;
    else
        y[p.outOffset + r] = MODE == 1u ? y[p.outOffset + r] + d : d;
}
