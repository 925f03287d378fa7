#pragma once
// Inference benchmark of a CPU backend (the fast one or the reference), the counterpart of
// vulkan/VulkanBench: prefill and decode tokens/s (median of several runs), the weight bytes a
// decode step reads, and that as a fraction of the measured multi-threaded read bandwidth (the
// memory roofline of decode on the CPU; a memcpy figure is reported too, but it understates
// what a read-only stream reaches).

#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/Result.h"

namespace sb {

class Backend;
struct ModelWeights;

struct CpuBenchOptions {
    int promptTokens = 512;
    int genTokens = 128;
    int runs = 3;
    uint64_t copyBytes = 256ull << 20; // buffer size for the memcpy bandwidth probe
};

struct CpuBenchResult {
    std::string device; // "CPU" or "CPU reference"
    std::string kernels; // the backend's kernelPaths() (empty for the reference)
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
    double readGBps = 0; // read-only stream on `threads` threads
    double rooflineFraction = 0; // decodeGBps / readGBps

    std::string toText() const;
    std::string toJson() const;
};

// Host memcpy bandwidth in GB/s of bytes moved (read + write), median of `reps` after a warm-up.
double measureHostCopyBandwidth(uint64_t bytes, int reps = 5);

// Read-only bandwidth in GB/s: `threads` threads each sum their slice of a `bytes` buffer, median
// of `reps` after a warm-up (the figure decode's weight streaming is held against).
double measureHostReadBandwidth(uint64_t bytes, int threads, int reps = 5);

// The model's KV cache is reset and left holding the last run's tokens.
Result<CpuBenchResult> runCpuBench(
    Backend &model, const ModelWeights &weights, int threads, const CpuBenchOptions &options = {});

} // namespace sb
