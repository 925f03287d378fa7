#pragma once
// The LoRA training loop on the CPU reference: batches of tokenised examples, gradient
// accumulation, AdamW with clipping and a schedule, validation loss, and resumable state.
// One optimizer step consumes batch × gradAccum examples; the loss is the mean over every
// target token of those examples (so accumulation equals one big batch). Example order is a
// seeded shuffle per epoch and dropout masks derive from (seed, step, example), so a run is
// bit-for-bit reproducible from its seed and can resume exactly from a saved state. With
// bucketWindow > 0 the order groups examples of similar length per micro-batch (LoraBatching.h).

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/lora/LoraBatching.h"
#include "engine/lora/LoraModel.h"
#include "engine/lora/LoraOptimizer.h"

namespace sb {

struct TrainExample {
    std::vector<int32_t> tokens; // (T)
    std::vector<int32_t> targets; // (T) next token to predict, or -1 (not trained on)
    int64_t line = 0; // 1-based source line, for messages
    int64_t truncatedFrom = 0; // token count before it was cut to the sequence length, else 0

    int64_t targetCount() const;
};

struct TrainerOptions {
    LoraConfig lora;
    OptimizerConfig optimizer; // totalSteps is filled in by the trainer
    int64_t batch = 1; // sequences per micro-batch
    int64_t gradAccum = 1; // micro-batches per optimizer step
    int64_t epochs = 1;
    int64_t bucketWindow = 0; // length bucketing window in micro-batches; 0 = plain shuffle
    uint64_t seed = 0;
    bool checkpoint = false; // recompute activations per layer in the backward pass
    int threads = 0;
};

struct TrainStepStats {
    int64_t step = 0; // optimizer steps done after this one
    double loss = 0.0; // mean token loss of the step
    double gradNorm = 0.0; // before clipping
    double lr = 0.0; // learning rate used
    int64_t tokens = 0; // tokens processed (forward + backward)
};

class LoraTrainer {
public:
    // Trains on the CPU reference (LoraModel over `base`, which must outlive the trainer).
    static Result<std::unique_ptr<LoraTrainer>> create(const ModelWeights &base,
        std::vector<TrainExample> train, std::vector<TrainExample> validation, TrainerOptions options);
    // Trains on the given compute backend (CPU reference, Vulkan, ...).
    static Result<std::unique_ptr<LoraTrainer>> create(std::unique_ptr<LoraCompute> compute,
        std::vector<TrainExample> train, std::vector<TrainExample> validation, TrainerOptions options);

    int64_t totalSteps() const { return m_totalSteps; }
    int64_t stepsDone() const { return m_optimizer.step(); }
    bool finished() const { return stepsDone() >= m_totalSteps; }

    Result<TrainStepStats> step();
    // Mean token loss over the validation examples (NaN when there are none).
    Result<double> validationLoss();

    const LoraAdapter &adapter() const { return m_adapter; }
    LoraCompute &model() { return *m_model; }

    // The examples' token counts and the order of the epoch in progress (for padding figures).
    std::vector<int64_t> exampleLengths() const;
    const std::vector<size_t> &currentOrder() const { return m_order; }
    int64_t epoch() const { return m_epoch; }

    // Everything needed to continue exactly: adapter, AdamW moments, step, data position (epoch,
    // index in its order). The seed, batching and a hash of the training data are stored too, and
    // a state saved with other ones is refused rather than continued on a different curve.
    Result<void> saveState(const std::string &path) const;
    Result<void> loadState(const std::string &path);

private:
    LoraTrainer() = default;
    const TrainExample &nextExample();

    std::unique_ptr<LoraCompute> m_model;
    TrainerOptions m_options;
    std::vector<TrainExample> m_train, m_validation;
    LoraAdapter m_adapter, m_grads;
    AdamW m_optimizer;
    int64_t m_totalSteps = 0;
    int64_t m_epoch = 0, m_position = 0; // next example: m_order[m_position] of epoch m_epoch
    std::vector<size_t> m_order;
    uint64_t m_dataHash = 0;
    void shuffleEpoch();
};

} // namespace sb
