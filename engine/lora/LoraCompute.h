#pragma once
// What the LoRA trainer needs from a compute backend: the loss (and adapter gradients) of one
// sequence, and the logits for evaluation. LoraModel is the CPU reference; a Vulkan backend
// implements the same contract so the trainer, its data order, schedule, checkpoints and resume
// logic are shared and a run can move between backends.

#include <cstdint>
#include <span>
#include <vector>

#include "engine/core/Result.h"
#include "engine/lora/LoraConfig.h"
#include "engine/model/ModelConfig.h"

namespace sb {

struct LoraStepResult {
    double lossSum = 0.0; // Σ cross-entropy over the rows whose target >= 0
    int64_t targets = 0; // how many such rows
};

class LoraCompute {
public:
    virtual ~LoraCompute() = default;

    virtual const ModelConfig &config() const = 0;
    // Human-readable name for progress lines and logs ("CPU reference", "Vulkan: <device>").
    virtual const char *backendName() const = 0;

    // One sequence: tokens (T) and targets (T), targets[t] = the token to predict after
    // tokens[t], or < 0 to ignore that row. Returns the summed loss. When `grads` is non-null,
    // ACCUMULATES gradScale · d(lossSum)/d(A, B) into it (same shapes as `adapter`).
    // dropoutSeed selects the dropout masks (unused when config.dropout == 0 or !training).
    virtual Result<LoraStepResult> step(const LoraAdapter &adapter, std::span<const int32_t> tokens,
        std::span<const int32_t> targets, LoraAdapter *grads, float gradScale, uint64_t dropoutSeed,
        bool checkpoint)
        = 0;

    // Logits (T, vocab) of the model with the adapter applied (no dropout): for evaluation.
    virtual Result<std::vector<float>> logits(const LoraAdapter &adapter, std::span<const int32_t> tokens)
        = 0;
};

} // namespace sb
