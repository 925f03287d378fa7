#pragma once
// One logical Vulkan device with a compute queue: buffers, compute pipelines (from the embedded
// SPIR-V table) and the one cache of them (PipelineCache, on disk through a VkPipelineCache), and
// one-shot command submission.
// Plain structs plus member functions on the context (niagara style); every failure is a Result.

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/Result.h"
#include "engine/vulkan/DeviceInfo.h"
#include "engine/vulkan/VulkanLoader.h"

namespace sb {

class PipelineCache;
class VulkanInstance;

enum class MemoryKind {
    DeviceLocal, // fastest for kernels; filled through a staging copy
    HostVisible, // mapped, coherent; for small per-step inputs/outputs and staging
};

struct Buffer {
    VkBuffer buffer = VK_NULL_HANDLE;
    VkDeviceMemory memory = VK_NULL_HANDLE;
    VkDeviceSize size = 0;
    void *mapped = nullptr; // non-null for HostVisible
    MemoryKind kind = MemoryKind::DeviceLocal;
    bool valid() const { return buffer != VK_NULL_HANDLE; }
};

struct SpecConstant {
    uint32_t id;
    uint32_t value; // 32-bit (int, uint or float bits)
};

struct ComputePipeline {
    std::string name;
    VkPipeline pipeline = VK_NULL_HANDLE;
    VkPipelineLayout layout = VK_NULL_HANDLE;
    VkDescriptorSetLayout setLayout = VK_NULL_HANDLE;
    uint32_t bufferCount = 0;
    uint32_t pushConstantBytes = 0;
};

// A command buffer recorded once and submitted many times (the decode step), together with the
// descriptor sets its dispatches bind, which live as long as the recording.
struct RecordedCommands {
    VkCommandBuffer cmd = VK_NULL_HANDLE;
    VkDescriptorPool pool = VK_NULL_HANDLE;
    uint32_t dispatches = 0;
    bool valid() const { return cmd != VK_NULL_HANDLE; }
};

// How a pipeline's subgroups are formed (Vulkan 1.3 subgroup size control); the defaults ask
// for nothing, which every device accepts.
struct PipelineOptions {
    bool fullSubgroups = false; // every subgroup fully populated (computeFullSubgroups)
    uint32_t requiredSubgroupSize = 0; // 0: the driver's choice (subgroupSizeControl otherwise)
};

struct ContextOptions {
    std::string deviceSelector; // "" = best; index; or part of the name
    std::string pipelineCachePath; // "" = no persistent cache
};

class VulkanContext {
public:
    static Result<std::unique_ptr<VulkanContext>> create(const ContextOptions &options = {});
    ~VulkanContext();
    VulkanContext(const VulkanContext &) = delete;
    VulkanContext &operator=(const VulkanContext &) = delete;

    const DeviceInfo &info() const { return m_info; }
    VkDevice device() const { return m_device; }
    // The compute queue (also used for transfers) and its family, for components that keep
    // their own command buffers and fences in flight (the upload ring). One thread submits.
    VkQueue queue() const { return m_queue; }
    uint32_t queueFamily() const { return m_queueFamily; }

    Result<Buffer> createBuffer(VkDeviceSize bytes, MemoryKind kind, const char *debugName = nullptr);
    void destroyBuffer(Buffer &buffer);
    // Copies host data into a buffer (directly when mapped, else through a staging buffer).
    Result<void> upload(const Buffer &dst, const void *src, VkDeviceSize bytes, VkDeviceSize dstOffset = 0);
    Result<void> download(const Buffer &src, void *dst, VkDeviceSize bytes, VkDeviceSize srcOffset = 0);

    // A pipeline for the embedded shader `shaderName` whose set 0 holds `bufferCount` storage
    // buffers at bindings 0..n-1 and whose push constants take `pushConstantBytes`.
    Result<ComputePipeline> createPipeline(std::string_view shaderName, uint32_t bufferCount,
        uint32_t pushConstantBytes, std::span<const SpecConstant> spec = {},
        const PipelineOptions &options = {});
    void destroyPipeline(ComputePipeline &pipeline);

    // Records into a fresh command buffer, submits, waits. For tests, uploads and one-off work;
    // the model's token step is recorded once and replayed instead.
    Result<void> submitAndWait(const std::function<Result<void>(VkCommandBuffer)> &record);

    // Binds `buffers` (whole ranges) to a transient descriptor set, pushes constants and dispatches.
    // Descriptor sets live until the end of the current submitAndWait.
    Result<void> dispatch(VkCommandBuffer cmd, const ComputePipeline &pipeline,
        std::span<const Buffer *const> buffers, const void *pushConstants, uint32_t groupsX,
        uint32_t groupsY = 1, uint32_t groupsZ = 1);
    // Makes the writes of earlier dispatches visible to later ones.
    static void computeBarrier(VkCommandBuffer cmd);

    Result<void> savePipelineCache() const;
    // The context's compute pipelines, built on first use and kept (engine/vulkan/PipelineCache.h).
    PipelineCache &pipelines() { return *m_pipelines; }

    // Records `record` into a reusable command buffer; every dispatch() inside allocates its
    // descriptor set from a pool owned by the recording (room for `maxDispatches` sets).
    Result<RecordedCommands> recordReusable(
        const std::function<Result<void>(VkCommandBuffer)> &record, uint32_t maxDispatches);
    // Submits a recording and waits for it (one fence per submission, none per op).
    Result<void> submitRecorded(const RecordedCommands &commands);
    void destroyRecorded(RecordedCommands &commands);

    // Bytes of the largest device-local heap (what a VRAM estimate is compared with).
    uint64_t deviceLocalBytes() const { return m_info.deviceLocalBytes(); }

private:
    VulkanContext() = default;
    Result<void> init(const ContextOptions &options);
    int findMemoryType(
        uint32_t typeBits, VkMemoryPropertyFlags wanted, VkMemoryPropertyFlags avoid = 0) const;
    Error vkError(const char *what, VkResult r) const;

    std::shared_ptr<VulkanInstance> m_instance;
    VkPhysicalDevice m_physical = VK_NULL_HANDLE;
    DeviceInfo m_info;
    VkPhysicalDeviceMemoryProperties m_memory {};
    VkDevice m_device = VK_NULL_HANDLE;
    VkQueue m_queue = VK_NULL_HANDLE;
    uint32_t m_queueFamily = 0;
    VkCommandPool m_commandPool = VK_NULL_HANDLE;
    VkDescriptorPool m_descriptorPool = VK_NULL_HANDLE;
    VkPipelineCache m_pipelineCache = VK_NULL_HANDLE;
    VkFence m_fence = VK_NULL_HANDLE;
    VkDescriptorPool m_activePool = VK_NULL_HANDLE; // where dispatch() allocates sets
    std::string m_pipelineCachePath;
    std::unique_ptr<PipelineCache> m_pipelines;
};

} // namespace sb
