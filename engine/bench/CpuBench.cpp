#include "engine/bench/CpuBench.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <sstream>
#include <thread>

#include "engine/core/Stats.h"
#include "engine/generate/Backend.h"
#include "engine/model/Weights.h"
#include "engine/sampling/Sampler.h"

namespace sb {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

// Every matrix once per decoded token; the embedding table one row (as VulkanModel counts).
uint64_t weightBytesPerToken(const ModelWeights &w)
{
    uint64_t n = w.outputWeight().nbytes;
    const TensorView &e = w.tokenEmbedding;
    if (!e.shape.empty() && e.shape[0] > 0)
        n += e.nbytes / uint64_t(e.shape[0]);
    for (const LayerWeights &l : w.layers)
        for (const TensorView *t : { &l.wq, &l.wk, &l.wv, &l.wo, &l.wGate, &l.wUp, &l.wDown })
            n += t->nbytes;
    return n;
}

} // namespace

double measureHostCopyBandwidth(uint64_t bytes, int reps)
{
    std::vector<char> a(bytes, 1), b(bytes, 0);
    std::memcpy(b.data(), a.data(), bytes); // warm-up: pages touched
    std::vector<double> gbps;
    for (int i = 0; i < std::max(1, reps); ++i) {
        const auto t0 = Clock::now();
        std::memcpy(b.data(), a.data(), bytes);
        const double s = seconds(t0, Clock::now());
        gbps.push_back(s > 0 ? 2.0 * double(bytes) / s / 1e9 : 0.0);
    }
    volatile char sink = b[bytes / 2];
    (void)sink;
    return median(gbps);
}

namespace {

// Sums 64-bit words with eight independent accumulators, so that loads, not the adds, limit it.
uint64_t sumWords(const uint64_t *p, size_t n)
{
    uint64_t a[8] = {};
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int k = 0; k < 8; ++k)
            a[k] += p[i + size_t(k)];
    for (; i < n; ++i)
        a[0] += p[i];
    return ((a[0] + a[1]) + (a[2] + a[3])) + ((a[4] + a[5]) + (a[6] + a[7]));
}

} // namespace

double measureHostReadBandwidth(uint64_t bytes, int threads, int reps)
{
    threads = std::max(1, threads);
    const size_t words = size_t(bytes / 8);
    std::vector<uint64_t> buffer(words, 1); // touched: every page is resident
    std::vector<uint64_t> sums(size_t(threads), 0);
    const auto pass = [&] {
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back([&, t] {
                const size_t b = words * size_t(t) / size_t(threads),
                             e = words * size_t(t + 1) / size_t(threads);
                sums[size_t(t)] = sumWords(buffer.data() + b, e - b);
            });
        sums[0] = sumWords(buffer.data(), words / size_t(threads));
        for (std::thread &th : pool)
            th.join();
    };
    pass(); // warm-up
    std::vector<double> gbps;
    for (int i = 0; i < std::max(1, reps); ++i) {
        const auto t0 = Clock::now();
        pass();
        const double s = seconds(t0, Clock::now());
        gbps.push_back(s > 0 ? double(words * 8) / s / 1e9 : 0.0);
    }
    volatile uint64_t sink = sums[0];
    (void)sink;
    return median(gbps);
}

