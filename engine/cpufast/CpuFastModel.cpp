#include "engine/cpufast/CpuFastModel.h"

#include <algorithm>
#include <cmath>
#include <new>

#include "engine/cpufast/FastAttention.h"
#include "engine/model/WeightCheck.h"
#include "engine/ops/Elementwise.h"
#include "engine/ops/Norm.h"
#include "engine/ops/Rope.h"
#include "engine/ops/WeightRows.h"

namespace sb {

using cpufast::kActBlock;

namespace {

size_t sz(int64_t n)
{
    return static_cast<size_t>(n);
}

// Activations of this many bytes per row block stay in L2 while a chunk of weight rows passes
// over them (prefill): rows x tokens tiles, each weight block read once per block of tokens.
constexpr int64_t kActBytesPerTokenBlock = 128 * 1024;

} // namespace

CpuFastModel::Matrix CpuFastModel::matrix(const TensorView &t)
{
    return Matrix { t.data, t.dtype, t.rows(), t.cols(), dtypeRowBytes(t.dtype, t.cols()) };
}

CpuFastModel::CpuFastModel(const ModelWeights &weights, const CpuFastOptions &options, CpuIsa isa)
    : m_weights(weights)
    , m_kernels(&cpufast::KernelTable::forIsa(isa))
    , m_pool(options.threads)
{
    const ModelConfig &c = m_weights.config;
    const int64_t ctx = std::max<int64_t>(1, std::min(options.contextLength, c.maxPositionEmbeddings));
    m_cache = KvCache(c.numLayers, ctx, c.kvDim());
    const auto q = [](const Matrix &m) { return cpufast::takesQuantizedActs(m.dtype); };
    for (const LayerWeights &l : m_weights.layers) {
        Layer L { matrix(l.wq), matrix(l.wk), matrix(l.wv), matrix(l.wo), matrix(l.wGate), matrix(l.wUp),
            matrix(l.wDown), toFloatVector(l.attnNorm), toFloatVector(l.ffnNorm) };
        m_qHidden = m_qHidden || q(L.wq) || q(L.wk) || q(L.wv) || q(L.wGate) || q(L.wUp);
        m_qAttn = m_qAttn || q(L.wo);
        m_qFfn = m_qFfn || q(L.wDown);
        m_layers.push_back(std::move(L));
    }
    m_finalNorm = toFloatVector(m_weights.finalNorm);
    m_head = matrix(m_weights.outputWeight());
    m_qHead = q(m_head);
}

Result<std::unique_ptr<CpuFastModel>> CpuFastModel::create(
    const ModelWeights &weights, CpuFastOptions options)
{
    const ModelConfig &c = weights.config;
    if (options.contextLength <= 0)
        return makeError(ErrorCode::InvalidArgument,
            "context length must be positive (got " + std::to_string(options.contextLength) + ")");
    SB_TRY(checkCpuModelWeights(weights));
    Result<CpuIsa> isa = options.isa.empty() ? defaultCpuIsa() : parseCpuIsa(options.isa);
    if (!isa)
        return isa.error();
    if (!cpuSupports(*isa))
        return makeError(ErrorCode::Unsupported,
            std::string("this CPU or build cannot run the ") + cpuIsaName(*isa) + " kernels");
    // Quantised activations come in 32-element blocks; quantised weights imply such rows anyway,
    // but a float model may have odd sizes and then its products stay fp32 (checked per use).
    for (int64_t n : { c.hiddenSize, c.qDim(), c.intermediateSize })
        if (n % kActBlock != 0) {
            const auto quantised = [&](const TensorView &t) { return cpufast::takesQuantizedActs(t.dtype); };
            for (const LayerWeights &l : weights.layers)
                for (const TensorView *t : { &l.wq, &l.wk, &l.wv, &l.wo, &l.wGate, &l.wUp, &l.wDown })
                    if (quantised(*t))
                        return makeError(ErrorCode::Unsupported,
                            "tensor " + t->name + ": quantised weights need rows of whole 32-element blocks");
        }
    const int64_t ctx = std::min(options.contextLength, c.maxPositionEmbeddings);
    try {
        return std::unique_ptr<CpuFastModel>(new CpuFastModel(weights, options, *isa));
    } catch (const std::bad_alloc &) {
        const double cacheBytes = 2.0 * double(c.numLayers) * double(ctx) * double(c.kvDim()) * sizeof(float);
        return makeError(ErrorCode::OutOfMemory,
            "cannot allocate the CPU KV cache of " + std::to_string(ctx) + " positions ("
                + std::to_string(static_cast<int64_t>(cacheBytes / (1024.0 * 1024.0)))
                + " MiB); lower the context length");
    }
}

std::string CpuFastModel::kernelPaths() const
{
    const char *what = m_kernels->isa == CpuIsa::Avx512 ? "AVX-512 VNNI"
        : m_kernels->isa == CpuIsa::Avx2                ? "AVX2"
                                                        : "portable scalar";
    return std::string(what) + " kernels, " + std::to_string(m_pool.size()) + " threads";
}

Result<std::span<const float>> CpuFastModel::forward(std::span<const int32_t> tokens, int64_t startPos)
{
    try {
        SB_TRY(run(tokens, startPos));
    } catch (const std::bad_alloc &) {
        m_cache.setLength(std::min(m_cache.length(), startPos));
        return makeError(ErrorCode::OutOfMemory,
            "out of memory running " + std::to_string(tokens.size())
                + " tokens on the CPU; use smaller prefill chunks");
    }
    return std::span<const float>(m_logits.data(), sz(m_weights.config.vocabSize));
}

void CpuFastModel::prepare(Acts &a, int64_t tokens, int64_t n, bool quantised)
{
    a.f.resize(sz(tokens * n));
    if (quantised && (a.q.tokens != tokens || a.q.n != n))
        a.q.resize(tokens, n);
}

void CpuFastModel::normInto(
    Acts &a, const float *x, const std::vector<float> &weight, int64_t tokens, bool quantised)
{
    const int64_t dim = m_weights.config.hiddenSize;
    const float eps = static_cast<float>(m_weights.config.rmsNormEps);
    prepare(a, tokens, dim, quantised);
    m_pool.run(tokens, m_pool.chunkFor(tokens, 2, 8), [&](int64_t t0, int64_t t1) {
        rmsNormForward(a.f.data() + t0 * dim, x + t0 * dim, weight.data(), t1 - t0, dim, eps);
        if (quantised)
            cpufast::quantizeActs(a.f.data(), t0, t1, a.q);
    });
}

void CpuFastModel::gemmRows(const Matrix &w, int64_t r0, int64_t r1, const Acts &in, int64_t tokens,
    float *out, int64_t outStride, bool accumulate) const
{
    const bool q = cpufast::takesQuantizedActs(w.dtype);
    cpufast::GemmArgs a;
    a.w = w.data + sz(r0) * w.rowBytes;
    a.wRowBytes = w.rowBytes;
    a.rows = r1 - r0;
    a.n = w.cols;
    a.outStride = outStride;
    a.accumulate = accumulate;
    const cpufast::GemmFn fn = m_kernels->gemmFor(w.dtype);
    const int64_t rowBytes = q ? w.cols + w.cols / 8 : w.cols * 4;
    const int64_t block = std::clamp<int64_t>(kActBytesPerTokenBlock / rowBytes / 4 * 4, 4, 64);
    for (int64_t t = 0; t < tokens; t += block) {
        a.tokens = std::min(block, tokens - t);
        if (q)
            cpufast::bindActs(a, in.q, t);
        else
            a.xf = in.f.data() + t * w.cols;
        a.out = out + t * outStride + r0;
        fn(a);
    }
}

void CpuFastModel::gemm(
    const Matrix &w, const Acts &in, int64_t tokens, float *out, int64_t outStride, bool accumulate)
{
    // Multiples of 8 rows: the prefill kernels work on groups of eight.
    const int64_t chunk = m_pool.chunkFor(w.rows, tokens > 1 ? 4 : 8, 16, 8);
    m_pool.run(w.rows, chunk,
        [&](int64_t r0, int64_t r1) { gemmRows(w, r0, r1, in, tokens, out, outStride, accumulate); });
}

Result<void> CpuFastModel::run(std::span<const int32_t> tokens, int64_t startPos)
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
        const int32_t id = tokens[sz(t)];
        if (id < 0 || id >= c.vocabSize)
            return makeError(ErrorCode::InvalidArgument,
                "token id " + std::to_string(id) + " at index " + std::to_string(t)
                    + " is outside the vocabulary of " + std::to_string(c.vocabSize));
    }

    const int64_t dim = c.hiddenSize, qDim = c.qDim(), kvDim = c.kvDim(), ffn = c.intermediateSize;
    m_x.resize(sz(T * dim));
    m_q.resize(sz(T * qDim));
    m_gate.resize(sz(T * ffn));
    m_up.resize(sz(T * ffn));
    prepare(m_att, T, qDim, m_qAttn);
    prepare(m_h, T, ffn, m_qFfn);
    m_positions.resize(sz(T));
    for (int64_t t = 0; t < T; ++t)
        m_positions[sz(t)] = startPos + t;
    m_cache.setLength(startPos); // positions past startPos are overwritten below
    const bool interleaved = m_weights.qkInterleaved;

    embeddingForward(m_x.data(), tokens.data(), T, m_weights.tokenEmbedding);
    for (int64_t l = 0; l < c.numLayers; ++l) {
        const Layer &L = m_layers[sz(l)];
        float *k = m_cache.keys(l) + startPos * kvDim;
        float *v = m_cache.values(l) + startPos * kvDim;

        normInto(m_xn, m_x.data(), L.attnNorm, T, m_qHidden);
        // q, k and v in one parallel step: rows [0, qDim) of q, then k's, then v's.
        const int64_t qkvRows = qDim + 2 * kvDim;
        m_pool.run(qkvRows, m_pool.chunkFor(qkvRows, T > 1 ? 4 : 8, 16, 8), [&](int64_t r0, int64_t r1) {
            const struct {
                const Matrix *w;
                int64_t first;
                float *out;
                int64_t stride;
            } parts[3] = { { &L.wq, 0, m_q.data(), qDim }, { &L.wk, qDim, k, kvDim },
                { &L.wv, qDim + kvDim, v, kvDim } };
            for (const auto &p : parts) {
                const int64_t b = std::max(r0, p.first), e = std::min(r1, p.first + p.w->rows);
                if (b < e)
                    gemmRows(*p.w, b - p.first, e - p.first, m_xn, T, p.out, p.stride, false);
            }
        });
        if (c.layerUsesRope(l)) {
            m_pool.run(T, m_pool.chunkFor(T, 2, 8), [&](int64_t t0, int64_t t1) {
                ropeForward(m_q.data() + t0 * qDim, m_positions.data() + t0, t1 - t0, c.numHeads, c.headDim,
                    c.ropeTheta, interleaved);
                ropeForward(k + t0 * kvDim, m_positions.data() + t0, t1 - t0, c.numKvHeads, c.headDim,
                    c.ropeTheta, interleaved);
            });
        }
        cpufast::attention(m_att.f.data(), m_q.data(), m_cache.keys(l), m_cache.values(l),
            { T, startPos, c.numHeads, c.numKvHeads, c.headDim }, *m_kernels, m_pool);
        if (m_qAttn)
            m_pool.run(T, m_pool.chunkFor(T, 2, 8),
                [&](int64_t t0, int64_t t1) { cpufast::quantizeActs(m_att.f.data(), t0, t1, m_att.q); });
        gemm(L.wo, m_att, T, m_x.data(), dim, true); // the residual add, fused

        normInto(m_xn, m_x.data(), L.ffnNorm, T, m_qHidden);
        // gate and up for the same rows in one step, SwiGLU applied while they are in cache.
        m_pool.run(ffn, m_pool.chunkFor(ffn, T > 1 ? 4 : 8, 16, 8), [&](int64_t r0, int64_t r1) {
            gemmRows(L.wGate, r0, r1, m_xn, T, m_gate.data(), ffn, false);
            gemmRows(L.wUp, r0, r1, m_xn, T, m_up.data(), ffn, false);
            for (int64_t t = 0; t < T; ++t)
                swigluForward(m_h.f.data() + t * ffn + r0, m_gate.data() + t * ffn + r0,
                    m_up.data() + t * ffn + r0, r1 - r0);
        });
        if (m_qFfn)
            m_pool.run(T, m_pool.chunkFor(T, 2, 8),
                [&](int64_t t0, int64_t t1) { cpufast::quantizeActs(m_h.f.data(), t0, t1, m_h.q); });
        gemm(L.wDown, m_h, T, m_x.data(), dim, true);
    }
    m_cache.setLength(startPos + T);

    // Only the last token's logits are wanted.
    normInto(m_xn, m_x.data() + (T - 1) * dim, m_finalNorm, 1, m_qHead);
    m_logits.resize(sz(c.vocabSize));
    gemm(m_head, m_xn, 1, m_logits.data(), c.vocabSize, false);
    return {};
}

} // namespace sb
