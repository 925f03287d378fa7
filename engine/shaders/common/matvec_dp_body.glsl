// Decode matrix-vector product for Q8_0/Q4_0 weights with int8 activations (quantize_q8.comp):
// each 32-element block is 8 (Q8_0) or 8 (Q4_0: 4 low-nibble + 4 high-nibble) packed 4x8-bit
// integer dot products (OpSDot / OpSUDot of SPV_KHR_integer_dot_product, through
// GL_EXT_spirv_intrinsics since glslang here has no GL_EXT_integer_dot_product), scaled once:
//   Q8_0: dw * dx * sum(qw * qx)
//   Q4_0: dw * (dx * sum(qw * qx) - 8 * dx * sum(qx))       (qw the unsigned nibble)
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
