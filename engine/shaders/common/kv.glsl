// The KV cache: (capacity, kvDim) per layer. fp16 by default, two halves per 32-bit word (kvDim
// is even), so it works without 16-bit storage and halves the cache's traffic; KV_F32 (spec
// constant 5) keeps fp32 words instead, for bit-for-bit parity work with the CPU reference.
// Element indices below are (position * kvDim + column); pairs start at an even index.
#ifndef SB_KV_GLSL
#define SB_KV_GLSL
#define NEG_BIG (-1.0e30)
#define MAX_HEAD_DIM 256
layout(constant_id = 5) const bool KV_F32 = false;
float kvHalf(uint word, uint idx) { const vec2 v = unpackHalf2x16(word); return (idx & 1u) == 0u ? v.x : v.y; }
#define KV_PAIR(buf, idx) (KV_F32 ? vec2(uintBitsToFloat(buf[idx]), uintBitsToFloat(buf[(idx) + 1u])) : unpackHalf2x16(buf[(idx) / 2u]))
#define KV_ELEM(buf, idx) (KV_F32 ? uintBitsToFloat(buf[idx]) : kvHalf(buf[(idx) / 2u], idx))
#endif
