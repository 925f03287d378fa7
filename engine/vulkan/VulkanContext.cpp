#include "engine/vulkan/VulkanContext.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

#include "engine/core/PathIo.h"
#include "engine/core/Platform.h"
#include "engine/vulkan/ShaderTable.h"
#include "engine/vulkan/VulkanInstance.h"

namespace sb {

namespace {
constexpr uint32_t kMaxDescriptorSets = 4096;
}

Error VulkanContext::vkError(const char *what, VkResult r) const
{
    ErrorCode code = ErrorCode::Internal;
    if (r == VK_ERROR_OUT_OF_DEVICE_MEMORY || r == VK_ERROR_OUT_OF_HOST_MEMORY)
        code = ErrorCode::OutOfMemory;
    else if (r == VK_ERROR_DEVICE_LOST)
        code = ErrorCode::DeviceLost;
    return makeError(code, std::string(what) + " failed on " + m_info.name + ": " + vk::resultName(r));
}

Result<std::unique_ptr<VulkanContext>> VulkanContext::create(const ContextOptions &options)
{
    std::unique_ptr<VulkanContext> ctx(new VulkanContext());
    SB_TRY(ctx->init(options));
    return ctx;
}

Result<void> VulkanContext::init(const ContextOptions &options)
{
    auto instance = VulkanInstance::create();
    if (!instance)
        return instance.error();
    m_instance = instance.value();

    const std::vector<VkPhysicalDevice> pds = m_instance->physicalDevices();
    std::vector<DeviceInfo> infos;
    for (uint32_t i = 0; i < pds.size(); ++i)
        infos.push_back(describePhysicalDevice(pds[i], i));
    auto chosen = selectDevice(infos, options.deviceSelector);
    if (!chosen)
        return chosen.error();
    m_info = chosen.value();
    m_physical = pds[m_info.index];
    vkGetPhysicalDeviceMemoryProperties(m_physical, &m_memory);

    uint32_t familyCount = 0;
    vkGetPhysicalDeviceQueueFamilyProperties(m_physical, &familyCount, nullptr);
    std::vector<VkQueueFamilyProperties> families(familyCount);
    vkGetPhysicalDeviceQueueFamilyProperties(m_physical, &familyCount, families.data());
    // Prefer a compute-only family (async compute on discrete GPUs), else any with compute.
    int family = -1;
    for (uint32_t i = 0; i < familyCount; ++i)
        if ((families[i].queueFlags & VK_QUEUE_COMPUTE_BIT)
            && !(families[i].queueFlags & VK_QUEUE_GRAPHICS_BIT)) {
            family = int(i);
            break;
        }
    for (uint32_t i = 0; family < 0 && i < familyCount; ++i)
        if (families[i].queueFlags & VK_QUEUE_COMPUTE_BIT)
            family = int(i);
    if (family < 0)
        return makeError(ErrorCode::Unsupported, m_info.name + " has no compute queue");
    m_queueFamily = uint32_t(family);

    const float priority = 1.0f;
    VkDeviceQueueCreateInfo qci { VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO };
    qci.queueFamilyIndex = m_queueFamily;
    qci.queueCount = 1;
    qci.pQueuePriorities = &priority;

    // Enable exactly the optional features the device reports; kernels pick paths from DeviceInfo.
    VkPhysicalDeviceVulkan12Features f12 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES };
    f12.shaderFloat16 = m_info.fp16Arithmetic;
    f12.shaderInt8 = m_info.int8Arithmetic;
    f12.storageBuffer8BitAccess = m_info.storage8Bit;
    VkPhysicalDeviceVulkan11Features f11 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_1_FEATURES };
    f11.storageBuffer16BitAccess = m_info.storage16Bit;
    f11.pNext = &f12;
    VkPhysicalDeviceShaderIntegerDotProductFeatures dot {
        VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SHADER_INTEGER_DOT_PRODUCT_FEATURES
    };
    std::vector<const char *> extensions;
    // A device that is not fully conformant (MoltenVK) must be created with this extension.
    if (m_info.portabilitySubset)
        extensions.push_back("VK_KHR_portability_subset");
    if (m_info.integerDotProduct) { // the int8 dot-product matvec (shaders/common/matvec_dp_body.glsl)
        dot.shaderIntegerDotProduct = VK_TRUE;
        f12.pNext = &dot;
        extensions.push_back("VK_KHR_shader_integer_dot_product");
    }
    void **tail = m_info.integerDotProduct ? &dot.pNext : &f12.pNext;
    VkPhysicalDeviceVulkan13Features f13 { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES };
    if (m_info.subgroupSizeControl || m_info.computeFullSubgroups) { // pipelines that need whole subgroups
        f13.subgroupSizeControl = m_info.subgroupSizeControl;
        f13.computeFullSubgroups = m_info.computeFullSubgroups;
        *tail = &f13;
        tail = &f13.pNext;
    }
    vkx::PhysicalDeviceCooperativeMatrixFeatures coop;
    if (m_info.cooperativeMatrix
        && m_info.coopMatF16.valid()) { // the prefill matmul (shaders/matmul_cm.comp)
        coop.cooperativeMatrix = VK_TRUE;
        *tail = &coop;
        extensions.push_back(vkx::kCooperativeMatrixExtension);
    }
    VkPhysicalDeviceFeatures2 features { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2 };
    features.pNext = &f11;

    VkDeviceCreateInfo dci { VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO };
    dci.pNext = &features;
    dci.enabledExtensionCount = uint32_t(extensions.size());
    dci.ppEnabledExtensionNames = extensions.data();
    dci.queueCreateInfoCount = 1;
    dci.pQueueCreateInfos = &qci;
    VkResult r = vkCreateDevice(m_physical, &dci, nullptr, &m_device);
    if (r != VK_SUCCESS)
        return vkError("vkCreateDevice", r);
    vk::loadDeviceFunctions(m_device);
    vkGetDeviceQueue(m_device, m_queueFamily, 0, &m_queue);

    VkCommandPoolCreateInfo cpci { VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO };
    cpci.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
    cpci.queueFamilyIndex = m_queueFamily;
    if ((r = vkCreateCommandPool(m_device, &cpci, nullptr, &m_commandPool)) != VK_SUCCESS)
        return vkError("vkCreateCommandPool", r);

    VkDescriptorPoolSize poolSize { VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, kMaxDescriptorSets * 8 };
    VkDescriptorPoolCreateInfo dpci { VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO };
    dpci.maxSets = kMaxDescriptorSets;
    dpci.poolSizeCount = 1;
    dpci.pPoolSizes = &poolSize;
    if ((r = vkCreateDescriptorPool(m_device, &dpci, nullptr, &m_descriptorPool)) != VK_SUCCESS)
        return vkError("vkCreateDescriptorPool", r);

    m_activePool = m_descriptorPool;

    VkFenceCreateInfo fci { VK_STRUCTURE_TYPE_FENCE_CREATE_INFO };
    if ((r = vkCreateFence(m_device, &fci, nullptr, &m_fence)) != VK_SUCCESS)
        return vkError("vkCreateFence", r);

    // A cache file from another driver or device is rejected by the driver's own header check,
    // so reading whatever is on disk is safe; a failed create falls back to an empty cache.
    m_pipelineCachePath = options.pipelineCachePath;
    std::vector<char> cacheData;
    if (!m_pipelineCachePath.empty()) {
        std::ifstream in(pathFromUtf8(m_pipelineCachePath), std::ios::binary);
        if (in)
            cacheData.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    VkPipelineCacheCreateInfo pcci { VK_STRUCTURE_TYPE_PIPELINE_CACHE_CREATE_INFO };
    pcci.initialDataSize = cacheData.size();
    pcci.pInitialData = cacheData.empty() ? nullptr : cacheData.data();
    if (vkCreatePipelineCache(m_device, &pcci, nullptr, &m_pipelineCache) != VK_SUCCESS) {
        pcci.initialDataSize = 0;
        pcci.pInitialData = nullptr;
        if ((r = vkCreatePipelineCache(m_device, &pcci, nullptr, &m_pipelineCache)) != VK_SUCCESS)
            return vkError("vkCreatePipelineCache", r);
    }
    return {};
}

