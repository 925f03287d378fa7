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

enum class CpuBackendKind { Fast, Reference };

// The fast backend (engine/cpufast/CpuFastModel), or the fp32 reference (CpuModel) when asked for
// by name. Context length and threads come from `options`; the reference also takes its precision
// switches, the fast backend picks its kernels from the CPU (or SB_CPU_ISA). `weights` must
// outlive the backend (it reads the mapped model in place).
Result<std::unique_ptr<Backend>> createCpuBackend(
    const ModelWeights &weights, const CpuModelOptions &options, CpuBackendKind kind = CpuBackendKind::Fast);

// `threads` 0: one per hardware thread. `weights` must outlive the result.
Result<std::unique_ptr<LoraCompute>> createCpuLoraCompute(const ModelWeights &weights, int threads);

} // namespace sb
