#include "engine/vulkan/train/TrainKernels.h"

#include <cmath>

#include "engine/vulkan/PushConstants.h"

namespace sb {

namespace {

constexpr uint32_t kWorkgroup = 256;

// Workgroups for n elements at 256 per group, as an (x, y) grid the element shaders flatten
// with x-rows of 65535 groups (maxComputeWorkGroupCount[0] is only guaranteed to be 65535).
void elementGrid(uint32_t n, uint32_t &gx, uint32_t &gy)
{
    const uint32_t groups = (n + kWorkgroup - 1) / kWorkgroup;
    gx = groups < 65535u ? groups : 65535u;
    gy = (groups + 65534u) / 65535u;
    if (gx == 0)
        gx = gy = 1;
}

uint32_t ceilDiv(uint32_t a, uint32_t b)
{
    return (a + b - 1) / b;
}

} // namespace

TrainKernels::TrainKernels(VulkanContext &ctx)
    : m_ctx(ctx)
    , m_pipelines(ctx.pipelines())
{
}

TrainKernels::~TrainKernels()
{
}

void TrainKernels::zero(VkCommandBuffer cmd, const Buffer &b, uint64_t byteOffset, uint64_t bytes)
{
    vkCmdFillBuffer(cmd, b.buffer, byteOffset, bytes ? bytes : VK_WHOLE_SIZE, 0);
}

Result<void> TrainKernels::matmulBackwardInput(VkCommandBuffer cmd, const DeviceWeight &w, const Buffer &dY,
    uint32_t tokens, uint32_t dyStride, const Buffer &dX, bool accumulate)
{
    if (w.paired)
        return makeError(
            ErrorCode::InvalidArgument, "matmulBackwardInput: paired weight " + w.name + " is not supported");
    push::TrainMatmulBwd pc { uint32_t(w.cols), 0, tokens, 0, dyStride, 0, 0 };
    bool first = true;
    for (const DeviceWeight::Chunk &c : w.chunks) {
        auto p = m_pipelines.get(
            "train_matmul_bwd", 3, sizeof(pc), { { 0, uint32_t(c.dtype) } }); // per chunk: storage may differ
        if (!p)
            return p.error();
        pc.rowBytes = uint32_t(c.rowBytes);
        // Every chunk adds into the same dX: later chunks wait for the earlier ones.
        if (!first)
            VulkanContext::computeBarrier(cmd);
        pc.rows = uint32_t(c.rows);
        pc.dyOffset = uint32_t(c.rowStart);
        pc.accumulate = (accumulate || !first) ? 1u : 0u;
        const Buffer *bufs[] = { &c.buffer, &dY, &dX };
        SB_TRY(m_ctx.dispatch(cmd, *p.value(), bufs, &pc, ceilDiv(pc.cols, 32), ceilDiv(tokens, 32)));
        first = false;
    }
    return {};
}

Result<void> TrainKernels::gemm(VkCommandBuffer cmd, uint32_t m, uint32_t n, uint32_t k, const GemmOperand &a,
    const GemmOperand &b, const GemmOperand &c, float alpha, bool accumulate)
{
    if (!a.buffer || !b.buffer || !c.buffer)
        return makeError(ErrorCode::InvalidArgument, "gemm: missing operand buffer");
    if (m == 0 || n == 0)
        return {};
    const push::TrainGemm pc { m, n, k, a.ld, b.ld, c.ld, a.offset, b.offset, c.offset, alpha,
        accumulate ? 1u : 0u };
    auto p = m_pipelines.get(
        "train_gemm", 3, sizeof(pc), { { 0, a.transposed ? 1u : 0u }, { 1, b.transposed ? 1u : 0u } });
    if (!p)
        return p.error();
    const Buffer *bufs[] = { a.buffer, b.buffer, c.buffer };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, ceilDiv(n, 32), ceilDiv(m, 32));
}

Result<void> TrainKernels::rmsNormForward(VkCommandBuffer cmd, const Buffer &x, const Buffer &w,
    const Buffer &y, const Buffer &rstd, uint32_t rows, uint32_t dim, float eps)
{
    const push::RmsNorm pc { dim, rows, eps };
    auto p = m_pipelines.get("train_rmsnorm_fwd", 4, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &x, &w, &y, &rstd };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, rows);
}

Result<void> TrainKernels::rmsNormBackward(VkCommandBuffer cmd, const Buffer &dX, const Buffer &dY,
    const Buffer &x, const Buffer &w, const Buffer &rstd, uint32_t rows, uint32_t dim)
{
    const push::RowsDim pc { dim, rows };
    auto p = m_pipelines.get("train_rmsnorm_bwd", 5, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &x, &w, &dY, &rstd, &dX };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, rows);
}

Result<void> TrainKernels::swigluForward(
    VkCommandBuffer cmd, const Buffer &g, const Buffer &u, const Buffer &s, uint32_t n)
{
    const push::Count pc { n };
    auto p = m_pipelines.get("train_swiglu_fwd", 3, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &g, &u, &s };
    uint32_t gx, gy;
    elementGrid(n, gx, gy);
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, gx, gy);
}

Result<void> TrainKernels::swigluBackward(VkCommandBuffer cmd, const Buffer &dS, const Buffer &g,
    const Buffer &u, const Buffer &dG, const Buffer &dU, uint32_t n)
{
    const push::Count pc { n };
    auto p = m_pipelines.get("train_swiglu_bwd", 5, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &dS, &g, &u, &dG, &dU };
    uint32_t gx, gy;
    elementGrid(n, gx, gy);
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, gx, gy);
}