VulkanContext::~VulkanContext()
{
    if (!m_device)
        return;
    vkDeviceWaitIdle(m_device);
    if (m_pipelineCache) {
        (void)savePipelineCache();
        vkDestroyPipelineCache(m_device, m_pipelineCache, nullptr);
    }
    if (m_fence)
        vkDestroyFence(m_device, m_fence, nullptr);
    if (m_descriptorPool)
        vkDestroyDescriptorPool(m_device, m_descriptorPool, nullptr);
    if (m_commandPool)
        vkDestroyCommandPool(m_device, m_commandPool, nullptr);
    vkDestroyDevice(m_device, nullptr);
}

Result<void> VulkanContext::savePipelineCache() const
{
    if (m_pipelineCachePath.empty() || !m_pipelineCache)
        return {};
    size_t size = 0;
    if (vkGetPipelineCacheData(m_device, m_pipelineCache, &size, nullptr) != VK_SUCCESS || size == 0)
        return {};
    std::vector<char> data(size);
    if (vkGetPipelineCacheData(m_device, m_pipelineCache, &size, data.data()) != VK_SUCCESS)
        return makeError(ErrorCode::Internal, "vkGetPipelineCacheData failed");
    // Write to a temporary name and rename so a crash never leaves a torn cache file.
    const std::string tmp = m_pipelineCachePath + ".tmp";
    {
        std::ofstream out(pathFromUtf8(tmp), std::ios::binary | std::ios::trunc);
        out.write(data.data(), std::streamsize(size));
        if (!out)
            return makeError(ErrorCode::Io, "cannot write pipeline cache " + tmp);
    }
    return platform::replaceFile(tmp, m_pipelineCachePath);
}

