#include "engine/vulkan/VulkanKernels.h"

#include "engine/vulkan/PushConstants.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "engine/vulkan/ShaderTable.h"

namespace sb {

namespace {

// Workgroup grid for `n` groups (maxComputeWorkGroupCount[0] is only guaranteed to be 65535).
void grid(uint32_t n, uint32_t &x, uint32_t &y)
{
    if (n <= 65535) {
        x = n;
        y = 1;
    } else {
        x = 4096;
        y = (n + x - 1) / x;
    }
}

constexpr uint32_t kCoopMatSubgroups = 4; // subgroups per matmul_cm workgroup (one 32x32 quadrant each)

} // namespace

bool integerDotReads(DType t)
{
    return t == DType::Q8_0 || t == DType::Q4_0 || t == DType::Q4_K || t == DType::Q6_K;
}

bool coopMatCapable(const DeviceInfo &info, std::string *whyNot)
{
    const char *reason = nullptr;
    if (!info.cooperativeMatrix)
        reason = "no VK_KHR_cooperative_matrix";
    else if (!info.coopMatF16.valid())
        reason = "no fp16 x fp16 -> fp32 subgroup shape of 8/16 x 8/16 x 8/16/32";
    else if (!info.fp16Arithmetic || !info.storage16Bit)
        reason = "no fp16 arithmetic or 16-bit storage";
    else if (!info.computeFullSubgroups || info.subgroupSize == 0
        || (info.subgroupSizeControl
            && (info.subgroupSize < info.minSubgroupSize || info.subgroupSize > info.maxSubgroupSize)))
        reason = "full subgroups of a fixed size cannot be required";
    else if (!info.subgroupSizeControl && info.maxSubgroupSize != 0
        && info.maxSubgroupSize != info.subgroupSize)
        reason = "subgroup size varies and cannot be fixed";
    else if (kCoopMatSubgroups * info.subgroupSize > info.maxWorkgroupInvocations)
        reason = "workgroup of 4 subgroups too large";
    else if (!findShader("matmul_cm"))
        reason = "this build has no cooperative-matrix shaders (see cmake/Shaders.cmake)";
    if (reason && whyNot)
        *whyNot = reason;
    return reason == nullptr;
}

std::vector<float> ropeTable(int64_t positions, int64_t headDim, double theta)
{
    const int64_t half = headDim / 2;
    std::vector<float> t(size_t(positions * half * 2));
    for (int64_t i = 0; i < half; ++i) {
        // transformers' inv_freq in fp32, exactly as ops/Rope.cpp's ropeInvFreq.
        const float inv = 1.0f / std::pow(float(theta), float(2 * i) / float(headDim));
        for (int64_t p = 0; p < positions; ++p) {
            const float angle = float(p) * inv;
            t[size_t((p * half + i) * 2)] = std::cos(angle);
            t[size_t((p * half + i) * 2 + 1)] = std::sin(angle);
        }
    }
    return t;
}

VulkanKernels::VulkanKernels(VulkanContext &ctx, bool use16BitStorage, SubgroupUse subgroups,
    IntegerDotUse integerDot, CoopMatUse coopMat)
    : m_ctx(ctx)
    , m_pipelines(ctx.pipelines())
    , m_s16(use16BitStorage && ctx.info().storage16Bit)
    , m_sg(ctx.info().subgroupArithmetic
          && (subgroups == SubgroupUse::WhenSupported
              || (subgroups == SubgroupUse::GpusOnly && ctx.info().type != DeviceType::Cpu)))
    , m_dp(ctx.info().integerDotProduct
          && (integerDot == IntegerDotUse::WhenSupported
              || (integerDot == IntegerDotUse::WhenAccelerated && ctx.info().integerDotProductAccelerated)))
    , m_cm(coopMatCapable(ctx.info())
          && (coopMat == CoopMatUse::WhenSupported
              || (coopMat == CoopMatUse::GpusOnly && ctx.info().type != DeviceType::Cpu)))
{
}

VulkanKernels::~VulkanKernels()
{
    for (Buffer &b : m_scratch)
        m_ctx.destroyBuffer(b);
}

Result<const Buffer *> VulkanKernels::activationScratch(uint64_t bytes)
{
    if (m_scratch.empty() || m_scratch.back().size < bytes) {
        auto b = m_ctx.createBuffer(
            std::max<uint64_t>(bytes, 4096), MemoryKind::DeviceLocal, "int8 activations");
        if (!b)
            return b.error();
        m_scratch.push_back(b.value());
    }
    return &m_scratch.back();
}

Result<void> VulkanKernels::embed(
    VkCommandBuffer cmd, const DeviceWeight &table, const Buffer &tokens, uint32_t count, const Buffer &out)
{
    push::Embed pc { uint32_t(table.cols), count, 0, 0, 0 };
    for (const DeviceWeight::Chunk &c : table.chunks) {
        auto p = m_pipelines.get(weightShader("embed"), 3, sizeof(pc), { { 0, uint32_t(c.dtype) } });
        if (!p)
            return p.error();
        pc.rowStart = uint32_t(c.rowStart);
        pc.rows = uint32_t(c.rows);
        pc.rowBytes = uint32_t(c.rowBytes);
        const Buffer *bufs[] = { &c.buffer, &tokens, &out };
        SB_TRY(m_ctx.dispatch(cmd, *p.value(), bufs, &pc, (pc.dim + 255) / 256, count));
    }
    return {};
}

Result<void> VulkanKernels::matvec(VkCommandBuffer cmd, const DeviceWeight &w, const Buffer &x,
    const Buffer &y, MatMode mode, const Buffer *normWeight, float eps)
{
    if ((mode == MatMode::SwiGlu) != w.paired)
        return makeError(
            ErrorCode::InvalidArgument, "matvec: SwiGLU mode needs a paired gate+up weight (" + w.name + ")");
    // Chunks are dispatched one by one, each with its own storage (a fused q/k/v may mix types);
    // Q8_0/Q4_0 chunks take the int8 path when it is on, after one quantisation of x.
    const auto int8Chunk = [&](const DeviceWeight::Chunk &c) { return m_dp && integerDotReads(c.dtype); };
    const Buffer *xq = nullptr;
    if (std::any_of(w.chunks.begin(), w.chunks.end(), int8Chunk)) {
        auto scratch = activationScratch(uint64_t(w.cols / 32) * 40);
        if (!scratch)
            return scratch.error();
        xq = scratch.value();
        const push::QuantizeQ8 qpc { uint32_t(w.cols), eps };
        auto q = m_pipelines.get("quantize_q8", 3, sizeof(qpc), { { 2, normWeight ? 1u : 0u } });
        if (!q)
            return q.error();
        VulkanContext::computeBarrier(cmd); // an earlier matvec may still read the scratch
        const Buffer *qbufs[] = { &x, normWeight ? normWeight : &x, xq };
        SB_TRY(m_ctx.dispatch(cmd, *q.value(), qbufs, &qpc, (uint32_t(w.cols / 32) + 63) / 64));
        VulkanContext::computeBarrier(cmd);
    }
    for (const DeviceWeight::Chunk &c : w.chunks) {
        uint32_t gx, gy;
        grid((uint32_t(c.rows) + kMatvecRows - 1) / kMatvecRows, gx, gy);
        if (int8Chunk(c)) {
            const push::MatvecDp dpc { uint32_t(w.cols), uint32_t(c.rows), uint32_t(c.rowBytes),
                uint32_t(c.rowStart) };
            auto p = m_pipelines.get(weightShader("matvec_dp"), 3, sizeof(dpc),
                { { 0, uint32_t(c.dtype) }, { 1, uint32_t(mode) } });
            if (!p)
                return p.error();
            const Buffer *bufs[] = { &c.buffer, xq, &y };
            SB_TRY(m_ctx.dispatch(cmd, *p.value(), bufs, &dpc, gx, gy));
            continue;
        }
        const push::Matvec pc { uint32_t(w.cols), uint32_t(c.rows), uint32_t(c.rowBytes),
            uint32_t(c.rowStart), eps };
        auto p = m_pipelines.get(reduceShader(weightShader("matvec")), 4, sizeof(pc),
            { { 0, uint32_t(c.dtype) }, { 1, uint32_t(mode) }, { 2, normWeight ? 1u : 0u } });
        if (!p)
            return p.error();
        const Buffer *bufs[] = { &c.buffer, &x, &y, normWeight ? normWeight : &x };
        SB_TRY(m_ctx.dispatch(cmd, *p.value(), bufs, &pc, gx, gy));
    }
    return {};
}

Result<void> VulkanKernels::matmul(VkCommandBuffer cmd, const DeviceWeight &w, const Buffer &x,
    uint32_t tokens, const Buffer &y, uint32_t outStride, MatMode mode)
{
    if ((mode == MatMode::SwiGlu) != w.paired)
        return makeError(
            ErrorCode::InvalidArgument, "matmul: SwiGLU mode needs a paired gate+up weight (" + w.name + ")");
    push::Matmul pc { uint32_t(w.cols), 0, tokens, 0, outStride, 0, 0, uint32_t(w.rows) };
    const CoopMatShape &cm = m_ctx.info().coopMatF16;
    const uint32_t tileTokens = m_cm ? 64 : 32; // BT of matmul_cm.comp / matmul_body.glsl; BN is 64 in both
    for (const DeviceWeight::Chunk &c : w.chunks) {
        auto p = m_cm ? m_pipelines.get("matmul_cm", 3, sizeof(pc),
                     { { 0, uint32_t(c.dtype) }, { 1, uint32_t(mode) },
                         { 2, kCoopMatSubgroups * m_ctx.info().subgroupSize }, { 3, cm.m }, { 4, cm.n },
                         { 5, cm.k } })
                      : m_pipelines.get(weightShader("matmul"), 3, sizeof(pc),
                          { { 0, uint32_t(c.dtype) }, { 1, uint32_t(mode) } });
        if (!p)
            return p.error();
        pc.rows = uint32_t(c.rows) * (w.paired ? 2 : 1);
        pc.rowBytes = uint32_t(c.rowBytes);
        pc.splitHalf = uint32_t(c.rows);
        pc.outOffset = uint32_t(c.rowStart);
        const Buffer *bufs[] = { &c.buffer, &x, &y };
        SB_TRY(m_ctx.dispatch(
            cmd, *p.value(), bufs, &pc, (pc.rows + 63) / 64, (tokens + tileTokens - 1) / tileTokens));
    }
    return {};
}

Result<void> VulkanKernels::rmsNorm(VkCommandBuffer cmd, const Buffer &x, const Buffer &weight,
    const Buffer &y, uint32_t rows, uint32_t dim, float eps)
{
    const push::RmsNorm pc { dim, rows, eps };
    auto p = m_pipelines.get(reduceShader("rms_norm"), 3, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &x, &weight, &y };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, rows);
}

