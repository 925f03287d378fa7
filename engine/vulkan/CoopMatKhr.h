#pragma once
// VK_KHR_cooperative_matrix as the Vulkan registry defines it (1.3.255+). The headers of older
// SDKs (Debian 12 ships 1.3.239) lack it, and the engine must build against those, so the few
// types it needs are declared here under our own names with the registry's layout and values.

#include <vulkan/vulkan.h>

namespace sb::vkx {

constexpr const char *kCooperativeMatrixExtension = "VK_KHR_cooperative_matrix";
constexpr VkStructureType kStructCoopMatFeatures = VkStructureType(1000506000);
constexpr VkStructureType kStructCoopMatProperties = VkStructureType(1000506001);

enum ComponentType : int32_t { ComponentFloat16 = 0, ComponentFloat32 = 1 };
enum Scope : int32_t { ScopeSubgroup = 3 };

struct CooperativeMatrixProperties {
    VkStructureType sType = kStructCoopMatProperties;
    void *pNext = nullptr;
    uint32_t MSize = 0;
    uint32_t NSize = 0;
    uint32_t KSize = 0;
    int32_t AType = 0;
    int32_t BType = 0;
    int32_t CType = 0;
    int32_t ResultType = 0;
    VkBool32 saturatingAccumulation = VK_FALSE;
    int32_t scope = 0;
};

struct PhysicalDeviceCooperativeMatrixFeatures {
    VkStructureType sType = kStructCoopMatFeatures;
    void *pNext = nullptr;
    VkBool32 cooperativeMatrix = VK_FALSE;
    VkBool32 cooperativeMatrixRobustBufferAccess = VK_FALSE;
};

using PFN_GetPhysicalDeviceCooperativeMatrixProperties
    = VkResult(VKAPI_PTR *)(VkPhysicalDevice, uint32_t *, CooperativeMatrixProperties *);

} // namespace sb::vkx
