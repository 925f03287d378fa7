#pragma once
// Weight tensors in device-local memory, in their file's byte layout (ggml blocks for Q8_0/Q4_0
// and the K-quants Q4_K/Q6_K, read in place by the kernels),
// split into row chunks so no buffer exceeds maxStorageBufferRange. Uploaded once through a
// staging buffer that batches many copies per submission and reports progress.

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/Tensor.h"
#include "engine/vulkan/VulkanContext.h"

namespace sb {

struct DeviceWeight {
    struct Chunk {
        Buffer buffer;
        int64_t rowStart = 0; // first (output) row held by this chunk
        int64_t rows = 0;
        DType dtype = DType::F32; // what the kernels read in this chunk
        size_t rowBytes = 0;
    };
    std::string name;
    // F32, F16, BF16, Q8_0, Q4_0, Q4_K or Q6_K. Unpaired weights fused from parts of different
    // storage (a Q6_K v_proj beside Q4_K q/k in Q4_K_M files) keep each part's own in its chunks
    // (mixed() true; dtype and rowBytes are then the first chunk's): kernels dispatch per chunk.
    DType dtype = DType::F32;
    int64_t rows = 0; // output rows (gate rows only when paired)
    int64_t cols = 0;
    size_t rowBytes = 0;
    // Gate+up layout: each chunk holds gate rows [rowStart, rowStart + rows) followed by the
    // same rows of the up projection, so the fused SwiGLU kernel finds both in one buffer.
    bool paired = false;
    std::vector<Chunk> chunks;

    uint64_t bytes() const;
    bool mixed() const;
};

// Whether the Vulkan kernels read this dtype directly (all file dtypes today; only a paired
// gate+up weight whose two parts differ in storage is widened to F16 on upload).
bool deviceSupportsDType(DType t);

// The dtype a tensor of type `t` is stored in on the device.
DType deviceDTypeFor(DType t);

using UploadProgressFn = std::function<void(uint64_t bytesDone, uint64_t bytesTotal)>;

// The upload ring: two or more host-visible staging slots, each with its own command buffer and
// fence. Copies are collected in the current slot; a full slot is submitted without waiting and
// the next slot is filled (the host's memcpy of chunk i+1 overlaps the device's copy of chunk
// i); a slot is reused only after its fence signals, and progress is reported as each slot's
// copy completes.
class StagingUploader {
public:
    StagingUploader(VulkanContext &ctx, uint64_t totalBytes, UploadProgressFn progress);
    ~StagingUploader(); // waits for copies still in flight
    StagingUploader(const StagingUploader &) = delete;
    StagingUploader &operator=(const StagingUploader &) = delete;

    // stagingBytes in all, split over `slots` (>= 2) buffers.
    Result<void> init(uint64_t stagingBytes, uint32_t slots = 2);
    // Queues a copy of `bytes` host bytes to dst at dstOffset (submitting slots as they fill).
    Result<void> write(const Buffer &dst, uint64_t dstOffset, const void *src, uint64_t bytes);
    // Gives a pointer to `bytes` of staging memory that will land at dst + dstOffset; bytes must
    // be at most slotBytes(). Lets converters write straight into staging.
    Result<void *> reserve(const Buffer &dst, uint64_t dstOffset, uint64_t bytes);
    // Submits what is queued and waits for every slot.
    Result<void> flush();

    uint64_t slotBytes() const { return m_slotBytes; }
    uint32_t submissions() const { return m_submissions; } // slot copies submitted so far

private:
    struct Pending {
        VkBuffer dst;
        VkBufferCopy region;
    };
    struct Slot {
        Buffer staging;
        VkCommandBuffer cmd = VK_NULL_HANDLE;
        VkFence fence = VK_NULL_HANDLE;
        bool inFlight = false;
        uint64_t used = 0;
        uint64_t bytes = 0; // payload of the copy in flight (for progress)
        std::vector<Pending> pending;
    };
    Result<void> submitCurrent(); // submits the current slot (if it has copies) and moves on
    Result<void> waitSlot(Slot &slot);

    VulkanContext &m_ctx;
    VkCommandPool m_pool = VK_NULL_HANDLE;
    std::vector<Slot> m_slots;
    size_t m_current = 0;
    uint64_t m_slotBytes = 0;
    uint64_t m_done = 0;
    uint64_t m_total = 0;
    uint32_t m_submissions = 0;
    UploadProgressFn m_progress;
};

// Uploads the row-concatenation of `parts` (all with the same cols) as one device weight, e.g.
// q/k/v projections stacked into one (qDim + 2 kvDim, dim) matrix; each part keeps its storage
// (chunks never straddle a change of dtype). With `paired`, parts must be exactly two tensors of
// equal shape (gate, up) laid out chunk by chunk, widened to F16 if their storage differs.
// maxChunkBytes caps each buffer (0 = the device's maxStorageBufferRange).
Result<DeviceWeight> uploadWeight(VulkanContext &ctx, StagingUploader &up, const std::string &name,
    std::span<const TensorView *const> parts, bool paired, uint64_t maxChunkBytes);

// fp32 copy of a small tensor (norm weights) in a device-local buffer.
Result<Buffer> uploadFloats(VulkanContext &ctx, StagingUploader &up, const TensorView &t);

// Bytes uploadWeight would allocate for these parts (for the VRAM estimate).
uint64_t deviceWeightBytes(std::span<const TensorView *const> parts, bool paired = false);

void destroyWeight(VulkanContext &ctx, DeviceWeight &w);

} // namespace sb
