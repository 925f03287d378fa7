#include "engine/bench/TrainAttentionBench.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

#include "engine/core/Stats.h"
#include "engine/ops/Attention.h"
#include "engine/ops/ThreadPool.h"
#include "engine/vulkan/VulkanContext.h"
#include "engine/vulkan/train/TrainKernels.h"

namespace sb {

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

std::vector<float> randomVec(size_t n, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> d(-1.0f, 1.0f);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

std::string tileText(AttentionTile t)
{
    return std::to_string(t.rows) + "x" + std::to_string(t.keys);
}

} // namespace

std::string TrainAttentionBenchResult::toText() const
{
    char buf[768];
    std::snprintf(buf, sizeof buf,
        "training attention on %s: T %u, heads %u/%u, head_dim %u (tiles fwd %s, dq %s, dk/dv %s)\n"
        "  forward  %9.3f ms  (%.2f GFLOP/s nominal)\n"
        "  backward %9.3f ms  (%.2f GFLOP/s nominal)\n",
        device.c_str(), shape.tokens, shape.nHeads, shape.nKvHeads, shape.headDim,
        tileText(forwardTile).c_str(), tileText(dqTile).c_str(), tileText(dkdvTile).c_str(), forwardMs,
        forwardGflops, backwardMs, backwardGflops);
    std::string s = buf;
    if (plainForwardMs > 0) {
        std::snprintf(buf, sizeof buf,
            "  plain attention (TrainKernels): forward %.3f ms, backward %.3f ms\n", plainForwardMs,
            plainBackwardMs);
        s += buf;
    }
    if (cpuForwardMs > 0) {
        std::snprintf(buf, sizeof buf, "  CPU reference: forward %.3f ms, backward %.3f ms\n", cpuForwardMs,
            cpuBackwardMs);
        s += buf;
    }
    return s;
}

Result<TrainAttentionBenchResult> benchTrainAttention(
    VulkanContext &ctx, const AttentionShape &shape, const TrainAttentionBenchOptions &options)
{
    if (options.reps < 1)
        return makeError(ErrorCode::InvalidArgument, "training attention bench: reps must be positive");
    const size_t T = shape.tokens, qn = T * shape.nHeads * shape.headDim,
                 kvn = T * shape.nKvHeads * shape.headDim, ln = T * shape.nHeads;
    if (qn == 0 || kvn == 0)
        return makeError(ErrorCode::InvalidArgument, "training attention bench: empty shape");
    const std::vector<float> q = randomVec(qn, 1), k = randomVec(kvn, 2), v = randomVec(kvn, 3),
                             dOut = randomVec(qn, 4);

    TrainAttention attn(ctx);
    TrainAttentionBenchResult res;
    res.device = ctx.info().name;
    res.shape = shape;
    res.forwardTile = attn.forwardTile(shape.headDim);
    res.dqTile = attn.dqTile(shape.headDim);
    res.dkdvTile = attn.dkdvTile(shape.headDim);

    // Buffers in one list so every exit path frees them.
    const size_t sizes[] = { qn, kvn, kvn, qn, qn, ln, ln, qn, kvn, kvn };
    const char *names[] = { "q", "k", "v", "dOut", "out", "lse", "delta", "dq", "dk", "dv" };
    std::vector<Buffer> bufs;
    Result<void> status;
    for (size_t i = 0; i < std::size(sizes) && status; ++i) {
        auto b = ctx.createBuffer(sizes[i] * 4, MemoryKind::DeviceLocal, names[i]);
        if (b)
            bufs.push_back(b.value());
        else
            status = b.error();
    }
    if (status)
        status = ctx.upload(bufs[0], q.data(), qn * 4);
    if (status)
        status = ctx.upload(bufs[1], k.data(), kvn * 4);
    if (status)
        status = ctx.upload(bufs[2], v.data(), kvn * 4);
    if (status)
        status = ctx.upload(bufs[3], dOut.data(), qn * 4);

    const bool timestamps = ctx.info().timestampsSupported && ctx.info().timestampPeriodNs > 0;
    VkQueryPool pool = VK_NULL_HANDLE;
    if (timestamps) {
        VkQueryPoolCreateInfo qci { VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO };
        qci.queryType = VK_QUERY_TYPE_TIMESTAMP;
        qci.queryCount = 3;
        if (vkCreateQueryPool(ctx.device(), &qci, nullptr, &pool) != VK_SUCCESS)
            pool = VK_NULL_HANDLE;
    }
    using Recorder = std::function<Result<void>(VkCommandBuffer)>;
    // Median device times of (forward, backward) recorded by the two functions.
    const auto timePair
        = [&](const Recorder &recordForward, const Recorder &recordBackward, double &fwdMs, double &bwdMs) {
              std::vector<double> fwd, bwd;
              for (int i = 0; i <= options.reps && status; ++i) { // i == 0 warms up (pipeline creation)
                  // Without timestamps each half is its own submission, timed by the wall clock.
                  double wallFwd = 0, wallBwd = 0;
                  if (pool) {
                      status = ctx.submitAndWait([&](VkCommandBuffer cmd) -> Result<void> {
                          vkCmdResetQueryPool(cmd, pool, 0, 3);
                          vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, pool, 0);
                          SB_TRY(recordForward(cmd));
                          vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, pool, 1);
                          VulkanContext::computeBarrier(cmd);
                          SB_TRY(recordBackward(cmd));
                          vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, pool, 2);
                          return {};
                      });
                  } else {
                      const auto t0 = Clock::now();
                      status = ctx.submitAndWait(recordForward);
                      const auto t1 = Clock::now();
                      if (status)
                          status = ctx.submitAndWait(recordBackward);
                      wallFwd = msBetween(t0, t1);
                      wallBwd = msBetween(t1, Clock::now());
                  }
                  if (!status || i == 0)
                      continue;
                  uint64_t ts[3] = { 0, 0, 0 };
                  if (pool
                      && vkGetQueryPoolResults(ctx.device(), pool, 0, 3, sizeof ts, ts, sizeof(uint64_t),
                             VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT)
                          == VK_SUCCESS) {
                      const double ns = ctx.info().timestampPeriodNs;
                      wallFwd = double(ts[1] - ts[0]) * ns * 1e-6;
                      wallBwd = double(ts[2] - ts[1]) * ns * 1e-6;
                  }
                  fwd.push_back(wallFwd);
                  bwd.push_back(wallBwd);
              }
              fwdMs = median(fwd);
              bwdMs = median(bwd);
          };
    const Buffer &bq = bufs[0], &bk = bufs[1], &bv = bufs[2], &bdo = bufs[3], &bo = bufs[4], &bl = bufs[5],
                 &bdelta = bufs[6], &bdq = bufs[7], &bdk = bufs[8], &bdv = bufs[9];
    if (status)
        timePair([&](VkCommandBuffer cmd) { return attn.forward(cmd, shape, bq, bk, bv, bo, bl); },
            [&](VkCommandBuffer cmd) {
                return attn.backward(cmd, shape, bdo, bq, bk, bv, bo, bl, bdelta, bdq, bdk, bdv);
            },
            res.forwardMs, res.backwardMs);
    if (status && options.plain) {
        TrainKernels plain(ctx);
        std::vector<Buffer> scratch;
        for (const char *name : { "probs", "dScores" }) {
            auto b = ctx.createBuffer(T * T * shape.nHeads * 4, MemoryKind::DeviceLocal, name);
            if (b)
                scratch.push_back(b.value());
            else
                status = b.error();
        }
        if (status)
            timePair(
                [&](VkCommandBuffer cmd) {
                    return plain.attentionForward(cmd, bq, bk, bv, bo, scratch[0], shape.tokens, shape.nHeads,
                        shape.nKvHeads, shape.headDim);
                },
                [&](VkCommandBuffer cmd) {
                    return plain.attentionBackward(cmd, bdo, bq, bk, bv, scratch[0], scratch[1], bdq, bdk,
                        bdv, shape.tokens, shape.nHeads, shape.nKvHeads, shape.headDim);
                },
                res.plainForwardMs, res.plainBackwardMs);
        for (Buffer &b : scratch)
            ctx.destroyBuffer(b);
    }
    if (pool)
        vkDestroyQueryPool(ctx.device(), pool, nullptr);
    for (Buffer &b : bufs)
        ctx.destroyBuffer(b);
    if (!status)
        return status.error();

    const double flops = 4.0 * shape.headDim * shape.nHeads * double(T) * double(T + 1) / 2.0;
    res.forwardGflops = res.forwardMs > 0 ? flops / (res.forwardMs * 1e6) : 0;
    res.backwardGflops = res.backwardMs > 0 ? 2.5 * flops / (res.backwardMs * 1e6) : 0;

    if (options.cpu) {
        ThreadPool threads(options.cpuThreads);
        std::vector<float> out(qn), probs(T * T * shape.nHeads), dq(qn, 0.0f), dk(kvn, 0.0f), dv(kvn, 0.0f);
        const auto t0 = Clock::now();
        attentionForward(out.data(), probs.data(), q.data(), k.data(), v.data(), int64_t(T), 0, shape.nHeads,
            shape.nKvHeads, shape.headDim, &threads);
        const auto t1 = Clock::now();
        attentionBackward(dq.data(), dk.data(), dv.data(), dOut.data(), q.data(), k.data(), v.data(),
            probs.data(), int64_t(T), shape.nHeads, shape.nKvHeads, shape.headDim, &threads);
        res.cpuForwardMs = msBetween(t0, t1);
        res.cpuBackwardMs = msBetween(t1, Clock::now());
    }
    return res;
}

} // namespace sb
