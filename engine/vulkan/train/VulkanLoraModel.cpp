#include "engine/vulkan/train/VulkanLoraModel.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <string>

#include "engine/lora/LoraDropout.h"
#include "engine/model/WeightCheck.h"
#include "engine/sampling/Rng.h"
#include "engine/vulkan/train/VulkanLoraInternal.h"

namespace sb::vklora {

void hostBarrier(VkCommandBuffer cmd)
{
    VkMemoryBarrier b { VK_STRUCTURE_TYPE_MEMORY_BARRIER };
    b.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT;
    b.dstAccessMask = VK_ACCESS_HOST_READ_BIT;
    vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
        VK_PIPELINE_STAGE_HOST_BIT, 0, 1, &b, 0, nullptr, 0, nullptr);
}

void copy(VkCommandBuffer cmd, const Buffer &src, const Buffer &dst, uint64_t bytes, uint64_t srcOff,
    uint64_t dstOff)
{
    const VkBufferCopy region { srcOff, dstOff, bytes };
    vkCmdCopyBuffer(cmd, src.buffer, dst.buffer, 1, &region);
}

} // namespace sb::vklora

namespace sb {

using namespace vklora;

namespace {
constexpr uint64_t kStagingBytes = 16ull << 20;
} // namespace

VulkanLoraModel::~VulkanLoraModel()
{
    if (!m_ctx)
        return;
    for (Buffer *b : m_owned)
        if (b->valid())
            m_ctx->destroyBuffer(*b);
    releaseActivations();
    for (auto &l : m_layers)
        if (l) {
            m_ctx->destroyBuffer(l->attnNorm);
            m_ctx->destroyBuffer(l->ffnNorm);
            for (DeviceWeight &w : l->w)
                destroyWeight(*m_ctx, w);
        }
    destroyWeight(*m_ctx, m_embed);
    destroyWeight(*m_ctx, m_lmHead);
    if (m_finalNorm.valid())
        m_ctx->destroyBuffer(m_finalNorm);
    m_attention.reset();
    m_train.reset();
    m_kernels.reset();
}

std::string VulkanLoraMemoryEstimate::describe() const
{
    const auto mib = [](uint64_t b) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f MiB", double(b) / 1048576.0);
        return std::string(text);
    };
    return "needs " + mib(totalBytes()) + " (weights " + mib(weightBytes) + ", activations "
        + mib(activationBytes) + ", work buffers " + mib(workBytes) + "), device has " + mib(availableBytes);
}

namespace {

// Activation and work bytes of a training step (mirrors VulkanLoraModel::prepare's allocations,
// kept in step by TestVulkanLora::memoryEstimateMatchesAllocation).
void trainingBytes(const VulkanContext &ctx, const ModelConfig &c, const LoraConfig &lora, int64_t tokens,
    bool checkpoint, const VulkanLoraOptions &options, VulkanLoraMemoryEstimate &e)
{
    const uint64_t L = uint64_t(c.numLayers), dim = uint64_t(c.hiddenSize),
                   ffn = uint64_t(c.intermediateSize);
    const uint64_t qDim = uint64_t(c.qDim()), kvDim = uint64_t(c.kvDim()), H = uint64_t(c.numHeads);
    const uint64_t V = uint64_t(c.vocabSize), T = uint64_t(std::max<int64_t>(tokens, 1));
    const uint64_t cap = std::max<uint64_t>(T, 16), t4 = cap * 4;
    const uint64_t rank = uint64_t(std::max<int64_t>(lora.rank, 1));
    // TrainAttention's documented shape rule (its supports() also checks the device's shared memory).
    const bool flash = c.headDim % 4 == 0 && c.headDim <= int64_t(kMaxHeadDim);
    const uint64_t saved = flash ? t4 * H : t4 * H * cap;
    uint64_t params = 0, masks = 0, maxIn = 1;
    for (LoraTarget t : lora.targets) {
        const auto [out, in] = loraTargetShape(c, t);
        params += L * rank * uint64_t(in + out);
        maxIn = std::max(maxIn, uint64_t(in));
        if (lora.dropout > 0.0)
            masks += L * ((T * uint64_t(in) + 31) / 32) * 4;
    }
    const uint64_t actSet
        = t4 * (1 + dim + qDim + 2 * kvDim + qDim + dim + 1 + dim + 3 * ffn + rank * kLoraTargetCount)
        + saved;
    e.activationBytes = (L + 1) * t4 * dim + (checkpoint ? 1 : L) * actSet;
    const uint64_t maxRange = ctx.info().maxStorageBufferRange;
    const uint64_t chunkRows = std::min({ T, uint64_t(std::max<int64_t>(1, options.maxLogitRows)),
        std::max<uint64_t>(1, maxRange / (V * 4)) });
    e.workBytes = t4 * (4 * dim + 3 * ffn + 2 * qDim + 2 * kvDim + rank + 2 * dim + 1 + 4) + saved
        + cap * uint64_t(c.headDim) * 4 + 2 * t4 * maxIn + chunkRows * V * 4
        + (chunkRows < T ? 2 * chunkRows * dim * 4 : 0) + 4 * params * 4 + masks;
}

} // namespace

