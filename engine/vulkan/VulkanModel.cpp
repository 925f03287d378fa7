#include "engine/vulkan/VulkanModel.h"

#include <algorithm>
#include <cstring>

namespace sb {

namespace {

std::string mib(uint64_t bytes)
{
    return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MiB";
}

uint64_t partsBytes(std::initializer_list<const TensorView *> parts, bool paired = false)
{
    return deviceWeightBytes(std::span<const TensorView *const>(parts.begin(), parts.size()), paired);
}

} // namespace

std::string VulkanMemoryEstimate::describe() const
{
    return "needs " + mib(totalBytes()) + " (weights " + mib(weightBytes) + ", KV cache " + mib(kvCacheBytes)
        + ", work buffers " + mib(workBytes) + "), device has " + mib(availableBytes);
}

VulkanMemoryEstimate VulkanModel::estimateMemory(
    const VulkanContext &ctx, const ModelWeights &weights, const VulkanModelOptions &options)
{
    const ModelConfig &c = weights.config;
    VulkanMemoryEstimate e;
    e.availableBytes = ctx.deviceLocalBytes();
    e.weightBytes = partsBytes({ &weights.tokenEmbedding }) + uint64_t(c.hiddenSize) * 4;
    if (weights.lmHead.valid())
        e.weightBytes += partsBytes({ &weights.lmHead });
    for (const LayerWeights &l : weights.layers)
        e.weightBytes += partsBytes({ &l.wq, &l.wk, &l.wv, &l.wo, &l.wDown })
            + partsBytes({ &l.wGate, &l.wUp }, true) + uint64_t(c.hiddenSize) * 8;
    const int64_t capacity = std::min(options.contextLength, c.maxPositionEmbeddings);
    e.kvCacheBytes
        = uint64_t(c.numLayers) * 2 * uint64_t(capacity) * uint64_t(c.kvDim()) * (options.kvCacheF16 ? 2 : 4);
    const uint64_t T = uint64_t(std::max<int64_t>(options.maxBatch, 1));
    const uint64_t chunks = (uint64_t(capacity) + kAttentionChunk - 1) / kAttentionChunk;
    e.workBytes = 4
            * (T * uint64_t(2 * c.hiddenSize + c.qDim() + 2 * c.kvDim() + c.qDim() + 3 * c.intermediateSize)
                + uint64_t(c.hiddenSize) + uint64_t(c.numHeads) * chunks * uint64_t(c.headDim + 2)
                + uint64_t(capacity) * uint64_t(c.headDim) + uint64_t(c.vocabSize)
                + VulkanKernels::sampleSlices(uint32_t(c.vocabSize)) * kMaxTopK * 2 + T + 64)
        + uint64_t(std::max(c.hiddenSize, c.intermediateSize) / 32) * 40 * 2 // int8 activation scratch
        + options.stagingBytes;
    return e;
}

Result<std::unique_ptr<VulkanModel>> VulkanModel::create(
    const ModelWeights &weights, const ContextOptions &contextOptions, VulkanModelOptions options)
{
    auto ctx = VulkanContext::create(contextOptions);
    if (!ctx)
        return ctx.error();
    return create(std::shared_ptr<VulkanContext>(std::move(ctx.value())), weights, std::move(options));
}

Result<std::unique_ptr<VulkanModel>> VulkanModel::create(
    std::shared_ptr<VulkanContext> ctx, const ModelWeights &weights, VulkanModelOptions options)
{
    if (!ctx)
        return makeError(ErrorCode::InvalidArgument, "VulkanModel needs a Vulkan context");
    SB_TRY(weights.config.validate());
    const VulkanMemoryEstimate est = estimateMemory(*ctx, weights, options);
    if (!est.fits())
        return makeError(
            ErrorCode::OutOfMemory, "model does not fit on " + ctx->info().name + ": " + est.describe());
    std::unique_ptr<VulkanModel> m(new VulkanModel());
    m->m_ctx = std::move(ctx);
    SB_TRY(m->init(weights, options));
    return m;
}

VulkanModel::~VulkanModel()
{
    if (!m_ctx)
        return;
    m_ctx->destroyRecorded(m_decode);
    if (m_timestamps)
        vkDestroyQueryPool(m_ctx->device(), m_timestamps, nullptr);
    m_kernels.reset();
    destroyWeight(*m_ctx, m_embed);
    destroyWeight(*m_ctx, m_lmHead);
    for (Layer &l : m_layers) {
        destroyWeight(*m_ctx, l.wqkv);
        destroyWeight(*m_ctx, l.wo);
        destroyWeight(*m_ctx, l.wGateUp);
        destroyWeight(*m_ctx, l.wDown);
    }
    for (Buffer *b : m_owned)
        m_ctx->destroyBuffer(*b);
}

Result<void> VulkanModel::allocate(const char *name, Buffer &b, uint64_t bytes, MemoryKind kind)
{
    auto r = m_ctx->createBuffer(std::max<uint64_t>((bytes + 15) & ~uint64_t(15), 16), kind, name);
    if (!r)
        return r.error();
    b = r.value();
    m_owned.push_back(&b);
    return {};
}

Result<void> VulkanModel::init(const ModelWeights &weights, const VulkanModelOptions &options)
{
    m_config = weights.config;
    const ModelConfig &c = m_config;
    if (int64_t(weights.layers.size()) != c.numLayers)
        return makeError(ErrorCode::Format,
            "model has " + std::to_string(weights.layers.size()) + " layers, config says "
                + std::to_string(c.numLayers));
    if (c.headDim > int64_t(kMaxHeadDim) || c.headDim % 2 != 0 || c.numHeads % c.numKvHeads != 0)
        return makeError(ErrorCode::Unsupported,
            "head_dim " + std::to_string(c.headDim) + " with " + std::to_string(c.numHeads) + "/"
                + std::to_string(c.numKvHeads) + " heads is not supported by the Vulkan kernels");
    m_interleaved = weights.qkInterleaved;
    m_capacity = std::min(options.contextLength, c.maxPositionEmbeddings);
    m_maxBatch = std::max<int64_t>(1, options.maxBatch);
    m_maxChunks = uint32_t((m_capacity + kAttentionChunk - 1) / kAttentionChunk);
    m_kvF16 = options.kvCacheF16;
    m_kernels = std::make_unique<VulkanKernels>(
        *m_ctx, options.use16BitStorage, options.subgroups, options.integerDot, options.coopMat);

    const VulkanMemoryEstimate est = estimateMemory(*m_ctx, weights, options);
    StagingUploader up(*m_ctx, est.weightBytes, options.progress);
    SB_TRY(up.init(options.stagingBytes, options.stagingSlots));
    const uint64_t cap = options.maxChunkBytes;
    auto upload = [&](DeviceWeight &dst, const std::string &name,
                      std::initializer_list<const TensorView *> parts, bool paired) -> Result<void> {
        auto w = uploadWeight(
            *m_ctx, up, name, std::span<const TensorView *const>(parts.begin(), parts.size()), paired, cap);
        if (!w)
            return w.error();
        dst = std::move(w.value());
        return {};
    };
    auto floats = [&](Buffer &dst, const TensorView &t) -> Result<void> {
        auto b = uploadFloats(*m_ctx, up, t);
        if (!b)
            return b.error();
        dst = b.value();
        m_owned.push_back(&dst);
        return {};
    };

    SB_TRY(upload(m_embed, "token_embd", { &weights.tokenEmbedding }, false));
    m_tiedHead = !weights.lmHead.valid();
    if (!m_tiedHead)
        SB_TRY(upload(m_lmHead, "lm_head", { &weights.lmHead }, false));
    SB_TRY(floats(m_finalNorm, weights.finalNorm));
    m_layers.resize(size_t(c.numLayers));
    for (int64_t i = 0; i < c.numLayers; ++i) {
        const LayerWeights &lw = weights.layers[size_t(i)];
        Layer &l = m_layers[size_t(i)];
        const std::string p = "blk." + std::to_string(i) + ".";
        l.rope = c.layerUsesRope(i);
        SB_TRY(floats(l.attnNorm, lw.attnNorm));
        SB_TRY(floats(l.ffnNorm, lw.ffnNorm));
        SB_TRY(upload(l.wqkv, p + "attn_qkv", { &lw.wq, &lw.wk, &lw.wv }, false));
        SB_TRY(upload(l.wo, p + "attn_output", { &lw.wo }, false));
        SB_TRY(upload(l.wGateUp, p + "ffn_gate_up", { &lw.wGate, &lw.wUp }, true));
        SB_TRY(upload(l.wDown, p + "ffn_down", { &lw.wDown }, false));
        if (l.wqkv.rows != c.qDim() + 2 * c.kvDim() || l.wqkv.cols != c.hiddenSize
            || l.wo.rows != c.hiddenSize || l.wo.cols != c.qDim() || l.wGateUp.rows != c.intermediateSize
            || l.wGateUp.cols != c.hiddenSize || l.wDown.rows != c.hiddenSize
            || l.wDown.cols != c.intermediateSize)
            return makeError(
                ErrorCode::Format, "layer " + std::to_string(i) + " weights do not match the config");
        const uint64_t kvBytes = uint64_t(m_capacity) * uint64_t(c.kvDim()) * (m_kvF16 ? 2 : 4);
        SB_TRY(allocate("k_cache", l.kCache, kvBytes));
        SB_TRY(allocate("v_cache", l.vCache, kvBytes));
    }
    if (m_embed.rows != c.vocabSize || m_embed.cols != c.hiddenSize || head().rows != c.vocabSize
        || head().cols != c.hiddenSize)
        return makeError(ErrorCode::Format, "embedding/LM head shape does not match the config");

    const uint64_t T = uint64_t(m_maxBatch);
    const uint64_t qkvDim = uint64_t(c.qDim() + 2 * c.kvDim());
    SB_TRY(allocate("x", m_x, T * uint64_t(c.hiddenSize) * 4));
    SB_TRY(allocate("xn", m_xn, T * uint64_t(c.hiddenSize) * 4));
    SB_TRY(allocate("qkv", m_qkv, T * qkvDim * 4));
    SB_TRY(allocate("att", m_att, T * uint64_t(c.qDim()) * 4));
    SB_TRY(allocate("gate_up", m_gateUp, T * uint64_t(c.intermediateSize) * 8));
    SB_TRY(allocate("h", m_h, T * uint64_t(c.intermediateSize) * 4));
    SB_TRY(allocate("last_row", m_lastRow, uint64_t(c.hiddenSize) * 4));
    SB_TRY(allocate("partial", m_partial, uint64_t(c.numHeads) * m_maxChunks * uint64_t(c.headDim + 2) * 4));
    const std::vector<float> table = ropeTable(m_capacity, c.headDim, c.ropeTheta);
    SB_TRY(allocate("rope_table", m_ropeTable, table.size() * 4));
    SB_TRY(up.write(m_ropeTable, 0, table.data(), table.size() * 4));
    SB_TRY(up.flush());
    SB_TRY(allocate("logits", m_logits, uint64_t(c.vocabSize) * 4, MemoryKind::HostVisible));
    SB_TRY(allocate(
        "candidates", m_candidates, VulkanKernels::sampleSlices(uint32_t(c.vocabSize)) * kMaxTopK * 8));
    SB_TRY(allocate("result", m_result, 4, MemoryKind::HostVisible));
    SB_TRY(allocate("step", m_step, sizeof(StepParams), MemoryKind::HostVisible));
    SB_TRY(allocate("tokens", m_tokens, T * 4, MemoryKind::HostVisible));
    if (!m_logits.mapped || !m_result.mapped || !m_step.mapped || !m_tokens.mapped)
        return makeError(
            ErrorCode::Unsupported, "host-visible memory of " + m_ctx->info().name + " cannot be mapped");
    m_logitsHost.resize(size_t(c.vocabSize));

    // The decode step, recorded once. Descriptor sets: one per dispatch.
    uint32_t sets = 16 + 2 * uint32_t(m_embed.chunks.size() + head().chunks.size());
    for (const Layer &l : m_layers)
        sets += 8
            + uint32_t(
                l.wqkv.chunks.size() + l.wo.chunks.size() + l.wGateUp.chunks.size() + l.wDown.chunks.size());
    if (m_ctx->info().timestampsSupported && m_ctx->info().timestampPeriodNs > 0) {
        VkQueryPoolCreateInfo qci { VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO };
        qci.queryType = VK_QUERY_TYPE_TIMESTAMP;
        qci.queryCount = 2;
        if (vkCreateQueryPool(m_ctx->device(), &qci, nullptr, &m_timestamps) != VK_SUCCESS)
            m_timestamps = VK_NULL_HANDLE; // timing is optional
    }
    auto rec = m_ctx->recordReusable(
        [&](VkCommandBuffer cmd) -> Result<void> {
            if (m_timestamps) {
                vkCmdResetQueryPool(cmd, m_timestamps, 0, 2);
                vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, m_timestamps, 0);
            }
            SB_TRY(recordLayers(cmd, 1, true));
            SB_TRY(recordHead(cmd, m_x));
            if (m_timestamps)
                vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, m_timestamps, 1);
            return {};
        },
        sets);
    if (!rec)
        return rec.error();
    m_decode = rec.value();
    return {};
}

