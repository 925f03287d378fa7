#pragma once
// Choosing the compute backend for LoRA training by the same rule as inference (DevicePlan.h): a
// hardware Vulkan device when one takes the model, else the CPU backend, with the reason in words.
// Never a crash: every failure is a Result or a reason.

#include <memory>
#include <string>

#include "engine/core/Result.h"
#include "engine/lora/LoraCompute.h"
#include "engine/model/Weights.h"
#include "engine/runtime/DevicePlan.h"
#include "engine/vulkan/train/VulkanLoraModel.h"

namespace sb {

struct LoraBackendOptions {
    BackendKind kind = BackendKind::Auto;
    ContextOptions vulkanContext; // device selector ("" = best, index or name part)
    VulkanLoraOptions vulkan;
    int cpuThreads = 0; // CPU backend threads (0 = one per hardware thread)
};

struct LoraComputeChoice {
    std::unique_ptr<LoraCompute> compute;
    std::string reason; // which device trains and why; never empty
    std::string notice; // == reason when Auto did not get Vulkan (worth showing), else ""
};

// `weights` must outlive the result (the CPU backend reads them in place).
Result<LoraComputeChoice> createLoraCompute(const ModelWeights &weights, const LoraBackendOptions &options);

} // namespace sb
