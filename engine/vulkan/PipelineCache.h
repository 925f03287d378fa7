#pragma once
// The compute pipelines of one VulkanContext, created on first use for each (shader, spec
// constants) and kept until the context goes: the one place the inference kernels
// (VulkanKernels), the training kernels (TrainKernels) and the training attention (TrainAttention)
// get their pipelines from. Pipelines built here go through the context's persistent
// VkPipelineCache, so a second run of the program compiles nothing.
//
// How subgroups are formed follows from the shader's name: "_cm" (cooperative matrices) needs
// full subgroups of the device's size, "_sg" (subgroup reductions) full subgroups where the device
// can guarantee them; other shaders ask for nothing.

#include <cstdint>
#include <initializer_list>
#include <map>
#include <mutex>
#include <string>

#include "engine/core/Result.h"
#include "engine/vulkan/VulkanContext.h"

namespace sb {

class PipelineCache {
public:
    explicit PipelineCache(VulkanContext &ctx);
    ~PipelineCache(); // destroys every pipeline (the device must be idle)
    PipelineCache(const PipelineCache &) = delete;
    PipelineCache &operator=(const PipelineCache &) = delete;

    // The pipeline for `shader` with `buffers` storage buffers and `pushBytes` of push constants;
    // the pointer stays valid as long as the cache. Safe to call from several threads.
    Result<const ComputePipeline *> get(const std::string &shader, uint32_t buffers, uint32_t pushBytes,
        std::initializer_list<SpecConstant> spec = {});

    // The subgroup options a shader of this name is built with on `info`.
    static PipelineOptions optionsFor(const std::string &shader, const DeviceInfo &info);
    size_t size() const;

private:
    VulkanContext &m_ctx;
    mutable std::mutex m_mutex;
    std::map<std::string, ComputePipeline> m_pipelines;
};

} // namespace sb
