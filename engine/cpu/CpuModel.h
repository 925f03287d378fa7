#pragma once
// SmolLM3 on the CPU in fp32: the reference ("oracle") backend. It computes exactly what
// transformers' SmolLM3ForCausalLM computes:
//   h = embed_tokens[ids]
//   per layer l:  a = RMSNorm(h) ; q, k, v = a·Wqᵀ, a·Wkᵀ, a·Wvᵀ
//                 RoPE(q, k) unless layer l is NoPE (config.layerUsesRope(l) == false)
//                 h += o_proj(GQA causal attention(q, K cache, V cache))
//                 h += down(silu(gate(RMSNorm(h))) * up(RMSNorm(h)))
//   logits = RMSNorm_final(h) · embed_tokensᵀ   (tied LM head, unless lm_head is present)
// Weights stay in their file's dtype and are converted row by row; activations and the KV cache
// are fp32. GGUF weights (ModelWeights::qkInterleaved) use interleaved-pair RoPE, which with
// llama.cpp's Q/K row permutation gives the same attention as split-half RoPE on HF weights.

#include <memory>
#include <vector>

#include "engine/cpu/KvCache.h"
#include "engine/generate/Backend.h"
#include "engine/model/Weights.h"
#include "engine/ops/ThreadPool.h"

namespace sb {

struct CpuModelOptions {
    int64_t contextLength = 4096; // KV cache positions; clamped to max_position_embeddings
    int threads = 0; // 0: one per hardware thread
    bool kvCacheF16 = false; // round stored keys/values to fp16 (a device fp16 cache's precision)
    // References of the device's reduced-precision paths (see MatmulInputs in ops/Matmul.h):
    // calls of several tokens round the layer matmuls' inputs and weights to fp16 (the
    // cooperative-matrix prefill); with Q8_0/Q4_0/Q4_K/Q6_K weights, one-token calls' layer
    // products and every LM-head product take int8 blocks of their input (the int8 matvec).
    bool prefillMatmulF16 = false;
    bool matvecInputsQ8 = false;
    // Every product with Q8_0/Q4_0/Q4_K/Q6_K weights (prefill too) takes int8 blocks of its
    // input: the reference of the fast CPU backend (engine/cpufast), which always does.
    bool allInputsQ8 = false;
};

class CpuModel final : public Backend {
public:
    // Validates the config and every tensor's presence, dtype and shape (errors name the tensor).
    // The views in `weights` point into memory (usually a mapped file) that must outlive the model.
    static Result<std::unique_ptr<CpuModel>> create(
        const ModelWeights &weights, CpuModelOptions options = {});

    const char *name() const override { return "cpu"; }
    const ModelConfig &config() const override { return m_weights.config; }
    int64_t contextLength() const override { return m_cache.capacity(); }
    int64_t cachedLength() const override { return m_cache.length(); }
    Result<std::span<const float>> forward(std::span<const int32_t> tokens, int64_t startPos) override;
    void truncate(int64_t length) override { m_cache.truncate(length); }

    // Like forward(), but writes the logits of every token: logits (tokens.size(), vocab).
    Result<void> forwardAll(std::span<const int32_t> tokens, int64_t startPos, std::vector<float> &logits);

    // The cache itself, for snapshots: `auto saved = model.kvCache().Copy(); ...;
    // model.setKvCache(std::move(saved));`. setKvCache rejects a cache of other dimensions.
    const KvCache &kvCache() const { return m_cache; }
    Result<void> setKvCache(KvCache cache);

private:
    CpuModel(const ModelWeights &weights, CpuModelOptions options);
    Result<void> runGuarded(std::span<const int32_t> tokens, int64_t startPos, bool allLogits);
    Result<void> run(std::span<const int32_t> tokens, int64_t startPos, bool allLogits);

    ModelWeights m_weights;
    std::vector<std::vector<float>> m_attnNorm; // per layer (dim), converted once: norms are tiny
    std::vector<std::vector<float>> m_ffnNorm; // per layer (dim)
    std::vector<float> m_finalNorm; // (dim)
    CpuModelOptions m_options;
    KvCache m_cache;
    ThreadPool m_pool;

    // Activations of the current call, sized for the number of tokens in it.
    std::vector<float> m_x; // (T, dim)   residual stream
    std::vector<float> m_xn; // (T, dim)   normed input of a sub-block
    std::vector<float> m_q; // (T, n_heads * head_dim)
    std::vector<float> m_att; // (T, n_heads * head_dim)
    std::vector<float> m_proj; // (T, dim)   output of o_proj / down_proj
    std::vector<float> m_gate; // (T, ffn)
    std::vector<float> m_up; // (T, ffn)
    std::vector<float> m_logits; // (vocab) or (T, vocab)
    std::vector<int64_t> m_positions;
};

} // namespace sb
