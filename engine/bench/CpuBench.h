#pragma once
// Inference benchmark of the CPU reference backend, the counterpart of vulkan/VulkanBench: prefill
// and decode tokens/s (median of several runs), the weight bytes a decode step reads, and that as
// a fraction of a measured host memcpy bandwidth (the memory roofline on the CPU).

#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/Result.h"

namespace sb {

class CpuModel;
struct ModelWeights;

struct CpuBenchOptions {
    int promptTokens = 512;
    int genTokens = 128;
    int runs = 3;
    uint64_t copyBytes = 256ull << 20; // buffer size for the memcpy bandwidth probe
};

struct CpuBenchResult {
    int threads = 0;
    int promptTokens = 0;
    int genTokens = 0;
    std::vector<double> prefillTokensPerSecondRuns;
    std::vector<double> decodeTokensPerSecondRuns;
    double prefillTokensPerSecond = 0; // median
    double decodeTokensPerSecond = 0; // median; greedy argmax on the host included
    uint64_t weightBytesPerToken = 0;
    double decodeGBps = 0;
    double copyGBps = 0; // memcpy: (read + write bytes) / s
    double rooflineFraction = 0;

    std::string toText() const;
    std::string toJson() const;
};

// Host memcpy bandwidth in GB/s of bytes moved (read + write), median of `reps` after a warm-up.
double measureHostCopyBandwidth(uint64_t bytes, int reps = 5);

// The model's KV cache is reset and left holding the last run's tokens.
Result<CpuBenchResult> runCpuBench(
    CpuModel &model, const ModelWeights &weights, int threads, const CpuBenchOptions &options = {});

} // namespace sb
