#pragma once
// Choosing the compute backend for a model: Vulkan when a usable device exists and the model fits
// on it, else the fast CPU backend with a notice a person can read ("no Vulkan loader", "needs 5 GiB,
// device has 4 GiB", ...). Never a crash: every failure is a Result or a notice.

#include <memory>
#include <string>

#include "engine/core/Result.h"
#include "engine/cpu/CpuModel.h"
#include "engine/generate/Backend.h"
#include "engine/vulkan/VulkanModel.h"

namespace sb {

enum class BackendKind {
    Auto, // Vulkan if possible, else CPU with a notice
    Vulkan, // Vulkan or an error
    Cpu, // the fast CPU backend (engine/cpufast)
    CpuReference, // the fp32 reference (engine/cpu/CpuModel): tests, comparisons
};

struct BackendChoice {
    std::unique_ptr<Backend> backend;
    std::string notice; // non-empty when Auto fell back to the CPU: why
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
