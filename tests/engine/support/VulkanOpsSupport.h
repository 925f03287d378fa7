#pragma once
// Shared pieces of the Vulkan op tests (TestVulkanOps, TestVulkanQuantOps): random inputs,
// normalised errors, host tensors in every dtype with their dequantised values, and a fixture
// that owns a context plus the buffers and device weights a test creates.

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include "engine/model/Tensor.h"
#include "engine/vulkan/DeviceWeight.h"
#include "engine/vulkan/VulkanContext.h"
#include "engine/vulkan/VulkanKernels.h"

namespace sb::test {

std::vector<float> randomVec(size_t n, uint32_t seed, float scale = 1.0f);
// max|got - ref| / max|ref|
double normErr(const std::vector<float> &got, const std::vector<double> &ref);
// fp32 accumulation 1e-5; Q8_0/Q4_0 against the dequantised weights 1e-4
double tolFor(DType t);

// dX (tokens, cols) = dY (tokens, rows) W (rows, cols), W given by its dequantised values.
std::vector<double> referenceDx(
    const std::vector<float> &dy, const std::vector<float> &w, int tokens, int rows, int cols);

// A host tensor: values stored as `dtype`, plus their dequantised fp32 values.
struct HostTensor {
    std::vector<std::byte> bytes;
    std::vector<float> values;
    TensorView view;
};

// Random values quantised to `t` (F32, F16, BF16, Q8_0, Q4_0).
HostTensor makeTensor(DType t, int64_t rows, int64_t cols, uint32_t seed, const char *name = "w");
// Random K-quant blocks (no quantiser for them here): random bits with sane fp16 scales.
HostTensor makeKQuant(DType t, int64_t rows, int64_t cols, uint32_t seed);

// Owns a Vulkan context (null when there is no device) and what the helpers create; release()
// frees the buffers and weights of one test function.
class VulkanOpsFixture {
protected:
    std::unique_ptr<VulkanContext> m_ctx;
    std::vector<Buffer> m_buffers;
    std::deque<DeviceWeight> m_weights; // deviceWeight() hands out references that must stay valid

    Buffer buffer(size_t bytes, bool hostVisible = false);
    template <typename T> Buffer upload(const std::vector<T> &v)
    {
        Buffer b = buffer(v.size() * sizeof(T));
        uploadBytes(b, v.data(), v.size() * sizeof(T));
        return b;
    }
    std::vector<float> download(const Buffer &b, size_t n);
    Buffer stepBuffer(const StepParams &s);
    const DeviceWeight &deviceWeight(
        std::vector<const TensorView *> parts, bool paired, uint64_t maxChunk = 0);
    Result<void> run(const std::function<Result<void>(VkCommandBuffer)> &f)
    {
        return m_ctx->submitAndWait(f);
    }
    void release();

private:
    void uploadBytes(const Buffer &b, const void *data, size_t bytes);
};

} // namespace sb::test
