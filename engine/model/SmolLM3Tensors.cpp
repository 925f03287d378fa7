#include "engine/model/SmolLM3Tensors.h"

#include <cstring>

namespace sb {

std::vector<TensorSpec> smolLM3TensorSpecs(const ModelConfig &c)
{
    const int64_t dim = c.hiddenSize, ffn = c.intermediateSize;
    std::vector<TensorSpec> specs;
    specs.push_back({ "model.embed_tokens.weight", "token_embd.weight", { c.vocabSize, dim },
        TensorRole::Embedding, -1 });
    for (int64_t l = 0; l < c.numLayers; ++l) {
        const std::string hf = "model.layers." + std::to_string(l) + ".";
        const std::string gg = "blk." + std::to_string(l) + ".";
        specs.push_back(
            { hf + "input_layernorm.weight", gg + "attn_norm.weight", { dim }, TensorRole::AttnNorm, l });
        specs.push_back(
            { hf + "self_attn.q_proj.weight", gg + "attn_q.weight", { c.qDim(), dim }, TensorRole::Wq, l });
        specs.push_back(
            { hf + "self_attn.k_proj.weight", gg + "attn_k.weight", { c.kvDim(), dim }, TensorRole::Wk, l });
        specs.push_back(
            { hf + "self_attn.v_proj.weight", gg + "attn_v.weight", { c.kvDim(), dim }, TensorRole::Wv, l });
        specs.push_back({ hf + "self_attn.o_proj.weight", gg + "attn_output.weight", { dim, c.qDim() },
            TensorRole::Wo, l });
        specs.push_back({ hf + "post_attention_layernorm.weight", gg + "ffn_norm.weight", { dim },
            TensorRole::FfnNorm, l });
        specs.push_back(
            { hf + "mlp.gate_proj.weight", gg + "ffn_gate.weight", { ffn, dim }, TensorRole::Gate, l });
        specs.push_back({ hf + "mlp.up_proj.weight", gg + "ffn_up.weight", { ffn, dim }, TensorRole::Up, l });
        specs.push_back(
            { hf + "mlp.down_proj.weight", gg + "ffn_down.weight", { dim, ffn }, TensorRole::Down, l });
    }
    specs.push_back({ "model.norm.weight", "output_norm.weight", { dim }, TensorRole::FinalNorm, -1 });
    if (!c.tieWordEmbeddings)
        specs.push_back({ "lm_head.weight", "output.weight", { c.vocabSize, dim }, TensorRole::LmHead, -1 });
    return specs;
}

TensorView &weightSlot(ModelWeights &w, const TensorSpec &s)
{
    switch (s.role) {
    case TensorRole::Embedding:
        return w.tokenEmbedding;
    case TensorRole::FinalNorm:
        return w.finalNorm;
    case TensorRole::LmHead:
        return w.lmHead;
    default:
        break;
    }
    LayerWeights &l = w.layers[static_cast<size_t>(s.layer)];
    switch (s.role) {
    case TensorRole::AttnNorm:
        return l.attnNorm;
    case TensorRole::Wq:
        return l.wq;
    case TensorRole::Wk:
        return l.wk;
    case TensorRole::Wv:
        return l.wv;
    case TensorRole::Wo:
        return l.wo;
    case TensorRole::FfnNorm:
        return l.ffnNorm;
    case TensorRole::Gate:
        return l.wGate;
    case TensorRole::Up:
        return l.wUp;
    default:
        return l.wDown;
    }
}

std::string shapeToString(const std::vector<int64_t> &shape)
{
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + ")";
}

void permuteRowsToInterleaved(
    const void *src, void *dst, int64_t rows, int64_t cols, int64_t headDim, size_t elemBytes)
{
    const size_t rowBytes = static_cast<size_t>(cols) * elemBytes;
    for (int64_t r = 0; r < rows; ++r)
        std::memcpy(static_cast<char *>(dst) + static_cast<size_t>(interleavedRowOf(r, headDim)) * rowBytes,
            static_cast<const char *>(src) + static_cast<size_t>(r) * rowBytes, rowBytes);
}

void permuteRowsToSplitHalf(
    const void *src, void *dst, int64_t rows, int64_t cols, int64_t headDim, size_t elemBytes)
{
    const size_t rowBytes = static_cast<size_t>(cols) * elemBytes;
    for (int64_t r = 0; r < rows; ++r)
        std::memcpy(static_cast<char *>(dst) + static_cast<size_t>(splitHalfRowOf(r, headDim)) * rowBytes,
            static_cast<const char *>(src) + static_cast<size_t>(r) * rowBytes, rowBytes);
}

} // namespace sb
