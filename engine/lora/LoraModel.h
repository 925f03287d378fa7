#pragma once
// SmolLM3 forward and backward on the CPU with LoRA adapters on a frozen base (any dtype the CPU
// ops read: F32/F16/BF16/Q8_0/Q4_0/..., dequantised row by row, never updated). Only the
// adapters' A/B receive gradients. The graph is CpuModel's (see cpu/CpuModel.h); each targeted
// Linear becomes  out = in·Wᵀ + scale·(dropout(in)·Aᵀ)·Bᵀ  as PEFT computes it.
//
// Activation checkpointing: with `checkpoint` set, only each layer's input (T, dim) is kept
// during the forward pass and the layer is recomputed during the backward pass (dropout masks
// are re-derived from a per-step seed, so the recomputation is exact).

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "engine/lora/LoraCompute.h"
#include "engine/lora/LoraConfig.h"
#include "engine/model/Weights.h"
#include "engine/ops/ThreadPool.h"

namespace sb {

class LoraModel final : public LoraCompute {
public:
    // Validates the weights' shapes (errors name the tensor). `weights` must outlive the model.
    static Result<std::unique_ptr<LoraModel>> create(const ModelWeights &weights, int threads = 0);

    const ModelConfig &config() const override { return m_weights.config; }
    const char *backendName() const override { return "CPU reference"; }

    // See LoraCompute.
    Result<LoraStepResult> step(const LoraAdapter &adapter, std::span<const int32_t> tokens,
        std::span<const int32_t> targets, LoraAdapter *grads, float gradScale, uint64_t dropoutSeed,
        bool checkpoint) override;
    Result<std::vector<float>> logits(const LoraAdapter &adapter, std::span<const int32_t> tokens) override;

private:
    struct LayerActs;
    explicit LoraModel(const ModelWeights &weights, int threads);
    Result<void> checkInputs(const LoraAdapter &adapter, std::span<const int32_t> tokens) const;
    void layerForward(int64_t l, const LoraAdapter &ad, const float *x, float *out, LayerActs &a, int64_t T,
        bool training, uint64_t dropoutSeed);
    void layerBackward(int64_t l, const LoraAdapter &ad, LoraAdapter &g, float gradScale, LayerActs &a,
        float *dX, int64_t T);
    void finalForward(const float *x, int64_t T, std::vector<float> &xf, std::vector<float> &rstd,
        std::vector<float> &logits);

    ModelWeights m_weights;
    std::vector<std::vector<float>> m_attnNorm, m_ffnNorm; // per layer (dim)
    std::vector<float> m_finalNorm; // (dim)
    ThreadPool m_pool;
};

} // namespace sb