int VulkanContext::findMemoryType(
    uint32_t typeBits, VkMemoryPropertyFlags wanted, VkMemoryPropertyFlags avoid) const
{
    for (uint32_t i = 0; i < m_memory.memoryTypeCount; ++i) {
        const VkMemoryPropertyFlags f = m_memory.memoryTypes[i].propertyFlags;
        if ((typeBits & (1u << i)) && (f & wanted) == wanted && (f & avoid) == 0)
            return int(i);
    }
    return -1;
}

Result<Buffer> VulkanContext::createBuffer(VkDeviceSize bytes, MemoryKind kind, const char *debugName)
{
    const std::string what = debugName ? std::string(debugName) : std::string("buffer");
    if (bytes == 0)
        return makeError(ErrorCode::InvalidArgument, "zero-sized Vulkan buffer " + what);
    if (bytes > m_info.maxStorageBufferRange)
        return makeError(ErrorCode::InvalidArgument,
            what + " of " + std::to_string(bytes) + " bytes exceeds maxStorageBufferRange "
                + std::to_string(m_info.maxStorageBufferRange) + " of " + m_info.name + "; split it");
    Buffer b;
    b.size = bytes;
    b.kind = kind;
    VkBufferCreateInfo bci { VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO };
    bci.size = bytes;
    bci.usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT
        | VK_BUFFER_USAGE_TRANSFER_DST_BIT;
    bci.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
    VkResult r = vkCreateBuffer(m_device, &bci, nullptr, &b.buffer);
    if (r != VK_SUCCESS)
        return vkError(("vkCreateBuffer(" + what + ")").c_str(), r);

    VkMemoryRequirements req {};
    vkGetBufferMemoryRequirements(m_device, b.buffer, &req);
    int type = -1;
    if (kind == MemoryKind::DeviceLocal) {
        type = findMemoryType(req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT);
    } else {
        const VkMemoryPropertyFlags hv
            = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
        type = findMemoryType(req.memoryTypeBits, hv | VK_MEMORY_PROPERTY_HOST_CACHED_BIT);
        if (type < 0)
            type = findMemoryType(req.memoryTypeBits, hv);
    }
    if (type < 0)
        type = findMemoryType(req.memoryTypeBits, 0);
    VkMemoryAllocateInfo mai { VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO };
    mai.allocationSize = req.size;
    mai.memoryTypeIndex = uint32_t(type);
    if ((r = vkAllocateMemory(m_device, &mai, nullptr, &b.memory)) != VK_SUCCESS) {
        vkDestroyBuffer(m_device, b.buffer, nullptr);
        return vkError(("vkAllocateMemory(" + what + ", " + std::to_string(bytes) + " bytes)").c_str(), r);
    }
    vkBindBufferMemory(m_device, b.buffer, b.memory, 0);
    const VkMemoryPropertyFlags flags = m_memory.memoryTypes[type].propertyFlags;
    if (kind == MemoryKind::HostVisible || (flags & VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT)) {
        if (flags & VK_MEMORY_PROPERTY_HOST_COHERENT_BIT) {
            if ((r = vkMapMemory(m_device, b.memory, 0, VK_WHOLE_SIZE, 0, &b.mapped)) != VK_SUCCESS) {
                destroyBuffer(b);
                return vkError("vkMapMemory", r);
            }
        }
    }
    return b;
}

