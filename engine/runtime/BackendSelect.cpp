#include "engine/runtime/BackendSelect.h"

#include "engine/runtime/CpuBackend.h"

namespace sb {

Result<BackendChoice> createBackend(const ModelWeights &weights, const BackendOptions &options)
{
    BackendChoice choice;
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
        auto gpu = VulkanModel::create(weights, context, options.vulkanModel);
        if (gpu) {
            choice.backend = std::move(gpu.value());
            return choice;
        }
        if (options.kind == BackendKind::Vulkan)
            return gpu.error();
        // Format/InvalidArgument errors are the model's fault and the CPU would reject it too, but
        // it says so with its own message; anything else (too little memory, a lost device) is
        // worth running on the CPU instead.
        choice.reason = vulkanFailedReason(gpu.error());
        choice.notice = choice.reason;
    } else if (plan.value().fellBack) {
        choice.notice = choice.reason;
    }
    auto cpu = createCpuBackend(weights, options.cpuModel,
        options.kind == BackendKind::CpuReference ? CpuBackendKind::Reference : CpuBackendKind::Fast);
    if (!cpu)
        return cpu.error();
    choice.backend = std::move(cpu.value());
    return choice;
}

} // namespace sb