Result<void> VulkanModel::recordLayers(VkCommandBuffer cmd, uint32_t T, bool decode)
{
    const ModelConfig &c = m_config;
    VulkanKernels &k = *m_kernels;
    const uint32_t dim = uint32_t(c.hiddenSize), qDim = uint32_t(c.qDim()), kvDim = uint32_t(c.kvDim());
    const uint32_t qkvDim = qDim + 2 * kvDim, ffn = uint32_t(c.intermediateSize), hd = uint32_t(c.headDim);
    const uint32_t nH = uint32_t(c.numHeads), nKv = uint32_t(c.numKvHeads);
    const float eps = float(c.rmsNormEps);
    auto barrier = [&] { VulkanContext::computeBarrier(cmd); };

    SB_TRY(k.embed(cmd, m_embed, m_tokens, T, m_x));
    barrier();
    for (const Layer &l : m_layers) {
        // Decode fuses each RMSNorm into the matvec that consumes it; prefill normalises once.
        if (decode) {
            SB_TRY(k.matvec(cmd, l.wqkv, m_x, m_qkv, MatMode::Store, &l.attnNorm, eps));
        } else {
            SB_TRY(k.rmsNorm(cmd, m_x, l.attnNorm, m_xn, T, dim, eps));
            barrier();
            SB_TRY(k.matmul(cmd, l.wqkv, m_xn, T, m_qkv, qkvDim, MatMode::Store));
        }
        barrier();
        if (l.rope) { // NoPE layers skip the dispatch altogether
            SB_TRY(k.rope(cmd, m_qkv, m_ropeTable, m_step, T, nH + nKv, hd, qkvDim, m_interleaved, false));
            barrier();
        }
        SB_TRY(
            k.kvStore(cmd, m_qkv, l.kCache, l.vCache, m_step, T, kvDim, qkvDim, qDim, qDim + kvDim, m_kvF16));
        barrier();
        if (decode)
            SB_TRY(k.attentionDecode(
                cmd, m_qkv, l.kCache, l.vCache, m_partial, m_att, m_step, nH, nKv, hd, m_maxChunks, m_kvF16));
        else
            SB_TRY(k.attentionPrefill(
                cmd, m_qkv, l.kCache, l.vCache, m_att, m_step, T, nH, nKv, hd, qkvDim, qDim, m_kvF16));
        barrier();
        if (decode)
            SB_TRY(k.matvec(cmd, l.wo, m_att, m_x, MatMode::Accumulate));
        else
            SB_TRY(k.matmul(cmd, l.wo, m_att, T, m_x, dim, MatMode::Accumulate));
        barrier();
        if (decode) {
            SB_TRY(k.matvec(cmd, l.wGateUp, m_x, m_h, MatMode::SwiGlu, &l.ffnNorm, eps));
        } else {
            SB_TRY(k.rmsNorm(cmd, m_x, l.ffnNorm, m_xn, T, dim, eps));
            barrier();
            SB_TRY(k.matmul(cmd, l.wGateUp, m_xn, T, m_gateUp, 2 * ffn, MatMode::SwiGlu));
            barrier();
            SB_TRY(k.swiglu(cmd, m_gateUp, m_h, T, ffn));
        }
        barrier();
        if (decode)
            SB_TRY(k.matvec(cmd, l.wDown, m_h, m_x, MatMode::Accumulate));
        else
            SB_TRY(k.matmul(cmd, l.wDown, m_h, T, m_x, dim, MatMode::Accumulate));
        barrier();
    }
    return {};
}

