#include "engine/vulkan/train/TrainAttention.h"

#include <cmath>

#include "engine/vulkan/PushConstants.h"

namespace sb {

namespace {

constexpr uint32_t kWorkgroup = 64; // local_size_x of the attention shaders
constexpr uint32_t kMaxHeadDim = 256;
constexpr uint32_t kMaxAccumulators = 64; // fp32 registers per thread for running sums

// Preference order: bigger tiles first (fewer reloads of the other operand).
constexpr AttentionTile kTiles[]
    = { { 32, 32 }, { 32, 16 }, { 16, 32 }, { 16, 16 }, { 16, 8 }, { 8, 16 }, { 8, 8 } };

bool validTileSide(uint32_t n)
{
    return n == 8 || n == 16 || n == 32 || n == 64;
}

// Shared floats of each kernel for a tile (see the shared declarations in the shaders).
uint32_t sharedFloats(int kernel, AttentionTile t, uint32_t headDim)
{
    const uint32_t ks = headDim + 4, br = t.rows, bc = t.keys; // rows padded by one vec4
    switch (kernel) {
    case 0:
        return br * ks + 2 * bc * ks + br * bc; // train_attn_fwd
    case 1:
        return 2 * br * ks + 2 * bc * ks + br * bc + 2 * br; // train_attn_bwd_dq
    default:
        return 2 * bc * ks + 2 * br * ks + 2 * br * bc + 2 * br; // train_attn_bwd_dkdv
    }
}

uint32_t accumulators(int kernel, AttentionTile t, uint32_t headDim)
{
    // Forward and dq: one query row per WG/BR threads; dk/dv: one key per WG/BC threads, two sums.
    return kernel == 2 ? 2 * headDim * t.keys / kWorkgroup : headDim * t.rows / kWorkgroup;
}

std::string shapeText(const AttentionShape &s)
{
    return "T " + std::to_string(s.tokens) + ", " + std::to_string(s.nHeads) + "/"
        + std::to_string(s.nKvHeads) + " heads, head_dim " + std::to_string(s.headDim);
}

Result<void> needBytes(const Buffer &b, uint64_t floats, const char *what)
{
    if (b.size < floats * 4)
        return makeError(ErrorCode::InvalidArgument,
            std::string("training attention: buffer ") + what + " holds " + std::to_string(b.size)
                + " bytes, needs " + std::to_string(floats * 4));
    return {};
}

} // namespace

TrainAttention::TrainAttention(VulkanContext &ctx)
    : m_ctx(ctx)
    , m_pipelines(ctx.pipelines())
{
    // 16 KiB is the minimum every Vulkan device guarantees.
    m_sharedBytes = ctx.info().maxComputeSharedMemory ? ctx.info().maxComputeSharedMemory : 16384;
}

TrainAttention::~TrainAttention()
{
}

AttentionTile TrainAttention::tileFor(Kernel k, uint32_t headDim) const
{
    const int kernel = static_cast<int>(k);
    const auto fits = [&](AttentionTile t) {
        // The threads of one row (key for dk/dv) split its headDim/4 vec4 columns evenly.
        const uint32_t threadsPerRow = kWorkgroup / (k == Kernel::Dkdv ? t.keys : t.rows);
        return sharedFloats(kernel, t, headDim) * 4 <= m_sharedBytes
            && accumulators(kernel, t, headDim) <= kMaxAccumulators && (headDim / 4) % threadsPerRow == 0
            && headDim / 4 >= threadsPerRow;
    };
    if (m_override.rows)
        return fits(m_override) ? m_override : AttentionTile {};
    for (AttentionTile t : kTiles)
        if (fits(t))
            return t;
    return {};
}

AttentionTile TrainAttention::forwardTile(uint32_t headDim) const
{
    return tileFor(Kernel::Forward, headDim);
}
AttentionTile TrainAttention::dqTile(uint32_t headDim) const
{
    return tileFor(Kernel::Dq, headDim);
}
AttentionTile TrainAttention::dkdvTile(uint32_t headDim) const
{
    return tileFor(Kernel::Dkdv, headDim);
}

Result<void> TrainAttention::setTileOverride(AttentionTile tile)
{
    if ((tile.rows || tile.keys) && !(validTileSide(tile.rows) && validTileSide(tile.keys)))
        return makeError(ErrorCode::InvalidArgument,
            "training attention: tile " + std::to_string(tile.rows) + "x" + std::to_string(tile.keys)
                + " (rows and keys must be 8, 16, 32 or 64)");
    m_override = tile;
    return {};
}

Result<void> TrainAttention::validate(const AttentionShape &s) const
{
    if (s.tokens == 0 || s.nHeads == 0 || s.nKvHeads == 0 || s.nHeads % s.nKvHeads != 0 || s.headDim == 0
        || s.headDim % 4 != 0 || s.headDim > kMaxHeadDim)
        return makeError(ErrorCode::Unsupported,
            "training attention: unsupported shape " + shapeText(s)
                + " (needs T > 0, nHeads a multiple of nKvHeads, head_dim a multiple of 4 up to 256)");
    if (s.tokens > 65535u * 8u)
        return makeError(
            ErrorCode::Unsupported, "training attention: " + shapeText(s) + " exceeds the dispatch grid");
    return {};
}

bool TrainAttention::supports(const AttentionShape &s) const
{
    return validate(s).ok() && tileFor(Kernel::Forward, s.headDim).rows && tileFor(Kernel::Dq, s.headDim).rows
        && tileFor(Kernel::Dkdv, s.headDim).rows;
}

Result<void> TrainAttention::forward(VkCommandBuffer cmd, const AttentionShape &s, const Buffer &q,
    const Buffer &k, const Buffer &v, const Buffer &out, const Buffer &lse)
{
    SB_TRY(validate(s));
    const uint64_t T = s.tokens, qn = T * s.nHeads * s.headDim, kvn = T * s.nKvHeads * s.headDim;
    SB_TRY(needBytes(q, qn, "q"));
    SB_TRY(needBytes(k, kvn, "k"));
    SB_TRY(needBytes(v, kvn, "v"));
    SB_TRY(needBytes(out, qn, "out"));
    SB_TRY(needBytes(lse, T * s.nHeads, "lse"));
    const AttentionTile tile = tileFor(Kernel::Forward, s.headDim);
    if (!tile.rows)
        return makeError(ErrorCode::Unsupported,
            "training attention forward: no tile fits the shared memory of " + m_ctx.info().name + " for "
                + shapeText(s));
    const push::TrainAttn pc { s.tokens, s.nHeads, s.nKvHeads,
        1.0f / std::sqrt(static_cast<float>(s.headDim)), 0 };
    auto p = m_pipelines.get(
        "train_attn_fwd", 5, sizeof(pc), { { 0, s.headDim }, { 1, tile.rows }, { 2, tile.keys } });
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &q, &k, &v, &out, &lse };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, (s.tokens + tile.rows - 1) / tile.rows, s.nHeads);
}

