#pragma once
// The SmolLM3 tensor table: every weight's Hugging Face name, llama.cpp GGUF name, expected shape
// (outermost first) and the ModelWeights slot it fills. Loaders validate against it; writers
// (TinyModel, quantize) emit it. Also llama.cpp's Q/K row permutation for interleaved RoPE.

#include <cstdint>
#include <string>
#include <vector>

#include "engine/model/Weights.h"

namespace sb {

enum class TensorRole { Embedding, FinalNorm, LmHead, AttnNorm, Wq, Wk, Wv, Wo, FfnNorm, Gate, Up, Down };

struct TensorSpec {
    std::string hfName; // model.layers.3.self_attn.q_proj.weight
    std::string ggufName; // blk.3.attn_q.weight
    std::vector<int64_t> shape; // outermost first
    TensorRole role = TensorRole::Embedding;
    int64_t layer = -1; // -1 for model-level tensors

    bool isNorm() const
    {
        return role == TensorRole::FinalNorm || role == TensorRole::AttnNorm || role == TensorRole::FfnNorm;
    }
};

// All tensors of a model with this config, in file order (embedding, layers, final norm,
// lm_head when embeddings are untied).
std::vector<TensorSpec> smolLM3TensorSpecs(const ModelConfig &config);

// The ModelWeights field a spec fills (weights.layers must already have numLayers entries).
TensorView &weightSlot(ModelWeights &weights, const TensorSpec &spec);

// "(2048, 512)"
std::string shapeToString(const std::vector<int64_t> &shape);

// llama.cpp convert_hf_to_gguf LlamaModel.permute: within each head of `headDim` rows, the row
// at split-half position (half * headDim/2 + i) moves to interleaved position (2 * i + half).
// `rows` must be a multiple of headDim; each row has `cols` elements of any trivially copyable
// element size `elemBytes`.
void permuteRowsToInterleaved(
    const void *src, void *dst, int64_t rows, int64_t cols, int64_t headDim, size_t elemBytes);
// The inverse: GGUF (interleaved) row order back to Hugging Face split-half order.
void permuteRowsToSplitHalf(
    const void *src, void *dst, int64_t rows, int64_t cols, int64_t headDim, size_t elemBytes);
// Index helpers for backends that undo the permutation while reading rows.
inline int64_t interleavedRowOf(int64_t splitHalfRow, int64_t headDim)
{
    const int64_t head = splitHalfRow / headDim, r = splitHalfRow % headDim, half = headDim / 2;
    return head * headDim + 2 * (r % half) + r / half;
}
inline int64_t splitHalfRowOf(int64_t interleavedRow, int64_t headDim)
{
    const int64_t head = interleavedRow / headDim, r = interleavedRow % headDim, half = headDim / 2;
    return head * headDim + (r % 2) * half + r / 2;
}

} // namespace sb
