#include "engine/ops/WeightRows.h"

#include "engine/model/Dequant.h"

namespace sb {

bool cpuSupportsDType(DType t)
{
    switch (t) {
    case DType::F32:
    case DType::F16:
    case DType::BF16:
    case DType::Q8_0:
    case DType::Q4_0:
    case DType::Q4_K:
    case DType::Q6_K:
        return true;
    }
    return false;
}

static std::string shapeString(const std::vector<int64_t> &shape)
{
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + ")";
}

Result<void> checkWeight(const TensorView &w, const std::vector<int64_t> &shape)
{
    const std::string name = w.name.empty() ? std::string("<unnamed tensor>") : w.name;
    if (!w.valid())
        return makeError(ErrorCode::NotFound, "tensor " + name + " is missing");
    if (!cpuSupportsDType(w.dtype))
        return makeError(ErrorCode::Unsupported,
            "tensor " + name + ": the CPU backend cannot read dtype " + dtypeName(w.dtype));
    // Exact match: silently reinterpreting a shape would hide a loader bug.
    if (w.shape != shape)
        return makeError(ErrorCode::Format,
            "tensor " + name + " has shape " + shapeString(w.shape) + ", expected " + shapeString(shape));
    const int64_t cols = shape.empty() ? 1 : shape.back();
    if (cols % dtypeBlockSize(w.dtype) != 0)
        return makeError(ErrorCode::Format,
            "tensor " + name + ": rows of " + std::to_string(cols) + " elements are not whole "
                + dtypeName(w.dtype) + " blocks");
    const size_t need = dtypeRowBytes(w.dtype, cols) * static_cast<size_t>(w.rows());
    if (w.nbytes < need)
        return makeError(ErrorCode::Format,
            "tensor " + name + " holds " + std::to_string(w.nbytes) + " bytes, needs "
                + std::to_string(need));
    return {};
}

void dequantRow(const TensorView &w, int64_t row, float *out)
{
    dequantizeRows(w, row, 1, out);
}

std::vector<float> toFloatVector(const TensorView &w)
{
    return dequantizeTensor(w);
}

} // namespace sb
