// The fp16 KV cache: (capacity, kvDim) halves, two per 32-bit word (kvDim is even), so it works
// without 16-bit storage and halves the cache's memory traffic against fp32.
#ifndef SB_KV_GLSL
#define SB_KV_GLSL
#define NEG_BIG (-1.0e30)
#define MAX_HEAD_DIM 256
float kvElem(uint word, uint d) { const vec2 v = unpackHalf2x16(word); return (d & 1u) == 0u ? v.x : v.y; }
#endif
