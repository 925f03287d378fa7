#pragma once
// Run-time loading of the Vulkan loader library (volk-style). The engine is built with
// VK_NO_PROTOTYPES and calls Vulkan through the function pointers declared here, so a machine
// without libvulkan still starts the app, and the engine falls back to the CPU with a notice.

#include <vulkan/vulkan.h>

#include "engine/core/Result.h"
#include "engine/vulkan/CoopMatKhr.h"

#define SB_VK_LOADER_FUNCS(X) X(vkGetInstanceProcAddr)

#define SB_VK_GLOBAL_FUNCS(X)                                                                                \
    X(vkCreateInstance)                                                                                      \
    X(vkEnumerateInstanceVersion)                                                                            \
    X(vkEnumerateInstanceExtensionProperties)                                                                \
    X(vkEnumerateInstanceLayerProperties)

#define SB_VK_INSTANCE_FUNCS(X)                                                                              \
    X(vkDestroyInstance)                                                                                     \
    X(vkEnumeratePhysicalDevices)                                                                            \
    X(vkGetPhysicalDeviceProperties)                                                                         \
    X(vkGetPhysicalDeviceProperties2)                                                                        \
    X(vkGetPhysicalDeviceFeatures2)                                                                          \
    X(vkGetPhysicalDeviceMemoryProperties)                                                                   \
    X(vkGetPhysicalDeviceQueueFamilyProperties)                                                              \
    X(vkEnumerateDeviceExtensionProperties)                                                                  \
    X(vkCreateDevice)                                                                                        \
    X(vkGetDeviceProcAddr)

#define SB_VK_DEVICE_FUNCS(X)                                                                                \
    X(vkDestroyDevice)                                                                                       \
    X(vkGetDeviceQueue)                                                                                      \
    X(vkDeviceWaitIdle)                                                                                      \
    X(vkQueueSubmit)                                                                                         \
    X(vkQueueWaitIdle)                                                                                       \
    X(vkCreateBuffer)                                                                                        \
    X(vkDestroyBuffer)                                                                                       \
    X(vkGetBufferMemoryRequirements)                                                                         \
    X(vkAllocateMemory)                                                                                      \
    X(vkFreeMemory)                                                                                          \
    X(vkBindBufferMemory)                                                                                    \
    X(vkMapMemory)                                                                                           \
    X(vkUnmapMemory)                                                                                         \
    X(vkFlushMappedMemoryRanges)                                                                             \
    X(vkInvalidateMappedMemoryRanges)                                                                        \
    X(vkCreateShaderModule)                                                                                  \
    X(vkDestroyShaderModule)                                                                                 \
    X(vkCreateDescriptorSetLayout)                                                                           \
    X(vkDestroyDescriptorSetLayout)                                                                          \
    X(vkCreatePipelineLayout)                                                                                \
    X(vkDestroyPipelineLayout)                                                                               \
    X(vkCreatePipelineCache)                                                                                 \
    X(vkDestroyPipelineCache)                                                                                \
    X(vkGetPipelineCacheData)                                                                                \
    X(vkCreateComputePipelines)                                                                              \
    X(vkDestroyPipeline)                                                                                     \
    X(vkCreateDescriptorPool)                                                                                \
    X(vkDestroyDescriptorPool)                                                                               \
    X(vkResetDescriptorPool)                                                                                 \
    X(vkAllocateDescriptorSets)                                                                              \
    X(vkUpdateDescriptorSets)                                                                                \
    X(vkCreateCommandPool)                                                                                   \
    X(vkDestroyCommandPool)                                                                                  \
    X(vkResetCommandPool)                                                                                    \
    X(vkAllocateCommandBuffers)                                                                              \
    X(vkFreeCommandBuffers)                                                                                  \
    X(vkBeginCommandBuffer)                                                                                  \
    X(vkEndCommandBuffer)                                                                                    \
    X(vkResetCommandBuffer)                                                                                  \
    X(vkCmdBindPipeline)                                                                                     \
    X(vkCmdBindDescriptorSets)                                                                               \
    X(vkCmdPushConstants)                                                                                    \
    X(vkCmdDispatch)                                                                                         \
    X(vkCmdPipelineBarrier)                                                                                  \
    X(vkCmdCopyBuffer)                                                                                       \
    X(vkCmdFillBuffer)                                                                                       \
    X(vkCmdWriteTimestamp)                                                                                   \
    X(vkCreateFence)                                                                                         \
    X(vkDestroyFence)                                                                                        \
    X(vkWaitForFences)                                                                                       \
    X(vkResetFences)                                                                                         \
    X(vkCreateQueryPool)                                                                                     \
    X(vkDestroyQueryPool)                                                                                    \
    X(vkGetQueryPoolResults)                                                                                 \
    X(vkCmdResetQueryPool)

#define SB_VK_DECLARE(name) extern PFN_##name name;
SB_VK_LOADER_FUNCS(SB_VK_DECLARE)
SB_VK_GLOBAL_FUNCS(SB_VK_DECLARE)
SB_VK_INSTANCE_FUNCS(SB_VK_DECLARE)
SB_VK_DEVICE_FUNCS(SB_VK_DECLARE)
#undef SB_VK_DECLARE

// Extension functions newer than the headers the engine may be built with (null when absent).
extern sb::vkx::PFN_GetPhysicalDeviceCooperativeMatrixProperties
    sbGetPhysicalDeviceCooperativeMatrixProperties;

namespace sb::vk {

// Opens the system's Vulkan loader once (thread-safe) and resolves the global functions.
// Error code NoDevice with a message naming the library when it is missing.
Result<void> loadLoader();

// Resolves instance-level functions; call after vkCreateInstance.
void loadInstanceFunctions(VkInstance instance);

// Resolves device-level functions for one device (the engine uses one device at a time).
void loadDeviceFunctions(VkDevice device);

const char *resultName(VkResult r);

} // namespace sb::vk
