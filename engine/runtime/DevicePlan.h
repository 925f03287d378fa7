#pragma once
// The one rule that decides where a model runs, for inference (BackendSelect.h) and LoRA training
// (LoraBackendSelect.h) alike, taken from the list of Vulkan devices before any weights move:
//
//   Cpu     the CPU backend.
//   Vulkan  the selected Vulkan device, whatever it is, or an error saying why there is none.
//   Auto    the selected Vulkan device unless it is a software implementation (device type CPU:
//           llvmpipe/lavapipe, SwiftShader), where the CPU backend is faster; the CPU backend too
//           when there is no usable device.
//
// The plan says why in words a person reads ("Vulkan device llvmpipe is a software
// implementation; the CPU backend is faster"), so the Models area, `bench` and `generate` can show
// which device runs and why.

#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/vulkan/DeviceInfo.h"

namespace sb {

enum class BackendKind {
    Auto, // a hardware Vulkan device if possible, else the CPU backend with the reason
    Vulkan, // Vulkan or an error
    Cpu, // the fast CPU backend (engine/cpufast)
    CpuReference, // the fp32 reference (engine/cpu/CpuModel): the oracle of tests and comparisons
};

struct DevicePlan {
    bool vulkan = false; // run on `device`; false: on the CPU backend
    DeviceInfo device; // the chosen Vulkan device (vulkan) or the one passed over (if any)
    std::string reason; // why, in words; never empty
    bool fellBack = false; // Auto did not get Vulkan: `reason` is worth a notice
};

// Pure: `devices` is enumerateDevices()'s answer, `selector` the device selector ("" = best,
// an index or part of a name). Errors only for BackendKind::Vulkan (no loader, no device, no
// device matching the selector).
Result<DevicePlan> planDevice(
    BackendKind kind, const Result<std::vector<DeviceInfo>> &devices, const std::string &selector);

// The reason used when Auto planned Vulkan but the device then refused the model (too little
// memory, a lost device, ...): the CPU backend runs it instead.
std::string vulkanFailedReason(const Error &error);

} // namespace sb
