#pragma once
// Reading rows of a weight tensor as fp32, whatever its storage type. The CPU reference keeps
// weights in their file's dtype (memory-mapped) and converts one row at a time when it needs it.

#include <cstdint>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/Tensor.h"

namespace sb {

// Whether the CPU ops can read weights of this dtype.
bool cpuSupportsDType(DType t);

// Checks that a view is usable by the CPU ops with the expected shape: data present, supported
// dtype, shape equal to `shape`, and enough bytes. The error names the tensor.
Result<void> checkWeight(const TensorView &w, const std::vector<int64_t> &shape);

// Converts row `row` of a weight viewed as (rows(), cols()) into out[cols] (model/Dequant.h).
void dequantRow(const TensorView &w, int64_t row, float *out);

// The whole tensor as fp32 (used for small tensors such as norm weights).
std::vector<float> toFloatVector(const TensorView &w);

} // namespace sb
