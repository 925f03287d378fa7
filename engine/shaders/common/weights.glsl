// Reading weight bytes in ggml's exact layouts from a storage buffer at binding WEIGHT_BINDING.
// Two paths from one source: with SB_STORAGE16 the buffer is also viewed as uint16_t (needs
// storageBuffer16BitAccess); otherwise every read is a 32-bit word load plus shifts, which every
// Vulkan device supports. Byte offsets are 32-bit: one buffer never exceeds maxStorageBufferRange
// (<= 4 GiB); larger tensors are split into row chunks by the host.
// Weight type codes follow sb::DType: F32 0, F16 1, BF16 2, Q8_0 3, Q4_0 4.
#ifndef SB_WEIGHTS_GLSL
#define SB_WEIGHTS_GLSL

#define WT_F32 0
#define WT_F16 1
#define WT_BF16 2
#define WT_Q8_0 3
#define WT_Q4_0 4

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

// Element k of the row starting at byte rowByte (any weight type).
float wElem(uint wtype, uint rowByte, uint k)
{
    if (wtype == WT_F32)
        return uintBitsToFloat(w32[(rowByte >> 2) + k]);
    if (wtype == WT_F16)
        return halfBits(wU16(rowByte + 2u * k));
    if (wtype == WT_BF16)
        return bf16Bits(wU16(rowByte + 2u * k));
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
