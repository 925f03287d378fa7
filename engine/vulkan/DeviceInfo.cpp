#include "engine/vulkan/DeviceInfo.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <vector>

#include "engine/vulkan/VulkanInstance.h"
#include "engine/vulkan/VulkanLoader.h"

namespace sb {

const char *deviceTypeName(DeviceType t)
{
    switch (t) {
    case DeviceType::Discrete:
        return "discrete GPU";
    case DeviceType::Integrated:
        return "integrated GPU";
    case DeviceType::Virtual:
        return "virtual GPU";
    case DeviceType::Cpu:
        return "CPU";
    case DeviceType::Other:
        return "other";
    }
    return "other";
}

uint64_t DeviceInfo::deviceLocalBytes() const
{
    uint64_t total = 0;
    for (const MemoryHeapInfo &h : heaps)
        if (h.deviceLocal)
            total += h.size;
    return total;
}

int DeviceInfo::preferenceRank() const
{
    switch (type) {
    case DeviceType::Discrete:
        return 4;
    case DeviceType::Integrated:
        return 3;
    case DeviceType::Virtual:
        return 2;
    case DeviceType::Cpu:
        return 1;
    case DeviceType::Other:
        return 0;
    }
    return 0;
}

namespace {

DeviceType toDeviceType(VkPhysicalDeviceType t)
{
    switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU:
        return DeviceType::Discrete;
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU:
        return DeviceType::Integrated;
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU:
        return DeviceType::Virtual;
    case VK_PHYSICAL_DEVICE_TYPE_CPU:
        return DeviceType::Cpu;
    default:
        return DeviceType::Other;
    }
}

std::string versionString(uint32_t v)
{
    return std::to_string(VK_API_VERSION_MAJOR(v)) + "." + std::to_string(VK_API_VERSION_MINOR(v)) + "."
        + std::to_string(VK_API_VERSION_PATCH(v));
}

bool hasExtension(const std::vector<VkExtensionProperties> &exts, const char *name)
{
    return std::any_of(exts.begin(), exts.end(),
        [name](const VkExtensionProperties &e) { return std::strcmp(e.extensionName, name) == 0; });
}

// The prefill matmul's shape among the device's cooperative-matrix shapes (see DeviceInfo).
CoopMatShape pickCoopMatShape(VkPhysicalDevice pd)
{
    if (!sbGetPhysicalDeviceCooperativeMatrixProperties)
        return {};
    uint32_t n = 0;
    if (sbGetPhysicalDeviceCooperativeMatrixProperties(pd, &n, nullptr) != VK_SUCCESS || n == 0)
        return {};
    std::vector<vkx::CooperativeMatrixProperties> props(n);
    if (sbGetPhysicalDeviceCooperativeMatrixProperties(pd, &n, props.data()) != VK_SUCCESS)
        return {};
    props.resize(n);
    CoopMatShape best;
    auto score = [](const CoopMatShape &s) {
        return (s.m == 16 && s.n == 16 && s.k == 16) ? 1u << 20 : s.m * s.n * s.k;
    };
    for (const vkx::CooperativeMatrixProperties &p : props) {
        const bool types = p.AType == vkx::ComponentFloat16 && p.BType == vkx::ComponentFloat16
            && p.CType == vkx::ComponentFloat32 && p.ResultType == vkx::ComponentFloat32
            && !p.saturatingAccumulation;
        const bool sizes = (p.MSize == 8 || p.MSize == 16) && (p.NSize == 8 || p.NSize == 16)
            && (p.KSize == 8 || p.KSize == 16 || p.KSize == 32);
        if (!types || !sizes || p.scope != vkx::ScopeSubgroup)
            continue;
        const CoopMatShape s { p.MSize, p.NSize, p.KSize };
        if (!best.valid() || score(s) > score(best))
            best = s;
    }
    return best;
}

} // namespace