VulkanLoraMemoryEstimate VulkanLoraModel::estimateMemory(const VulkanContext &ctx,
    const ModelWeights &weights, const LoraConfig &lora, int64_t tokens, bool checkpoint,
    const VulkanLoraOptions &options)
{
    const ModelConfig &c = weights.config;
    VulkanLoraMemoryEstimate e;
    e.availableBytes = ctx.deviceLocalBytes();
    const auto bytesOf = [](const TensorView &t) {
        const TensorView *parts[] = { &t };
        return deviceWeightBytes(parts);
    };
    e.weightBytes = bytesOf(weights.tokenEmbedding) + (weights.lmHead.valid() ? bytesOf(weights.lmHead) : 0);
    for (const LayerWeights &l : weights.layers)
        for (const TensorView *t : { &l.wq, &l.wk, &l.wv, &l.wo, &l.wGate, &l.wUp, &l.wDown })
            e.weightBytes += bytesOf(*t);
    trainingBytes(ctx, c, lora, tokens, checkpoint, options, e);
    return e;
}

Result<std::unique_ptr<VulkanLoraModel>> VulkanLoraModel::create(
    std::shared_ptr<VulkanContext> ctx, const ModelWeights &weights, VulkanLoraOptions options)
{
    if (!ctx)
        return makeError(ErrorCode::NoDevice, "Vulkan LoRA training needs a Vulkan context");
    SB_TRY(checkCpuModelWeights(weights));
    const VulkanLoraMemoryEstimate est = estimateMemory(*ctx, weights, LoraConfig {}, 1, true, options);
    if (est.weightBytes > est.availableBytes)
        return makeError(ErrorCode::OutOfMemory,
            "model does not fit on " + ctx->info().name + " for training: " + est.describe());
    std::unique_ptr<VulkanLoraModel> m(new VulkanLoraModel());
    m->m_ctx = std::move(ctx);
    SB_TRY(m->init(weights, options));
    return m;
}

Result<std::unique_ptr<LoraCompute>> createVulkanLoraCompute(
    const ModelWeights &weights, const ContextOptions &context, VulkanLoraOptions options)
{
    auto ctx = VulkanContext::create(context);
    if (!ctx)
        return makeError(ErrorCode::NoDevice,
            "no Vulkan device for LoRA training (" + ctx.error().toString() + "); use the CPU backend");
    auto m
        = VulkanLoraModel::create(std::shared_ptr<VulkanContext>(std::move(ctx.value())), weights, options);
    if (!m)
        return m.error();
    return std::unique_ptr<LoraCompute>(std::move(m.value()));
}

void VulkanLoraModel::releaseActivations()
{
    for (Buffer &b : m_xs)
        m_ctx->destroyBuffer(b);
    m_xs.clear();
    for (auto &a : m_acts)
        for (Buffer *b : a->all())
            m_ctx->destroyBuffer(*b);
    m_acts.clear();
    m_capacity = 0;
    m_rankCapacity = 0;
}

Result<void> VulkanLoraModel::ensure(Buffer &b, uint64_t bytes, const char *name, MemoryKind kind)
{
    bytes = std::max<uint64_t>((bytes + 15) & ~uint64_t(15), 16);
    if (b.valid() && b.size >= bytes)
        return {};
    if (b.valid())
        m_ctx->destroyBuffer(b);
    auto r = m_ctx->createBuffer(bytes, kind, name);
    if (!r)
        return r.error();
    b = r.value();
    if (kind == MemoryKind::HostVisible && !b.mapped)
        return makeError(
            ErrorCode::Unsupported, "host-visible memory of " + m_ctx->info().name + " cannot be mapped");
    if (std::find(m_owned.begin(), m_owned.end(), &b) == m_owned.end())
        m_owned.push_back(&b);
    return {};
}

