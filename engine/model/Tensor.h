#pragma once
// A read-only view of one weight tensor inside a memory-mapped model file.
// Shapes are in PyTorch order (outermost first): a Linear weight is (out_features, in_features)
// and each row of in_features elements is contiguous (for block-quantised types, a row is a
// whole number of blocks).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sb {

enum class DType : uint8_t { F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q6_K };

const char *dtypeName(DType t);
int64_t dtypeBlockSize(DType t); // elements per block (1 for plain floats)
size_t dtypeBlockBytes(DType t); // bytes per block
size_t dtypeRowBytes(DType t, int64_t elements); // requires elements % blockSize == 0

struct TensorView {
    std::string name; // name in the file it came from
    DType dtype = DType::F32;
    std::vector<int64_t> shape; // outermost first
    const std::byte *data = nullptr;
    size_t nbytes = 0;

    int64_t numel() const
    {
        int64_t n = 1;
        for (int64_t d : shape)
            n *= d;
        return n;
    }
    bool hasZeroDim() const
    {
        for (int64_t d : shape)
            if (d == 0)
                return true;
        return false;
    }
    int64_t rows() const { return shape.empty() ? 1 : numel() / shape.back(); }
    int64_t cols() const { return shape.empty() ? 1 : shape.back(); }
    bool valid() const { return data != nullptr; }
};

} // namespace sb