Result<void> TrainKernels::eltwise(VkCommandBuffer cmd, uint32_t op, const Buffer &a, const Buffer &b,
    const Buffer &y, const Buffer &mask, uint32_t n, uint32_t offA, uint32_t offY, uint32_t maskOffset,
    float keep)
{
    const push::TrainEltwise pc { n, offA, 0, offY, maskOffset, keep };
    auto p = m_pipelines.get("train_eltwise", 4, sizeof(pc), { { 0, op } });
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &a, &b, &y, &mask };
    uint32_t gx, gy;
    elementGrid(n, gx, gy);
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, gx, gy);
}

Result<void> TrainKernels::add(
    VkCommandBuffer cmd, const Buffer &a, const Buffer &b, const Buffer &y, uint32_t n)
{
    return eltwise(cmd, 0, a, b, y, a, n, 0, 0, 0, 1.0f);
}

Result<void> TrainKernels::accumulate(
    VkCommandBuffer cmd, const Buffer &a, const Buffer &y, uint32_t n, uint32_t offA, uint32_t offY)
{
    return eltwise(cmd, 1, a, a, y, a, n, offA, offY, 0, 1.0f);
}

Result<void> TrainKernels::dropout(VkCommandBuffer cmd, const Buffer &a, const Buffer &mask,
    uint32_t maskOffset, float keep, const Buffer &y, uint32_t n)
{
    return eltwise(cmd, 2, a, a, y, mask, n, 0, 0, maskOffset, keep);
}

Result<void> TrainKernels::dropoutBackward(VkCommandBuffer cmd, const Buffer &a, const Buffer &mask,
    uint32_t maskOffset, float keep, const Buffer &y, uint32_t n)
{
    return eltwise(cmd, 3, a, a, y, mask, n, 0, 0, maskOffset, keep);
}

Result<void> TrainKernels::crossEntropy(VkCommandBuffer cmd, const Buffer &logits, const Buffer &targets,
    const Buffer &losses, uint32_t rows, uint32_t vocab, uint32_t rowBase, bool backward, float dScale)
{
    const push::TrainXent pc { vocab, rows, rowBase, dScale };
    auto p = m_pipelines.get("train_xent", 3, sizeof(pc), { { 0, backward ? 1u : 0u } });
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &logits, &targets, &losses };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, rows);
}

namespace {
Result<void> checkHeads(uint32_t heads, uint32_t kvHeads)
{
    if (kvHeads == 0 || heads % kvHeads != 0)
        return makeError(ErrorCode::Unsupported,
            "attention: " + std::to_string(heads) + " query heads over " + std::to_string(kvHeads)
                + " KV heads");
    return {};
}
} // namespace

Result<void> TrainKernels::attentionForward(VkCommandBuffer cmd, const Buffer &q, const Buffer &k,
    const Buffer &v, const Buffer &out, const Buffer &probs, uint32_t tokens, uint32_t heads,
    uint32_t kvHeads, uint32_t headDim)
{
    SB_TRY(checkHeads(heads, kvHeads));
    const push::TrainSdpa pc { tokens, heads, kvHeads, headDim, 1.0f / std::sqrt(float(headDim)) };
    auto p = m_pipelines.get("train_sdpa_fwd", 5, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &q, &k, &v, &probs, &out };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, ceilDiv(heads * tokens, 64));
}

Result<void> TrainKernels::attentionBackward(VkCommandBuffer cmd, const Buffer &dOut, const Buffer &q,
    const Buffer &k, const Buffer &v, const Buffer &probs, const Buffer &dScores, const Buffer &dq,
    const Buffer &dk, const Buffer &dv, uint32_t tokens, uint32_t heads, uint32_t kvHeads, uint32_t headDim)
{
    SB_TRY(checkHeads(heads, kvHeads));
    const push::TrainSdpa pc { tokens, heads, kvHeads, headDim, 1.0f / std::sqrt(float(headDim)) };
    auto pds = m_pipelines.get("train_sdpa_bwd_ds", 4, sizeof(pc));
    if (!pds)
        return pds.error();
    auto pdq = m_pipelines.get("train_sdpa_bwd_dq", 3, sizeof(pc));
    if (!pdq)
        return pdq.error();
    auto pdkv = m_pipelines.get("train_sdpa_bwd_dkv", 6, sizeof(pc));
    if (!pdkv)
        return pdkv.error();
    const Buffer *b1[] = { &dOut, &v, &probs, &dScores };
    SB_TRY(m_ctx.dispatch(cmd, *pds.value(), b1, &pc, ceilDiv(heads * tokens, 64)));
    VulkanContext::computeBarrier(cmd);
    const Buffer *b2[] = { &dScores, &k, &dq };
    SB_TRY(m_ctx.dispatch(cmd, *pdq.value(), b2, &pc, ceilDiv(tokens * heads * headDim, 64)));
    const Buffer *b3[] = { &dScores, &probs, &q, &dOut, &dk, &dv };
    return m_ctx.dispatch(cmd, *pdkv.value(), b3, &pc, ceilDiv(tokens * kvHeads * headDim, 64));
}

} // namespace sb
