#pragma once
// Owns a VkInstance (RAII). Validation layers are enabled when SB_VULKAN_VALIDATION=1 and present.

#include <memory>
#include <vector>

#include "engine/core/Result.h"
#include "engine/vulkan/VulkanLoader.h"

namespace sb {

struct DeviceInfo;

class VulkanInstance {
public:
    static Result<std::shared_ptr<VulkanInstance>> create();
    ~VulkanInstance();
    VulkanInstance(const VulkanInstance &) = delete;
    VulkanInstance &operator=(const VulkanInstance &) = delete;

    VkInstance handle() const { return m_instance; }
    uint32_t apiVersion() const { return m_apiVersion; }
    std::vector<VkPhysicalDevice> physicalDevices() const;

private:
    VulkanInstance() = default;
    VkInstance m_instance = VK_NULL_HANDLE;
    uint32_t m_apiVersion = VK_API_VERSION_1_2;
};

DeviceInfo describePhysicalDevice(VkPhysicalDevice pd, uint32_t index);

} // namespace sb
