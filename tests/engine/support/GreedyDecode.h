#pragma once
// Greedy decoding of n tokens after a prompt, on the CPU reference (argmax of the returned
// logits) and on a Vulkan model (argmax on the device, only the id read back): the two sides
// of the "same 64 tokens" checks.

#include <cstdint>
#include <span>
#include <vector>

#include "engine/core/Result.h"

namespace sb {
class Backend;
class VulkanModel;
} // namespace sb

namespace sb::test {

Result<std::vector<int32_t>> greedyOnHost(Backend &model, std::span<const int32_t> prompt, int n);
Result<std::vector<int32_t>> greedyOnDevice(VulkanModel &model, std::span<const int32_t> prompt, int n);

} // namespace sb::test
