#include "GreedyDecode.h"

#include "engine/generate/Backend.h"
#include "engine/sampling/Sampler.h"
#include "engine/vulkan/VulkanModel.h"

namespace sb::test {

Result<std::vector<int32_t>> greedyOnHost(Backend &model, std::span<const int32_t> prompt, int n)
{
    auto logits = model.forward(prompt, 0);
    if (!logits)
        return logits.error();
    std::vector<int32_t> tokens { argmax(*logits) };
    for (int i = 1; i < n; ++i) {
        logits = model.forward(std::span<const int32_t>(&tokens.back(), 1), int64_t(prompt.size()) + i - 1);
        if (!logits)
            return logits.error();
        tokens.push_back(argmax(*logits));
    }
    return tokens;
}

Result<std::vector<int32_t>> greedyOnDevice(VulkanModel &model, std::span<const int32_t> prompt, int n)
{
    auto t = model.forwardSample(prompt, 0, DeviceSampling {});
    if (!t)
        return t.error();
    std::vector<int32_t> tokens { *t };
    for (int i = 1; i < n; ++i) {
        t = model.forwardSample(
            std::span<const int32_t>(&tokens.back(), 1), int64_t(prompt.size()) + i - 1, DeviceSampling {});
        if (!t)
            return t.error();
        tokens.push_back(*t);
    }
    return tokens;
}

} // namespace sb::test