void VulkanContext::destroyBuffer(Buffer &buffer)
{
    if (buffer.mapped)
        vkUnmapMemory(m_device, buffer.memory);
    if (buffer.buffer)
        vkDestroyBuffer(m_device, buffer.buffer, nullptr);
    if (buffer.memory)
        vkFreeMemory(m_device, buffer.memory, nullptr);
    buffer = Buffer {};
}

Result<void> VulkanContext::upload(
    const Buffer &dst, const void *src, VkDeviceSize bytes, VkDeviceSize dstOffset)
{
    if (dstOffset + bytes > dst.size)
        return makeError(ErrorCode::InvalidArgument, "upload past the end of a Vulkan buffer");
    if (dst.mapped) {
        std::memcpy(static_cast<char *>(dst.mapped) + dstOffset, src, bytes);
        return {};
    }
    auto staging = createBuffer(bytes, MemoryKind::HostVisible, "staging");
    if (!staging)
        return staging.error();
    std::memcpy(staging->mapped, src, bytes);
    Result<void> r = submitAndWait([&](VkCommandBuffer cmd) -> Result<void> {
        VkBufferCopy region { 0, dstOffset, bytes };
        vkCmdCopyBuffer(cmd, staging->buffer, dst.buffer, 1, &region);
        return {};
    });
    destroyBuffer(staging.value());
    return r;
}

Result<void> VulkanContext::download(const Buffer &src, void *dst, VkDeviceSize bytes, VkDeviceSize srcOffset)
{
    if (srcOffset + bytes > src.size)
        return makeError(ErrorCode::InvalidArgument, "download past the end of a Vulkan buffer");
    if (src.mapped) {
        std::memcpy(dst, static_cast<const char *>(src.mapped) + srcOffset, bytes);
        return {};
    }
    auto staging = createBuffer(bytes, MemoryKind::HostVisible, "staging");
    if (!staging)
        return staging.error();
    Result<void> r = submitAndWait([&](VkCommandBuffer cmd) -> Result<void> {
        VkBufferCopy region { srcOffset, 0, bytes };
        vkCmdCopyBuffer(cmd, src.buffer, staging->buffer, 1, &region);
        return {};
    });
    if (r)
        std::memcpy(dst, staging->mapped, bytes);
    destroyBuffer(staging.value());
    return r;
}

