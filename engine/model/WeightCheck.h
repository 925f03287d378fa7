#pragma once
// The whole-model check shared by everything that reads SmolLM3 weights on the host side (CpuModel,
// LoraModel, VulkanLoraModel): one place, so all accept exactly the same files.

#include "engine/core/Result.h"
#include "engine/model/Weights.h"

namespace sb {

// Config valid, one LayerWeights per layer, every tensor present with a CPU-readable dtype and
// the shape the config implies, and an output head (lm_head or tied embeddings). The error
// names the tensor or field at fault.
Result<void> checkCpuModelWeights(const ModelWeights &weights);

} // namespace sb