DeviceInfo describePhysicalDevice(VkPhysicalDevice pd, uint32_t index)
{
    DeviceInfo info;
    info.index = index;

    VkPhysicalDeviceSubgroupProperties subgroup { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES };
    VkPhysicalDeviceDriverProperties driver { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES };
    subgroup.pNext = &driver;
    VkPhysicalDeviceProperties2 props2 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2 };
    props2.pNext = &subgroup;
    vkGetPhysicalDeviceProperties2(pd, &props2);
    const VkPhysicalDeviceProperties &p = props2.properties;

    info.name = p.deviceName;
    info.type = toDeviceType(p.deviceType);
    info.vendorId = p.vendorID;
    info.deviceId = p.deviceID;
    info.apiVersion = versionString(p.apiVersion);
    info.driverName = driver.driverName;
    info.driverInfo = driver.driverInfo;
    info.subgroupSize = subgroup.subgroupSize;
    info.subgroupArithmetic = (subgroup.supportedOperations & VK_SUBGROUP_FEATURE_ARITHMETIC_BIT)
        && (subgroup.supportedStages & VK_SHADER_STAGE_COMPUTE_BIT);
    info.maxStorageBufferRange = p.limits.maxStorageBufferRange;
    info.maxComputeSharedMemory = p.limits.maxComputeSharedMemorySize;
    info.maxWorkgroupInvocations = p.limits.maxComputeWorkGroupInvocations;
    info.timestampsSupported = p.limits.timestampComputeAndGraphics == VK_TRUE;
    info.timestampPeriodNs = p.limits.timestampPeriod;

    uint32_t extCount = 0;
    vkEnumerateDeviceExtensionProperties(pd, nullptr, &extCount, nullptr);
    std::vector<VkExtensionProperties> exts(extCount);
    vkEnumerateDeviceExtensionProperties(pd, nullptr, &extCount, exts.data());
    const bool dotExt = hasExtension(exts, "VK_KHR_shader_integer_dot_product");
    const bool coopExt = hasExtension(exts, vkx::kCooperativeMatrixExtension);
    info.portabilitySubset = hasExtension(exts, "VK_KHR_portability_subset");
    // Vulkan 1.3 structures (subgroup size control is core there) only when both the device and
    // the instance are 1.3: VulkanInstance asks for 1.3 exactly when the loader has it.
    uint32_t loaderVersion = VK_API_VERSION_1_0;
    if (vkEnumerateInstanceVersion)
        vkEnumerateInstanceVersion(&loaderVersion);
    const bool v13 = p.apiVersion >= VK_API_VERSION_1_3 && loaderVersion >= VK_API_VERSION_1_3;
    if (v13) {
        VkPhysicalDeviceSubgroupSizeControlProperties sizeControl {
            VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_SIZE_CONTROL_PROPERTIES
        };
        VkPhysicalDeviceProperties2 p2 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2 };
        p2.pNext = &sizeControl;
        vkGetPhysicalDeviceProperties2(pd, &p2);
        info.minSubgroupSize = sizeControl.minSubgroupSize;
        info.maxSubgroupSize = sizeControl.maxSubgroupSize;
        if (!(sizeControl.requiredSubgroupSizeStages & VK_SHADER_STAGE_COMPUTE_BIT))
            info.minSubgroupSize = info.maxSubgroupSize = 0;
    }

    VkPhysicalDeviceVulkan12Features f12 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES };
    VkPhysicalDeviceVulkan11Features f11 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_1_FEATURES };
    VkPhysicalDeviceShaderIntegerDotProductFeatures dotFeatures {
        VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_INTEGER_DOT_PRODUCT_FEATURES
    };
    VkPhysicalDeviceVulkan13Features f13 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES };
    vkx::PhysicalDeviceCooperativeMatrixFeatures coopFeatures;
    f11.pNext = &f12;
    void **tail = &f12.pNext; // only chain structures the device knows
    if (dotExt) {
        *tail = &dotFeatures;
        tail = &dotFeatures.pNext;
    }
    if (v13) {
        *tail = &f13;
        tail = &f13.pNext;
    }
    if (coopExt)
        *tail = &coopFeatures;
    VkPhysicalDeviceFeatures2 features2 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2 };
    features2.pNext = &f11;
    vkGetPhysicalDeviceFeatures2(pd, &features2);
    info.subgroupSizeControl = f13.subgroupSizeControl == VK_TRUE && info.maxSubgroupSize != 0;
    info.computeFullSubgroups = f13.computeFullSubgroups == VK_TRUE;
    info.cooperativeMatrix = coopExt && coopFeatures.cooperativeMatrix == VK_TRUE;
    if (info.cooperativeMatrix)
        info.coopMatF16 = pickCoopMatShape(pd);
    info.fp16Arithmetic = f12.shaderFloat16 == VK_TRUE;
    info.int8Arithmetic = f12.shaderInt8 == VK_TRUE;
    info.storage16Bit = f11.storageBuffer16BitAccess == VK_TRUE;
    info.storage8Bit = f12.storageBuffer8BitAccess == VK_TRUE;
    info.integerDotProduct = dotExt && dotFeatures.shaderIntegerDotProduct == VK_TRUE;
    if (info.integerDotProduct) {
        VkPhysicalDeviceShaderIntegerDotProductProperties dotProps {
            VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_INTEGER_DOT_PRODUCT_PROPERTIES
        };
        VkPhysicalDeviceProperties2 p2 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2 };
        p2.pNext = &dotProps;
        vkGetPhysicalDeviceProperties2(pd, &p2);
        info.integerDotProductAccelerated = dotProps.integerDotProduct4x8BitPackedSignedAccelerated == VK_TRUE
            && dotProps.integerDotProduct4x8BitPackedMixedSignednessAccelerated == VK_TRUE;
    }

    VkPhysicalDeviceMemoryProperties mem {};
    vkGetPhysicalDeviceMemoryProperties(pd, &mem);
    for (uint32_t i = 0; i < mem.memoryHeapCount; ++i)
        info.heaps.push_back(
            { mem.memoryHeaps[i].size, (mem.memoryHeaps[i].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT) != 0 });
    return info;
}

