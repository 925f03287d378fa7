// The recording half of VulkanLoraModel: every dispatch of a layer's forward and backward, the
// LoRA Linear pair, and the LM-head chunk with its fused cross-entropy.

#include <algorithm>

#include "engine/vulkan/train/VulkanLoraInternal.h"

namespace sb {

using vklora::copy;
using vklora::sz;

Result<void> VulkanLoraModel::recordLinear(VkCommandBuffer cmd, const Run &run, int64_t l, int target,
    const Buffer &in, const Buffer &out, const Buffer &mid)
{
    const DeviceWeight &w = m_layers[sz(l)]->w[sz(target)];
    const uint32_t T = run.T;
    SB_TRY(m_kernels->matmul(cmd, w, in, T, out, uint32_t(w.rows), MatMode::Store));
    const Run::Pair &p = run.pair(l, target);
    if (p.enabled) {
        const Buffer *src = &in;
        if (run.dropout) {
            SB_TRY(m_train->dropout(cmd, in, m_masks, p.maskWord, run.keep, m_loraIn, T * p.in));
            VulkanContext::computeBarrier(cmd);
            src = &m_loraIn;
        }
        const uint32_t midOff = uint32_t(target) * T * p.rank;
        // mid = loraIn · Aᵀ, then out += scale · mid · Bᵀ.
        SB_TRY(m_train->gemm(cmd, T, p.rank, p.in, { src, 0, p.in, false }, { &m_params, p.offA, p.in, true },
            { &mid, midOff, p.rank, false }, 1.0f, false));
        VulkanContext::computeBarrier(cmd);
        SB_TRY(m_train->gemm(cmd, T, p.out, p.rank, { &mid, midOff, p.rank, false },
            { &m_params, p.offB, p.rank, true }, { &out, 0, p.out, false }, run.scale, true));
    }
    VulkanContext::computeBarrier(cmd);
    return {};
}

Result<void> VulkanLoraModel::recordLinearBackward(VkCommandBuffer cmd, const Run &run, int64_t l, int target,
    const Buffer &dIn, const Buffer &dOut, const Buffer &in, const Buffer &mid, bool accumulate)
{
    const DeviceWeight &w = m_layers[sz(l)]->w[sz(target)];
    const uint32_t T = run.T;
    SB_TRY(m_train->matmulBackwardInput(cmd, w, dOut, T, uint32_t(w.rows), dIn, accumulate));
    const Run::Pair &p = run.pair(l, target);
    if (p.enabled) {
        const Buffer *src = &in;
        if (run.dropout) {
            SB_TRY(m_train->dropout(cmd, in, m_masks, p.maskWord, run.keep, m_loraIn, T * p.in));
            src = &m_loraIn;
        }
        const uint32_t midOff = uint32_t(target) * T * p.rank;
        // dMid = scale · dOut · B;  dB += scale · dOutᵀ · mid.
        SB_TRY(m_train->gemm(cmd, T, p.rank, p.out, { &dOut, 0, p.out, false },
            { &m_params, p.offB, p.rank, false }, { &m_dMid, 0, p.rank, false }, run.scale, false));
        SB_TRY(m_train->gemm(cmd, p.out, p.rank, T, { &dOut, 0, p.out, true },
            { &mid, midOff, p.rank, false }, { &m_grads, p.offB, p.rank, false }, run.scale, true));
        VulkanContext::computeBarrier(cmd);
        // dA += dMidᵀ · loraIn;  d loraIn = dMid · A (into dIn, through the dropout mask if any).
        SB_TRY(m_train->gemm(cmd, p.rank, p.in, T, { &m_dMid, 0, p.rank, true }, { src, 0, p.in, false },
            { &m_grads, p.offA, p.in, false }, 1.0f, true));
        if (run.dropout) {
            SB_TRY(m_train->gemm(cmd, T, p.in, p.rank, { &m_dMid, 0, p.rank, false },
                { &m_params, p.offA, p.in, false }, { &m_dLoraIn, 0, p.in, false }, 1.0f, false));
            VulkanContext::computeBarrier(cmd);
            SB_TRY(m_train->dropoutBackward(cmd, m_dLoraIn, m_masks, p.maskWord, run.keep, dIn, T * p.in));
        } else {
            SB_TRY(m_train->gemm(cmd, T, p.in, p.rank, { &m_dMid, 0, p.rank, false },
                { &m_params, p.offA, p.in, false }, { &dIn, 0, p.in, false }, 1.0f, true));
        }
    }
    VulkanContext::computeBarrier(cmd);
    return {};
}

Result<void> VulkanLoraModel::recordLayerForward(
    VkCommandBuffer cmd, const Run &run, int64_t l, Acts &a, const Buffer &out)
{
    const ModelConfig &c = m_config;
    const Layer &ly = *m_layers[sz(l)];
    const uint32_t T = run.T, dim = uint32_t(c.hiddenSize), ffn = uint32_t(c.intermediateSize);
    const uint32_t H = uint32_t(c.numHeads), KvH = uint32_t(c.numKvHeads), hd = uint32_t(c.headDim);
    const Buffer &x = m_xs[sz(l)];
    TrainKernels &k = *m_train;
    const auto B = [&] { VulkanContext::computeBarrier(cmd); };
    const auto lin = [&](LoraTarget t, const Buffer &in, const Buffer &o) {
        return recordLinear(cmd, run, l, int(t), in, o, a.mid);
    };

    SB_TRY(k.rmsNormForward(cmd, x, ly.attnNorm, a.xn1, a.rstd1, T, dim, float(c.rmsNormEps)));
    B();
    SB_TRY(lin(LoraTarget::Q, a.xn1, a.q));
    SB_TRY(lin(LoraTarget::K, a.xn1, a.k));
    SB_TRY(lin(LoraTarget::V, a.xn1, a.v));
    const RopeMode mode = ropeModeFor(ly.rope, m_interleaved);
    if (mode != RopeMode::None) {
        SB_TRY(m_attention->ropeForward(cmd, a.q, m_ropeTable, { T, H, hd, 0, 0 }, mode));
        SB_TRY(m_attention->ropeForward(cmd, a.k, m_ropeTable, { T, KvH, hd, 0, 0 }, mode));
        B();
    }
    if (m_flashAttention)
        SB_TRY(m_attention->forward(cmd, { T, H, KvH, hd }, a.q, a.k, a.v, a.att, a.attnSaved));
    else
        SB_TRY(k.attentionForward(cmd, a.q, a.k, a.v, a.att, a.attnSaved, T, H, KvH, hd));
    B();
    SB_TRY(lin(LoraTarget::O, a.att, m_proj));
    SB_TRY(k.add(cmd, x, m_proj, a.h, T * dim));
    B();
    SB_TRY(k.rmsNormForward(cmd, a.h, ly.ffnNorm, a.xn2, a.rstd2, T, dim, float(c.rmsNormEps)));
    B();
    SB_TRY(lin(LoraTarget::Gate, a.xn2, a.g));
    SB_TRY(lin(LoraTarget::Up, a.xn2, a.u));
    SB_TRY(k.swigluForward(cmd, a.g, a.u, a.s, T * ffn));
    B();
    SB_TRY(lin(LoraTarget::Down, a.s, m_proj));
    SB_TRY(k.add(cmd, a.h, m_proj, out, T * dim));
    B();
    return {};
}

Result<void> VulkanLoraModel::recordLayerBackward(VkCommandBuffer cmd, const Run &run, int64_t l, Acts &a)
{
    const ModelConfig &c = m_config;
    const Layer &ly = *m_layers[sz(l)];
    const uint32_t T = run.T, dim = uint32_t(c.hiddenSize), ffn = uint32_t(c.intermediateSize);
    const uint32_t H = uint32_t(c.numHeads), KvH = uint32_t(c.numKvHeads), hd = uint32_t(c.headDim);
    TrainKernels &k = *m_train;
    const auto B = [&] { VulkanContext::computeBarrier(cmd); };
    const auto linB
        = [&](LoraTarget t, const Buffer &dIn, const Buffer &dOut, const Buffer &in, bool accumulate) {
              return recordLinearBackward(cmd, run, l, int(t), dIn, dOut, in, a.mid, accumulate);
          };
    const uint64_t dimBytes = uint64_t(T) * dim * 4;

    // m_dX holds d(layer out); the residual passes it to h unchanged.
    copy(cmd, m_dX, m_dH, dimBytes);
    TrainKernels::zero(cmd, m_dG, 0, uint64_t(T) * ffn * 4);
    TrainKernels::zero(cmd, m_dU, 0, uint64_t(T) * ffn * 4);
    if (!m_flashAttention) {
        TrainKernels::zero(cmd, m_dq);
        TrainKernels::zero(cmd, m_dk);
        TrainKernels::zero(cmd, m_dv);
    }
    SB_TRY(linB(LoraTarget::Down, m_dS, m_dX, a.s, false));
    SB_TRY(k.swigluBackward(cmd, m_dS, a.g, a.u, m_dG, m_dU, T * ffn));
    B();
    SB_TRY(linB(LoraTarget::Gate, m_dXn, m_dG, a.xn2, false));
    SB_TRY(linB(LoraTarget::Up, m_dXn, m_dU, a.xn2, true));
    SB_TRY(k.rmsNormBackward(cmd, m_dH, m_dXn, a.h, ly.ffnNorm, a.rstd2, T, dim));
    B();

    SB_TRY(linB(LoraTarget::O, m_dAtt, m_dH, a.att, false));
    if (m_flashAttention)
        SB_TRY(m_attention->backward(cmd, { T, H, KvH, hd }, m_dAtt, a.q, a.k, a.v, a.att, a.attnSaved,
            m_attnScratch, m_dq, m_dk, m_dv, false));
    else
        SB_TRY(k.attentionBackward(
            cmd, m_dAtt, a.q, a.k, a.v, a.attnSaved, m_attnScratch, m_dq, m_dk, m_dv, T, H, KvH, hd));
    B();
    const RopeMode mode = ropeModeFor(ly.rope, m_interleaved);
    if (mode != RopeMode::None) {
        SB_TRY(m_attention->ropeBackward(cmd, m_dq, m_ropeTable, { T, H, hd, 0, 0 }, mode));
        SB_TRY(m_attention->ropeBackward(cmd, m_dk, m_ropeTable, { T, KvH, hd, 0, 0 }, mode));
        B();
    }
    SB_TRY(linB(LoraTarget::Q, m_dXn, m_dq, a.xn1, false));
    SB_TRY(linB(LoraTarget::K, m_dXn, m_dk, a.xn1, true));
    SB_TRY(linB(LoraTarget::V, m_dXn, m_dv, a.xn1, true));
    copy(cmd, m_dH, m_dX, dimBytes);
    B();
    SB_TRY(k.rmsNormBackward(cmd, m_dX, m_dXn, m_xs[sz(l)], ly.attnNorm, a.rstd1, T, dim));
    B();
    return {};
}

Result<void> VulkanLoraModel::recordForward(VkCommandBuffer cmd, const Run &run)
{
    const ModelConfig &c = m_config;
    if (run.paramFloats > 0) {
        copy(cmd, m_paramsHost, m_params, run.paramFloats * 4);
        if (run.training)
            TrainKernels::zero(cmd, m_grads, 0, run.paramFloats * 4);
    }
    SB_TRY(m_kernels->embed(cmd, m_embed, m_tokens, run.T, m_xs[0]));
    VulkanContext::computeBarrier(cmd);
    for (int64_t l = 0; l < c.numLayers; ++l) {
        Acts &a = *m_acts[run.sharedActs() ? 0 : sz(l)];
        SB_TRY(recordLayerForward(cmd, run, l, a, m_xs[sz(l + 1)]));
    }
    return m_train->rmsNormForward(cmd, m_xs[sz(c.numLayers)], m_finalNorm, m_xf, m_rstdF, run.T,
        uint32_t(c.hiddenSize), float(c.rmsNormEps));
}

// LM head over rows [chunk · chunkRows, ...): logits, loss and (training) dLogits, dXf.
Result<void> VulkanLoraModel::recordHeadChunk(
    VkCommandBuffer cmd, const Run &run, int64_t chunk, bool training, float gradScale)
{
    const ModelConfig &c = m_config;
    const uint64_t rowBytes = uint64_t(c.hiddenSize) * 4;
    const int64_t r0 = chunk * run.chunkRows;
    const uint32_t rows = uint32_t(std::min<int64_t>(run.chunkRows, run.T - r0));
    const bool chunked = run.chunks > 1;
    VulkanContext::computeBarrier(cmd);
    if (chunked) {
        copy(cmd, m_xf, m_xfChunk, rows * rowBytes, uint64_t(r0) * rowBytes, 0);
        VulkanContext::computeBarrier(cmd);
    }
    SB_TRY(m_kernels->matmul(
        cmd, head(), chunked ? m_xfChunk : m_xf, rows, m_logits, uint32_t(c.vocabSize), MatMode::Store));
    if (run.targetsValid) {
        VulkanContext::computeBarrier(cmd);
        SB_TRY(m_train->crossEntropy(cmd, m_logits, m_targets, m_losses, rows, uint32_t(c.vocabSize),
            uint32_t(r0), training, gradScale));
    }
    if (training) {
        VulkanContext::computeBarrier(cmd);
        SB_TRY(m_train->matmulBackwardInput(
            cmd, head(), m_logits, rows, uint32_t(c.vocabSize), chunked ? m_dXfChunk : m_dXf, false));
        if (chunked) {
            VulkanContext::computeBarrier(cmd);
            copy(cmd, m_dXfChunk, m_dXf, rows * rowBytes, 0, uint64_t(r0) * rowBytes);
        }
    }
    return {};
}

} // namespace sb
