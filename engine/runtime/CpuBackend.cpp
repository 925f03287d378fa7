#include "engine/runtime/CpuBackend.h"

#include "engine/lora/LoraModel.h"

namespace sb {

Result<std::unique_ptr<Backend>> createCpuBackend(const ModelWeights &weights, const CpuModelOptions &options)
{
    auto cpu = CpuModel::create(weights, options);
    if (!cpu)
        return cpu.error();
    return std::unique_ptr<Backend>(std::move(cpu.value()));
}

Result<std::unique_ptr<LoraCompute>> createCpuLoraCompute(const ModelWeights &weights, int threads)
{
    auto cpu = LoraModel::create(weights, threads);
    if (!cpu)
        return cpu.error();
    return std::unique_ptr<LoraCompute>(std::move(cpu.value()));
}

} // namespace sb