Result<void> TrainAttention::backward(VkCommandBuffer cmd, const AttentionShape &s, const Buffer &dOut,
    const Buffer &q, const Buffer &k, const Buffer &v, const Buffer &out, const Buffer &lse,
    const Buffer &delta, const Buffer &dq, const Buffer &dk, const Buffer &dv, bool accumulate)
{
    SB_TRY(validate(s));
    const uint64_t T = s.tokens, qn = T * s.nHeads * s.headDim, kvn = T * s.nKvHeads * s.headDim;
    SB_TRY(needBytes(dOut, qn, "dOut"));
    SB_TRY(needBytes(q, qn, "q"));
    SB_TRY(needBytes(k, kvn, "k"));
    SB_TRY(needBytes(v, kvn, "v"));
    SB_TRY(needBytes(out, qn, "out"));
    SB_TRY(needBytes(lse, T * s.nHeads, "lse"));
    SB_TRY(needBytes(delta, T * s.nHeads, "delta"));
    SB_TRY(needBytes(dq, qn, "dq"));
    SB_TRY(needBytes(dk, kvn, "dk"));
    SB_TRY(needBytes(dv, kvn, "dv"));
    const AttentionTile dqTile = tileFor(Kernel::Dq, s.headDim), kvTile = tileFor(Kernel::Dkdv, s.headDim);
    if (!dqTile.rows || !kvTile.rows)
        return makeError(ErrorCode::Unsupported,
            "training attention backward: no tile fits the shared memory of " + m_ctx.info().name + " for "
                + shapeText(s));

    const push::TrainAttnBwdDelta pcDelta { s.tokens, s.nHeads, s.headDim };
    auto pd = m_pipelines.get("train_attn_bwd_delta", 3, sizeof(pcDelta));
    if (!pd)
        return pd.error();
    const Buffer *deltaBufs[] = { &dOut, &out, &delta };
    SB_TRY(m_ctx.dispatch(cmd, *pd.value(), deltaBufs, &pcDelta, (s.tokens * s.nHeads + 63) / 64));
    VulkanContext::computeBarrier(cmd);

    const push::TrainAttn pc { s.tokens, s.nHeads, s.nKvHeads,
        1.0f / std::sqrt(static_cast<float>(s.headDim)), accumulate ? 1u : 0u };
    auto pq = m_pipelines.get(
        "train_attn_bwd_dq", 7, sizeof(pc), { { 0, s.headDim }, { 1, dqTile.rows }, { 2, dqTile.keys } });
    if (!pq)
        return pq.error();
    const Buffer *dqBufs[] = { &dOut, &q, &k, &v, &lse, &delta, &dq };
    SB_TRY(
        m_ctx.dispatch(cmd, *pq.value(), dqBufs, &pc, (s.tokens + dqTile.rows - 1) / dqTile.rows, s.nHeads));

    auto pk = m_pipelines.get(
        "train_attn_bwd_dkdv", 8, sizeof(pc), { { 0, s.headDim }, { 1, kvTile.rows }, { 2, kvTile.keys } });
    if (!pk)
        return pk.error();
    const Buffer *kvBufs[] = { &dOut, &q, &k, &v, &lse, &delta, &dk, &dv };
    return m_ctx.dispatch(
        cmd, *pk.value(), kvBufs, &pc, (s.tokens + kvTile.keys - 1) / kvTile.keys, s.nKvHeads);
}