uint64_t VulkanLoraModel::weightBytes() const
{
    uint64_t n = m_embed.bytes() + (m_tiedHead ? 0 : m_lmHead.bytes());
    for (const auto &l : m_layers)
        for (const DeviceWeight &w : l->w)
            n += w.bytes();
    return n;
}

uint64_t VulkanLoraModel::workBytes() const
{
    uint64_t n = 0;
    for (const Buffer *b : m_owned)
        n += b->size;
    for (const Buffer &b : m_xs)
        n += b.size;
    for (const auto &a : m_acts)
        for (const Buffer *b : const_cast<Acts &>(*a).all())
            n += b->size;
    return n;
}

Result<void> VulkanLoraModel::init(const ModelWeights &weights, const VulkanLoraOptions &options)
{
    m_config = weights.config;
    const ModelConfig &c = m_config;
    m_interleaved = weights.qkInterleaved;
    m_maxLogitRows = std::max<int64_t>(1, options.maxLogitRows);
    m_name = "Vulkan: " + m_ctx->info().name;
    if (c.headDim % 2 != 0 || c.numKvHeads == 0 || c.numHeads % c.numKvHeads != 0)
        return makeError(ErrorCode::Unsupported,
            "head_dim " + std::to_string(c.headDim) + " with " + std::to_string(c.numHeads) + "/"
                + std::to_string(c.numKvHeads) + " heads is not supported by the Vulkan training kernels");
    // Training keeps fp32 matmuls: its gradients are held to the CPU reference within 1e-4.
    m_kernels = std::make_unique<VulkanKernels>(*m_ctx, options.use16BitStorage, SubgroupUse::GpusOnly,
        IntegerDotUse::WhenAccelerated, CoopMatUse::Never);
    m_train = std::make_unique<TrainKernels>(*m_ctx);
    m_attention = std::make_unique<TrainAttention>(*m_ctx);
    m_flashAttention
        = m_attention->supports({ 1, uint32_t(c.numHeads), uint32_t(c.numKvHeads), uint32_t(c.headDim) });

    StagingUploader up(*m_ctx, 0, {});
    SB_TRY(up.init(kStagingBytes));
    auto upload = [&](DeviceWeight &dst, const TensorView &t) -> Result<void> {
        const TensorView *parts[] = { &t };
        auto w = uploadWeight(*m_ctx, up, t.name, parts, false, options.maxChunkBytes);
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
        return {};
    };
    SB_TRY(upload(m_embed, weights.tokenEmbedding));
    m_tiedHead = !weights.lmHead.valid();
    if (!m_tiedHead)
        SB_TRY(upload(m_lmHead, weights.lmHead));
    SB_TRY(floats(m_finalNorm, weights.finalNorm));
    for (int64_t i = 0; i < c.numLayers; ++i) {
        const LayerWeights &lw = weights.layers[sz(i)];
        auto l = std::make_unique<Layer>();
        l->rope = c.layerUsesRope(i);
        SB_TRY(floats(l->attnNorm, lw.attnNorm));
        SB_TRY(floats(l->ffnNorm, lw.ffnNorm));
        const TensorView *views[kLoraTargetCount]
            = { &lw.wq, &lw.wk, &lw.wv, &lw.wo, &lw.wGate, &lw.wUp, &lw.wDown };
        for (int t = 0; t < kLoraTargetCount; ++t)
            SB_TRY(upload(l->w[sz(t)], *views[t]));
        m_layers.push_back(std::move(l));
    }
    return up.flush();
}

