#pragma once
// Adapter files in Hugging Face PEFT's format, so they load in `PeftModel.from_pretrained` and
// adapters trained elsewhere load here:
//   <dir>/adapter_config.json        peft_type LORA, task_type CAUSAL_LM, r, lora_alpha,
//                                    lora_dropout, target_modules, base_model_name_or_path
//   <dir>/adapter_model.safetensors  base_model.model.model.layers.{i}.{self_attn|mlp}.{t}_proj
//                                    .lora_A.weight (r, in) and .lora_B.weight (out, r)
// and merging an adapter into its base: W' = W + (alpha / r) · B · A.
//
// PEFT files use Hugging Face's split-half row order for q_proj/k_proj. A GGUF base
// (ModelWeights::qkInterleaved) has llama.cpp's interleaved Q/K rows, and an adapter trained on it
// has B rows in that order; pass the model's head_dim as qkInterleavedHeadDim (save) or
// qkInterleaved (load) so that files always hold the HF order.

#include <memory>
#include <string>
#include <vector>

#include "engine/lora/LoraConfig.h"
#include "engine/model/Weights.h"

namespace sb {

// "base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight"
std::string peftTensorName(int64_t layer, LoraTarget t, bool isB);

Result<void> saveLoraAdapterPeft(
    const LoraAdapter &adapter, const std::string &dir, int64_t qkInterleavedHeadDim = 0);

// Reads a PEFT LoRA adapter for a model of this config (F32/F16/BF16 tensors). Targets are the
// modules whose tensors are present; every layer must have them. Variants this engine does not
// compute (use_rslora, use_dora, rank_pattern/alpha_pattern, lora on other modules) are
// Unsupported, naming the field or tensor.
Result<LoraAdapter> loadLoraAdapterPeft(
    const std::string &dir, const ModelConfig &model, bool qkInterleaved = false);

// A base with an adapter merged: the adapted matrices are fp32 copies owned here, the other
// views are the base's (which must outlive this).
struct MergedModel {
    ModelWeights weights;
    std::vector<std::unique_ptr<std::vector<float>>> storage;
};
Result<std::unique_ptr<MergedModel>> mergeLoraAdapter(const ModelWeights &base, const LoraAdapter &adapter);

// Writes <dir>/config.json and <dir>/model.safetensors (F32, F16 or BF16; Hugging Face names and
// row order) of base + adapter. Tokenizer files are the caller's to copy.
Result<void> writeMergedModelHf(const ModelWeights &base, const LoraAdapter &adapter, const std::string &dir,
    DType storage = DType::BF16);

} // namespace sb
