#include "CpuTestModel.h"

#include <cmath>
#include <cstring>

#include "engine/model/Dequant.h"
#include "engine/sampling/Rng.h"

namespace sb::test {

std::vector<float> randomFloats(size_t n, uint64_t seed, float scale)
{
    Rng rng(seed);
    std::vector<float> v(n);
    for (float &x : v)
        x = static_cast<float>((rng.uniform() * 2.0 - 1.0) * scale);
    return v;
}

std::vector<float> TestModel::values(const TensorView &t)
{
    return dequantizeTensor(t);
}

static TensorView store(TestModel &m, const std::string &name, std::vector<int64_t> shape, DType dtype,
    const std::vector<float> &values)
{
    TensorView t;
    t.name = name;
    t.dtype = dtype;
    t.shape = std::move(shape);
    const int64_t cols = t.cols();
    const size_t rowBytes = dtypeRowBytes(dtype, cols);
    auto bytes = std::make_unique<std::vector<std::byte>>(rowBytes * static_cast<size_t>(t.rows()));
    for (int64_t r = 0; r < t.rows(); ++r) {
        auto ok = quantizeRow(
            dtype, values.data() + r * cols, bytes->data() + static_cast<size_t>(r) * rowBytes, cols);
        (void)ok;
    }
    t.data = bytes->data();
    t.nbytes = bytes->size();
    m.storage.push_back(std::move(bytes));
    return t;
}

std::unique_ptr<TestModel> makeTestModel(const TestModelSpec &s)
{
    auto m = std::make_unique<TestModel>();
    ModelConfig &c = m->weights.config;
    c.vocabSize = s.vocab;
    c.hiddenSize = s.dim;
    c.intermediateSize = s.ffn;
    c.numLayers = s.layers;
    c.numHeads = s.heads;
    c.numKvHeads = s.kvHeads;
    c.headDim = s.headDim;
    c.maxPositionEmbeddings = s.maxPositions;
    c.rmsNormEps = s.eps;
    c.ropeTheta = s.theta;
    c.noRopeLayers = s.noRopeLayers;
    c.eosTokenId = s.vocab - 1;
    c.bosTokenId = 0;
    c.padTokenId = 0;

    uint64_t seed = s.seed * 1000003u;
    const auto mat = [&](const std::string &name, int64_t out, int64_t in) {
        const float scale = 1.7f / std::sqrt(static_cast<float>(in));
        return store(
            *m, name, { out, in }, s.dtype, randomFloats(static_cast<size_t>(out * in), ++seed, scale));
    };
    const auto norm = [&](const std::string &name) {
        std::vector<float> v = randomFloats(static_cast<size_t>(s.dim), ++seed, 0.2f);
        for (float &x : v)
            x += 1.0f;
        return store(*m, name, { s.dim }, DType::F32, v);
    };
    m->weights.tokenEmbedding = store(*m, "model.embed_tokens.weight", { s.vocab, s.dim }, s.dtype,
        randomFloats(static_cast<size_t>(s.vocab * s.dim), ++seed, 1.0f));
    for (int64_t l = 0; l < s.layers; ++l) {
        const std::string p = "model.layers." + std::to_string(l) + ".";
        LayerWeights w;
        w.attnNorm = norm(p + "input_layernorm.weight");
        w.wq = mat(p + "self_attn.q_proj.weight", s.heads * s.headDim, s.dim);
        w.wk = mat(p + "self_attn.k_proj.weight", s.kvHeads * s.headDim, s.dim);
        w.wv = mat(p + "self_attn.v_proj.weight", s.kvHeads * s.headDim, s.dim);
        w.wo = mat(p + "self_attn.o_proj.weight", s.dim, s.heads * s.headDim);
        w.ffnNorm = norm(p + "post_attention_layernorm.weight");
        w.wGate = mat(p + "mlp.gate_proj.weight", s.ffn, s.dim);
        w.wUp = mat(p + "mlp.up_proj.weight", s.ffn, s.dim);
        w.wDown = mat(p + "mlp.down_proj.weight", s.dim, s.ffn);
        m->weights.layers.push_back(w);
    }
    m->weights.finalNorm = norm("model.norm.weight");
    return m;
}

std::unique_ptr<TestModel> permuteForInterleavedRope(const TestModel &src)
{
    auto m = std::make_unique<TestModel>();
    m->weights = src.weights;
    m->weights.qkInterleaved = true;
    const int64_t hd = src.weights.config.headDim;
    const int64_t half = hd / 2;
    const auto permute = [&](const TensorView &t) {
        // llama.cpp: w.reshape(n_head, 2, hd/2, dim).swapaxes(1, 2): new row 2i + a <- old row a*half + i.
        const int64_t rowBytes = static_cast<int64_t>(dtypeRowBytes(t.dtype, t.cols()));
        auto bytes = std::make_unique<std::vector<std::byte>>(t.nbytes);
        for (int64_t h = 0; h < t.rows() / hd; ++h)
            for (int64_t i = 0; i < half; ++i)
                for (int64_t a = 0; a < 2; ++a)
                    std::memcpy(bytes->data() + (h * hd + 2 * i + a) * rowBytes,
                        t.data + (h * hd + a * half + i) * rowBytes, static_cast<size_t>(rowBytes));
        TensorView out = t;
        out.data = bytes->data();
        m->storage.push_back(std::move(bytes));
        return out;
    };
    for (LayerWeights &w : m->weights.layers) {
        w.wq = permute(w.wq);
        w.wk = permute(w.wk);
    }
    return m;
}

} // namespace sb::test
