#pragma once
// The SmolLM3 weights as the backends see them, whatever file they came from.
// Every view points into a memory-mapped file (never copied); names follow Hugging Face
// (model.layers.N.self_attn.q_proj.weight). GGUF Q/K rows, which llama.cpp's converter permutes
// for interleaved RoPE, are described by `qkInterleaved` so that backends can undo it.

#include <vector>

#include "engine/model/ModelConfig.h"
#include "engine/model/Tensor.h"

namespace sb {

struct LayerWeights {
    TensorView attnNorm; // (dim)                      input_layernorm
    TensorView wq; // (n_heads * head_dim, dim)  self_attn.q_proj
    TensorView wk; // (n_kv_heads * head_dim, dim)
    TensorView wv; // (n_kv_heads * head_dim, dim)
    TensorView wo; // (dim, n_heads * head_dim)
    TensorView ffnNorm; // (dim)                      post_attention_layernorm
    TensorView wGate; // (ffn, dim)                 mlp.gate_proj
    TensorView wUp; // (ffn, dim)                 mlp.up_proj
    TensorView wDown; // (dim, ffn)                 mlp.down_proj
};

struct ModelWeights {
    ModelConfig config;
    TensorView tokenEmbedding; // (vocab, dim)   model.embed_tokens; also the tied LM head
    TensorView finalNorm; // (dim)          model.norm
    TensorView lmHead; // (vocab, dim)   only when embeddings are not tied; else invalid
    std::vector<LayerWeights> layers;
    // True when wq/wk rows are in llama.cpp's interleaved-RoPE order (GGUF files).
    bool qkInterleaved = false;

    const TensorView &outputWeight() const { return lmHead.valid() ? lmHead : tokenEmbedding; }
};

} // namespace sb
