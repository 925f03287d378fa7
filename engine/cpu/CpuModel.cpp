#include "engine/cpu/CpuModel.h"

#include "engine/model/WeightCheck.h"

#include <algorithm>
#include <new>
#include <string>

#include "engine/ops/CpuOps.h"

namespace sb {

CpuModel::CpuModel(const ModelWeights &weights, CpuModelOptions options)
    : m_weights(weights)
    , m_options(options)
    , m_pool(options.threads)
{
    const ModelConfig &c = m_weights.config;
    const int64_t ctx = std::max<int64_t>(1, std::min(options.contextLength, c.maxPositionEmbeddings));
    m_cache = KvCache(c.numLayers, ctx, c.kvDim(), options.kvCacheF16);
    for (const LayerWeights &l : m_weights.layers) {
        m_attnNorm.push_back(toFloatVector(l.attnNorm));
        m_ffnNorm.push_back(toFloatVector(l.ffnNorm));
    }
    m_finalNorm = toFloatVector(m_weights.finalNorm);
}

Result<std::unique_ptr<CpuModel>> CpuModel::create(const ModelWeights &weights, CpuModelOptions options)
{
    const ModelConfig &c = weights.config;
    if (options.contextLength <= 0)
        return makeError(ErrorCode::InvalidArgument,
            "context length must be positive (got " + std::to_string(options.contextLength) + ")");
    SB_TRY(checkCpuModelWeights(weights));
    const int64_t ctx = std::min(options.contextLength, c.maxPositionEmbeddings);
    const double cacheBytes = 2.0 * double(c.numLayers) * double(ctx) * double(c.kvDim()) * sizeof(float);
    try {
        return std::unique_ptr<CpuModel>(new CpuModel(weights, options));
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::OutOfMemory,
            "cannot allocate the CPU KV cache of " + std::to_string(ctx) + " positions ("
                + std::to_string(static_cast<int64_t>(cacheBytes / (1024.0 * 1024.0)))
                + " MiB); lower the context length");
    }
}

Result<void> CpuModel::setKvCache(KvCache cache)
{
    if (cache.layers() != m_cache.layers() || cache.kvDim() != m_cache.kvDim()
        || cache.capacity() != m_cache.capacity() || cache.f16Storage() != m_cache.f16Storage())
        return makeError(
            ErrorCode::InvalidArgument, "KV cache dimensions or precision do not match this model");
    m_cache = std::move(cache);
    return {};
}

Result<std::span<const float>> CpuModel::forward(std::span<const int32_t> tokens, int64_t startPos)
{
    SB_TRY(runGuarded(tokens, startPos, false));
    return std::span<const float>(m_logits.data(), static_cast<size_t>(m_weights.config.vocabSize));
}

Result<void> CpuModel::forwardAll(
    std::span<const int32_t> tokens, int64_t startPos, std::vector<float> &logits)
{
    SB_TRY(runGuarded(tokens, startPos, true));
    logits = m_logits;
    return {};
}

Result<void> CpuModel::runGuarded(std::span<const int32_t> tokens, int64_t startPos, bool allLogits)
{
    // Activations grow with the number of tokens in one call; running out of memory is an error
    // for the caller, not an exception across the API. The cache then holds startPos positions.
    try {
        return run(tokens, startPos, allLogits);
    } catch (const std::bad_alloc &) {
        m_cache.setLength(std::min(m_cache.length(), startPos));
        return makeError(ErrorCode::OutOfMemory,
            "out of memory running " + std::to_string(tokens.size())
                + " tokens on the CPU; use smaller prefill chunks");
    }
}

