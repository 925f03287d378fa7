#include "engine/vulkan/PipelineCache.h"

#include <span>

namespace sb {

namespace {

// Every subgroup shader ("_sg") has at least this many invocations per workgroup; REQUIRE_FULL_SUBGROUPS
// is valid only when the workgroup is a multiple of the device's largest subgroup.
constexpr uint32_t kMinSubgroupWorkgroup = 64;

bool endsWith(const std::string &s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

PipelineCache::PipelineCache(VulkanContext &ctx)
    : m_ctx(ctx)
{
}

PipelineCache::~PipelineCache()
{
    for (auto &[key, p] : m_pipelines)
        m_ctx.destroyPipeline(p);
}

PipelineOptions PipelineCache::optionsFor(const std::string &shader, const DeviceInfo &info)
{
    PipelineOptions options;
    if (endsWith(shader, "_cm")) {
        options.fullSubgroups = true;
        options.requiredSubgroupSize = info.subgroupSizeControl ? info.subgroupSize : 0;
    } else if (endsWith(shader, "_sg")) {
        options.fullSubgroups = info.computeFullSubgroups && info.maxSubgroupSize != 0
            && kMinSubgroupWorkgroup % info.maxSubgroupSize == 0;
    }
    return options;
}

Result<const ComputePipeline *> PipelineCache::get(
    const std::string &shader, uint32_t buffers, uint32_t pushBytes, std::initializer_list<SpecConstant> spec)
{
    std::string key = shader;
    for (const SpecConstant &s : spec)
        key += "/" + std::to_string(s.id) + "=" + std::to_string(s.value);
    std::lock_guard lock(m_mutex);
    auto it = m_pipelines.find(key);
    if (it != m_pipelines.end())
        return &it->second;
    auto p = m_ctx.createPipeline(shader, buffers, pushBytes,
        std::span<const SpecConstant>(spec.begin(), spec.size()), optionsFor(shader, m_ctx.info()));
    if (!p)
        return p.error();
    return &m_pipelines.emplace(key, p.value()).first->second;
}

size_t PipelineCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_pipelines.size();
}

} // namespace sb
