#include "engine/vulkan/train/LoraBackendSelect.h"

#include "engine/lora/LoraModel.h"
#include "engine/vulkan/train/VulkanLoraModel.h"

namespace sb {

Result<LoraComputeChoice> createLoraCompute(const ModelWeights &weights, const LoraBackendOptions &options)
{
    LoraComputeChoice choice;
    if (options.kind != BackendKind::Cpu && options.kind != BackendKind::CpuReference) {
        auto gpu = createVulkanLoraCompute(weights, options.vulkanContext, options.vulkan);
        if (gpu) {
            // Auto never trains on a CPU implementation of Vulkan (lavapipe, SwiftShader): the
            // CPU reference is an order of magnitude faster there (docs/benchmarks.md). Asking
            // for Vulkan explicitly still gets it.
            auto *model = static_cast<VulkanLoraModel *>(gpu.value().get());
            const DeviceInfo &info = model->context().info();
            if (options.kind == BackendKind::Vulkan || info.type != DeviceType::Cpu) {
                choice.compute = std::move(gpu.value());
                return choice;
            }
            choice.notice = "the only Vulkan device, " + info.name
                + ", runs on the CPU; training on the CPU reference, which is faster there";
            gpu.value().reset();
        } else {
            if (options.kind == BackendKind::Vulkan)
                return gpu.error();
            choice.notice = "Vulkan unavailable for LoRA training (" + gpu.error().toString()
                + "); training on the CPU reference";
        }
    }
    auto cpu = LoraModel::create(weights, options.cpuThreads);
    if (!cpu)
        return cpu.error();
    choice.compute = std::move(cpu.value());
    return choice;
}

} // namespace sb