Result<void> TrainAttention::rope(VkCommandBuffer cmd, const Buffer &x, const Buffer &table,
    const RopeShape &s, RopeMode mode, bool inverse)
{
    if (mode == RopeMode::None)
        return {};
    const uint32_t stride = s.rowStride ? s.rowStride : s.heads * s.headDim;
    if (s.tokens == 0 || s.tokens > 65535 || s.heads == 0 || s.headDim == 0 || s.headDim % 2 != 0
        || stride < s.heads * s.headDim)
        return makeError(ErrorCode::Unsupported,
            "training rope: unsupported shape (T " + std::to_string(s.tokens) + ", " + std::to_string(s.heads)
                + " heads, head_dim " + std::to_string(s.headDim) + ", row stride " + std::to_string(stride)
                + ")");
    SB_TRY(needBytes(x, uint64_t(s.tokens - 1) * stride + uint64_t(s.heads) * s.headDim, "rope x"));
    SB_TRY(needBytes(table, uint64_t(s.posBase + s.tokens) * s.headDim, "rope table"));
    const push::RopeBwd pc { s.tokens, s.heads, s.headDim, stride, s.posBase,
        (mode == RopeMode::Interleaved ? 1u : 0u) | (inverse ? 2u : 0u) };
    auto p = m_pipelines.get("rope_bwd", 2, sizeof(pc));
    if (!p)
        return p.error();
    const Buffer *bufs[] = { &x, &table };
    return m_ctx.dispatch(cmd, *p.value(), bufs, &pc, (s.headDim / 2 + 63) / 64, s.heads, s.tokens);
}

Result<void> TrainAttention::ropeForward(
    VkCommandBuffer cmd, const Buffer &x, const Buffer &table, const RopeShape &s, RopeMode mode)
{
    return rope(cmd, x, table, s, mode, false);
}

Result<void> TrainAttention::ropeBackward(
    VkCommandBuffer cmd, const Buffer &x, const Buffer &table, const RopeShape &s, RopeMode mode)
{
    return rope(cmd, x, table, s, mode, true);
}

} // namespace sb
