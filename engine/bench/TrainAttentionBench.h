#pragma once
// Timing of the training attention kernels (TrainAttention forward, and backward = delta + dq +
// dk/dv) on random inputs of one shape: medians of device time (timestamp queries; wall clock
// around the submission when the queue has none), optionally against TrainKernels' plain
// attention pair, with the CPU reference ops (ops/Attention.h,
// on `cpuThreads` threads) timed on the same inputs for comparison. For docs/benchmarks.md; no
// test asserts on these figures.

#include <cstdint>
#include <string>

#include "engine/core/Result.h"
#include "engine/vulkan/train/TrainAttention.h"

namespace sb {

class VulkanContext;

struct TrainAttentionBenchOptions {
    int reps = 5; // timed repetitions after one warm-up; the median is reported
    bool cpu = true; // also time attentionForward/attentionBackward once
    int cpuThreads = 0; // 0 = one per hardware thread
    bool plain = false; // also time TrainKernels' plain attention pair (probs (H, T, T) kept)
};

struct TrainAttentionBenchResult {
    std::string device;
    AttentionShape shape;
    AttentionTile forwardTile, dqTile, dkdvTile;
    double forwardMs = 0; // median device time
    double backwardMs = 0; // median device time
    double cpuForwardMs = 0; // 0 when not measured
    double cpuBackwardMs = 0;
    double plainForwardMs = 0; // 0 when not measured
    double plainBackwardMs = 0;
    // Nominal causal attention work: forward 4·D·H·T(T+1)/2 flops (two products per visible
    // pair), backward 2.5 times that (FlashAttention-2's convention), over the median times.
    double forwardGflops = 0;
    double backwardGflops = 0;

    std::string toText() const;
};

Result<TrainAttentionBenchResult> benchTrainAttention(
    VulkanContext &ctx, const AttentionShape &shape, const TrainAttentionBenchOptions &options = {});

} // namespace sb
