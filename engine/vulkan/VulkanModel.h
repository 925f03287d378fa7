#pragma once
// SmolLM3 on a Vulkan device behind the Backend seam. Weights are uploaded once (device-local,
// split into row chunks where a tensor exceeds maxStorageBufferRange; q/k/v fused into one
// matrix and gate/up paired for the fused SwiGLU matvec); the KV cache is fp16 on the device.
// The decode step (one token) is recorded once into a command buffer and replayed: per-step
// values (position, sampling) live in a small host-visible buffer. A prefill of several tokens
// is recorded per call (tiled matmuls, causal attention), at most maxBatch tokens a submission.
// Same graph as cpu/CpuModel.h: with an fp32 KV cache the logits match it to ~1e-5; with the
// default fp16 cache they match CpuModel with kvCacheF16 (same storage rounding) to ~1e-3, the
// rounding itself being the only loss (keys stored after RoPE, every product and sum in fp32).

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "engine/generate/Backend.h"
#include "engine/model/Weights.h"
#include "engine/vulkan/DeviceWeight.h"
#include "engine/vulkan/VulkanContext.h"
#include "engine/vulkan/VulkanKernels.h"

namespace sb {

struct VulkanModelOptions {
    int64_t contextLength = 4096; // KV cache positions; clamped to max_position_embeddings
    int64_t maxBatch = 256; // prefill tokens per submission (longer prompts run in pieces)
    uint64_t maxChunkBytes = 0; // cap per weight buffer; 0 = the device's maxStorageBufferRange
    bool use16BitStorage = true; // read weights as 16-bit words where the device supports it
    bool kvCacheF16 = true; // false: fp32 KV cache (twice the memory; exact parity work)
    SubgroupUse subgroups = SubgroupUse::GpusOnly; // subgroup reductions (see VulkanKernels.h)
    IntegerDotUse integerDot = IntegerDotUse::WhenAccelerated; // int8 dot products for Q8_0/Q4_0 decode
    CoopMatUse coopMat = CoopMatUse::GpusOnly; // cooperative-matrix prefill matmuls (fp16 inputs)
    uint64_t stagingBytes = 64ull << 20; // upload ring, split over stagingSlots host-visible buffers
    uint32_t stagingSlots = 2;
    UploadProgressFn progress; // weight upload progress (bytes done, bytes total), per ring slot
};

// What loading needs on the device, computed before anything is allocated.
struct VulkanMemoryEstimate {
    uint64_t weightBytes = 0;
    uint64_t kvCacheBytes = 0;
    uint64_t workBytes = 0; // activations, logits, rope table, staging
    uint64_t availableBytes = 0; // the largest device-local heap
    uint64_t totalBytes() const { return weightBytes + kvCacheBytes + workBytes; }
    bool fits() const { return totalBytes() <= availableBytes; }
    std::string describe() const;
};

struct DeviceSampling {
    float temperature = 0.0f; // <= 0: greedy
    int topK = 1; // 1: greedy; at most kMaxTopK
    float randomU = 0.0f; // uniform [0, 1) drawn by the caller (seeded, reproducible)
};

class VulkanModel final : public Backend {
public:
    static VulkanMemoryEstimate estimateMemory(
        const VulkanContext &ctx, const ModelWeights &weights, const VulkanModelOptions &options);
    // Refuses (OutOfMemory, needed vs available) before allocating when the estimate does not fit.
    static Result<std::unique_ptr<VulkanModel>> create(
        std::shared_ptr<VulkanContext> ctx, const ModelWeights &weights, VulkanModelOptions options = {});
    // Creates the context too (device chosen by contextOptions.deviceSelector).
    static Result<std::unique_ptr<VulkanModel>> create(
        const ModelWeights &weights, const ContextOptions &contextOptions, VulkanModelOptions options = {});
    ~VulkanModel() override;

    const char *name() const override { return "vulkan"; }
    const ModelConfig &config() const override { return m_config; }
    int64_t contextLength() const override { return m_capacity; }
    int64_t cachedLength() const override { return m_cached; }
    Result<std::span<const float>> forward(std::span<const int32_t> tokens, int64_t startPos) override;
    void truncate(int64_t length) override;

