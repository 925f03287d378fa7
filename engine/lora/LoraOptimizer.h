#pragma once
// AdamW (PyTorch's torch.optim.AdamW: decoupled weight decay, bias correction), global-norm
// gradient clipping (torch.nn.utils.clip_grad_norm_) and the learning-rate schedules of
// transformers (get_linear_schedule_with_warmup / get_cosine_schedule_with_warmup), over the
// fp32 tensors of a LoraAdapter. Everything is a fixed-order fp32/fp64 loop: deterministic.

#include <cstdint>

#include "engine/lora/LoraConfig.h"

namespace sb {

enum class LrSchedule : uint8_t { Constant, Linear, Cosine };

struct OptimizerConfig {
    double lr = 2e-4;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    double weightDecay = 0.0;
    double maxGradNorm = 1.0; // <= 0: no clipping
    LrSchedule schedule = LrSchedule::Linear;
    int64_t warmupSteps = 0;
    int64_t totalSteps = 1; // optimizer steps over the whole run (for the decay)
};

// Learning rate at optimizer step `step` (0-based): linear warm-up from 0 over warmupSteps, then
// constant, linear decay to 0 or half-cosine decay to 0 at totalSteps.
double scheduledLr(const OptimizerConfig &config, int64_t step);

// √(Σ g²) over every gradient tensor, accumulated in double.
double gradientNorm(const LoraAdapter &grads);
// Scales the gradients so that their norm is at most maxNorm (factor maxNorm / (norm + 1e-6), as
// torch does); returns the norm before clipping.
double clipGradientNorm(LoraAdapter &grads, double maxNorm);

class AdamW {
public:
    AdamW() = default;
    AdamW(const OptimizerConfig &config, const LoraAdapter &params);

    // Clips (if configured) and applies one update with the scheduled learning rate; returns the
    // gradient norm before clipping. Increments step().
    double update(LoraAdapter &params, LoraAdapter &grads);

    int64_t step() const { return m_step; }
    const OptimizerConfig &config() const { return m_config; }
    // Moments, for checkpoints (same structure as the adapter).
    LoraAdapter &firstMoment() { return m_m; }
    LoraAdapter &secondMoment() { return m_v; }
    const LoraAdapter &firstMoment() const { return m_m; }
    const LoraAdapter &secondMoment() const { return m_v; }
    void setStep(int64_t step) { m_step = step; }

private:
    OptimizerConfig m_config;
    LoraAdapter m_m, m_v;
    int64_t m_step = 0;
};

} // namespace sb
