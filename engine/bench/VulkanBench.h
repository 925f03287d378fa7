#pragma once
// Inference benchmark of a loaded VulkanModel: prefill and decode tokens/s (median of several
// runs), the weight bytes a decode step reads, the bandwidth that implies, and that as a fraction
// of the device's measured copy bandwidth (the memory roofline for decode).

#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/Result.h"

namespace sb {

class VulkanContext;
class VulkanModel;

struct VulkanBenchOptions {
    int promptTokens = 512; // prefill length (ids are synthetic, deterministic)
    int genTokens = 128; // decode steps after the prefill (greedy, sampled on the device)
    int runs = 3; // the median is reported
    uint64_t copyBytes = 256ull << 20; // buffer size for the copy-bandwidth probe (capped by the device)
};

struct VulkanBenchResult {
    std::string device;
    std::string kernels; // which kernel paths ran: "subgroups on, int8 dot off, cooperative matrix 16x16x16"
    int promptTokens = 0;
    int genTokens = 0;
    std::vector<double> prefillTokensPerSecondRuns;
    std::vector<double> decodeTokensPerSecondRuns;
    double prefillTokensPerSecond = 0; // median
    double decodeTokensPerSecond = 0; // median; each step includes its submit/wait and token read-back
    uint64_t weightBytesPerToken = 0;
    double decodeGBps = 0; // weightBytesPerToken * decode tokens/s / 1e9
    double copyGBps = 0; // device-to-device vkCmdCopyBuffer: (read + write bytes) / GPU time
    double rooflineFraction = 0; // decodeGBps / copyGBps
    // The same from device time alone (timestamps around each replayed decode step; 0 if the
    // queue has no timestamps): what the kernels reach without submission overhead.
    double decodeGpuTokensPerSecond = 0; // median over all steps of all runs
    double decodeGpuGBps = 0;
    double gpuRooflineFraction = 0;

    std::string toText() const;
    std::string toJson() const;
};

// Times vkCmdCopyBuffer between two device-local buffers with timestamp queries (wall clock
// around the submission when the queue has no timestamps); returns GB/s of bytes moved
// (read + write), median of `reps` copies after a warm-up.
Result<double> measureCopyBandwidth(VulkanContext &ctx, uint64_t bytes, int reps = 5);

// Runs the benchmark; the model's KV cache is reset and left holding the last run's tokens.
// Errors when promptTokens + genTokens exceed the model's context.
Result<VulkanBenchResult> runVulkanBench(VulkanModel &model, const VulkanBenchOptions &options = {});

} // namespace sb
