#include "engine/lora/LoraModel.h"

#include "engine/model/WeightCheck.h"

#include <algorithm>
#include <new>
#include <string>

#include "engine/lora/LoraDropout.h"
#include "engine/ops/CpuOps.h"
#include "engine/sampling/Rng.h"

namespace sb {

namespace {

size_t sz(int64_t n)
{
    return static_cast<size_t>(n);
}

// Saved state of one (possibly LoRA-adapted) Linear.
struct LinActs {
    std::vector<float> loraIn; // (T, in)   dropout(in), only while training with dropout
    std::vector<float> factor; // (T, in)   0 or 1/(1-p): d loraIn / d in
    std::vector<float> mid; // (T, rank) loraIn · Aᵀ
};

} // namespace

struct LoraModel::LayerActs {
    const float *x = nullptr; // (T, dim)  layer input (owned by the caller)
    std::vector<float> rstd1, xn1; // (T), (T, dim)
    std::vector<float> q, k, v; // (T, qDim), (T, kvDim) x2, after RoPE
    std::vector<float> probs; // (H, T, T)
    std::vector<float> att; // (T, qDim)
    std::vector<float> h; // (T, dim)  after the attention residual
    std::vector<float> rstd2, xn2; // (T), (T, dim)
    std::vector<float> g, u, s; // (T, ffn)  gate, up, silu(gate)·up
    std::vector<float> proj; // (T, dim)  scratch
    std::vector<int64_t> positions; // (T)
    LinActs lin[kLoraTargetCount];
};

LoraModel::LoraModel(const ModelWeights &weights, int threads)
    : m_weights(weights)
    , m_pool(threads)
{
    for (const LayerWeights &l : m_weights.layers) {
        m_attnNorm.push_back(toFloatVector(l.attnNorm));
        m_ffnNorm.push_back(toFloatVector(l.ffnNorm));
    }
    m_finalNorm = toFloatVector(m_weights.finalNorm);
}

Result<std::unique_ptr<LoraModel>> LoraModel::create(const ModelWeights &weights, int threads)
{
    SB_TRY(checkCpuModelWeights(weights));
    return std::unique_ptr<LoraModel>(new LoraModel(weights, threads));
}

Result<void> LoraModel::checkInputs(const LoraAdapter &adapter, std::span<const int32_t> tokens) const
{
    const ModelConfig &c = m_weights.config;
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

namespace {

void linForward(float *out, const float *in, const TensorView &w, const LoraPair &p, float scale, LinActs &la,
    int64_t T, double dropout, uint64_t seed, ThreadPool *pool)
{
    if (!p.enabled()) {
        matmulForward(out, in, w, T, pool);
        return;
    }
    const float *loraIn = in;
    if (dropout > 0.0) {
        la.loraIn.resize(sz(T * p.in));
        la.factor.resize(sz(T * p.in));
        Rng rng(seed);
        const float keep = static_cast<float>(1.0 / (1.0 - dropout));
        for (size_t i = 0; i < la.loraIn.size(); ++i) {
            la.factor[i] = loraDropNext(rng, dropout) ? 0.0f : keep;
            la.loraIn[i] = in[i] * la.factor[i];
        }
        loraIn = la.loraIn.data();
    } else {
        la.loraIn.clear();
        la.factor.clear();
    }
    la.mid.resize(sz(T * p.rank));
    loraMatmulForward(out, la.mid.data(), in, loraIn, w, p.a.data(), p.b.data(), T, p.rank, scale, pool);
}

// dIn (T, in) += d/d in; gp receives dA, dB.
void linBackward(float *dIn, const float *dOut, const float *in, const TensorView &w, const LoraPair &p,
    LoraPair &gp, float scale, LinActs &la, int64_t T, ThreadPool *pool)
{
    if (!p.enabled()) {
        matmulBackwardInput(dIn, dOut, w, T, pool);
        return;
    }
    if (la.loraIn.empty()) {
        loraMatmulBackward(dIn, dIn, gp.a.data(), gp.b.data(), dOut, in, la.mid.data(), w, p.a.data(),
            p.b.data(), T, p.rank, scale, pool);
        return;
    }
    std::vector<float> dLoraIn(sz(T * p.in), 0.0f);
    loraMatmulBackward(dIn, dLoraIn.data(), gp.a.data(), gp.b.data(), dOut, la.loraIn.data(), la.mid.data(),
        w, p.a.data(), p.b.data(), T, p.rank, scale, pool);
    for (size_t i = 0; i < dLoraIn.size(); ++i)
        dIn[i] += dLoraIn[i] * la.factor[i];
}

} // namespace

void LoraModel::layerForward(int64_t l, const LoraAdapter &ad, const float *x, float *out, LayerActs &a,
    int64_t T, bool training, uint64_t dropoutSeed)
{
    const ModelConfig &c = m_weights.config;
    const LayerWeights &w = m_weights.layers[sz(l)];
    const int64_t dim = c.hiddenSize, qDim = c.qDim(), kvDim = c.kvDim(), ffn = c.intermediateSize;
    const float eps = static_cast<float>(c.rmsNormEps), scale = ad.config.scale();
    const double p = training ? ad.config.dropout : 0.0;
    ThreadPool *pool = &m_pool;
    a.x = x;
    a.rstd1.resize(sz(T));
    a.xn1.resize(sz(T * dim));
    a.q.resize(sz(T * qDim));
    a.k.resize(sz(T * kvDim));
    a.v.resize(sz(T * kvDim));
    a.probs.resize(sz(c.numHeads * T * T));
    a.att.resize(sz(T * qDim));
    a.h.resize(sz(T * dim));
    a.rstd2.resize(sz(T));
    a.xn2.resize(sz(T * dim));
    a.g.resize(sz(T * ffn));
    a.u.resize(sz(T * ffn));
    a.s.resize(sz(T * ffn));
    a.proj.resize(sz(T * dim));
    a.positions.resize(sz(T));
    for (int64_t t = 0; t < T; ++t)
        a.positions[sz(t)] = t;
    const auto lin = [&](float *o, const float *in, const TensorView &wt, LoraTarget t) {
        const int ti = static_cast<int>(t);
        linForward(
            o, in, wt, ad.pair(l, t), scale, a.lin[ti], T, p, loraDropoutSeed(dropoutSeed, l, ti), pool);
    };

    rmsNormForward(a.xn1.data(), x, m_attnNorm[sz(l)].data(), T, dim, eps, a.rstd1.data());
    lin(a.q.data(), a.xn1.data(), w.wq, LoraTarget::Q);
    lin(a.k.data(), a.xn1.data(), w.wk, LoraTarget::K);
    lin(a.v.data(), a.xn1.data(), w.wv, LoraTarget::V);
    if (c.layerUsesRope(l)) {
        ropeForward(
            a.q.data(), a.positions.data(), T, c.numHeads, c.headDim, c.ropeTheta, m_weights.qkInterleaved);
        ropeForward(
            a.k.data(), a.positions.data(), T, c.numKvHeads, c.headDim, c.ropeTheta, m_weights.qkInterleaved);
    }
    attentionForward(a.att.data(), a.probs.data(), a.q.data(), a.k.data(), a.v.data(), T, 0, c.numHeads,
        c.numKvHeads, c.headDim, pool);
    lin(a.proj.data(), a.att.data(), w.wo, LoraTarget::O);
    residualForward(a.h.data(), x, a.proj.data(), T * dim);

    rmsNormForward(a.xn2.data(), a.h.data(), m_ffnNorm[sz(l)].data(), T, dim, eps, a.rstd2.data());
    lin(a.g.data(), a.xn2.data(), w.wGate, LoraTarget::Gate);
    lin(a.u.data(), a.xn2.data(), w.wUp, LoraTarget::Up);
    swigluForward(a.s.data(), a.g.data(), a.u.data(), T * ffn);
    lin(a.proj.data(), a.s.data(), w.wDown, LoraTarget::Down);
    residualForward(out, a.h.data(), a.proj.data(), T * dim);
}

void LoraModel::layerBackward(
    int64_t l, const LoraAdapter &ad, LoraAdapter &g, float /*gradScale*/, LayerActs &a, float *dX, int64_t T)
{
    const ModelConfig &c = m_weights.config;
    const LayerWeights &w = m_weights.layers[sz(l)];
    const int64_t dim = c.hiddenSize, qDim = c.qDim(), kvDim = c.kvDim(), ffn = c.intermediateSize;
    const float scale = ad.config.scale();
    ThreadPool *pool = &m_pool;
    const auto linB
        = [&](float *dIn, const float *dOut, const float *in, const TensorView &wt, LoraTarget t) {
              const int ti = static_cast<int>(t);
              linBackward(dIn, dOut, in, wt, ad.pair(l, t), g.pair(l, t), scale, a.lin[ti], T, pool);
          };

    // dX holds d(layer out); the residual passes it to h unchanged.
    std::vector<float> dH(dX, dX + T * dim);
    std::vector<float> dS(sz(T * ffn), 0.0f), dG(sz(T * ffn), 0.0f), dU(sz(T * ffn), 0.0f);
    linB(dS.data(), dX, a.s.data(), w.wDown, LoraTarget::Down);
    swigluBackward(dG.data(), dU.data(), dS.data(), a.g.data(), a.u.data(), T * ffn);
    std::vector<float> dXn(sz(T * dim), 0.0f);
    linB(dXn.data(), dG.data(), a.xn2.data(), w.wGate, LoraTarget::Gate);
    linB(dXn.data(), dU.data(), a.xn2.data(), w.wUp, LoraTarget::Up);
    rmsNormBackward(
        dH.data(), nullptr, dXn.data(), a.h.data(), m_ffnNorm[sz(l)].data(), a.rstd2.data(), T, dim);

    std::vector<float> dAtt(sz(T * qDim), 0.0f);
    linB(dAtt.data(), dH.data(), a.att.data(), w.wo, LoraTarget::O);
    std::vector<float> dq(sz(T * qDim), 0.0f), dk(sz(T * kvDim), 0.0f), dv(sz(T * kvDim), 0.0f);
    attentionBackward(dq.data(), dk.data(), dv.data(), dAtt.data(), a.q.data(), a.k.data(), a.v.data(),
        a.probs.data(), T, c.numHeads, c.numKvHeads, c.headDim, pool);
    if (c.layerUsesRope(l)) {
        ropeBackward(
            dq.data(), a.positions.data(), T, c.numHeads, c.headDim, c.ropeTheta, m_weights.qkInterleaved);
        ropeBackward(
            dk.data(), a.positions.data(), T, c.numKvHeads, c.headDim, c.ropeTheta, m_weights.qkInterleaved);
    }
    std::fill(dXn.begin(), dXn.end(), 0.0f);
    linB(dXn.data(), dq.data(), a.xn1.data(), w.wq, LoraTarget::Q);
    linB(dXn.data(), dk.data(), a.xn1.data(), w.wk, LoraTarget::K);
    linB(dXn.data(), dv.data(), a.xn1.data(), w.wv, LoraTarget::V);
    std::copy(dH.begin(), dH.end(), dX);
    rmsNormBackward(dX, nullptr, dXn.data(), a.x, m_attnNorm[sz(l)].data(), a.rstd1.data(), T, dim);
}

void LoraModel::finalForward(
    const float *x, int64_t T, std::vector<float> &xf, std::vector<float> &rstd, std::vector<float> &logits)
{
    const ModelConfig &c = m_weights.config;
    xf.resize(sz(T * c.hiddenSize));
    rstd.resize(sz(T));
    rmsNormForward(
        xf.data(), x, m_finalNorm.data(), T, c.hiddenSize, static_cast<float>(c.rmsNormEps), rstd.data());
    logits.resize(sz(T * c.vocabSize));
    matmulForward(logits.data(), xf.data(), m_weights.outputWeight(), T, &m_pool);
}

Result<LoraStepResult> LoraModel::step(const LoraAdapter &adapter, std::span<const int32_t> tokens,
    std::span<const int32_t> targets, LoraAdapter *grads, float gradScale, uint64_t dropoutSeed,
    bool checkpoint)
{
    SB_TRY(checkInputs(adapter, tokens));
    const ModelConfig &c = m_weights.config;
    if (targets.size() != tokens.size())
        return makeError(ErrorCode::InvalidArgument, "targets and tokens differ in length");
    for (int32_t t : targets)
        if (t >= c.vocabSize)
            return makeError(
                ErrorCode::InvalidArgument, "target id " + std::to_string(t) + " is outside the vocabulary");
    const int64_t T = static_cast<int64_t>(tokens.size()), L = c.numLayers, dim = c.hiddenSize,
                  V = c.vocabSize;
    const bool training = grads != nullptr;
    try {
        // Layer inputs are always kept; full activations only without checkpointing.
        std::vector<std::vector<float>> xs(sz(L + 1), std::vector<float>(sz(T * dim)));
        std::vector<LayerActs> acts(checkpoint || !training ? 1 : sz(L));
        embeddingForward(xs[0].data(), tokens.data(), T, m_weights.tokenEmbedding);
        for (int64_t l = 0; l < L; ++l)
            layerForward(l, adapter, xs[sz(l)].data(), xs[sz(l + 1)].data(),
                acts[acts.size() == 1 ? 0 : sz(l)], T, training, dropoutSeed);
        std::vector<float> xf, rstdF, logits, losses(sz(T));
        finalForward(xs[sz(L)].data(), T, xf, rstdF, logits);
        crossEntropyForward(losses.data(), logits.data(), targets.data(), T, V);
        LoraStepResult r;
        for (int64_t t = 0; t < T; ++t)
            if (targets[sz(t)] >= 0) {
                r.lossSum += losses[sz(t)];
                ++r.targets;
            }
        if (!training)
            return r;

        std::vector<float> dLosses(sz(T), gradScale), dLogits(sz(T * V), 0.0f);
        crossEntropyBackward(dLogits.data(), logits.data(), targets.data(), dLosses.data(), T, V);
        logits = {};
        std::vector<float> dXf(sz(T * dim), 0.0f), dX(sz(T * dim), 0.0f);
        matmulBackwardInput(dXf.data(), dLogits.data(), m_weights.outputWeight(), T, &m_pool);
        dLogits = {};
        rmsNormBackward(
            dX.data(), nullptr, dXf.data(), xs[sz(L)].data(), m_finalNorm.data(), rstdF.data(), T, dim);
        std::vector<float> scratch(checkpoint ? sz(T * dim) : 0);
        for (int64_t l = L - 1; l >= 0; --l) {
            LayerActs &a = acts[acts.size() == 1 ? 0 : sz(l)];
            if (checkpoint)
                layerForward(l, adapter, xs[sz(l)].data(), scratch.data(), a, T, true, dropoutSeed);
            layerBackward(l, adapter, *grads, gradScale, a, dX.data(), T);
        }
        return r;
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::OutOfMemory,
            "out of memory training on a sequence of " + std::to_string(T)
                + " tokens; lower the sequence length or enable checkpointing");
    }
}

Result<std::vector<float>> LoraModel::logits(const LoraAdapter &adapter, std::span<const int32_t> tokens)
{
    SB_TRY(checkInputs(adapter, tokens));
    const ModelConfig &c = m_weights.config;
    const int64_t T = static_cast<int64_t>(tokens.size()), dim = c.hiddenSize;
    std::vector<float> x(sz(T * dim)), y(sz(T * dim));
    LayerActs a;
    embeddingForward(x.data(), tokens.data(), T, m_weights.tokenEmbedding);
    for (int64_t l = 0; l < c.numLayers; ++l) {
        layerForward(l, adapter, x.data(), y.data(), a, T, false, 0);
        x.swap(y);
    }
    std::vector<float> xf, rstd, out;
    finalForward(x.data(), T, xf, rstd, out);
    return out;
}

} // namespace sb