Result<ComputePipeline> VulkanContext::createPipeline(std::string_view shaderName, uint32_t bufferCount,
    uint32_t pushConstantBytes, std::span<const SpecConstant> spec, const PipelineOptions &options)
{
    const ShaderBlob *blob = findShader(shaderName);
    if (!blob)
        return makeError(ErrorCode::NotFound, "no embedded shader named " + std::string(shaderName));
    ComputePipeline p;
    p.name = std::string(shaderName);
    p.bufferCount = bufferCount;
    p.pushConstantBytes = pushConstantBytes;

    std::vector<VkDescriptorSetLayoutBinding> bindings(bufferCount);
    for (uint32_t i = 0; i < bufferCount; ++i)
        bindings[i] = { i, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1, VK_SHADER_STAGE_COMPUTE_BIT, nullptr };
    VkDescriptorSetLayoutCreateInfo dslci { VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO };
    dslci.bindingCount = bufferCount;
    dslci.pBindings = bindings.data();
    VkResult r = vkCreateDescriptorSetLayout(m_device, &dslci, nullptr, &p.setLayout);
    if (r != VK_SUCCESS)
        return vkError("vkCreateDescriptorSetLayout", r);

    VkPushConstantRange range { VK_SHADER_STAGE_COMPUTE_BIT, 0, pushConstantBytes };
    VkPipelineLayoutCreateInfo plci { VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO };
    plci.setLayoutCount = 1;
    plci.pSetLayouts = &p.setLayout;
    plci.pushConstantRangeCount = pushConstantBytes ? 1 : 0;
    plci.pPushConstantRanges = pushConstantBytes ? &range : nullptr;
    if ((r = vkCreatePipelineLayout(m_device, &plci, nullptr, &p.layout)) != VK_SUCCESS) {
        destroyPipeline(p);
        return vkError("vkCreatePipelineLayout", r);
    }

    VkShaderModuleCreateInfo smci { VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO };
    smci.codeSize = blob->words * sizeof(uint32_t);
    smci.pCode = blob->code;
    VkShaderModule module = VK_NULL_HANDLE;
    if ((r = vkCreateShaderModule(m_device, &smci, nullptr, &module)) != VK_SUCCESS) {
        destroyPipeline(p);
        return vkError(("vkCreateShaderModule(" + p.name + ")").c_str(), r);
    }

    std::vector<VkSpecializationMapEntry> entries;
    std::vector<uint32_t> values;
    for (const SpecConstant &c : spec) {
        entries.push_back({ c.id, uint32_t(values.size() * sizeof(uint32_t)), sizeof(uint32_t) });
        values.push_back(c.value);
    }
    VkSpecializationInfo si { uint32_t(entries.size()), entries.data(), values.size() * sizeof(uint32_t),
        values.data() };

    VkComputePipelineCreateInfo cpci { VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO };
    cpci.stage = { VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO };
    cpci.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
    cpci.stage.module = module;
    cpci.stage.pName = "main";
    cpci.stage.pSpecializationInfo = spec.empty() ? nullptr : &si;
    VkPipelineShaderStageRequiredSubgroupSizeCreateInfo required {
        VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_REQUIRED_SUBGROUP_SIZE_CREATE_INFO
    };
    if (options.requiredSubgroupSize) {
        if (!m_info.subgroupSizeControl || options.requiredSubgroupSize < m_info.minSubgroupSize
            || options.requiredSubgroupSize > m_info.maxSubgroupSize) {
            destroyPipeline(p);
            return makeError(ErrorCode::Unsupported,
                m_info.name + " cannot run " + p.name + " with subgroups of "
                    + std::to_string(options.requiredSubgroupSize));
        }
        required.requiredSubgroupSize = options.requiredSubgroupSize;
        cpci.stage.pNext = &required;
    }
    if (options.fullSubgroups) {
        if (!m_info.computeFullSubgroups) {
            destroyPipeline(p);
            return makeError(
                ErrorCode::Unsupported, m_info.name + " cannot require full subgroups for " + p.name);
        }
        cpci.stage.flags |= VK_PIPELINE_SHADER_STAGE_CREATE_REQUIRE_FULL_SUBGROUPS_BIT;
    }
    cpci.layout = p.layout;
    r = vkCreateComputePipelines(m_device, m_pipelineCache, 1, &cpci, nullptr, &p.pipeline);
    vkDestroyShaderModule(m_device, module, nullptr);
    if (r != VK_SUCCESS) {
        destroyPipeline(p);
        return vkError(("vkCreateComputePipelines(" + p.name + ")").c_str(), r);
    }
    return p;
}