    // Like forward(), but samples the next token on the device (top-k with temperature; greedy
    // when temperature <= 0 or topK <= 1): only the token id is read back.
    Result<int32_t> forwardSample(
        std::span<const int32_t> tokens, int64_t startPos, const DeviceSampling &sampling);
    // The Backend hooks over forwardSample (VulkanModelSampling.cpp): greedy and top-k up to
    // kMaxTopK with temperature, no top-p/min-p/penalties.
    bool deviceSamples(const SamplingParams &params) const override;
    Result<int32_t> forwardSampled(std::span<const int32_t> tokens, int64_t startPos,
        const SamplingParams &params, double randomU) override;

    bool usesSubgroups() const { return m_kernels->usesSubgroups(); }
    bool usesIntegerDot() const { return m_kernels->usesIntegerDot(); }
    bool usesCoopMat() const { return m_kernels->usesCoopMat(); }
    std::string kernelPaths() const override;
    VulkanContext &context() { return *m_ctx; }
    const VulkanContext &context() const { return *m_ctx; }
    std::string deviceName() const override { return m_ctx->info().name; }
    // Everything this model allocated on the device: weights, KV cache, work buffers.
    uint64_t deviceMemoryBytes() const override;
    // Bytes of weights resident on the device.
    uint64_t weightBytes() const;
    // Bytes of weights one decode step reads (every matrix once; the embedding table one row).
    uint64_t weightBytesPerToken() const;
    // Device time of the last single-token step, from timestamps recorded into the replayed
    // command buffer (0 when the queue has no timestamps).
    double lastDecodeGpuSeconds() const { return m_lastDecodeGpuSeconds; }

private:
    struct Layer {
        Buffer attnNorm, ffnNorm; // (dim) fp32
        DeviceWeight wqkv; // (qDim + 2 kvDim, dim)
        DeviceWeight wo; // (dim, qDim)
        DeviceWeight wGateUp; // paired (ffn, dim) x 2
        DeviceWeight wDown; // (dim, ffn)
        Buffer kCache, vCache; // (capacity, kvDim) fp16 (or fp32)
        bool rope = true;
    };

    VulkanModel() = default;
    Result<void> init(const ModelWeights &weights, const VulkanModelOptions &options);
    Result<void> allocate(
        const char *name, Buffer &b, uint64_t bytes, MemoryKind kind = MemoryKind::DeviceLocal);
    Result<void> recordLayers(VkCommandBuffer cmd, uint32_t tokens, bool decode);
    Result<void> recordHead(VkCommandBuffer cmd, const Buffer &lastRow);
    Result<void> run(std::span<const int32_t> tokens, int64_t startPos, const DeviceSampling &sampling);
    void writeStep(int64_t posBase, int64_t count, const DeviceSampling &sampling);
    const DeviceWeight &head() const { return m_tiedHead ? m_embed : m_lmHead; }

    std::shared_ptr<VulkanContext> m_ctx;
    std::unique_ptr<VulkanKernels> m_kernels;
    ModelConfig m_config;
    bool m_interleaved = false;
    int64_t m_capacity = 0;
    int64_t m_cached = 0;
    int64_t m_maxBatch = 0;
    uint32_t m_maxChunks = 0;
    bool m_kvF16 = true;

    DeviceWeight m_embed; // (vocab, dim)
    DeviceWeight m_lmHead; // (vocab, dim) when not tied
    bool m_tiedHead = true;
    Buffer m_finalNorm; // (dim)
    std::vector<Layer> m_layers;

    Buffer m_x, m_xn; // (maxBatch, dim)
    Buffer m_qkv; // (maxBatch, qDim + 2 kvDim)
    Buffer m_att; // (maxBatch, qDim)
    Buffer m_gateUp; // (maxBatch, 2 ffn)
    Buffer m_h; // (maxBatch, ffn)
    Buffer m_lastRow; // (dim)
    Buffer m_partial; // (nHeads, maxChunks, headDim + 2)
    Buffer m_ropeTable; // (capacity, headDim / 2) x (cos, sin)
    Buffer m_logits; // (vocab) host-visible
    Buffer m_candidates; // sampling candidates
    Buffer m_result; // sampled token id, host-visible
    Buffer m_step; // StepParams, host-visible
    Buffer m_tokens; // (maxBatch) token ids, host-visible
    std::vector<Buffer *> m_owned;

    RecordedCommands m_decode;
    VkQueryPool m_timestamps = VK_NULL_HANDLE; // 2 queries around the decode step
    double m_lastDecodeGpuSeconds = 0.0;
    std::vector<float> m_logitsHost;
};

} // namespace sb
