#include "vulkan/train/LoraBackendSelect.h"

#include "lora/LoraModel.h"

namespace sb {

Result<LoraComputeChoice> createLoraCompute(const ModelWeights &weights, const LoraBackendOptions &options)
{
    LoraComputeChoice choice;
    if (options.kind != BackendKind::Cpu) {
        auto gpu = createVulkanLoraCompute(weights, options.vulkanContext, options.vulkan);
        if (gpu) {
            choice.compute = std::move(gpu.value());
            return choice;
        }
        if (options.kind == BackendKind::Vulkan)
            return gpu.error();
        choice.notice = "Vulkan unavailable for LoRA training (" + gpu.error().toString()
                        + "); training on the CPU reference";
    }
    auto cpu = LoraModel::create(weights, options.cpuThreads);
    if (!cpu)
        return cpu.error();
    choice.compute = std::move(cpu.value());
    return choice;
}

} // namespace sb
