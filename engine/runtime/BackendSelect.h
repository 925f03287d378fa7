#pragma once
// Choosing the compute backend for a model: the device the rule in DevicePlan.h picks (a hardware
// Vulkan device that takes the model, else the CPU backend) with the reason in words a person can
// read ("Vulkan device llvmpipe is a software implementation; the CPU backend is faster", "needs
// 5 GiB, device has 4 GiB", ...). Never a crash: every failure is a Result or a reason.

#include <memory>
#include <string>

#include "engine/core/Result.h"
#include "engine/cpu/CpuModel.h"
#include "engine/generate/Backend.h"
#include "engine/runtime/DevicePlan.h"
#include "engine/vulkan/VulkanModel.h"

namespace sb {

struct BackendChoice {
    std::unique_ptr<Backend> backend;
    std::string reason; // which device runs and why; never empty
    std::string notice; // == reason when Auto did not get Vulkan (worth showing), else ""
};

struct BackendOptions {
    BackendKind kind = BackendKind::Auto;
    ContextOptions vulkanContext; // device selector ("" = best, index or name part), pipeline cache path
    VulkanModelOptions vulkanModel; // context length, batch, progress, ...
    CpuModelOptions cpuModel;
};

// `weights` must outlive the backend (its views point into the model file).
Result<BackendChoice> createBackend(const ModelWeights &weights, const BackendOptions &options);

} // namespace sb
