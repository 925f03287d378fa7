#include "engine/bench/VulkanBench.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "engine/core/Stats.h"
#include "engine/vulkan/VulkanContext.h"
#include "engine/vulkan/VulkanModel.h"

namespace sb {

namespace {

double seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

std::string fmt(const char *f, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string list(const std::vector<double> &v)
{
    std::string s;
    for (double x : v)
        s += (s.empty() ? "" : ", ") + fmt("%.2f", x);
    return s;
}

} // namespace

std::string VulkanBenchResult::toText() const
{
    std::string s;
    s += "device: " + device + "\n";
    if (!kernels.empty())
        s += "kernels: " + kernels + "\n";
    s += "prefill: " + std::to_string(promptTokens) + " tokens, " + fmt("%.2f", prefillTokensPerSecond)
        + " tokens/s (median; runs " + list(prefillTokensPerSecondRuns) + ")\n";
    s += "decode: " + std::to_string(genTokens) + " tokens, " + fmt("%.2f", decodeTokensPerSecond)
        + " tokens/s (median; runs " + list(decodeTokensPerSecondRuns) + ")\n";
    s += "weights read per token: " + fmt("%.2f", double(weightBytesPerToken) / (1 << 20)) + " MiB\n";
    s += "achieved: " + fmt("%.2f", decodeGBps) + " GB/s; device copy bandwidth: " + fmt("%.2f", copyGBps)
        + " GB/s; roofline fraction: " + fmt("%.1f", rooflineFraction * 100.0) + "%\n";
    if (decodeGpuTokensPerSecond > 0)
        s += "decode, device time only: " + fmt("%.2f", decodeGpuTokensPerSecond) + " tokens/s, "
            + fmt("%.2f", decodeGpuGBps) + " GB/s, roofline fraction "
            + fmt("%.1f", gpuRooflineFraction * 100.0) + "%\n";
    return s;
}

std::string VulkanBenchResult::toJson() const
{
    std::string d;
    for (char c : device)
        if (c == '"' || c == '\\')
            d += '\\', d += c;
        else if (static_cast<unsigned char>(c) >= 0x20)
            d += c;
    return "{\"device\":\"" + d + "\",\"kernels\":\"" + kernels + "\",\"prompt_tokens\":"
        + std::to_string(promptTokens) + ",\"gen_tokens\":" + std::to_string(genTokens)
        + ",\"prefill_tokens_per_s\":" + fmt("%.4f", prefillTokensPerSecond)
        + ",\"decode_tokens_per_s\":" + fmt("%.4f", decodeTokensPerSecond)
        + ",\"weight_bytes_per_token\":" + std::to_string(weightBytesPerToken)
        + ",\"decode_gb_per_s\":" + fmt("%.4f", decodeGBps) + ",\"copy_gb_per_s\":" + fmt("%.4f", copyGBps)
        + ",\"roofline_fraction\":" + fmt("%.4f", rooflineFraction) + ",\"decode_gpu_tokens_per_s\":"
        + fmt("%.4f", decodeGpuTokensPerSecond) + ",\"decode_gpu_gb_per_s\":" + fmt("%.4f", decodeGpuGBps)
        + ",\"gpu_roofline_fraction\":" + fmt("%.4f", gpuRooflineFraction) + "}";
}

Result<double> measureCopyBandwidth(VulkanContext &ctx, uint64_t bytes, int reps)
{
    bytes = std::min<uint64_t>(bytes, ctx.info().maxStorageBufferRange) & ~uint64_t(255);
    if (bytes == 0 || reps < 1)
        return makeError(
            ErrorCode::InvalidArgument, "copy bandwidth probe needs a positive size and repetitions");
    auto src = ctx.createBuffer(bytes, MemoryKind::DeviceLocal, "bench_copy_src");
    if (!src)
        return src.error();
    auto dst = ctx.createBuffer(bytes, MemoryKind::DeviceLocal, "bench_copy_dst");
    if (!dst) {
        ctx.destroyBuffer(src.value());
        return dst.error();
    }
    const bool timestamps = ctx.info().timestampsSupported && ctx.info().timestampPeriodNs > 0;
    VkQueryPool pool = VK_NULL_HANDLE;
    if (timestamps) {
        VkQueryPoolCreateInfo qci { VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO };
        qci.queryType = VK_QUERY_TYPE_TIMESTAMP;
        qci.queryCount = 2;
        if (vkCreateQueryPool(ctx.device(), &qci, nullptr, &pool) != VK_SUCCESS)
            pool = VK_NULL_HANDLE;
    }
    std::vector<double> rates;
    Result<void> status;
    for (int i = 0; i <= reps && status; ++i) { // i == 0 warms up
        const auto t0 = std::chrono::steady_clock::now();
        status = ctx.submitAndWait([&](VkCommandBuffer cmd) -> Result<void> {
            if (i == 0)
                vkCmdFillBuffer(cmd, src->buffer, 0, bytes, 0x3f800000u);
            if (pool) {
                vkCmdResetQueryPool(cmd, pool, 0, 2);
                vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, pool, 0);
            }
            VkBufferCopy region { 0, 0, bytes };
            vkCmdCopyBuffer(cmd, src->buffer, dst->buffer, 1, &region);
            if (pool)
                vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, pool, 1);
            return {};
        });
        const auto t1 = std::chrono::steady_clock::now();
        if (!status || i == 0)
            continue;
        double secs = seconds(t0, t1);
        uint64_t ts[2] = { 0, 0 };
        if (pool
            && vkGetQueryPoolResults(ctx.device(), pool, 0, 2, sizeof ts, ts, sizeof(uint64_t),
                   VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT)
                == VK_SUCCESS
            && ts[1] > ts[0])
            secs = double(ts[1] - ts[0]) * ctx.info().timestampPeriodNs * 1e-9;
        rates.push_back(2.0 * double(bytes) / secs / 1e9);
    }
    if (pool)
        vkDestroyQueryPool(ctx.device(), pool, nullptr);
    ctx.destroyBuffer(src.value());
    ctx.destroyBuffer(dst.value());
    if (!status)
        return status.error();
    return median(rates);
}

