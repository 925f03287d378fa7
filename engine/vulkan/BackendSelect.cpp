#include "engine/vulkan/BackendSelect.h"

#include "engine/cpufast/CpuBackend.h"

namespace sb {

Result<BackendChoice> createBackend(const ModelWeights &weights, const BackendOptions &options)
{
    BackendChoice choice;
    if (options.kind == BackendKind::Auto || options.kind == BackendKind::Vulkan) {
        auto gpu = VulkanModel::create(weights, options.vulkanContext, options.vulkanModel);
        if (gpu) {
            choice.backend = std::move(gpu.value());
            return choice;
        }
        if (options.kind == BackendKind::Vulkan)
            return gpu.error();
        // Format/InvalidArgument errors are the model's fault and the CPU would reject it too, but
        // it says so with its own message; anything else (no device, too little memory, a lost
        // device) is worth running on the CPU instead.
        choice.notice = "Vulkan unavailable (" + gpu.error().toString() + "); running on the CPU";
    }
    auto cpu = createCpuBackend(weights, options.cpuModel,
        options.kind == BackendKind::CpuReference ? CpuBackendKind::Reference : CpuBackendKind::Fast);
    if (!cpu)
        return cpu.error();
    choice.backend = std::move(cpu.value());
    return choice;
}

} // namespace sb