void VulkanContext::destroyPipeline(ComputePipeline &p)
{
    if (p.pipeline)
        vkDestroyPipeline(m_device, p.pipeline, nullptr);
    if (p.layout)
        vkDestroyPipelineLayout(m_device, p.layout, nullptr);
    if (p.setLayout)
        vkDestroyDescriptorSetLayout(m_device, p.setLayout, nullptr);
    p = ComputePipeline {};
}

Result<void> VulkanContext::submitAndWait(const std::function<Result<void>(VkCommandBuffer)> &record)
{
    VkCommandBufferAllocateInfo cbai { VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO };
    cbai.commandPool = m_commandPool;
    cbai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
    cbai.commandBufferCount = 1;
    VkCommandBuffer cmd = VK_NULL_HANDLE;
    VkResult r = vkAllocateCommandBuffers(m_device, &cbai, &cmd);
    if (r != VK_SUCCESS)
        return vkError("vkAllocateCommandBuffers", r);

    auto finish = [&](Result<void> result) {
        vkFreeCommandBuffers(m_device, m_commandPool, 1, &cmd);
        vkResetDescriptorPool(m_device, m_descriptorPool, 0);
        return result;
    };

    VkCommandBufferBeginInfo begin { VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO };
    begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
    vkBeginCommandBuffer(cmd, &begin);
    Result<void> recorded = record(cmd);
    vkEndCommandBuffer(cmd);
    if (!recorded)
        return finish(recorded);

    VkSubmitInfo submit { VK_STRUCTURE_TYPE_SUBMIT_INFO };
    submit.commandBufferCount = 1;
    submit.pCommandBuffers = &cmd;
    vkResetFences(m_device, 1, &m_fence);
    if ((r = vkQueueSubmit(m_queue, 1, &submit, m_fence)) != VK_SUCCESS)
        return finish(vkError("vkQueueSubmit", r));
    if ((r = vkWaitForFences(m_device, 1, &m_fence, VK_TRUE, UINT64_MAX)) != VK_SUCCESS)
        return finish(vkError("vkWaitForFences", r));
    return finish({});
}

Result<void> VulkanContext::dispatch(VkCommandBuffer cmd, const ComputePipeline &pipeline,
    std::span<const Buffer *const> buffers, const void *pushConstants, uint32_t groupsX, uint32_t groupsY,
    uint32_t groupsZ)
{
    if (buffers.size() != pipeline.bufferCount)
        return makeError(ErrorCode::InvalidArgument,
            pipeline.name + " expects " + std::to_string(pipeline.bufferCount) + " buffers, got "
                + std::to_string(buffers.size()));
    VkDescriptorSetAllocateInfo dsai { VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO };
    dsai.descriptorPool = m_activePool;
    dsai.descriptorSetCount = 1;
    dsai.pSetLayouts = &pipeline.setLayout;
    VkDescriptorSet set = VK_NULL_HANDLE;
    VkResult r = vkAllocateDescriptorSets(m_device, &dsai, &set);
    if (r != VK_SUCCESS)
        return vkError("vkAllocateDescriptorSets", r);

    std::vector<VkDescriptorBufferInfo> infos(buffers.size());
    std::vector<VkWriteDescriptorSet> writes(buffers.size());
    for (size_t i = 0; i < buffers.size(); ++i) {
        infos[i] = { buffers[i]->buffer, 0, VK_WHOLE_SIZE };
        writes[i] = { VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET };
        writes[i].dstSet = set;
        writes[i].dstBinding = uint32_t(i);
        writes[i].descriptorCount = 1;
        writes[i].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
        writes[i].pBufferInfo = &infos[i];
    }
    vkUpdateDescriptorSets(m_device, uint32_t(writes.size()), writes.data(), 0, nullptr);
    vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, pipeline.pipeline);
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_COMPUTE, pipeline.layout, 0, 1, &set, 0, nullptr);
    if (pipeline.pushConstantBytes && pushConstants)
        vkCmdPushConstants(
            cmd, pipeline.layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, pipeline.pushConstantBytes, pushConstants);
    vkCmdDispatch(cmd, groupsX, groupsY, groupsZ);
    return {};
}

