#pragma once
// One entry point that turns a path into SmolLM3 weights: a Hugging Face directory
// (config.json + model.safetensors or sharded model-0000N-of-0000M.safetensors with
// model.safetensors.index.json) or a single .gguf file. Every expected tensor's presence, dtype
// and shape is checked against the config; files stay memory-mapped for the model's lifetime.

#include <memory>
#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/TensorSource.h"
#include "engine/model/TokenizerData.h"
#include "engine/model/Weights.h"

namespace sb {

class GgufFile;

enum class ModelFormat { HfDirectory, Gguf };

struct LoadedModel {
    ModelFormat format = ModelFormat::HfDirectory;
    std::string path; // what was opened (directory or .gguf file)
    ModelWeights weights; // views into the mapped files below
    // HF directory: side files next to the weights (empty when the directory has none).
    std::string tokenizerJsonPath; // tokenizer.json
    std::string tokenizerConfigPath; // tokenizer_config.json
    // GGUF: the vocabulary from the file's metadata (hasTokenizerData false when absent).
    TokenizerData tokenizer;
    bool hasTokenizerData = false;
    std::shared_ptr<const GgufFile> gguf; // GGUF only: metadata access
    uint64_t weightBytes = 0; // sum of the weight tensors' bytes

    // Keep the mappings alive (shared, so copies of a LoadedModel stay valid).
    std::vector<std::shared_ptr<const void>> owners;
};

// Opens a model directory or .gguf file. Errors name the file and the tensor or field at fault.
// `progress` (optional) is called after each validated tensor; returning false cancels.
Result<LoadedModel> loadModel(const std::string &path, const ProgressFn &progress = {});

// Checks a view against a spec'd shape and the dtypes allowed for it; the message names the
// tensor, the file and expected vs actual shape.
Result<void> checkTensorShape(
    const TensorView &view, const std::vector<int64_t> &expected, bool isNorm, const std::string &file);

} // namespace sb