namespace {

Result<void> checkSequence(const ModelConfig &c, const LoraAdapter &adapter, std::span<const int32_t> tokens)
{
    if (tokens.empty())
        return makeError(ErrorCode::InvalidArgument, "a training sequence needs at least one token");
    if (static_cast<int64_t>(tokens.size()) > c.maxPositionEmbeddings)
        return makeError(ErrorCode::InvalidArgument,
            "sequence of " + std::to_string(tokens.size()) + " tokens exceeds max_position_embeddings");
    for (size_t t = 0; t < tokens.size(); ++t)
        if (tokens[t] < 0 || tokens[t] >= c.vocabSize)
            return makeError(ErrorCode::InvalidArgument,
                "token id " + std::to_string(tokens[t]) + " at index " + std::to_string(t)
                    + " is outside the vocabulary");
    if (static_cast<int64_t>(adapter.layers.size()) != c.numLayers)
        return makeError(ErrorCode::InvalidArgument,
            "adapter has " + std::to_string(adapter.layers.size()) + " layers, the model "
                + std::to_string(c.numLayers));
    for (int64_t l = 0; l < c.numLayers; ++l)
        for (int ti = 0; ti < kLoraTargetCount; ++ti) {
            const LoraPair &p = adapter.pair(l, static_cast<LoraTarget>(ti));
            if (!p.enabled())
                continue;
            const auto [out, in] = loraTargetShape(c, static_cast<LoraTarget>(ti));
            if (p.in != in || p.out != out || p.a.size() != sz(p.rank * in) || p.b.size() != sz(out * p.rank))
                return makeError(ErrorCode::InvalidArgument,
                    "adapter tensor layers." + std::to_string(l) + "."
                        + loraTargetName(static_cast<LoraTarget>(ti)) + " does not match the model's shape");
        }
    return {};
}

} // namespace

