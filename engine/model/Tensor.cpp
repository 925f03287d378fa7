#include "engine/model/Tensor.h"

namespace sb {

const char *dtypeName(DType t)
{
    switch (t) {
    case DType::F32:
        return "F32";
    case DType::F16:
        return "F16";
    case DType::BF16:
        return "BF16";
    case DType::Q8_0:
        return "Q8_0";
    case DType::Q4_0:
        return "Q4_0";
    case DType::Q4_K:
        return "Q4_K";
    case DType::Q6_K:
        return "Q6_K";
    }
    return "?";
}

int64_t dtypeBlockSize(DType t)
{
    switch (t) {
    case DType::F32:
    case DType::F16:
    case DType::BF16:
        return 1;
    case DType::Q8_0:
    case DType::Q4_0:
        return 32;
    case DType::Q4_K:
    case DType::Q6_K:
        return 256;
    }
    return 1;
}

size_t dtypeBlockBytes(DType t)
{
    // Sizes of ggml's block structs (see model/GgmlBlocks.h, which static_asserts them).
    switch (t) {
    case DType::F32:
        return 4;
    case DType::F16:
    case DType::BF16:
        return 2;
    case DType::Q8_0:
        return 34; // fp16 d + 32 x int8
    case DType::Q4_0:
        return 18; // fp16 d + 16 bytes of nibbles
    case DType::Q4_K:
        return 144; // fp16 d, dmin + 12 scale bytes + 128 nibble bytes
    case DType::Q6_K:
        return 210; // 128 low + 64 high bytes + 16 int8 scales + fp16 d
    }
    return 0;
}

size_t dtypeRowBytes(DType t, int64_t elements)
{
    const int64_t bs = dtypeBlockSize(t);
    return static_cast<size_t>(elements / bs) * dtypeBlockBytes(t);
}

} // namespace sb
