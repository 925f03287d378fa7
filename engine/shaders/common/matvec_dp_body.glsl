// Decode matrix-vector product for Q8_0/Q4_0/Q4_K/Q6_K weights with int8 activations
// (quantize_q8.comp): each 32-element block of x meets 8 packed 4x8-bit integer dot products
// (OpSDot / OpSUDot of SPV_KHR_integer_dot_product, through GL_EXT_spirv_intrinsics since
// glslang here has no GL_EXT_integer_dot_product), scaled once per block (or half block):
//   Q8_0: dw * dx * sum(qw * qx)
//   Q4_0: dw * (dx * sum(qw * qx) - 8 * dx * sum(qx))       (qw the unsigned nibble)
//   Q4_K: d * sc * dx * sum(qw * qx) - dmin * m * dx * sum(qx)  (sub-block of 32: one x block)
//   Q6_K: d * dx * (sc0 * sum_0..15(qw * qx) + sc1 * sum_16..31(qw * qx))  (qw - 32 as int8)
// Same workgroup shape and MODEs as matvec_body.glsl (Store, Accumulate, fused SwiGLU); the
// RMSNorm, when fused, happened in the quantisation. Needs shaderIntegerDotProduct.
#extension GL_EXT_spirv_intrinsics : require
#define LANES 32
#define ROWS 8
layout(local_size_x = LANES, local_size_y = ROWS) in;
layout(constant_id = 0) const uint WTYPE = 3;
layout(constant_id = 1) const uint MODE = 0;

#define WEIGHT_BINDING 0
#include "weights.glsl"
layout(std430, binding = 1) readonly buffer Xq { uint xq[]; };
layout(std430, binding = 2) buffer Y { float y[]; };

layout(push_constant) uniform Params {
    uint cols;
    uint rows;
    uint rowBytes;
    uint outOffset;
} p;

// OpSDot (4450) and OpSUDot (4452), PackedVectorFormat4x8Bit (0).
spirv_instruction(extensions = ["SPV_KHR_integer_dot_product"], capabilities = [6019, 6018], id = 4450)
int sdot4x8(int a, int b, spirv_literal int fmt);
spirv_instruction(extensions = ["SPV_KHR_integer_dot_product"], capabilities = [6019, 6018], id = 4452)
int sudot4x8(int a, int b, spirv_literal int fmt);

// 32 bits at a 2-byte aligned offset (ggml blocks put their quants at odd half-words).
uint wU32(uint byteOff) { return wU16(byteOff) | (wU16(byteOff + 2u) << 16); }

shared float partA[ROWS][LANES];
shared float partB[ROWS][LANES];

float rowDot(uint row, uint lane)
{
    const uint rowByte = row * p.rowBytes;
    float acc = 0.0;
    for (uint b = lane; b < p.cols / 32u; b += LANES) {
        const float dx = uintBitsToFloat(xq[10u * b + 8u]);
        int s = 0;
        if (WTYPE == WT_Q8_0) {
            const uint blk = rowByte + b * 34u;
            for (uint k = 0u; k < 8u; ++k)
                s += sdot4x8(int(wU32(blk + 2u + 4u * k)), int(xq[10u * b + k]), 0);
            acc += halfBits(wU16(blk)) * dx * float(s);
        } else if (WTYPE == WT_Q4_K) { // x block b is sub-block b % 8 of super-block b / 8
            const uint blk = rowByte + (b >> 3) * 144u, sub = b & 7u;
            const uint qs = blk + 16u + (sub >> 1) * 32u; // low nibbles for even sub-blocks, high for odd
            const uint shift = (sub & 1u) * 4u;
            for (uint k = 0u; k < 8u; ++k)
                s += sudot4x8(int(xq[10u * b + k]), int((wU32(qs + 4u * k) >> shift) & 0x0f0f0f0fu), 0);
            const uvec2 sm = q4kScaleMin(blk, sub);
            acc += halfBits(wU16(blk)) * float(sm.x) * dx * float(s)
                - halfBits(wU16(blk + 2u)) * float(sm.y) * uintBitsToFloat(xq[10u * b + 9u]);
        } else if (WTYPE == WT_Q6_K) { // sub-block b % 8 = 4 n + q: half n, quarter q (see q6kQuant)
            const uint blk = rowByte + (b >> 3) * 210u, sub = b & 7u, n = sub >> 2, q = sub & 3u;
            const uint ql = blk + n * 64u + (q & 1u) * 32u, qh = blk + 128u + n * 32u;
            int half0 = 0;
            for (uint k = 0u; k < 8u; ++k) {
                const uint lo = (wU32(ql + 4u * k) >> ((q >> 1) * 4u)) & 0x0f0f0f0fu;
                const uint hi = (wU32(qh + 4u * k) >> (2u * q)) & 0x03030303u;
                // Per byte: v - 32 for the 6-bit v, as int8 without borrows between bytes: flip
                // bit 5, then copy it into bits 6 and 7 (sign extension from 6 bits).
                const uint t = (lo | (hi << 4)) ^ 0x20202020u, sign = t & 0x20202020u;
                const int d4 = sdot4x8(int(t | (sign << 1) | (sign << 2)), int(xq[10u * b + k]), 0);
                if (k < 4u)
                    half0 += d4;
                else
                    s += d4;
            }
            const uint g = n * 8u + q * 2u; // the 16-element scale groups of this sub-block: g, g + 1
            acc += halfBits(wU16(blk + 208u)) * dx * (q6kScale(blk, g) * float(half0) + q6kScale(blk, g + 1u) * float(s));
        } else { // Q4_0: byte i holds element i (low nibble) and element i + 16 (high nibble)
            const uint blk = rowByte + b * 18u;
            for (uint k = 0u; k < 4u; ++k) {
                const uint v = wU32(blk + 2u + 4u * k);
                s += sudot4x8(int(xq[10u * b + k]), int(v & 0x0f0f0f0fu), 0);
                s += sudot4x8(int(xq[10u * b + 4u + k]), int((v >> 4) & 0x0f0f0f0fu), 0);
            }
            acc += halfBits(wU16(blk)) * (dx * float(s) - 8.0 * uintBitsToFloat(xq[10u * b + 9u]));
        }
    }
    return acc;
}

void main()
{
    const uint wg = gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x;
    const uint ly = gl_LocalInvocationID.y, lane = gl_LocalInvocationID.x;
    const uint r = wg * ROWS + ly;
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
