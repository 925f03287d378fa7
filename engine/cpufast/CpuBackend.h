#pragma once
// "The CPU backend" for inference, in one place for every chooser (auto, --backend cpu, bench):
// the fast backend (CpuFastModel), or the reference (CpuModel) when asked for by name. LoRA
// training and the device references construct CpuModel themselves.

#include <memory>

#include "engine/core/Result.h"
#include "engine/cpu/CpuModel.h"
#include "engine/generate/Backend.h"

namespace sb {

enum class CpuBackendKind { Fast, Reference };

// Context length and threads come from `options`; the reference also takes its precision
// switches, the fast backend picks its kernels from the CPU (or SB_CPU_ISA).
Result<std::unique_ptr<Backend>> createCpuBackend(
    const ModelWeights &weights, const CpuModelOptions &options, CpuBackendKind kind = CpuBackendKind::Fast);

} // namespace sb
