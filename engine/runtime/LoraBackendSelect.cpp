#include "engine/runtime/LoraBackendSelect.h"

#include "engine/runtime/CpuBackend.h"

namespace sb {

Result<LoraComputeChoice> createLoraCompute(const ModelWeights &weights, const LoraBackendOptions &options)
{
    LoraComputeChoice choice;
    auto plan = planDevice(options.kind,
        options.kind == BackendKind::Cpu || options.kind == BackendKind::CpuReference
            ? Result<std::vector<DeviceInfo>>(std::vector<DeviceInfo> {})
            : enumerateDevices(),
        options.vulkanContext.deviceSelector);
    if (!plan)
        return plan.error();
    choice.reason = plan.value().reason;
    if (plan.value().vulkan) {
        ContextOptions context = options.vulkanContext;
        context.deviceSelector = std::to_string(plan.value().device.index); // the planned device
        auto gpu = createVulkanLoraCompute(weights, context, options.vulkan);
        if (gpu) {
            choice.compute = std::move(gpu.value());
            return choice;
        }
        if (options.kind == BackendKind::Vulkan)
            return gpu.error();
        choice.reason = vulkanFailedReason(gpu.error());
        choice.notice = choice.reason;
    } else if (plan.value().fellBack) {
        choice.notice = choice.reason;
    }
    auto cpu = createCpuLoraCompute(weights, options.cpuThreads);
    if (!cpu)
        return cpu.error();
    choice.compute = std::move(cpu.value());
    return choice;
}

} // namespace sb