// Lays out the adapter, grows the buffers to the sequence, writes tokens/targets/masks/params.
Result<void> VulkanLoraModel::prepare(const LoraAdapter &adapter, std::span<const int32_t> tokens,
    std::span<const int32_t> targets, bool training, uint64_t dropoutSeed, bool checkpoint, Run &run)
{
    const ModelConfig &c = m_config;
    const int64_t T = int64_t(tokens.size()), L = c.numLayers, dim = c.hiddenSize, V = c.vocabSize;
    const int64_t H = c.numHeads, qDim = c.qDim(), kvDim = c.kvDim(), ffn = c.intermediateSize;
    run.T = uint32_t(T);
    run.training = training;
    run.checkpoint = checkpoint;
    run.scale = adapter.config.scale();
    run.dropout = training && adapter.config.dropout > 0.0;
    run.keep = static_cast<float>(1.0 / (1.0 - adapter.config.dropout));

    // Adapter layout: A then B of each enabled (layer, target), in forEachTensor order.
    run.pairs.assign(sz(L), {});
    uint64_t floats = 0, maskWords = 0;
    int64_t rank = 1, maxIn = 1;
    for (int64_t l = 0; l < L; ++l)
        for (int t = 0; t < kLoraTargetCount; ++t) {
            const LoraPair &p = adapter.pair(l, static_cast<LoraTarget>(t));
            Run::Pair &q = run.pairs[sz(l)][sz(t)];
            if (!p.enabled())
                continue;
            q.enabled = true;
            q.rank = uint32_t(p.rank);
            q.in = uint32_t(p.in);
            q.out = uint32_t(p.out);
            q.offA = uint32_t(floats);
            floats += p.a.size();
            q.offB = uint32_t(floats);
            floats += p.b.size();
            rank = std::max(rank, p.rank);
            maxIn = std::max(maxIn, p.in);
            q.maskWord = uint32_t(maskWords);
            if (run.dropout)
                maskWords += (uint64_t(T * p.in) + 31) / 32;
        }
    if (floats >= (1ull << 32) / 4)
        return makeError(
            ErrorCode::Unsupported, "adapter of " + std::to_string(floats) + " parameters is too large");
    run.paramFloats = floats;

    const int64_t maxRange = int64_t(m_ctx->info().maxStorageBufferRange);
    run.chunkRows = std::min({ T, m_maxLogitRows, std::max<int64_t>(1, maxRange / (V * 4)) });
    run.chunks = (T + run.chunkRows - 1) / run.chunkRows;

    // Grow the per-token buffers (all activations are recreated together).
    const int64_t needActs = (checkpoint || !training) ? 1 : L;
    if (T > m_capacity || rank > m_rankCapacity || int64_t(m_acts.size()) < needActs) {
        auto grown = [&]() -> Result<void> {
            // Refuse up front, with the figures, rather than failing in the middle of the growth.
            VulkanLoraMemoryEstimate est;
            est.availableBytes = m_ctx->deviceLocalBytes();
            est.weightBytes = weightBytes();
            trainingBytes(*m_ctx, c, adapter.config, T, checkpoint || !training,
                VulkanLoraOptions { 0, m_maxLogitRows }, est);
            if (!est.fits())
                return makeError(ErrorCode::OutOfMemory,
                    "training " + std::to_string(T) + " tokens on " + m_ctx->info().name + ": "
                        + est.describe());
            const int64_t cap = std::max<int64_t>({ T, m_capacity, 16 });
            const int64_t rcap = std::max(rank, m_rankCapacity);
            const uint64_t t4 = uint64_t(cap) * 4;
            if (T > m_capacity || rank > m_rankCapacity)
                releaseActivations();
            m_capacity = cap;
            m_rankCapacity = rcap;
            while (int64_t(m_xs.size()) < L + 1) {
                auto b = m_ctx->createBuffer(t4 * uint64_t(dim), MemoryKind::DeviceLocal, "layer_input");
                if (!b)
                    return b.error();
                m_xs.push_back(b.value());
            }
            const uint64_t savedBytes
                = m_flashAttention ? t4 * uint64_t(H) : t4 * uint64_t(H) * uint64_t(cap);
            while (int64_t(m_acts.size()) < needActs) {
                auto a = std::make_unique<Acts>();
                const std::pair<Buffer *, uint64_t> bufs[] = { { &a->rstd1, t4 }, { &a->xn1, t4 * dim },
                    { &a->q, t4 * qDim }, { &a->k, t4 * kvDim }, { &a->v, t4 * kvDim },
                    { &a->att, t4 * qDim }, { &a->attnSaved, savedBytes }, { &a->h, t4 * dim },
                    { &a->rstd2, t4 }, { &a->xn2, t4 * dim }, { &a->g, t4 * ffn }, { &a->u, t4 * ffn },
                    { &a->s, t4 * ffn }, { &a->mid, t4 * uint64_t(rcap) * kLoraTargetCount } };
                for (const auto &[b, bytes] : bufs) {
                    auto r = m_ctx->createBuffer(bytes, MemoryKind::DeviceLocal, "activation");
                    if (!r) {
                        for (const auto &[b2, n2] : bufs)
                            if (b2->valid())
                                m_ctx->destroyBuffer(*b2);
                        return r.error();
                    }
                    *b = r.value();
                }
                m_acts.push_back(std::move(a));
            }
            SB_TRY(ensure(m_dX, t4 * dim, "dX"));
            SB_TRY(ensure(m_dH, t4 * dim, "dH"));
            SB_TRY(ensure(m_dXn, t4 * dim, "dXn"));
            SB_TRY(ensure(m_proj, t4 * dim, "proj"));
            SB_TRY(ensure(m_dS, t4 * ffn, "dS"));
            SB_TRY(ensure(m_dG, t4 * ffn, "dG"));
            SB_TRY(ensure(m_dU, t4 * ffn, "dU"));
            SB_TRY(ensure(m_dAtt, t4 * qDim, "dAtt"));
            SB_TRY(ensure(m_dq, t4 * qDim, "dq"));
            SB_TRY(ensure(m_dk, t4 * kvDim, "dk"));
            SB_TRY(ensure(m_dv, t4 * kvDim, "dv"));
            SB_TRY(ensure(m_attnScratch, savedBytes, "attention_scratch"));
            SB_TRY(ensure(m_dMid, t4 * rcap, "dMid"));
            SB_TRY(ensure(m_xf, t4 * dim, "xf"));
            SB_TRY(ensure(m_rstdF, t4, "rstd_final"));
            SB_TRY(ensure(m_dXf, t4 * dim, "dXf"));
            SB_TRY(ensure(m_tokens, t4, "tokens", MemoryKind::HostVisible));
            SB_TRY(ensure(m_targets, t4, "targets", MemoryKind::HostVisible));
            SB_TRY(ensure(m_losses, t4, "losses"));
            SB_TRY(ensure(m_lossesHost, t4, "losses_host", MemoryKind::HostVisible));
            const std::vector<float> table = ropeTable(cap, c.headDim, c.ropeTheta);
            SB_TRY(ensure(m_ropeTable, table.size() * 4, "rope_table"));
            SB_TRY(m_ctx->upload(m_ropeTable, table.data(), table.size() * 4));
            return {};
        }();
        if (!grown) {
            // Leave nothing half-sized behind: the next call starts the growth again.
            releaseActivations();
            Error e = grown.error();
            if (e.code == ErrorCode::OutOfMemory)
                e.message += "; training " + std::to_string(T)
                    + " tokens needs less memory with checkpointing or a "
                      "shorter sequence";
            return e;
        }
    }
    const uint64_t t4 = uint64_t(m_capacity) * 4;
    SB_TRY(ensure(m_loraIn, t4 * uint64_t(maxIn), "lora_in"));
    SB_TRY(ensure(m_dLoraIn, t4 * uint64_t(maxIn), "dLoraIn"));
    const uint64_t chunkBytes = uint64_t(run.chunkRows) * 4;
    SB_TRY(ensure(m_logits, chunkBytes * uint64_t(V), "logits"));
    if (run.chunks > 1) {
        SB_TRY(ensure(m_xfChunk, chunkBytes * uint64_t(dim), "xf_chunk"));
        SB_TRY(ensure(m_dXfChunk, chunkBytes * uint64_t(dim), "dXf_chunk"));
    }
    SB_TRY(ensure(m_params, floats * 4, "lora_params"));
    SB_TRY(ensure(m_paramsHost, floats * 4, "lora_params_host", MemoryKind::HostVisible));
    if (training) {
        SB_TRY(ensure(m_grads, floats * 4, "lora_grads"));
        SB_TRY(ensure(m_gradsHost, floats * 4, "lora_grads_host", MemoryKind::HostVisible));
    }
    SB_TRY(ensure(m_masks, std::max<uint64_t>(maskWords, 1) * 4, "dropout_masks", MemoryKind::HostVisible));

    // Inputs straight into host-visible memory (read before the next step rewrites them).
    std::memcpy(m_tokens.mapped, tokens.data(), tokens.size() * 4);
    if (!targets.empty())
        std::memcpy(m_targets.mapped, targets.data(), targets.size() * 4);
    float *params = static_cast<float *>(m_paramsHost.mapped);
    for (int64_t l = 0; l < L; ++l)
        for (int t = 0; t < kLoraTargetCount; ++t) {
            const Run::Pair &q = run.pair(l, t);
            if (!q.enabled)
                continue;
            const LoraPair &p = adapter.pair(l, static_cast<LoraTarget>(t));
            std::memcpy(params + q.offA, p.a.data(), p.a.size() * 4);
            std::memcpy(params + q.offB, p.b.data(), p.b.size() * 4);
            if (run.dropout) {
                // The same draws as the CPU reference (lora/LoraDropout.h), packed as keep bits.
                uint32_t *mask = static_cast<uint32_t *>(m_masks.mapped) + q.maskWord;
                const uint64_t n = uint64_t(T) * q.in;
                std::memset(mask, 0, ((n + 31) / 32) * 4);
                Rng rng(loraDropoutSeed(dropoutSeed, l, t));
                for (uint64_t i = 0; i < n; ++i)
                    if (!loraDropNext(rng, adapter.config.dropout))
                        mask[i / 32] |= 1u << (i % 32);
            }
        }
    return {};
}

