#pragma once
// Internal to VulkanLoraModel*.cpp: the per-layer device weights, one layer's saved activations,
// the description of one submission, and small recording helpers.

#include <array>
#include <cstdint>
#include <vector>

#include "engine/vulkan/train/VulkanLoraModel.h"

namespace sb::vklora {

inline size_t sz(int64_t n)
{
    return static_cast<size_t>(n);
}

// Makes shader and transfer writes visible to the host after the fence.
void hostBarrier(VkCommandBuffer cmd);
void copy(VkCommandBuffer cmd, const Buffer &src, const Buffer &dst, uint64_t bytes, uint64_t srcOff = 0,
    uint64_t dstOff = 0);

} // namespace sb::vklora

namespace sb {

struct VulkanLoraModel::Layer {
    Buffer attnNorm, ffnNorm; // (dim) fp32
    std::array<DeviceWeight, kLoraTargetCount> w; // by LoraTarget: q, k, v, o, gate, up, down
    bool rope = true;
};

// One layer's saved activations, for m_capacity tokens.
struct VulkanLoraModel::Acts {
    Buffer rstd1, xn1; // (T), (T, dim)
    Buffer q, k, v; // (T, qDim), (T, kvDim) x2, after RoPE
    Buffer att; // (T, qDim)
    Buffer attnSaved; // (H, T) logsumexp, or (H, T, T) probabilities (plain kernels)
    Buffer h; // (T, dim) after the attention residual
    Buffer rstd2, xn2; // (T), (T, dim)
    Buffer g, u, s; // (T, ffn)
    Buffer mid; // 7 x (T, rank) loraIn · Aᵀ per target

    std::array<Buffer *, 14> all()
    {
        return { &rstd1, &xn1, &q, &k, &v, &att, &attnSaved, &h, &rstd2, &xn2, &g, &u, &s, &mid };
    }
};

// Everything one submission needs to know about its sequence and adapter.
struct VulkanLoraModel::Run {
    uint32_t T = 0;
    bool training = false;
    bool checkpoint = false;
    bool targetsValid = false; // step(): targets uploaded, the loss is computed
    float scale = 1.0f; // alpha / rank
    float keep = 1.0f; // 1 / (1 - dropout)
    bool dropout = false;
    float gradScale = 1.0f;
    int64_t chunkRows = 0, chunks = 0;
    uint64_t paramFloats = 0;
    struct Pair {
        bool enabled = false;
        uint32_t rank = 0, in = 0, out = 0;
        uint32_t offA = 0, offB = 0; // floats into m_params / m_grads
        uint32_t maskWord = 0; // into m_masks
    };
    std::vector<std::array<Pair, kLoraTargetCount>> pairs;
    const Pair &pair(int64_t l, int t) const { return pairs[vklora::sz(l)][vklora::sz(t)]; }
    // One activation set for every layer (recomputed per layer in the backward pass).
    bool sharedActs() const { return checkpoint || !training; }
};

} // namespace sb
