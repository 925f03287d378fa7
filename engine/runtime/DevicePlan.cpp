#include "engine/runtime/DevicePlan.h"

namespace sb {

Result<DevicePlan> planDevice(
    BackendKind kind, const Result<std::vector<DeviceInfo>> &devices, const std::string &selector)
{
    DevicePlan plan;
    if (kind == BackendKind::Cpu || kind == BackendKind::CpuReference) {
        plan.reason = "the CPU backend was asked for";
        return plan;
    }
    Result<DeviceInfo> chosen
        = devices ? selectDevice(devices.value(), selector) : Result<DeviceInfo>(devices.error());
    if (!chosen) {
        if (kind == BackendKind::Vulkan)
            return chosen.error();
        plan.reason = vulkanFailedReason(chosen.error());
        plan.fellBack = true;
        return plan;
    }
    plan.device = chosen.value();
    const std::string name = "Vulkan device " + plan.device.name;
    if (plan.device.type == DeviceType::Cpu) {
        if (kind == BackendKind::Auto) {
            plan.reason = name + " is a software implementation; the CPU backend is faster";
            plan.fellBack = true;
            return plan;
        }
        plan.vulkan = true;
        plan.reason = name + " is a software implementation, used because Vulkan was asked for";
        return plan;
    }
    plan.vulkan = true;
    plan.reason = name + " (" + deviceTypeName(plan.device.type) + ")";
    return plan;
}

std::string vulkanFailedReason(const Error &error)
{
    return "Vulkan unavailable (" + error.toString() + "); running on the CPU backend";
}

} // namespace sb