Result<RecordedCommands> VulkanContext::recordReusable(
    const std::function<Result<void>(VkCommandBuffer)> &record, uint32_t maxDispatches)
{
    RecordedCommands rc;
    const uint32_t sets = std::max<uint32_t>(maxDispatches, 1);
    VkDescriptorPoolSize poolSize { VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, sets * 8 };
    VkDescriptorPoolCreateInfo dpci { VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO };
    dpci.maxSets = sets;
    dpci.poolSizeCount = 1;
    dpci.pPoolSizes = &poolSize;
    VkResult r = vkCreateDescriptorPool(m_device, &dpci, nullptr, &rc.pool);
    if (r != VK_SUCCESS)
        return vkError("vkCreateDescriptorPool(recording)", r);
    VkCommandBufferAllocateInfo cbai { VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO };
    cbai.commandPool = m_commandPool;
    cbai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
    cbai.commandBufferCount = 1;
    if ((r = vkAllocateCommandBuffers(m_device, &cbai, &rc.cmd)) != VK_SUCCESS) {
        destroyRecorded(rc);
        return vkError("vkAllocateCommandBuffers", r);
    }
    VkCommandBufferBeginInfo begin { VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO };
    vkBeginCommandBuffer(rc.cmd, &begin);
    m_activePool = rc.pool;
    Result<void> recorded = record(rc.cmd);
    m_activePool = m_descriptorPool;
    if ((r = vkEndCommandBuffer(rc.cmd)) != VK_SUCCESS && recorded)
        recorded = vkError("vkEndCommandBuffer", r);
    if (!recorded) {
        destroyRecorded(rc);
        return recorded.error();
    }
    rc.dispatches = sets;
    return rc;
}

Result<void> VulkanContext::submitRecorded(const RecordedCommands &commands)
{
    if (!commands.valid())
        return makeError(ErrorCode::InvalidArgument, "submitting an empty recording");
    VkSubmitInfo submit { VK_STRUCTURE_TYPE_SUBMIT_INFO };
    submit.commandBufferCount = 1;
    submit.pCommandBuffers = &commands.cmd;
    vkResetFences(m_device, 1, &m_fence);
    VkResult r = vkQueueSubmit(m_queue, 1, &submit, m_fence);
    if (r != VK_SUCCESS)
        return vkError("vkQueueSubmit", r);
    if ((r = vkWaitForFences(m_device, 1, &m_fence, VK_TRUE, UINT64_MAX)) != VK_SUCCESS)
        return vkError("vkWaitForFences", r);
    return {};
}

void VulkanContext::destroyRecorded(RecordedCommands &commands)
{
    if (commands.cmd)
        vkFreeCommandBuffers(m_device, m_commandPool, 1, &commands.cmd);
    if (commands.pool)
        vkDestroyDescriptorPool(m_device, commands.pool, nullptr);
    commands = RecordedCommands {};
}

void VulkanContext::computeBarrier(VkCommandBuffer cmd)
{
    VkMemoryBarrier barrier { VK_STRUCTURE_TYPE_MEMORY_BARRIER };
    barrier.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT;
    barrier.dstAccessMask
        = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_READ_BIT;
    vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
        VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 1, &barrier, 0, nullptr, 0,
        nullptr);
}

} // namespace sb