Result<CpuBenchResult> runCpuBench(
    Backend &model, const ModelWeights &weights, int threads, const CpuBenchOptions &options)
{
    if (options.promptTokens < 1 || options.genTokens < 1 || options.runs < 1)
        return makeError(
            ErrorCode::InvalidArgument, "prompt tokens, generated tokens and runs must be positive");
    if (options.promptTokens + options.genTokens > model.contextLength())
        return makeError(ErrorCode::InvalidArgument,
            "prompt + generated tokens (" + std::to_string(options.promptTokens + options.genTokens)
                + ") exceed the context (" + std::to_string(model.contextLength()) + ")");
    const int64_t vocab = model.config().vocabSize;
    std::vector<int32_t> prompt(size_t(options.promptTokens));
    for (size_t i = 0; i < prompt.size(); ++i)
        prompt[i] = int32_t((i * 7919 + 13) % size_t(vocab));

    CpuBenchResult r;
    r.kernels = model.kernelPaths();
    r.device = r.kernels.empty() ? "CPU reference" : "CPU";
    r.threads = threads;
    r.promptTokens = options.promptTokens;
    r.genTokens = options.genTokens;
    for (int run = 0; run < options.runs; ++run) {
        model.reset();
        const auto t0 = Clock::now();
        auto logits = model.forward(prompt, 0);
        if (!logits)
            return logits.error();
        const auto t1 = Clock::now();
        int32_t token = argmax(*logits);
        for (int i = 0; i < options.genTokens; ++i) {
            auto next = model.forward(std::span<const int32_t>(&token, 1), options.promptTokens + i);
            if (!next)
                return next.error();
            token = argmax(*next);
        }
        const auto t2 = Clock::now();
        r.prefillTokensPerSecondRuns.push_back(options.promptTokens / std::max(seconds(t0, t1), 1e-9));
        r.decodeTokensPerSecondRuns.push_back(options.genTokens / std::max(seconds(t1, t2), 1e-9));
    }
    r.prefillTokensPerSecond = median(r.prefillTokensPerSecondRuns);
    r.decodeTokensPerSecond = median(r.decodeTokensPerSecondRuns);
    r.weightBytesPerToken = weightBytesPerToken(weights);
    r.decodeGBps = double(r.weightBytesPerToken) * r.decodeTokensPerSecond / 1e9;
    r.copyGBps = measureHostCopyBandwidth(options.copyBytes);
    r.readGBps = measureHostReadBandwidth(options.copyBytes, threads);
    r.rooflineFraction = r.readGBps > 0 ? r.decodeGBps / r.readGBps : 0.0;
    return r;
}

std::string CpuBenchResult::toText() const
{
    auto runs = [](const std::vector<double> &v) {
        std::ostringstream s;
        s.setf(std::ios::fixed);
        s.precision(2);
        for (size_t i = 0; i < v.size(); ++i)
            s << (i ? ", " : "") << v[i];
        return s.str();
    };
    std::ostringstream o;
    o.setf(std::ios::fixed);
    o.precision(2);
    o << "device: " << device << " (" << (kernels.empty() ? std::to_string(threads) + " threads" : kernels)
      << ")\n";
    o << "prefill: " << promptTokens << " tokens, " << prefillTokensPerSecond << " tokens/s (median; runs "
      << runs(prefillTokensPerSecondRuns) << ")\n";
    o << "decode: " << genTokens << " tokens, " << decodeTokensPerSecond << " tokens/s (median; runs "
      << runs(decodeTokensPerSecondRuns) << ")\n";
    o << "weights read per token: " << double(weightBytesPerToken) / (1024.0 * 1024.0) << " MiB\n";
    o << "achieved: " << decodeGBps << " GB/s; host read bandwidth (" << threads << " threads): " << readGBps
      << " GB/s; memcpy: " << copyGBps << " GB/s; roofline fraction (of read): " << rooflineFraction * 100.0
      << "%";
    return o.str();
}

std::string CpuBenchResult::toJson() const
{
    std::ostringstream o;
    o << "{\"device\":\"" << device << "\",\"kernels\":\"" << kernels << "\",\"threads\":" << threads
      << ",\"prompt_tokens\":" << promptTokens << ",\"gen_tokens\":" << genTokens
      << ",\"prefill_tokens_per_s\":" << prefillTokensPerSecond
      << ",\"decode_tokens_per_s\":" << decodeTokensPerSecond
      << ",\"weight_bytes_per_token\":" << weightBytesPerToken << ",\"decode_gbps\":" << decodeGBps
      << ",\"copy_gbps\":" << copyGBps << ",\"read_gbps\":" << readGBps
      << ",\"roofline_fraction\":" << rooflineFraction << "}";
    return o.str();
}

} // namespace sb