Result<void> VulkanKernels::rope(VkCommandBuffer cmd, const Buffer &x, const Buffer &table,
    const Buffer &step, uint32_t tokens, uint32_t heads, uint32_t headDim, uint32_t rowStride,
    bool interleaved, bool nope)
{
    const push::Rope pc { tokens, heads, headDim, rowStride, (interleaved ? 1u : 0u) | (nope ? 2u : 0u) };
    auto p = m_pipelines.get("rope", 3, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &x, &table, &step };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, (headDim / 2 + 63) / 64, heads, tokens);
}

Result<void> VulkanKernels::kvStore(VkCommandBuffer cmd, const Buffer &qkv, const Buffer &kCache,
    const Buffer &vCache, const Buffer &step, uint32_t tokens, uint32_t kvDim, uint32_t rowStride,
    uint32_t kOffset, uint32_t vOffset, bool kvF16)
{
    const push::KvStore pc { tokens, kvDim, rowStride, kOffset, vOffset };
    auto p = m_pipelines.get("kv_store", 4, sizeof(pc), { { 5, kvF16 ? 0u : 1u } });
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &qkv, &kCache, &vCache, &step };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, (kvDim / 2 + 63) / 64, tokens);
}

Result<void> VulkanKernels::attentionDecode(VkCommandBuffer cmd, const Buffer &q, const Buffer &kCache,
    const Buffer &vCache, const Buffer &partial, const Buffer &out, const Buffer &step, uint32_t nHeads,
    uint32_t nKvHeads, uint32_t headDim, uint32_t maxChunks, bool kvF16)
{
    if (headDim > kMaxHeadDim || headDim % 2 != 0 || nKvHeads == 0 || nHeads % nKvHeads != 0)
        return makeError(ErrorCode::Unsupported,
            "attention: head_dim " + std::to_string(headDim) + " with " + std::to_string(nHeads) + "/"
                + std::to_string(nKvHeads) + " heads");
    const push::AttentionDecode pc { nHeads, nKvHeads, headDim, maxChunks, 1.0f / std::sqrt(float(headDim)) };
    auto p = m_pipelines.get(reduceShader("attention_decode"), 5, sizeof(pc), { { 5, kvF16 ? 0u : 1u } });
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &q, &kCache, &vCache, &partial, &step };
    SB_TRY(m_ctx.dispatch(cmd, *p.value(), bufs, &pc, nHeads, maxChunks));
    VulkanContext::computeBarrier(cmd);
    const push::AttentionCombine pc2 { nHeads, headDim, maxChunks };
    auto p2 = m_pipelines.get("attention_combine", 3, sizeof(pc2));
    if (!p2)
        return p2.error();
    const Buffer *bufs2[] = { &partial, &out, &step };
    return m_ctx.dispatch(cmd, *p2.value(), bufs2, &pc2, nHeads);
}

