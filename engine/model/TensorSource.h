#pragma once
// A tensor handed to a file writer: its name in that file, dtype, shape (outermost first) and a
// producer of its bytes, called once while writing, so a writer holds one tensor in RAM at a time.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/Tensor.h"

namespace sb {

struct TensorSource {
    std::string name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape; // outermost first
    // Must return exactly tensorBytes(dtype, shape) bytes.
    std::function<Result<std::vector<std::byte>>()> bytes;
};

// Bytes of a tensor of this dtype and shape (rows are whole blocks); 0 if the innermost dimension
// is not a multiple of the block size or the size overflows.
size_t tensorBytes(DType dtype, const std::vector<int64_t> &shape);

// Progress of a long load or write: return false to cancel (the operation then fails with
// ErrorCode::Cancelled).
struct ModelProgress {
    int64_t tensorsDone = 0;
    int64_t tensorsTotal = 0;
    uint64_t bytesDone = 0;
    uint64_t bytesTotal = 0;
};
using ProgressFn = std::function<bool(const ModelProgress &)>;

} // namespace sb
