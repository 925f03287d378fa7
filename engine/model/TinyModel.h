#pragma once
// Random-weight models with the exact SmolLM3 architecture (tied embeddings, GQA, NoPE every 4th
// layer, Hugging Face / llama.cpp tensor names) at small sizes, for tests and benchmarks.
//
// Two vocabularies (choose with options.tokenizerJsonPath):
//  - the real one: give the shared tokenizer.json (128256 ids); it is copied into the HF
//    directory and converted into GGUF tokenizer metadata. With hidden 64 this is ~8M embedding
//    parameters (16 MB in BF16): fine for end-to-end tests with real text.
//  - synthetic (empty path): a tiny byte-level BPE tokenizer (TokenizerJson.h) with the SmolLM3
//    special tokens at ids 256-262; vocabSize >= 272. Files of a few hundred KB, for fuzzing and
//    fast numeric tests. The config's bos/eos/pad ids are set to the synthetic ones.
//
// Deterministic: each tensor's values depend only on (seed, tensor name, shape). Values are
// rounded to bf16 precision, so HF F32/BF16 and GGUF F32/BF16 files of one model hold identical
// numbers (F16 is exact too except for values below f16's normal range).

#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/ModelConfig.h"
#include "engine/model/SmolLM3Tensors.h"
#include "engine/model/TensorSource.h"
#include "engine/model/TokenizerData.h"

namespace sb {

struct TinyModelOptions {
    ModelConfig config = tinyModelConfig();
    uint64_t seed = 1;
    std::string tokenizerJsonPath; // empty: synthetic tokenizer
    std::string chatTemplatePath; // optional: written to tokenizer_config.json / GGUF metadata

    // vocab 128256 (the real tokenizer's), hidden 64, 4 layers (layer 3 is NoPE), 4 query heads
    // over 2 KV heads of head_dim 16, ffn 128, context 4096. When numLayers is changed and
    // noRopeLayers no longer has numLayers entries, it is re-derived (every 4th layer NoPE).
    static ModelConfig tinyModelConfig(int64_t vocabSize = 128256);
};

// The effective config (synthetic token ids applied) after checking the options.
Result<ModelConfig> tinyModelEffectiveConfig(const TinyModelOptions &options);

// fp32 values of one tensor in Hugging Face (split-half RoPE) row order.
std::vector<float> tinyModelTensor(uint64_t seed, const TensorSpec &spec);

// Writes <dir>/config.json, model.safetensors (storage: F32, F16 or BF16), tokenizer.json,
// tokenizer_config.json, generation_config.json. Creates dir if needed.
Result<void> writeTinyModelHf(
    const TinyModelOptions &options, const std::string &dir, DType storage = DType::BF16);

// Writes a GGUF file (weightType F32, F16, BF16, Q8_0 or Q4_0 for the 2-D weights; norms F32)
// with Q/K rows permuted as llama.cpp does and the tokenizer in the metadata.
Result<void> writeTinyModelGguf(
    const TinyModelOptions &options, const std::string &path, DType weightType = DType::F32);

} // namespace sb
