// Reading weight bytes in ggml's exact layouts from a storage buffer at binding WEIGHT_BINDING.
// Two paths from one source: with SB_STORAGE16 the buffer is also viewed as uint16_t (needs
// storageBuffer16BitAccess); otherwise every read is a 32-bit word load plus shifts, which every
// Vulkan device supports. Byte offsets are 32-bit: one buffer never exceeds maxStorageBufferRange
// (<= 4 GiB); larger tensors are split into row chunks by the host.
// Weight type codes follow sb::DType: F32 0, F16 1, BF16 2, Q8_0 3, Q4_0 4, Q4_K 5, Q6_K 6.
// K-quants (256-element super-blocks) are read in place: Q4_K blocks are 144 bytes, Q6_K 210
// (only 2-byte aligned, which wU16 handles on both paths).
#ifndef SB_WEIGHTS_GLSL
#define SB_WEIGHTS_GLSL

#define WT_F32 0
#define WT_F16 1
#define WT_BF16 2
#define WT_Q8_0 3
#define WT_Q4_0 4
#define WT_Q4_K 5
#define WT_Q6_K 6

#ifdef SB_STORAGE16
#extension GL_EXT_shader_16bit_storage : require
layout(std430, binding = WEIGHT_BINDING) readonly buffer Weight16 { uint16_t w16[]; };
#endif
layout(std430, binding = WEIGHT_BINDING) readonly buffer Weight32 { uint w32[]; };

// 16 bits at an even byte offset.
uint wU16(uint byteOff)
{
#ifdef SB_STORAGE16
    return uint(w16[byteOff >> 1]);
#else
    return (w32[byteOff >> 2] >> ((byteOff & 2u) * 8u)) & 0xffffu;
#endif
}

uint wU8(uint byteOff)
{
    return (wU16(byteOff & ~1u) >> ((byteOff & 1u) * 8u)) & 0xffu;
}

float halfBits(uint h) { return unpackHalf2x16(h).x; }
float bf16Bits(uint b) { return uintBitsToFloat(b << 16); }
// The two signed bytes of a 16-bit word, as floats (low byte first).
vec2 i8x2(uint v) { return vec2(float(int(v << 24) >> 24), float(int(v << 16) >> 24)); }

// ggml's get_scale_min_k4: 6-bit scale (x) and min (y) j (0..7) of the Q4_K block at byte blk.
uvec2 q4kScaleMin(uint blk, uint j)
{
    const uint s = blk + 4u;
    if (j < 4u)
        return uvec2(wU8(s + j) & 63u, wU8(s + j + 4u) & 63u);
    return uvec2((wU8(s + j + 4u) & 15u) | ((wU8(s + j - 4u) >> 6) << 4), (wU8(s + j + 4u) >> 4) | ((wU8(s + j) >> 6) << 4));
}

// The signed 8-bit scale of 16-element group g (0..15) of the Q6_K block at byte blk.
float q6kScale(uint blk, uint g) { return float(int(wU8(blk + 192u + g) << 24) >> 24); }

// Element j (0..255) of a K-quant super-block at byte blk, without its scales applied:
// Q4_K: the 4-bit quant; Q6_K: the 6-bit quant minus 32.
float q4kQuant(uint blk, uint j)
{
    const uint b = wU8(blk + 16u + (j >> 6) * 32u + (j & 31u));
    return float(((j & 32u) == 0u) ? (b & 15u) : (b >> 4));
}
float q6kQuant(uint blk, uint j)
{
    const uint n = j >> 7, q = (j >> 5) & 3u, l = j & 31u;
    const uint lo = (wU8(blk + n * 64u + (q & 1u) * 32u + l) >> ((q >> 1) * 4u)) & 15u;
    const uint hi = (wU8(blk + 128u + n * 32u + l) >> (2u * q)) & 3u;
    return float(int(lo | (hi << 4)) - 32);
}

// Element k of the row starting at byte rowByte (any weight type).
float wElem(uint wtype, uint rowByte, uint k)
{
    if (wtype == WT_F32)
        return uintBitsToFloat(w32[(rowByte >> 2) + k]);
    if (wtype == WT_F16)
        return halfBits(wU16(rowByte + 2u * k));
    if (wtype == WT_BF16)
        return bf16Bits(wU16(rowByte + 2u * k));
    if (wtype == WT_Q4_K) {
        const uint blk = rowByte + (k >> 8) * 144u, jj = k & 255u;
        const uvec2 sm = q4kScaleMin(blk, jj >> 5);
        return halfBits(wU16(blk)) * float(sm.x) * q4kQuant(blk, jj) - halfBits(wU16(blk + 2u)) * float(sm.y);
    }
    if (wtype == WT_Q6_K) {
        const uint blk = rowByte + (k >> 8) * 210u, jj = k & 255u;
        const uint g = (jj >> 7) * 8u + ((jj >> 5) & 3u) * 2u + ((jj & 31u) >> 4);
        return halfBits(wU16(blk + 208u)) * q6kScale(blk, g) * q6kQuant(blk, jj);
    }
    const uint j = k & 31u;
    if (wtype == WT_Q8_0) {
        const uint blk = rowByte + (k >> 5) * 34u;
        return halfBits(wU16(blk)) * float(int(wU8(blk + 2u + j) << 24) >> 24);
    }
    // Q4_0: byte i holds element i (low nibble) and element i + 16 (high nibble); value (q - 8) * d.
    const uint blk = rowByte + (k >> 5) * 18u;
    const uint b = wU8(blk + 2u + (j & 15u));
    const uint q = j < 16u ? (b & 15u) : (b >> 4);
    return halfBits(wU16(blk)) * (float(q) - 8.0);
}

#endif
