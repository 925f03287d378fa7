#pragma once
// Row conversions between stored dtypes and fp32, with ggml's exact semantics: dequantisation of
// F32/F16/BF16/Q8_0/Q4_0/Q4_K/Q6_K and ggml's reference quantisers for Q8_0 and Q4_0. Source and
// destination byte buffers need no alignment (GGUF blocks are 18/34/144/210 bytes).

#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/Half.h"
#include "engine/model/Tensor.h"

namespace sb {

// Dequantises `n` elements starting at the block boundary `src` into dst[0..n).
// `n` must be a multiple of dtypeBlockSize(t) (asserted; callers validate shapes first).
void dequantizeRow(DType t, const std::byte *src, float *dst, int64_t n);

// Dequantises rows [row, row + count) of a tensor viewed as (rows(), cols()).
void dequantizeRows(const TensorView &t, int64_t row, int64_t count, float *dst);

// The whole tensor as fp32 (tests, tools; backends stream rows instead).
std::vector<float> dequantizeTensor(const TensorView &t);

// Encodes `n` floats as `to` (F32, F16, BF16, Q8_0 or Q4_0) into dst, which holds
// dtypeRowBytes(to, n) bytes. Q4_K/Q6_K encoding is not provided: Unsupported.
Result<void> quantizeRow(DType to, const float *src, std::byte *dst, int64_t n);

// ggml's quantize_row_q8_0_ref / quantize_row_q4_0_ref; n is a multiple of 32.
void quantizeRowQ8_0(const float *src, std::byte *dst, int64_t n);
void quantizeRowQ4_0(const float *src, std::byte *dst, int64_t n);
void quantizeRowQ4_K(const float *src, std::byte *dst, int64_t n);
void quantizeRowQ6_K(const float *src, std::byte *dst, int64_t n);

} // namespace sb
