#pragma once
// Choosing the compute backend for LoRA training, as vulkan/BackendSelect.h does for inference:
// Vulkan when a usable device exists, else the CPU reference with a notice a person can read.
// Never a crash: every failure is a Result or a notice.

#include <memory>
#include <string>

#include "engine/core/Result.h"
#include "engine/lora/LoraCompute.h"
#include "engine/model/Weights.h"
#include "engine/vulkan/BackendSelect.h"
#include "engine/vulkan/train/VulkanLoraModel.h"

namespace sb {

struct LoraBackendOptions {
    BackendKind kind = BackendKind::Auto; // Auto: Vulkan if possible, else CPU with a notice
    ContextOptions vulkanContext; // device selector ("" = best, index or name part)
    VulkanLoraOptions vulkan;
    int cpuThreads = 0; // CPU reference threads (0 = one per hardware thread)
};

struct LoraComputeChoice {
    std::unique_ptr<LoraCompute> compute;
    std::string notice; // non-empty when Auto fell back to the CPU: why
};

// `weights` must outlive the result (the CPU reference reads them in place).
Result<LoraComputeChoice> createLoraCompute(const ModelWeights &weights, const LoraBackendOptions &options);

} // namespace sb
