#include "engine/bench/CpuBench.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <sstream>

#include "engine/core/Stats.h"
#include "engine/cpu/CpuModel.h"
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

Result<CpuBenchResult> runCpuBench(
    CpuModel &model, const ModelWeights &weights, int threads, const CpuBenchOptions &options)
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
    r.rooflineFraction = r.copyGBps > 0 ? r.decodeGBps / r.copyGBps : 0.0;
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
    o << "device: CPU reference (" << threads << " threads)\n";
    o << "prefill: " << promptTokens << " tokens, " << prefillTokensPerSecond << " tokens/s (median; runs "
      << runs(prefillTokensPerSecondRuns) << ")\n";
    o << "decode: " << genTokens << " tokens, " << decodeTokensPerSecond << " tokens/s (median; runs "
      << runs(decodeTokensPerSecondRuns) << ")\n";
    o << "weights read per token: " << double(weightBytesPerToken) / (1024.0 * 1024.0) << " MiB\n";
    o << "achieved: " << decodeGBps << " GB/s; host memcpy bandwidth: " << copyGBps
      << " GB/s; roofline fraction: " << rooflineFraction * 100.0 << "%";
    return o.str();
}

std::string CpuBenchResult::toJson() const
{
    std::ostringstream o;
    o << "{\"device\":\"CPU reference\",\"threads\":" << threads << ",\"prompt_tokens\":" << promptTokens
      << ",\"gen_tokens\":" << genTokens << ",\"prefill_tokens_per_s\":" << prefillTokensPerSecond
      << ",\"decode_tokens_per_s\":" << decodeTokensPerSecond
      << ",\"weight_bytes_per_token\":" << weightBytesPerToken << ",\"decode_gbps\":" << decodeGBps
      << ",\"copy_gbps\":" << copyGBps << ",\"roofline_fraction\":" << rooflineFraction << "}";
    return o.str();
}

} // namespace sb
