#pragma once
// Weight tensors in device-local memory, in their file's byte layout (ggml blocks for Q8_0/Q4_0),
// split into row chunks so no buffer exceeds maxStorageBufferRange. Uploaded once through a
// staging buffer that batches many copies per submission and reports progress.

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/Result.h"
#include "model/Tensor.h"
#include "vulkan/VulkanContext.h"

namespace sb {

struct DeviceWeight {
    struct Chunk {
        Buffer buffer;
        int64_t rowStart = 0; // first (output) row held by this chunk
        int64_t rows = 0;
    };
    std::string name;
    DType dtype = DType::F32;   // F32, F16, BF16, Q8_0 or Q4_0 (what the kernels read)
    int64_t rows = 0;           // output rows (gate rows only when paired)
    int64_t cols = 0;
    size_t rowBytes = 0;
    // Gate+up layout: each chunk holds gate rows [rowStart, rowStart + rows) followed by the
    // same rows of the up projection, so the fused SwiGLU kernel finds both in one buffer.
    bool paired = false;
    std::vector<Chunk> chunks;

    uint64_t bytes() const;
};

// Whether the Vulkan kernels read this dtype directly (others are widened to F16 on upload).
bool deviceSupportsDType(DType t);

// The dtype a tensor of type `t` is stored in on the device.
DType deviceDTypeFor(DType t);

using UploadProgressFn = std::function<void(uint64_t bytesDone, uint64_t bytesTotal)>;

// A host-visible staging buffer that collects copies and submits them in batches.
class StagingUploader {
public:
    StagingUploader(VulkanContext &ctx, uint64_t totalBytes, UploadProgressFn progress);
    ~StagingUploader();
    StagingUploader(const StagingUploader &) = delete;
    StagingUploader &operator=(const StagingUploader &) = delete;

    Result<void> init(uint64_t stagingBytes);
    // Queues a copy of `bytes` host bytes to dst at dstOffset (flushing when the staging is full).
    Result<void> write(const Buffer &dst, uint64_t dstOffset, const void *src, uint64_t bytes);
    // Gives a pointer to `bytes` of staging memory that will land at dst + dstOffset; bytes must
    // be at most the staging size. Lets converters write straight into staging.
    Result<void *> reserve(const Buffer &dst, uint64_t dstOffset, uint64_t bytes);
    Result<void> flush();

private:
    struct Pending {
        VkBuffer dst;
        VkBufferCopy region;
    };
    VulkanContext &m_ctx;
    Buffer m_staging;
    uint64_t m_used = 0;
    uint64_t m_done = 0;
    uint64_t m_total = 0;
    UploadProgressFn m_progress;
    std::vector<Pending> m_pending;
};

// Uploads the row-concatenation of `parts` (all with the same cols and dtype) as one device
// weight, e.g. q/k/v projections stacked into one (qDim + 2 kvDim, dim) matrix. With `paired`,
// parts must be exactly two tensors of equal shape (gate, up) laid out chunk by chunk.
// maxChunkBytes caps each buffer (0 = the device's maxStorageBufferRange).
Result<DeviceWeight> uploadWeight(VulkanContext &ctx, StagingUploader &up, const std::string &name,
                                  std::span<const TensorView *const> parts, bool paired, uint64_t maxChunkBytes);

// fp32 copy of a small tensor (norm weights) in a device-local buffer.
Result<Buffer> uploadFloats(VulkanContext &ctx, StagingUploader &up, const TensorView &t);

// Bytes uploadWeight would allocate for these parts (for the VRAM estimate).
uint64_t deviceWeightBytes(std::span<const TensorView *const> parts);

void destroyWeight(VulkanContext &ctx, DeviceWeight &w);

} // namespace sb