Result<VulkanBenchResult> runVulkanBench(VulkanModel &model, const VulkanBenchOptions &options)
{
    if (options.promptTokens < 1 || options.genTokens < 1 || options.runs < 1)
        return makeError(ErrorCode::InvalidArgument,
            "bench needs at least one prompt token, one generated token and one run");
    if (int64_t(options.promptTokens) + options.genTokens > model.contextLength())
        return makeError(ErrorCode::InvalidArgument,
            std::to_string(options.promptTokens) + " prompt + " + std::to_string(options.genTokens)
                + " generated tokens exceed the context of " + std::to_string(model.contextLength()));
    VulkanBenchResult res;
    res.device = model.context().info().name;
    res.kernels = model.kernelPaths();
    res.promptTokens = options.promptTokens;
    res.genTokens = options.genTokens;
    res.weightBytesPerToken = model.weightBytesPerToken();
    const int64_t vocab = model.config().vocabSize;
    std::vector<int32_t> prompt(size_t(options.promptTokens));
    for (size_t i = 0; i < prompt.size(); ++i)
        prompt[i] = int32_t((int64_t(i) * 7919 + 13) % vocab);

    std::vector<double> gpuStepSeconds;
    for (int run = 0; run < options.runs; ++run) {
        model.reset();
        auto t0 = std::chrono::steady_clock::now();
        auto tok = model.forwardSample(prompt, 0, DeviceSampling {});
        auto t1 = std::chrono::steady_clock::now();
        if (!tok)
            return tok.error();
        res.prefillTokensPerSecondRuns.push_back(options.promptTokens / seconds(t0, t1));
        int32_t next = tok.value();
        int64_t pos = options.promptTokens;
        t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < options.genTokens; ++i, ++pos) {
            auto t = model.forwardSample(std::span<const int32_t>(&next, 1), pos, DeviceSampling {});
            if (!t)
                return t.error();
            next = t.value();
            if (model.lastDecodeGpuSeconds() > 0)
                gpuStepSeconds.push_back(model.lastDecodeGpuSeconds());
        }
        t1 = std::chrono::steady_clock::now();
        res.decodeTokensPerSecondRuns.push_back(options.genTokens / seconds(t0, t1));
    }
    res.prefillTokensPerSecond = median(res.prefillTokensPerSecondRuns);
    res.decodeTokensPerSecond = median(res.decodeTokensPerSecondRuns);
    res.decodeGBps = double(res.weightBytesPerToken) * res.decodeTokensPerSecond / 1e9;
    auto copy = measureCopyBandwidth(model.context(), options.copyBytes);
    if (!copy)
        return copy.error();
    res.copyGBps = copy.value();
    res.rooflineFraction = res.copyGBps > 0 ? res.decodeGBps / res.copyGBps : 0.0;
    if (!gpuStepSeconds.empty()) {
        res.decodeGpuTokensPerSecond = 1.0 / median(gpuStepSeconds);
        res.decodeGpuGBps = double(res.weightBytesPerToken) * res.decodeGpuTokensPerSecond / 1e9;
        res.gpuRooflineFraction = res.copyGBps > 0 ? res.decodeGpuGBps / res.copyGBps : 0.0;
    }
    return res;
}

} // namespace sb
