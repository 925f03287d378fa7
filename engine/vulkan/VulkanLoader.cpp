#include "engine/vulkan/VulkanLoader.h"

#include <cstdlib>
#include <mutex>
#include <string>

#if defined(_WIN32)
#include <windows.h>
#else
#include <dlfcn.h>
#endif

#define SB_VK_DEFINE(name) PFN_##name name = nullptr;
SB_VK_LOADER_FUNCS(SB_VK_DEFINE)
SB_VK_GLOBAL_FUNCS(SB_VK_DEFINE)
SB_VK_INSTANCE_FUNCS(SB_VK_DEFINE)
SB_VK_DEVICE_FUNCS(SB_VK_DEFINE)
#undef SB_VK_DEFINE
sb::vkx::PFN_GetPhysicalDeviceCooperativeMatrixProperties sbGetPhysicalDeviceCooperativeMatrixProperties
    = nullptr;

namespace sb::vk {

namespace {

void *openLibrary(std::string &tried)
{
    // SB_VULKAN_LIBRARY names the loader explicitly (a bundled loader, or tests that simulate
    // a machine without one); when set, nothing else is tried.
    if (const char *forced = std::getenv("SB_VULKAN_LIBRARY"); forced && *forced) {
        tried = forced;
#if defined(_WIN32)
        return reinterpret_cast<void *>(LoadLibraryA(forced));
#else
        return dlopen(forced, RTLD_NOW | RTLD_LOCAL);
#endif
    }
#if defined(_WIN32)
    const char *names[] = { "vulkan-1.dll" };
#elif defined(__APPLE__)
    // The app bundle's own loader first (macdeployqt/packaging put it in Contents/Frameworks),
    // then the dyld search path, then Homebrew's prefixes (Apple Silicon, Intel), which dyld does
    // not search; MoltenVK alone last (it is itself a Vulkan 1.2 ICD with a loader interface).
    const char *names[] = { "@executable_path/../Frameworks/libvulkan.1.dylib", "libvulkan.1.dylib",
        "libvulkan.dylib", "/opt/homebrew/lib/libvulkan.1.dylib", "/usr/local/lib/libvulkan.1.dylib",
        "@executable_path/../Frameworks/libMoltenVK.dylib", "libMoltenVK.dylib",
        "/opt/homebrew/lib/libMoltenVK.dylib", "/usr/local/lib/libMoltenVK.dylib" };
#else
    const char *names[] = { "libvulkan.so.1", "libvulkan.so" };
#endif
    for (const char *name : names) {
        if (!tried.empty())
            tried += ", ";
        tried += name;
#if defined(_WIN32)
        if (HMODULE h = LoadLibraryA(name))
            return reinterpret_cast<void *>(h);
#else
        if (void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL))
            return h;
#endif
    }
    return nullptr;
}

void *findSymbol(void *lib, const char *name)
{
#if defined(_WIN32)
    return reinterpret_cast<void *>(GetProcAddress(static_cast<HMODULE>(lib), name));
#else
    return dlsym(lib, name);
#endif
}

std::once_flag g_once;
Result<void> g_loadResult;

} // namespace

Result<void> loadLoader()
{
    std::call_once(g_once, [] {
        std::string tried;
        void *lib = openLibrary(tried);
        if (!lib) {
            g_loadResult = makeError(
                ErrorCode::NoDevice, "no Vulkan loader found (tried " + tried + "); install a Vulkan driver");
            return;
        }
        vkGetInstanceProcAddr
            = reinterpret_cast<PFN_vkGetInstanceProcAddr>(findSymbol(lib, "vkGetInstanceProcAddr"));
        if (!vkGetInstanceProcAddr) {
            g_loadResult = makeError(ErrorCode::NoDevice, "the Vulkan loader lacks vkGetInstanceProcAddr");
            return;
        }
#define SB_VK_LOAD_GLOBAL(name) name = reinterpret_cast<PFN_##name>(vkGetInstanceProcAddr(nullptr, #name));
        SB_VK_GLOBAL_FUNCS(SB_VK_LOAD_GLOBAL)
#undef SB_VK_LOAD_GLOBAL
        if (!vkCreateInstance)
            g_loadResult
                = makeError(ErrorCode::NoDevice, "the Vulkan loader does not provide vkCreateInstance");
    });
    return g_loadResult;
}

void loadInstanceFunctions(VkInstance instance)
{
#define SB_VK_LOAD_INSTANCE(name) name = reinterpret_cast<PFN_##name>(vkGetInstanceProcAddr(instance, #name));
    SB_VK_INSTANCE_FUNCS(SB_VK_LOAD_INSTANCE)
#undef SB_VK_LOAD_INSTANCE
    sbGetPhysicalDeviceCooperativeMatrixProperties
        = reinterpret_cast<sb::vkx::PFN_GetPhysicalDeviceCooperativeMatrixProperties>(
            vkGetInstanceProcAddr(instance, "vkGetPhysicalDeviceCooperativeMatrixPropertiesKHR"));
}

void loadDeviceFunctions(VkDevice device)
{
#define SB_VK_LOAD_DEVICE(name) name = reinterpret_cast<PFN_##name>(vkGetDeviceProcAddr(device, #name));
    SB_VK_DEVICE_FUNCS(SB_VK_LOAD_DEVICE)
#undef SB_VK_LOAD_DEVICE
}

const char *resultName(VkResult r)
{
    switch (r) {
    case VK_SUCCESS:
        return "VK_SUCCESS";
    case VK_NOT_READY:
        return "VK_NOT_READY";
    case VK_TIMEOUT:
        return "VK_TIMEOUT";
    case VK_INCOMPLETE:
        return "VK_INCOMPLETE";
    case VK_ERROR_OUT_OF_HOST_MEMORY:
        return "VK_ERROR_OUT_OF_HOST_MEMORY";
    case VK_ERROR_OUT_OF_DEVICE_MEMORY:
        return "VK_ERROR_OUT_OF_DEVICE_MEMORY";
    case VK_ERROR_INITIALIZATION_FAILED:
        return "VK_ERROR_INITIALIZATION_FAILED";
    case VK_ERROR_DEVICE_LOST:
        return "VK_ERROR_DEVICE_LOST";
    case VK_ERROR_MEMORY_MAP_FAILED:
        return "VK_ERROR_MEMORY_MAP_FAILED";
    case VK_ERROR_LAYER_NOT_PRESENT:
        return "VK_ERROR_LAYER_NOT_PRESENT";
    case VK_ERROR_EXTENSION_NOT_PRESENT:
        return "VK_ERROR_EXTENSION_NOT_PRESENT";
    case VK_ERROR_FEATURE_NOT_PRESENT:
        return "VK_ERROR_FEATURE_NOT_PRESENT";
    case VK_ERROR_INCOMPATIBLE_DRIVER:
        return "VK_ERROR_INCOMPATIBLE_DRIVER";
    case VK_ERROR_TOO_MANY_OBJECTS:
        return "VK_ERROR_TOO_MANY_OBJECTS";
    case VK_ERROR_FORMAT_NOT_SUPPORTED:
        return "VK_ERROR_FORMAT_NOT_SUPPORTED";
    case VK_ERROR_FRAGMENTED_POOL:
        return "VK_ERROR_FRAGMENTED_POOL";
    case VK_ERROR_OUT_OF_POOL_MEMORY:
        return "VK_ERROR_OUT_OF_POOL_MEMORY";
    default:
        return "VkResult(other)";
    }
}

} // namespace sb::vk
