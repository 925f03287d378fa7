#pragma once
// SmolLM3 in GGUF (llama.cpp layout, arch "smollm3"): reading a file into ModelWeights and
// writing one from fp32 tensors in Hugging Face order (Q/K rows permuted as llama.cpp's
// convert_hf_to_gguf LlamaModel.permute does, so the file matches what llama.cpp produces).

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/Gguf.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/SmolLM3Tensors.h"
#include "engine/model/TokenizerData.h"

namespace sb {

// Loads a GGUF model: arch must be "smollm3" (others: Unsupported, naming arch and file);
// hyper-parameters from smollm3.* keys, vocabulary size from tokenizer.ggml.tokens, NoPE on every
// 4th layer (llama.cpp hard-codes it for smollm3), tied embeddings unless output.weight exists.
// weights.qkInterleaved is true.
Result<LoadedModel> loadGgufModel(const std::string &path, const ProgressFn &progress = {});
// The same from an already parsed file (e.g. GgufFile::parse of an image in memory).
Result<LoadedModel> loadGgufModel(std::shared_ptr<const GgufFile> file, const ProgressFn &progress = {});

// ModelConfig from a parsed GGUF file's metadata (errors name the key and file).
Result<ModelConfig> ggufModelConfig(const GgufFile &file);
// tokenizer.ggml.* metadata; NotFound when the file has no tokenizer.ggml.tokens.
Result<TokenizerData> ggufTokenizerData(const GgufFile &file);

// Produces one tensor as fp32 in Hugging Face row order (split-half RoPE for Q/K).
using TensorF32Fn = std::function<Result<std::vector<float>>(const TensorSpec &spec)>;

// Writes a SmolLM3 GGUF: 2-D weights as `weightType` (F32, F16, BF16, Q8_0, Q4_0), norms F32,
// hyper-parameters and tokenizer metadata (`tokenizer.tokens` must have config.vocabSize entries).
Result<void> writeSmolLM3Gguf(const std::string &path, const ModelConfig &config,
    const TokenizerData &tokenizer, DType weightType, const TensorF32Fn &tensorF32,
    const ProgressFn &progress = {});

} // namespace sb