Result<std::vector<DeviceInfo>> enumerateDevices()
{
    auto instance = VulkanInstance::create();
    if (!instance)
        return instance.error();
    std::vector<VkPhysicalDevice> pds = instance.value()->physicalDevices();
    if (pds.empty())
        return makeError(ErrorCode::NoDevice,
            "the Vulkan loader found no physical device (is a Vulkan driver installed?)");
    std::vector<DeviceInfo> out;
    for (uint32_t i = 0; i < pds.size(); ++i)
        out.push_back(describePhysicalDevice(pds[i], i));
    return out;
}

Result<DeviceInfo> selectDevice(const std::vector<DeviceInfo> &devices, const std::string &selector)
{
    if (devices.empty())
        return makeError(ErrorCode::NoDevice, "no Vulkan device available");
    if (selector.empty()) {
        auto best
            = std::max_element(devices.begin(), devices.end(), [](const DeviceInfo &a, const DeviceInfo &b) {
                  if (a.preferenceRank() != b.preferenceRank())
                      return a.preferenceRank() < b.preferenceRank();
                  return a.deviceLocalBytes() < b.deviceLocalBytes();
              });
        return *best;
    }
    if (std::all_of(selector.begin(), selector.end(), [](unsigned char c) { return std::isdigit(c); })) {
        const unsigned long idx = std::stoul(selector);
        if (idx < devices.size())
            return devices[idx];
        return makeError(ErrorCode::NotFound,
            "Vulkan device index " + selector + " out of range (have " + std::to_string(devices.size())
                + ")");
    }
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        return s;
    };
    const std::string needle = lower(selector);
    for (const DeviceInfo &d : devices)
        if (lower(d.name).find(needle) != std::string::npos)
            return d;
    return makeError(ErrorCode::NotFound, "no Vulkan device whose name contains \"" + selector + "\"");
}

} // namespace sb