Result<LoraStepResult> VulkanLoraModel::step(const LoraAdapter &adapter, std::span<const int32_t> tokens,
    std::span<const int32_t> targets, LoraAdapter *grads, float gradScale, uint64_t dropoutSeed,
    bool checkpoint)
{
    const ModelConfig &c = m_config;
    SB_TRY(checkSequence(c, adapter, tokens));
    if (targets.size() != tokens.size())
        return makeError(ErrorCode::InvalidArgument, "targets and tokens differ in length");
    for (int32_t t : targets)
        if (t >= c.vocabSize)
            return makeError(
                ErrorCode::InvalidArgument, "target id " + std::to_string(t) + " is outside the vocabulary");
    const bool training = grads != nullptr;
    Run run;
    run.targetsValid = true;
    SB_TRY(prepare(adapter, tokens, targets, training, dropoutSeed, checkpoint, run));
    const int64_t L = c.numLayers;
    const uint32_t T = run.T, dim = uint32_t(c.hiddenSize);

    auto rec = m_ctx->recordReusable(
        [&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(recordForward(cmd, run));
            for (int64_t ch = 0; ch < run.chunks; ++ch)
                SB_TRY(recordHeadChunk(cmd, run, ch, training, gradScale));
            VulkanContext::computeBarrier(cmd);
            if (training) {
                TrainKernels::zero(cmd, m_dX, 0, uint64_t(T) * dim * 4);
                VulkanContext::computeBarrier(cmd);
                SB_TRY(m_train->rmsNormBackward(cmd, m_dX, m_dXf, m_xs[sz(L)], m_finalNorm, m_rstdF, T, dim));
                VulkanContext::computeBarrier(cmd);
                for (int64_t l = L - 1; l >= 0; --l) {
                    Acts &a = *m_acts[run.sharedActs() ? 0 : sz(l)];
                    // Checkpointing: the shared set holds the last layer's activations; recompute
                    // the others from their saved inputs (the output is not needed again).
                    if (run.sharedActs() && l != L - 1)
                        SB_TRY(recordLayerForward(cmd, run, l, a, m_proj));
                    SB_TRY(recordLayerBackward(cmd, run, l, a));
                }
                if (run.paramFloats > 0)
                    copy(cmd, m_grads, m_gradsHost, run.paramFloats * 4);
            }
            copy(cmd, m_losses, m_lossesHost, uint64_t(T) * 4);
            hostBarrier(cmd);
            return {};
        },
        uint32_t(L * 400 + run.chunks * 16 + 64));
    if (!rec)
        return rec.error();
    Result<void> done = m_ctx->submitRecorded(rec.value());
    m_ctx->destroyRecorded(rec.value());
    SB_TRY(done);

    LoraStepResult r;
    const float *losses = static_cast<const float *>(m_lossesHost.mapped);
    for (size_t t = 0; t < targets.size(); ++t)
        if (targets[t] >= 0) {
            r.lossSum += losses[t];
            ++r.targets;
        }
    if (training) {
        const float *g = static_cast<const float *>(m_gradsHost.mapped);
        for (int64_t l = 0; l < L; ++l)
            for (int t = 0; t < kLoraTargetCount; ++t) {
                const Run::Pair &q = run.pair(l, t);
                if (!q.enabled)
                    continue;
                LoraPair &gp = grads->pair(l, static_cast<LoraTarget>(t));
                if (gp.a.size() != sz(int64_t(q.rank) * q.in) || gp.b.size() != sz(int64_t(q.out) * q.rank))
                    return makeError(
                        ErrorCode::InvalidArgument, "gradient buffers do not match the adapter's shapes");
                for (size_t i = 0; i < gp.a.size(); ++i)
                    gp.a[i] += g[q.offA + i];
                for (size_t i = 0; i < gp.b.size(); ++i)
                    gp.b[i] += g[q.offB + i];
            }
    }
    return r;
}

