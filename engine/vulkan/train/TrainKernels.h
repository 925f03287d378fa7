#pragma once
// The Vulkan kernels of the LoRA training path that inference does not have, each the GPU side
// of a CPU reference op in engine/ops (same shapes, same accumulate-or-store contract), recorded
// into a caller's command buffer without barriers (the caller orders dependent ops with
// VulkanContext::computeBarrier). Forward/backward pairs:
//   frozen Linear           VulkanKernels::matmul          / matmulBackwardInput (any base dtype)
//   LoRA A/B (fp32)         gemm                           / gemm (transpose flags)
//   RMSNorm                 rmsNormForward (saves rstd)    / rmsNormBackward
//   SwiGLU                  swigluForward                  / swigluBackward
//   residual                add                            / accumulate
//   dropout                 dropout (bit mask)             / dropoutBackward
//   cross-entropy           crossEntropy (loss and, fused, dLogits)
//   attention (fallback)    attentionForward (saves probs) / attentionBackward
// Pipelines are created on first use and kept.

#include <cstdint>
#include <initializer_list>
#include <string>

#include "engine/core/Result.h"
#include "engine/vulkan/DeviceWeight.h"
#include "engine/vulkan/PipelineCache.h"
#include "engine/vulkan/VulkanContext.h"

namespace sb {

// One operand of gemm: element (i, j) of the stored row-major matrix is buf[offset + i ld + j].
struct GemmOperand {
    const Buffer *buffer = nullptr;
    uint32_t offset = 0; // in floats
    uint32_t ld = 0; // floats per stored row
    bool transposed = false; // use the stored matrix transposed
};

class TrainKernels {
public:
    explicit TrainKernels(VulkanContext &ctx);
    ~TrainKernels();
    TrainKernels(const TrainKernels &) = delete;
    TrainKernels &operator=(const TrainKernels &) = delete;

    // dX (tokens, w.cols) (+)= dY (tokens, dyStride)[:, 0 .. w.rows) · W, W frozen in any device
    // dtype (F32/F16/BF16/Q8_0/Q4_0, dequantised on the fly). ops/Matmul.h matmulBackwardInput.
    Result<void> matmulBackwardInput(VkCommandBuffer cmd, const DeviceWeight &w, const Buffer &dY,
        uint32_t tokens, uint32_t dyStride, const Buffer &dX, bool accumulate);

    // C (m, n) = (accumulate ? C : 0) + alpha · opA (m, k) · opB (k, n), all fp32.
    Result<void> gemm(VkCommandBuffer cmd, uint32_t m, uint32_t n, uint32_t k, const GemmOperand &a,
        const GemmOperand &b, const GemmOperand &c, float alpha, bool accumulate);

    // y (rows, dim) = RMSNorm(x) · w, rstd (rows) saved. ops/Norm.h.
    Result<void> rmsNormForward(VkCommandBuffer cmd, const Buffer &x, const Buffer &w, const Buffer &y,
        const Buffer &rstd, uint32_t rows, uint32_t dim, float eps);
    // dX += d/dx (dY); accumulates.
    Result<void> rmsNormBackward(VkCommandBuffer cmd, const Buffer &dX, const Buffer &dY, const Buffer &x,
        const Buffer &w, const Buffer &rstd, uint32_t rows, uint32_t dim);

    // s = silu(g) · u; backward accumulates into dG and dU. All (n). ops/Elementwise.h.
    Result<void> swigluForward(
        VkCommandBuffer cmd, const Buffer &g, const Buffer &u, const Buffer &s, uint32_t n);
    Result<void> swigluBackward(VkCommandBuffer cmd, const Buffer &dS, const Buffer &g, const Buffer &u,
        const Buffer &dG, const Buffer &dU, uint32_t n);

    // y = a + b (n).
    Result<void> add(VkCommandBuffer cmd, const Buffer &a, const Buffer &b, const Buffer &y, uint32_t n);
    // y[offY ..] += a[offA ..] (n).
    Result<void> accumulate(VkCommandBuffer cmd, const Buffer &a, const Buffer &y, uint32_t n,
        uint32_t offA = 0, uint32_t offY = 0);
    // y = a · f, f = keep where bit i of mask (from word maskOffset) is set, else 0 (n).
    Result<void> dropout(VkCommandBuffer cmd, const Buffer &a, const Buffer &mask, uint32_t maskOffset,
        float keep, const Buffer &y, uint32_t n);
    // y += a · f (the backward of dropout).
    Result<void> dropoutBackward(VkCommandBuffer cmd, const Buffer &a, const Buffer &mask,
        uint32_t maskOffset, float keep, const Buffer &y, uint32_t n);

    // logits (rows, vocab) are rows [rowBase, rowBase + rows) of a sequence whose targets are
    // int32 (targets < 0 ignored). losses[rowBase + r] = logsumexp - logit[target] (0 if ignored).
    // With backward, logits are overwritten with dLogits = (softmax - onehot) · dScale. ops/Loss.h.
    Result<void> crossEntropy(VkCommandBuffer cmd, const Buffer &logits, const Buffer &targets,
        const Buffer &losses, uint32_t rows, uint32_t vocab, uint32_t rowBase, bool backward, float dScale);

    // A plain causal GQA attention (one invocation per head and query) used until the tiled
    // training attention lands. probs (heads, T, T). ops/Attention.h.
    Result<void> attentionForward(VkCommandBuffer cmd, const Buffer &q, const Buffer &k, const Buffer &v,
        const Buffer &out, const Buffer &probs, uint32_t tokens, uint32_t heads, uint32_t kvHeads,
        uint32_t headDim);
    // Accumulates into dq, dk, dv; dScores (heads, T, T) is scratch. Records its own barriers.
    Result<void> attentionBackward(VkCommandBuffer cmd, const Buffer &dOut, const Buffer &q, const Buffer &k,
        const Buffer &v, const Buffer &probs, const Buffer &dScores, const Buffer &dq, const Buffer &dk,
        const Buffer &dv, uint32_t tokens, uint32_t heads, uint32_t kvHeads, uint32_t headDim);

    // Zeroes `bytes` (whole buffer when 0) at byteOffset (multiple of 4).
    static void zero(VkCommandBuffer cmd, const Buffer &b, uint64_t byteOffset = 0, uint64_t bytes = 0);

private:
    Result<void> eltwise(VkCommandBuffer cmd, uint32_t op, const Buffer &a, const Buffer &b, const Buffer &y,
        const Buffer &mask, uint32_t n, uint32_t offA, uint32_t offY, uint32_t maskOffset, float keep);

    VulkanContext &m_ctx;
    PipelineCache &m_pipelines; // the context's (one per device)
};

} // namespace sb
