#pragma once
// The attention part of Vulkan LoRA training: causal GQA attention forward/backward over a whole
// sequence (FlashAttention-2 style tiles, no T x T matrix anywhere) and RoPE forward/backward.
// The GPU side of ops/Attention.* and ops/Rope.* for training; each method records dispatches
// into `cmd` and adds no trailing barrier (call VulkanContext::computeBarrier before reading the
// results), like VulkanKernels. All buffers are fp32, bound whole, tightly packed:
//
//   q, out, dOut, dq   (tokens, nHeads * headDim)      row t = token t, head h at column h*headDim
//   k, v, dk, dv       (tokens, nKvHeads * headDim)
//   lse                (nHeads, tokens)   logsumexp of each softmax row (scaled scores), from
//                                         forward, read by backward (instead of the CPU's probs)
//   delta              (nHeads, tokens)   scratch for backward: Σ_d dOut·out per row
//   rope table         (positions, headDim/2) of (cos, sin): ropeTable() in VulkanKernels.h
//
// Query t sees keys 0..t; scores are q·k / sqrt(headDim) (float, as ops/Attention.cpp); query
// head h reads kv head h / (nHeads / nKvHeads). Positions are 0..T-1 as in LoraModel (posBase
// shifts them for RoPE). Requirements: headDim % 4 == 0 (vec4 loads; tiles whose rows split
// evenly into headDim/4 are chosen), headDim <= 256, nHeads % nKvHeads == 0; supports(shape)
// says whether this device takes a shape. Buffers may be larger than the shape needs (only the
// leading elements are touched); a short one is an error naming it.
//
// Use in a layer (LoraModel::layerForward/layerBackward order):
//   forward:  rope(q, +), rope(k, +), barrier, forward(q, k, v -> out, lse)
//   backward: backward(dOut, q, k, v, out, lse -> dq, dk, dv), barrier, rope(dq, -), rope(dk, -)
// backward() stores dq/dk/dv (or adds to them with accumulate = true); q and k are the rotated ones.

#include <cstdint>
#include <initializer_list>
#include <string>

#include "engine/core/Result.h"
#include "engine/vulkan/PipelineCache.h"
#include "engine/vulkan/VulkanContext.h"

namespace sb {

struct AttentionShape {
    uint32_t tokens = 0; // T
    uint32_t nHeads = 0; // query heads
    uint32_t nKvHeads = 0; // key/value heads (GQA); divides nHeads
    uint32_t headDim = 0;
};

enum class RopeMode : uint32_t {
    None, // NoPE layer: nothing is recorded, x passes through
    SplitHalf, // Hugging Face rotate_half: pairs (i, i + headDim/2)
    Interleaved // GGUF after llama.cpp's Q/K permutation: pairs (2i, 2i+1)
};

// The mode of a layer as LoraModel decides it: ModelConfig::layerUsesRope(l) and
// ModelWeights::qkInterleaved.
inline RopeMode ropeModeFor(bool layerUsesRope, bool qkInterleaved)
{
    return !layerUsesRope ? RopeMode::None : qkInterleaved ? RopeMode::Interleaved : RopeMode::SplitHalf;
}

struct RopeShape {
    uint32_t tokens = 0;
    uint32_t heads = 0; // heads rotated per row, from column 0
    uint32_t headDim = 0;
    uint32_t rowStride = 0; // floats per row; 0 = heads * headDim
    uint32_t posBase = 0; // position of row 0
};

// Query rows x keys per shared-memory tile of one kernel (specialization constants BR, BC).
struct AttentionTile {
    uint32_t rows = 0;
    uint32_t keys = 0;
};

class TrainAttention {
public:
    explicit TrainAttention(VulkanContext &ctx);
    ~TrainAttention();
    TrainAttention(const TrainAttention &) = delete;
    TrainAttention &operator=(const TrainAttention &) = delete;

    // out, lse from q, k, v (one dispatch, grid ceil(T / BR) x nHeads).
    Result<void> forward(VkCommandBuffer cmd, const AttentionShape &s, const Buffer &q, const Buffer &k,
        const Buffer &v, const Buffer &out, const Buffer &lse);

    // dq, dk, dv from dOut and the forward's q, k, v, out, lse; delta is scratch (nHeads, T).
    // Three dispatches: delta, then (barrier) dq and dk/dv. accumulate: += instead of =.
    Result<void> backward(VkCommandBuffer cmd, const AttentionShape &s, const Buffer &dOut, const Buffer &q,
        const Buffer &k, const Buffer &v, const Buffer &out, const Buffer &lse, const Buffer &delta,
        const Buffer &dq, const Buffer &dk, const Buffer &dv, bool accumulate = false);

    // In place on x: rotate by +angle (forward) or -angle (backward: dL/dout -> dL/din).
    Result<void> ropeForward(
        VkCommandBuffer cmd, const Buffer &x, const Buffer &table, const RopeShape &s, RopeMode mode);
    Result<void> ropeBackward(
        VkCommandBuffer cmd, const Buffer &x, const Buffer &table, const RopeShape &s, RopeMode mode);

    // Whether forward/backward take this shape on this device (a valid shape and a tile of every
    // kernel that fits its shared memory); callers fall back to a plain attention otherwise.
    bool supports(const AttentionShape &s) const;

    // The tiles chosen for this device and headDim (largest that fit its shared memory).
    AttentionTile forwardTile(uint32_t headDim) const;
    AttentionTile dqTile(uint32_t headDim) const;
    AttentionTile dkdvTile(uint32_t headDim) const;
    // Forces one tile for all three kernels (tests and benchmarks); {0, 0} restores the choice.
    // Error unless rows and keys are 8, 16, 32 or 64; a dispatch whose tile does not fit the
    // device's shared memory for its headDim is an error.
    Result<void> setTileOverride(AttentionTile tile);

private:
    enum class Kernel { Forward, Dq, Dkdv };
    AttentionTile tileFor(Kernel k, uint32_t headDim) const;
    Result<void> validate(const AttentionShape &s) const;
    Result<void> rope(VkCommandBuffer cmd, const Buffer &x, const Buffer &table, const RopeShape &s,
        RopeMode mode, bool inverse);

    VulkanContext &m_ctx;
    PipelineCache &m_pipelines; // the context's (one per device)
    uint32_t m_sharedBytes = 0;
    AttentionTile m_override;
};

} // namespace sb