Result<std::vector<float>> VulkanLoraModel::logits(
    const LoraAdapter &adapter, std::span<const int32_t> tokens)
{
    const ModelConfig &c = m_config;
    SB_TRY(checkSequence(c, adapter, tokens));
    Run run;
    SB_TRY(prepare(adapter, tokens, {}, false, 0, false, run));
    const int64_t V = c.vocabSize;
    SB_TRY(ensure(
        m_logitsHost, uint64_t(run.chunkRows) * uint64_t(V) * 4, "logits_host", MemoryKind::HostVisible));
    std::vector<float> out(sz(int64_t(run.T) * V));
    for (int64_t ch = 0; ch < run.chunks; ++ch) {
        const int64_t r0 = ch * run.chunkRows, rows = std::min<int64_t>(run.chunkRows, run.T - r0);
        auto rec = m_ctx->recordReusable(
            [&](VkCommandBuffer cmd) -> Result<void> {
                if (ch == 0)
                    SB_TRY(recordForward(cmd, run));
                SB_TRY(recordHeadChunk(cmd, run, ch, false, 0.0f));
                VulkanContext::computeBarrier(cmd);
                copy(cmd, m_logits, m_logitsHost, uint64_t(rows * V) * 4);
                hostBarrier(cmd);
                return {};
            },
            uint32_t(c.numLayers * 200 + 64));
        if (!rec)
            return rec.error();
        Result<void> done = m_ctx->submitRecorded(rec.value());
        m_ctx->destroyRecorded(rec.value());
        SB_TRY(done);
        std::memcpy(out.data() + r0 * V, m_logitsHost.mapped, sz(rows * V) * 4);
    }
    return out;
}

} // namespace sb
