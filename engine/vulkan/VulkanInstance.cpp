#include "engine/vulkan/VulkanInstance.h"

#include <cstdlib>
#include <cstring>
#include <string>

namespace sb {

Result<std::shared_ptr<VulkanInstance>> VulkanInstance::create()
{
    SB_TRY(vk::loadLoader());

    uint32_t loaderVersion = VK_API_VERSION_1_0;
    if (vkEnumerateInstanceVersion)
        vkEnumerateInstanceVersion(&loaderVersion);
    if (loaderVersion < VK_API_VERSION_1_2)
        return makeError(ErrorCode::NoDevice,
            "the Vulkan loader supports only Vulkan " + std::to_string(VK_API_VERSION_MAJOR(loaderVersion))
                + "." + std::to_string(VK_API_VERSION_MINOR(loaderVersion)) + "; Switchboard needs 1.2");

    std::shared_ptr<VulkanInstance> self(new VulkanInstance());
    self->m_apiVersion = loaderVersion >= VK_API_VERSION_1_3 ? VK_API_VERSION_1_3 : VK_API_VERSION_1_2;

    VkApplicationInfo app { VK_STRUCTURE_TYPE_APPLICATION_INFO };
    app.pApplicationName = "Switchboard";
    app.pEngineName = "sbengine";
    app.apiVersion = self->m_apiVersion;

    std::vector<const char *> layers;
    const char *validation = std::getenv("SB_VULKAN_VALIDATION");
    if (validation && std::strcmp(validation, "1") == 0) {
        uint32_t n = 0;
        vkEnumerateInstanceLayerProperties(&n, nullptr);
        std::vector<VkLayerProperties> props(n);
        vkEnumerateInstanceLayerProperties(&n, props.data());
        for (const VkLayerProperties &p : props)
            if (std::strcmp(p.layerName, "VK_LAYER_KHRONOS_validation") == 0)
                layers.push_back("VK_LAYER_KHRONOS_validation");
    }

    // Since loader 1.3.216, portability drivers (MoltenVK on macOS) are listed only when the
    // instance asks for VK_KHR_portability_enumeration with its flag; without it a Mac has no
    // device and falls back to the CPU.
    std::vector<const char *> extensions;
    uint32_t extCount = 0;
    vkEnumerateInstanceExtensionProperties(nullptr, &extCount, nullptr);
    std::vector<VkExtensionProperties> available(extCount);
    vkEnumerateInstanceExtensionProperties(nullptr, &extCount, available.data());
    bool portability = false;
    for (uint32_t i = 0; i < extCount; ++i)
        if (std::strcmp(available[i].extensionName, "VK_KHR_portability_enumeration") == 0)
            portability = true;

    VkInstanceCreateInfo ci { VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO };
    ci.pApplicationInfo = &app;
    ci.enabledLayerCount = uint32_t(layers.size());
    ci.ppEnabledLayerNames = layers.data();
    if (portability) {
        extensions.push_back("VK_KHR_portability_enumeration");
        ci.flags |= VK_INSTANCE_CREATE_ENUMERATE_PORTABILITY_BIT_KHR;
    }
    ci.enabledExtensionCount = uint32_t(extensions.size());
    ci.ppEnabledExtensionNames = extensions.data();
    const VkResult r = vkCreateInstance(&ci, nullptr, &self->m_instance);
    if (r != VK_SUCCESS)
        return makeError(ErrorCode::NoDevice,
            std::string("vkCreateInstance failed: ") + vk::resultName(r)
                + " (is a Vulkan driver installed?)");
    vk::loadInstanceFunctions(self->m_instance);
    return self;
}

VulkanInstance::~VulkanInstance()
{
    if (m_instance)
        vkDestroyInstance(m_instance, nullptr);
}

std::vector<VkPhysicalDevice> VulkanInstance::physicalDevices() const
{
    uint32_t n = 0;
    if (vkEnumeratePhysicalDevices(m_instance, &n, nullptr) != VK_SUCCESS)
        return {};
    std::vector<VkPhysicalDevice> out(n);
    if (vkEnumeratePhysicalDevices(m_instance, &n, out.data()) != VK_SUCCESS)
        return {};
    out.resize(n);
    return out;
}

} // namespace sb
