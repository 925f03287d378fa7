// VulkanModel's Backend hooks for sampling on the device and its memory report (kept apart from
// the step recording in VulkanModel.cpp). The device kernel (shaders/sample.comp) takes the top K of the
// logits and draws from softmax(v / temperature) over them; that is the CPU Sampler's distribution exactly
// when nothing else reshapes the logits.

#include "engine/vulkan/VulkanModel.h"

#include "engine/sampling/Sampler.h"
#include "engine/vulkan/VulkanKernels.h"

namespace sb {

uint64_t VulkanModel::deviceMemoryBytes() const
{
    uint64_t n = weightBytes();
    for (const Buffer *b : m_owned)
        n += b->size;
    return n;
}

bool VulkanModel::deviceSamples(const SamplingParams &p) const
{
    const bool noPenalties
        = p.repetitionPenalty == 1.0f && p.presencePenalty == 0.0f && p.frequencyPenalty == 0.0f;
    if (!noPenalties)
        return false;
    if (p.greedy())
        return true;
    return p.topK >= 1 && p.topK <= int64_t(kMaxTopK) && p.topP >= 1.0f && p.minP <= 0.0f;
}

Result<int32_t> VulkanModel::forwardSampled(
    std::span<const int32_t> tokens, int64_t startPos, const SamplingParams &params, double randomU)
{
    if (!deviceSamples(params))
        return Backend::forwardSampled(tokens, startPos, params, randomU);
    DeviceSampling s;
    s.temperature = params.greedy() ? 0.0f : params.temperature;
    s.topK = params.greedy() ? 1 : int(params.topK);
    s.randomU = float(randomU);
    return forwardSample(tokens, startPos, s);
}

} // namespace sb