Result<void> VulkanModel::recordHead(VkCommandBuffer cmd, const Buffer &lastRow)
{
    SB_TRY(m_kernels->matvec(
        cmd, head(), lastRow, m_logits, MatMode::Store, &m_finalNorm, float(m_config.rmsNormEps)));
    VulkanContext::computeBarrier(cmd);
    return m_kernels->sample(cmd, m_logits, m_candidates, m_result, m_step, uint32_t(m_config.vocabSize));
}

void VulkanModel::writeStep(int64_t posBase, int64_t count, const DeviceSampling &sampling)
{
    StepParams s;
    s.posBase = uint32_t(posBase);
    s.kvLen = uint32_t(posBase + count);
    s.randomU = sampling.randomU;
    s.temperature = sampling.temperature;
    s.topK = uint32_t(std::clamp<int>(sampling.topK, 1, int(kMaxTopK)));
    std::memcpy(m_step.mapped, &s, sizeof(s));
}

void VulkanModel::truncate(int64_t length)
{
    if (length < m_cached)
        m_cached = std::max<int64_t>(length, 0);
}

Result<void> VulkanModel::run(
    std::span<const int32_t> tokens, int64_t startPos, const DeviceSampling &sampling)
{
    const int64_t T = int64_t(tokens.size());
    if (T == 0)
        return makeError(ErrorCode::InvalidArgument, "forward needs at least one token");
    if (startPos < 0 || startPos > m_cached)
        return makeError(ErrorCode::InvalidArgument,
            "start position " + std::to_string(startPos) + " is outside the " + std::to_string(m_cached)
                + " cached positions");
    if (startPos + T > m_capacity)
        return makeError(ErrorCode::InvalidArgument,
            std::to_string(T) + " tokens at position " + std::to_string(startPos)
                + " do not fit the context of " + std::to_string(m_capacity) + " tokens");
    for (int64_t t = 0; t < T; ++t) {
        const int32_t id = tokens[size_t(t)];
        if (id < 0 || id >= m_config.vocabSize)
            return makeError(ErrorCode::InvalidArgument,
                "token id " + std::to_string(id) + " at index " + std::to_string(t)
                    + " is outside the vocabulary of " + std::to_string(m_config.vocabSize));
    }
    m_cached = startPos;
    for (int64_t off = 0; off < T; off += m_maxBatch) {
        const int64_t n = std::min(m_maxBatch, T - off);
        const bool last = off + n == T;
        const int64_t pos = startPos + off;
        auto *ids = static_cast<uint32_t *>(m_tokens.mapped);
        for (int64_t i = 0; i < n; ++i)
            ids[i] = uint32_t(tokens[size_t(off + i)]);
        writeStep(pos, n, sampling);
        Result<void> r;
        if (n == 1) {
            r = m_ctx->submitRecorded(m_decode);
            uint64_t ts[2] = { 0, 0 };
            if (r && m_timestamps
                && vkGetQueryPoolResults(m_ctx->device(), m_timestamps, 0, 2, sizeof ts, ts, sizeof(uint64_t),
                       VK_QUERY_RESULT_64_BIT)
                    == VK_SUCCESS
                && ts[1] > ts[0])
                m_lastDecodeGpuSeconds = double(ts[1] - ts[0]) * m_ctx->info().timestampPeriodNs * 1e-9;
        } else {
            r = m_ctx->submitAndWait([&](VkCommandBuffer cmd) -> Result<void> {
                SB_TRY(recordLayers(cmd, uint32_t(n), false));
                if (!last)
                    return {};
                VkBufferCopy region { uint64_t(n - 1) * uint64_t(m_config.hiddenSize) * 4, 0,
                    uint64_t(m_config.hiddenSize) * 4 };
                vkCmdCopyBuffer(cmd, m_x.buffer, m_lastRow.buffer, 1, &region);
                VulkanContext::computeBarrier(cmd);
                return recordHead(cmd, m_lastRow);
            });
        }
        if (!r)
            return r; // positions before `pos` stay valid
        m_cached = pos + n;
    }
    return {};
}

