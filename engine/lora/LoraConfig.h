#pragma once
// LoRA hyper-parameters and the adapter's trainable tensors, as Hugging Face PEFT defines them:
// each targeted Linear W (out, in) gets A (rank, in), Kaiming-uniform(a = sqrt(5)) like
// torch.nn.Linear's default init, and B (out, rank) = 0, so the adapter starts as the identity;
// its contribution is scale · B · A with scale = alpha / rank.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/ModelConfig.h"

namespace sb {

enum class LoraTarget : uint8_t { Q, K, V, O, Gate, Up, Down };
inline constexpr int kLoraTargetCount = 7;

// PEFT / transformers module names: "q_proj", "k_proj", ..., "down_proj".
const char *loraTargetName(LoraTarget t);
// "self_attn" or "mlp": the module that holds the target.
const char *loraTargetParent(LoraTarget t);
// Accepts "q", "q_proj", "gate", "gate_proj", ... (case-sensitive, as PEFT's config).
Result<LoraTarget> parseLoraTarget(const std::string &name);

struct LoraConfig {
    int64_t rank = 16;
    double alpha = 32.0;
    double dropout = 0.0;
    std::vector<LoraTarget> targets = { LoraTarget::Q, LoraTarget::K, LoraTarget::V, LoraTarget::O,
        LoraTarget::Gate, LoraTarget::Up, LoraTarget::Down };
    std::string baseModel; // base_model_name_or_path in adapter_config.json

    float scale() const { return static_cast<float>(alpha / static_cast<double>(rank)); }
    bool hasTarget(LoraTarget t) const;
    Result<void> validate() const; // names the field at fault
};

// (out, in) of the base Linear a target adapts.
std::array<int64_t, 2> loraTargetShape(const ModelConfig &model, LoraTarget t);

struct LoraPair {
    int64_t in = 0, out = 0, rank = 0;
    std::vector<float> a; // (rank, in)   lora_A.weight
    std::vector<float> b; // (out, rank)  lora_B.weight
    bool enabled() const { return rank > 0; }
};

// fp32 master weights of an adapter; the same structure holds gradients and optimizer moments.
struct LoraAdapter {
    LoraConfig config;
    std::vector<std::array<LoraPair, kLoraTargetCount>> layers; // [layer][target]

    // PEFT's init: A ~ U(-1/sqrt(in), 1/sqrt(in)) from `seed`, B = 0.
    static Result<LoraAdapter> create(const ModelConfig &model, const LoraConfig &config, uint64_t seed);
    // Same shapes, all zero (gradient / moment buffers).
    LoraAdapter zerosLike() const;

    const LoraPair &pair(int64_t layer, LoraTarget t) const { return layers[size_t(layer)][size_t(t)]; }
    LoraPair &pair(int64_t layer, LoraTarget t) { return layers[size_t(layer)][size_t(t)]; }
    int64_t parameterCount() const;

    // Visits every trainable array in a fixed order (layer, target, A then B).
    template <typename F> void forEachTensor(F &&f)
    {
        for (auto &layer : layers)
            for (LoraPair &p : layer)
                if (p.enabled()) {
                    f(p.a);
                    f(p.b);
                }
    }
    template <typename F> void forEachTensor(F &&f) const
    {
        for (const auto &layer : layers)
            for (const LoraPair &p : layer)
                if (p.enabled()) {
                    f(p.a);
                    f(p.b);
                }
    }
};

} // namespace sb
