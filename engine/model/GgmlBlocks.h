#pragma once
// ggml's quantised block layouts, byte for byte (llama.cpp ggml-common.h). Files store these
// blocks back to back; a row of a block-quantised tensor is a whole number of blocks.

#include <cstdint>

namespace sb {

constexpr int kQk8_0 = 32;
constexpr int kQk4_0 = 32;
constexpr int kQkK = 256; // super-block size of the k-quants
constexpr int kKScaleBytes = 12; // packed 6-bit scales and mins of Q4_K

struct BlockQ8_0 {
    uint16_t d; // fp16 scale
    int8_t qs[kQk8_0]; // value = qs[i] * d
};

struct BlockQ4_0 {
    uint16_t d; // fp16 scale
    uint8_t qs[kQk4_0 / 2]; // low nibble = element i, high nibble = element i + 16; value = (q - 8) * d
};

struct BlockQ4_K {
    uint16_t d; // fp16 super-block scale of the 6-bit scales
    uint16_t dmin; // fp16 super-block scale of the 6-bit mins
    uint8_t scales[kKScaleBytes]; // 8 scales and 8 mins, 6 bits each
    uint8_t qs[kQkK / 2]; // 4-bit quants
};

struct BlockQ6_K {
    uint8_t ql[kQkK / 2]; // low 4 bits
    uint8_t qh[kQkK / 4]; // high 2 bits
    int8_t scales[kQkK / 16]; // 8-bit scales of 16-element groups
    uint16_t d; // fp16 super-block scale
};

static_assert(sizeof(BlockQ8_0) == 34);
static_assert(sizeof(BlockQ4_0) == 18);
static_assert(sizeof(BlockQ4_K) == 144);
static_assert(sizeof(BlockQ6_K) == 210);

} // namespace sb