Result<std::span<const float>> VulkanModel::forward(std::span<const int32_t> tokens, int64_t startPos)
{
    SB_TRY(run(tokens, startPos, DeviceSampling {}));
    std::memcpy(m_logitsHost.data(), m_logits.mapped, m_logitsHost.size() * sizeof(float));
    return std::span<const float>(m_logitsHost);
}

Result<int32_t> VulkanModel::forwardSample(
    std::span<const int32_t> tokens, int64_t startPos, const DeviceSampling &sampling)
{
    SB_TRY(run(tokens, startPos, sampling));
    uint32_t id = 0;
    std::memcpy(&id, m_result.mapped, sizeof(id));
    if (id >= uint32_t(m_config.vocabSize))
        return makeError(ErrorCode::Internal, "device sampling returned token id " + std::to_string(id));
    return int32_t(id);
}

std::string VulkanModel::kernelPaths() const
{
    const CoopMatShape &cm = m_ctx->info().coopMatF16;
    return std::string("subgroups ") + (usesSubgroups() ? "on" : "off") + ", int8 dot "
        + (usesIntegerDot() ? "on" : "off") + ", cooperative matrix "
        + (usesCoopMat() ? std::to_string(cm.m) + "x" + std::to_string(cm.n) + "x" + std::to_string(cm.k)
                         : "off");
}

uint64_t VulkanModel::weightBytes() const
{
    uint64_t n = m_embed.bytes() + m_lmHead.bytes();
    for (const Layer &l : m_layers)
        n += l.wqkv.bytes() + l.wo.bytes() + l.wGateUp.bytes() + l.wDown.bytes();
    return n;
}

uint64_t VulkanModel::weightBytesPerToken() const
{
    uint64_t n = head().bytes() + m_embed.rowBytes;
    for (const Layer &l : m_layers)
        n += l.wqkv.bytes() + l.wo.bytes() + l.wGateUp.bytes() + l.wDown.bytes();
    return n;
}

} // namespace sb
