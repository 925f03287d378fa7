#pragma once
// "The CPU backend": the one place that constructs it, for inference and for LoRA training. The
// backend choosers (BackendSelect.h, LoraBackendSelect.h) and everything else that wants the CPU
// call these, so pointing them at a faster CPU backend changes every caller at once.

#include <memory>

#include "engine/core/Result.h"
#include "engine/cpu/CpuModel.h"
#include "engine/generate/Backend.h"
#include "engine/lora/LoraCompute.h"
#include "engine/model/Weights.h"

namespace sb {

// `weights` must outlive the backend (it reads the mapped model in place).
Result<std::unique_ptr<Backend>> createCpuBackend(
    const ModelWeights &weights, const CpuModelOptions &options);

// `threads` 0: one per hardware thread. `weights` must outlive the result.
Result<std::unique_ptr<LoraCompute>> createCpuLoraCompute(const ModelWeights &weights, int threads);

} // namespace sb