Result<void> CpuModel::run(std::span<const int32_t> tokens, int64_t startPos, bool allLogits)
{
    const ModelConfig &c = m_weights.config;
    const int64_t T = static_cast<int64_t>(tokens.size());
    if (T == 0)
        return makeError(ErrorCode::InvalidArgument, "forward needs at least one token");
    if (startPos < 0 || startPos > m_cache.length())
        return makeError(ErrorCode::InvalidArgument,
            "start position " + std::to_string(startPos) + " is outside the "
                + std::to_string(m_cache.length()) + " cached positions");
    if (startPos + T > m_cache.capacity())
        return makeError(ErrorCode::InvalidArgument,
            std::to_string(T) + " tokens at position " + std::to_string(startPos)
                + " do not fit the context of " + std::to_string(m_cache.capacity()) + " tokens");
    for (int64_t t = 0; t < T; ++t) {
        const int32_t id = tokens[static_cast<size_t>(t)];
        if (id < 0 || id >= c.vocabSize)
            return makeError(ErrorCode::InvalidArgument,
                "token id " + std::to_string(id) + " at index " + std::to_string(t)
                    + " is outside the vocabulary of " + std::to_string(c.vocabSize));
    }

    const int64_t dim = c.hiddenSize, qDim = c.qDim(), kvDim = c.kvDim(), ffn = c.intermediateSize;
    const auto sz = [](int64_t n) { return static_cast<size_t>(n); };
    m_x.resize(sz(T * dim));
    m_xn.resize(sz(T * dim));
    m_q.resize(sz(T * qDim));
    m_att.resize(sz(T * qDim));
    m_proj.resize(sz(T * dim));
    m_gate.resize(sz(T * ffn));
    m_up.resize(sz(T * ffn));
    m_positions.resize(sz(T));
    for (int64_t t = 0; t < T; ++t)
        m_positions[sz(t)] = startPos + t;
    m_cache.setLength(startPos); // positions past startPos are overwritten below
    const float eps = static_cast<float>(c.rmsNormEps);
    const bool interleaved = m_weights.qkInterleaved;
    ThreadPool *pool = &m_pool;

    // The operand precision of the device path being mirrored (CpuModelOptions); exact by default.
    const auto mm = [&](float *out, const float *in, const TensorView &w, int64_t rows, bool head) {
        MatmulInputs inputs = MatmulInputs::Exact;
        const bool int8Type = w.dtype == DType::Q8_0 || w.dtype == DType::Q4_0 || w.dtype == DType::Q4_K
            || w.dtype == DType::Q6_K; // the types the device's int8 matvec reads
        if (int8Type && (m_options.allInputsQ8 || (m_options.matvecInputsQ8 && (head || T == 1))))
            inputs = MatmulInputs::Q8Blocks;
        else if (m_options.prefillMatmulF16 && T > 1 && !head)
            inputs = MatmulInputs::F16;
        matmulForward(out, in, w, rows, inputs, pool);
    };

    embeddingForward(m_x.data(), tokens.data(), T, m_weights.tokenEmbedding);
    for (int64_t l = 0; l < c.numLayers; ++l) {
        const LayerWeights &w = m_weights.layers[sz(l)];
        // This layer's keys/values go straight into their cache rows.
        float *k = m_cache.keys(l) + startPos * kvDim;
        float *v = m_cache.values(l) + startPos * kvDim;

        rmsNormForward(m_xn.data(), m_x.data(), m_attnNorm[sz(l)].data(), T, dim, eps);
        mm(m_q.data(), m_xn.data(), w.wq, T, false);
        mm(k, m_xn.data(), w.wk, T, false);
        mm(v, m_xn.data(), w.wv, T, false);
        if (c.layerUsesRope(l)) {
            ropeForward(m_q.data(), m_positions.data(), T, c.numHeads, c.headDim, c.ropeTheta, interleaved);
            ropeForward(k, m_positions.data(), T, c.numKvHeads, c.headDim, c.ropeTheta, interleaved);
        }
        m_cache.roundStored(l, startPos, T); // after RoPE: the cache holds rotated keys
        attentionForward(m_att.data(), nullptr, m_q.data(), m_cache.keys(l), m_cache.values(l), T, startPos,
            c.numHeads, c.numKvHeads, c.headDim, pool);
        mm(m_proj.data(), m_att.data(), w.wo, T, false);
        residualForward(m_x.data(), m_x.data(), m_proj.data(), T * dim);

        rmsNormForward(m_xn.data(), m_x.data(), m_ffnNorm[sz(l)].data(), T, dim, eps);
        mm(m_gate.data(), m_xn.data(), w.wGate, T, false);
        mm(m_up.data(), m_xn.data(), w.wUp, T, false);
        swigluForward(m_gate.data(), m_gate.data(), m_up.data(), T * ffn);
        mm(m_proj.data(), m_gate.data(), w.wDown, T, false);
        residualForward(m_x.data(), m_x.data(), m_proj.data(), T * dim);
    }
    m_cache.setLength(startPos + T);

    // Only the rows whose logits are wanted go through the final norm and the LM head.
    const int64_t first = allLogits ? 0 : T - 1;
    const int64_t rows = T - first;
    rmsNormForward(m_xn.data(), m_x.data() + first * dim, m_finalNorm.data(), rows, dim, eps);
    m_logits.resize(sz(rows * c.vocabSize));
    mm(m_logits.data(), m_xn.data(), m_weights.outputWeight(), rows, true);
    return {};
}

} // namespace sb
