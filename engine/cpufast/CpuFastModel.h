#pragma once
// SmolLM3 on the CPU, fast: the backend `--backend cpu` and the automatic choice run when there
// is no GPU. It computes what the reference (engine/cpu/CpuModel, the oracle its tests compare
// with) computes, with these differences:
//  - weights are read in place from the mapped file by SIMD kernels (cpufast/Kernels.h), with
//    Q8_0/Q4_0/Q4_K/Q6_K weights multiplying activations quantised to int8 per 32 elements
//    (CpuModelOptions::allInputsQ8 makes the reference do the same, for tight parity checks);
//  - several tokens share each read of a weight block (tiled prefill), q/k/v run as one
//    parallel step, and so do gate/up with SwiGLU fused in; o_proj and down_proj add into the
//    residual stream directly;
//  - attention streams the KV cache once per tile of queries (cpufast/FastAttention.h);
//  - the threads stay warm between steps and tokens (cpufast/WorkerPool.h).
// LoRA training and the device references stay on the reference backend.

#include <memory>
#include <string>
#include <vector>

#include "engine/cpu/KvCache.h"
#include "engine/cpufast/CpuFeatures.h"
#include "engine/cpufast/Kernels.h"
#include "engine/cpufast/WorkerPool.h"
#include "engine/generate/Backend.h"
#include "engine/model/Weights.h"

namespace sb {

struct CpuFastOptions {
    int64_t contextLength = 4096; // KV cache positions; clamped to max_position_embeddings
    int threads = 0; // 0: one per hardware thread
    std::string isa; // "" (SB_CPU_ISA, else the best this CPU runs), "scalar", "avx2", "avx512", "auto"
};

class CpuFastModel final : public Backend {
public:
    // Validates like the reference (errors name the tensor) and checks the ISA is runnable.
    static Result<std::unique_ptr<CpuFastModel>> create(
        const ModelWeights &weights, CpuFastOptions options = {});

    const char *name() const override { return "cpu"; }
    const ModelConfig &config() const override { return m_weights.config; }
    int64_t contextLength() const override { return m_cache.capacity(); }
    int64_t cachedLength() const override { return m_cache.length(); }
    Result<std::span<const float>> forward(std::span<const int32_t> tokens, int64_t startPos) override;
    void truncate(int64_t length) override { m_cache.truncate(length); }
    std::string kernelPaths() const override;

    CpuIsa isa() const { return m_kernels->isa; }
    int threads() const { return m_pool.size(); }

private:
    struct Matrix {
        const std::byte *data = nullptr;
        DType dtype = DType::F32;
        int64_t rows = 0;
        int64_t cols = 0;
        size_t rowBytes = 0;
    };
    struct Layer {
        Matrix wq, wk, wv, wo, wGate, wUp, wDown;
        std::vector<float> attnNorm, ffnNorm;
    };
    // An activation as its consumers need it: fp32 always, int8 blocks when a consumer's
    // weights are quantised.
    struct Acts {
        std::vector<float> f;
        cpufast::QuantizedActs q;
    };

    CpuFastModel(const ModelWeights &weights, const CpuFastOptions &options, CpuIsa isa);
    static Matrix matrix(const TensorView &t);
    Result<void> run(std::span<const int32_t> tokens, int64_t startPos);
    void prepare(Acts &a, int64_t tokens, int64_t n, bool quantised);
    // out[t * outStride + r] (+)= x_t · W[r] for rows [r0, r1) of w, all tokens of `in`.
    void gemmRows(const Matrix &w, int64_t r0, int64_t r1, const Acts &in, int64_t tokens, float *out,
        int64_t outStride, bool accumulate) const;
    void gemm(
        const Matrix &w, const Acts &in, int64_t tokens, float *out, int64_t outStride, bool accumulate);
    void normInto(Acts &a, const float *x, const std::vector<float> &weight, int64_t tokens, bool quantised);

    ModelWeights m_weights;
    std::vector<Layer> m_layers;
    std::vector<float> m_finalNorm;
    Matrix m_head;
    bool m_qHidden = false; // some consumer of the normed hidden state takes int8 blocks
    bool m_qAttn = false; // wo does
    bool m_qFfn = false; // wDown does
    bool m_qHead = false;
    const cpufast::KernelTable *m_kernels = nullptr;
    KvCache m_cache;
    cpufast::WorkerPool m_pool;

    std::vector<float> m_x; // (T, dim) residual stream
    Acts m_xn; // (T, dim) normed input of a sub-block
    std::vector<float> m_q; // (T, qDim)
    Acts m_att; // (T, qDim)
    std::vector<float> m_gate, m_up; // (T, ffn)
    Acts m_h; // (T, ffn) SwiGLU output
    std::vector<float> m_logits; // (vocab)
    std::vector<int64_t> m_positions;
};

} // namespace sb