Result<void> VulkanKernels::attentionPrefill(VkCommandBuffer cmd, const Buffer &qkv, const Buffer &kCache,
    const Buffer &vCache, const Buffer &out, const Buffer &step, uint32_t tokens, uint32_t nHeads,
    uint32_t nKvHeads, uint32_t headDim, uint32_t rowStride, uint32_t outStride, bool kvF16)
{
    if (headDim > kMaxHeadDim || headDim % 2 != 0 || nKvHeads == 0 || nHeads % nKvHeads != 0)
        return makeError(ErrorCode::Unsupported,
            "attention: head_dim " + std::to_string(headDim) + " with " + std::to_string(nHeads) + "/"
                + std::to_string(nKvHeads) + " heads");
    const push::AttentionPrefill pc { tokens, nHeads, nKvHeads, headDim, rowStride, outStride,
        1.0f / std::sqrt(float(headDim)) };
    auto p = m_pipelines.get("attention_prefill", 5, sizeof(pc), { { 5, kvF16 ? 0u : 1u } });
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &qkv, &kCache, &vCache, &out, &step };
    return m_ctx.dispatch(
        cmd, *p.value(), bufs, &pc, (tokens + kPrefillQueryBlock - 1) / kPrefillQueryBlock, nHeads);
}

Result<void> VulkanKernels::swiglu(
    VkCommandBuffer cmd, const Buffer &gateUp, const Buffer &out, uint32_t tokens, uint32_t ffn)
{
    const push::Swiglu pc { tokens, ffn };
    auto p = m_pipelines.get("swiglu", 2, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &gateUp, &out };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, (ffn + 255) / 256, tokens);
}

Result<void> VulkanKernels::add(
    VkCommandBuffer cmd, const Buffer &a, const Buffer &b, const Buffer &out, uint32_t n)
{
    const push::Count pc { n };
    auto p = m_pipelines.get("add", 3, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &a, &b, &out };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, (n + 255) / 256);
}

Result<void> VulkanKernels::sample(VkCommandBuffer cmd, const Buffer &logits, const Buffer &candidates,
    const Buffer &result, const Buffer &step, uint32_t n)
{
    const push::Sample pc { n, sampleSlices(n) };
    auto p0 = m_pipelines.get(reduceShader("sample"), 4, sizeof(pc), { { 0, 0 } });
    if (!p0)
        return p0.error();
    auto p1 = m_pipelines.get(reduceShader("sample"), 4, sizeof(pc), { { 0, 1 } });
    if (!p1)
        return p1.error();
    const Buffer *bufs[] = { &logits, &candidates, &result, &step };
    SB_TRY(m_ctx.dispatch(cmd, *p0.value(), bufs, &pc, pc.slices));
    VulkanContext::computeBarrier(cmd);
    return m_ctx.dispatch(cmd, *p1.value(), bufs, &pc, 1);
}

} // namespace sb
