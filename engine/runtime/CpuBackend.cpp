#include "engine/runtime/CpuBackend.h"

#include "engine/cpufast/CpuFastModel.h"
#include "engine/lora/LoraModel.h"

namespace sb {

Result<std::unique_ptr<Backend>> createCpuBackend(
    const ModelWeights &weights, const CpuModelOptions &options, CpuBackendKind kind)
{
    if (kind == CpuBackendKind::Reference) {
        auto cpu = CpuModel::create(weights, options);
        if (!cpu)
            return cpu.error();
        return std::unique_ptr<Backend>(std::move(cpu.value()));
    }
    CpuFastOptions fast;
    fast.contextLength = options.contextLength;
    fast.threads = options.threads;
    auto cpu = CpuFastModel::create(weights, fast);
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
