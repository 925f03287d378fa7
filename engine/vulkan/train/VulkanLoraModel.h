#pragma once
// LoRA training on a Vulkan device: the LoraCompute contract (see lora/LoraCompute.h) with the
// CPU reference's graph (lora/LoraModel.h), so the trainer, its data order, schedule and
// checkpoints are shared and a run can move between backends. The frozen base is uploaded once
// in its file's dtype (F32/F16/BF16/Q8_0/Q4_0; others widened to F16) and dequantised on the
// fly by every kernel (QLoRA style, never updated). Adapter tensors live in one device buffer
// and their gradients in another, read back once per step.
//
// One sequence = one command-buffer submission: parameter upload copy, embedding, every layer
// forward (all activations kept, or with `checkpoint` only each layer's input, the layer being
// recomputed right before its backward), final norm + LM head in row chunks (so (T, vocab)
// logits never exceed maxStorageBufferRange) with the cross-entropy and its backward fused,
// then every layer backward; barriers between dependent dispatches, no fences per op.
// Dropout masks come from the CPU reference's seeded generator, bit-packed, so both backends
// drop exactly the same elements.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "engine/lora/LoraCompute.h"
#include "engine/model/Weights.h"
#include "engine/vulkan/DeviceWeight.h"
#include "engine/vulkan/VulkanContext.h"
#include "engine/vulkan/VulkanKernels.h"
#include "engine/vulkan/train/TrainAttention.h"
#include "engine/vulkan/train/TrainKernels.h"

namespace sb {

struct VulkanLoraOptions {
    uint64_t maxChunkBytes = 0; // cap per weight buffer; 0 = the device's maxStorageBufferRange
    int64_t maxLogitRows = 512; // LM-head rows per chunk (also capped by maxStorageBufferRange)
    bool use16BitStorage = true; // inference matmuls read weights as 16-bit words where supported
};

// What training one sequence needs on the device, computed before anything is allocated.
struct VulkanLoraMemoryEstimate {
    uint64_t weightBytes = 0; // frozen base
    uint64_t activationBytes = 0; // layer inputs + saved activations (one set with checkpointing)
    uint64_t workBytes = 0; // gradients scratch, LM-head chunk, adapter, its gradients, masks
    uint64_t availableBytes = 0; // the largest device-local heap
    uint64_t totalBytes() const { return weightBytes + activationBytes + workBytes; }
    bool fits() const { return totalBytes() <= availableBytes; }
    std::string describe() const;
};

class VulkanLoraModel final : public LoraCompute {
public:
    // Device memory for training sequences of `tokens` tokens with `lora` (for a VRAM figure
    // before starting, or to pick a sequence length).
    static VulkanLoraMemoryEstimate estimateMemory(const VulkanContext &ctx, const ModelWeights &weights,
        const LoraConfig &lora, int64_t tokens, bool checkpoint, const VulkanLoraOptions &options = {});

    // Validates the weights like the CPU reference (errors name the tensor) and uploads them.
    static Result<std::unique_ptr<VulkanLoraModel>> create(
        std::shared_ptr<VulkanContext> ctx, const ModelWeights &weights, VulkanLoraOptions options = {});
    ~VulkanLoraModel() override;

    const ModelConfig &config() const override { return m_config; }
    const char *backendName() const override { return m_name.c_str(); }

    Result<LoraStepResult> step(const LoraAdapter &adapter, std::span<const int32_t> tokens,
        std::span<const int32_t> targets, LoraAdapter *grads, float gradScale, uint64_t dropoutSeed,
        bool checkpoint) override;
    Result<std::vector<float>> logits(const LoraAdapter &adapter, std::span<const int32_t> tokens) override;

