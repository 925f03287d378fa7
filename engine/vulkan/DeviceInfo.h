#pragma once
// What a Vulkan physical device offers the engine; filled by enumerateDevices().

#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/Result.h"

namespace sb {

enum class DeviceType { Discrete, Integrated, Virtual, Cpu, Other };

const char *deviceTypeName(DeviceType t);

struct MemoryHeapInfo {
    uint64_t size = 0;
    bool deviceLocal = false;
};

// One cooperative-matrix shape (C[M x N] += A[M x K] * B[K x N] per subgroup); zero when absent.
struct CoopMatShape {
    uint32_t m = 0, n = 0, k = 0;
    bool valid() const { return m != 0; }
};

struct DeviceInfo {
    uint32_t index = 0; // position in vkEnumeratePhysicalDevices order
    std::string name;
    DeviceType type = DeviceType::Other;
    uint32_t vendorId = 0;
    uint32_t deviceId = 0;
    std::string apiVersion; // "1.3.230"
    std::string driverName; // "llvmpipe", "NVIDIA", ...
    std::string driverInfo;
    std::vector<MemoryHeapInfo> heaps;
    uint32_t subgroupSize = 0;
    bool subgroupArithmetic = false;
    bool fp16Arithmetic = false; // shaderFloat16
    bool int8Arithmetic = false; // shaderInt8
    bool storage16Bit = false; // storageBuffer16BitAccess
    bool storage8Bit = false; // storageBuffer8BitAccess
    bool integerDotProduct = false; // VK_KHR_shader_integer_dot_product with shaderIntegerDotProduct
    bool integerDotProductAccelerated = false; // 4x8-bit packed signed and mixed-sign dot products are fast
    bool cooperativeMatrix = false; // VK_KHR_cooperative_matrix with its cooperativeMatrix feature
    // VK_KHR_portability_subset (MoltenVK on macOS): the spec requires enabling it when present.
    bool portabilitySubset = false;
    // The shape the prefill matmul uses: fp16 A/B, fp32 accumulators, subgroup scope, M and N
    // of 8 or 16, K of 8, 16 or 32 (16x16x16 preferred); none when the device lists no such shape.
    CoopMatShape coopMatF16;
    // Vulkan 1.3 subgroup size control: a pipeline may require full subgroups of a fixed size.
    bool subgroupSizeControl = false;
    bool computeFullSubgroups = false;
    uint32_t minSubgroupSize = 0;
    uint32_t maxSubgroupSize = 0;
    uint64_t maxStorageBufferRange = 0;
    uint32_t maxComputeSharedMemory = 0;
    uint32_t maxWorkgroupInvocations = 0;
    bool timestampsSupported = false;
    float timestampPeriodNs = 0.0f;

    uint64_t deviceLocalBytes() const;
    // Ranking used for automatic selection: discrete > integrated > virtual > CPU.
    int preferenceRank() const;
};

// Lists the Vulkan physical devices. Error (NoDevice) when there is no loader, no instance or
// no device at all, with a message a person can act on.
Result<std::vector<DeviceInfo>> enumerateDevices();

// Picks a device: `selector` empty = best by preferenceRank; a number = that index; otherwise
// the first device whose name contains `selector` (case-insensitive).
Result<DeviceInfo> selectDevice(const std::vector<DeviceInfo> &devices, const std::string &selector);

} // namespace sb
