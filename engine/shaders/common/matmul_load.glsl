// The weight side of a prefill matmul tile: dequantises a 32-element k-slice of one weight row
// (any WTYPE of weights.glsl) and hands each element to WS_STORE(nn, k, value), which the
// including shader defines for its own shared tile (fp32 in matmul_body.glsl, fp16 in
// matmul_cm.comp). Needs WTYPE, p.rowBytes and weights.glsl.
#ifndef SB_MATMUL_LOAD_GLSL
#define SB_MATMUL_LOAD_GLSL

// Dequantises elements [8 part, 8 part + 8) of the 32-element k-slice starting at k0 of row n
// through WS_STORE(nn, k, value); needs cols % 32 == 0 (the slice is one whole ggml block).
void loadSlice8(uint nn, uint n, uint k0, uint part)
{
    const uint rowByte = n * p.rowBytes;
    const uint j0 = part * 8u;
    if (WTYPE == WT_F32) {
        const uint base = (rowByte >> 2) + k0 + j0;
        for (uint j = 0u; j < 8u; ++j)
            WS_STORE(nn, j0 + j, uintBitsToFloat(w32[base + j]));
    } else if (WTYPE == WT_F16 || WTYPE == WT_BF16) {
        const uint base = (rowByte >> 2) + (k0 + j0) / 2u;
        for (uint j = 0u; j < 4u; ++j) {
            const uint v = w32[base + j];
            const vec2 f = WTYPE == WT_F16 ? unpackHalf2x16(v) : vec2(uintBitsToFloat(v << 16), uintBitsToFloat(v & 0xffff0000u));
            WS_STORE(nn, j0 + 2u * j, f.x);
            WS_STORE(nn, j0 + 2u * j + 1u, f.y);
        }
    } else if (WTYPE == WT_Q8_0) {
        const uint blk = rowByte + (k0 >> 5) * 34u;
        const float d = halfBits(wU16(blk));
        for (uint j = 0u; j < 4u; ++j) {
            const vec2 q = i8x2(wU16(blk + 2u + j0 + 2u * j));
            WS_STORE(nn, j0 + 2u * j, d * q.x);
            WS_STORE(nn, j0 + 2u * j + 1u, d * q.y);
        }
    } else if (WTYPE == WT_Q4_K || WTYPE == WT_Q6_K) { // one 32-slice lies inside one super-block
        for (uint j = 0u; j < 8u; ++j)
            WS_STORE(nn, j0 + j, wElem(WTYPE, rowByte, k0 + j0 + j));
    } else { // Q4_0: elements j < 16 are low nibbles of byte j, j >= 16 high nibbles of byte j - 16
        const uint blk = rowByte + (k0 >> 5) * 18u;
        const float d = halfBits(wU16(blk));
        const uint shift = j0 < 16u ? 0u : 4u;
        const uint byte0 = j0 & 15u;
        for (uint j = 0u; j < 4u; ++j) {
            const uint v = wU16(blk + 2u + byte0 + 2u * j);
            WS_STORE(nn, j0 + 2u * j, d * (float((v >> shift) & 15u) - 8.0));
            WS_STORE(nn, j0 + 2u * j + 1u, d * (float((v >> (8u + shift)) & 15u) - 8.0));
        }
    }
}

#endif