    VulkanContext &context() { return *m_ctx; }
    // Bytes of frozen weights and of training buffers (activations, adapter, gradients) on the device.
    uint64_t weightBytes() const;
    uint64_t workBytes() const;

private:
    struct Layer;
    struct Acts;
    struct Run;
    VulkanLoraModel() = default;
    Result<void> init(const ModelWeights &weights, const VulkanLoraOptions &options);
    void releaseActivations();
    Result<void> ensure(
        Buffer &b, uint64_t bytes, const char *name, MemoryKind kind = MemoryKind::DeviceLocal);
    Result<void> prepare(const LoraAdapter &adapter, std::span<const int32_t> tokens,
        std::span<const int32_t> targets, bool training, uint64_t dropoutSeed, bool checkpoint, Run &run);
    Result<void> recordForward(VkCommandBuffer cmd, const Run &run);
    Result<void> recordLayerForward(
        VkCommandBuffer cmd, const Run &run, int64_t l, Acts &a, const Buffer &out);
    Result<void> recordLayerBackward(VkCommandBuffer cmd, const Run &run, int64_t l, Acts &a);
    Result<void> recordHeadChunk(
        VkCommandBuffer cmd, const Run &run, int64_t chunk, bool training, float gradScale);
    Result<void> recordLinear(VkCommandBuffer cmd, const Run &run, int64_t l, int target, const Buffer &in,
        const Buffer &out, const Buffer &mid);
    Result<void> recordLinearBackward(VkCommandBuffer cmd, const Run &run, int64_t l, int target,
        const Buffer &dIn, const Buffer &dOut, const Buffer &in, const Buffer &mid, bool accumulate);
    const DeviceWeight &head() const { return m_tiedHead ? m_embed : m_lmHead; }

    std::shared_ptr<VulkanContext> m_ctx;
    std::unique_ptr<VulkanKernels> m_kernels;
    std::unique_ptr<TrainKernels> m_train;
    std::unique_ptr<TrainAttention> m_attention;
    bool m_flashAttention = true; // false: a shape TrainAttention does not take; plain kernels
    ModelConfig m_config;
    std::string m_name;
    bool m_interleaved = false;
    int64_t m_maxLogitRows = 512;

    DeviceWeight m_embed; // (vocab, dim)
    DeviceWeight m_lmHead; // (vocab, dim) when not tied
    bool m_tiedHead = true;
    Buffer m_finalNorm; // (dim)
    std::vector<std::unique_ptr<Layer>> m_layers;

    // Sized for m_capacity tokens (grown on demand).
    int64_t m_capacity = 0;
    int64_t m_rankCapacity = 0;
    std::vector<Buffer> m_xs; // (L + 1) x (T, dim) layer inputs, always kept
    std::vector<std::unique_ptr<Acts>> m_acts; // L sets, or 1 with checkpointing / inference
    Buffer m_dX, m_dH, m_dXn, m_proj; // (T, dim)
    Buffer m_dS, m_dG, m_dU; // (T, ffn)
    Buffer m_dAtt, m_dq; // (T, qDim)
    Buffer m_dk, m_dv; // (T, kvDim)
    Buffer m_attnScratch; // (H, T) delta, or (H, T, T) score gradients
    Buffer m_dMid; // (T, rank)
    Buffer m_loraIn, m_dLoraIn; // (T, max in)  dropout(in) and its gradient
    Buffer m_xf, m_rstdF, m_dXf; // (T, dim), (T), (T, dim)
    Buffer m_xfChunk, m_dXfChunk; // (chunk, dim)
    Buffer m_logits; // (chunk, vocab)
    Buffer m_logitsHost; // (chunk, vocab) host-visible
    Buffer m_ropeTable; // (T, headDim/2) x (cos, sin)
    Buffer m_tokens, m_targets; // (T) int32, host-visible
    Buffer m_losses; // (T)
    Buffer m_params, m_paramsHost; // adapter A/B, device-local and host-visible
    Buffer m_grads, m_gradsHost; // their gradients
    Buffer m_lossesHost; // (T) host-visible
    Buffer m_masks; // bit-packed dropout masks, host-visible
    std::vector<Buffer *> m_owned; // everything above that was allocated
};

// The factory the CLI and the GUI use: a Vulkan LoraCompute on the device chosen by
// `context.deviceSelector` ("" = best). NoDevice error (with the reason) when there is no Vulkan
// loader or device; `weights` must outlive the result only during this call (weights are copied
// to the device).
Result<std::unique_ptr<LoraCompute>> createVulkanLoraCompute(
    const ModelWeights &weights, const ContextOptions &context = {}, VulkanLoraOptions options = {});

} // namespace sb
