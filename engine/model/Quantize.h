#pragma once
// `switchboard-cli quantize`: converts a SmolLM3 model (HF directory in BF16/F16/F32, or a GGUF)
// into a GGUF whose 2-D weights are Q8_0 or Q4_0 (ggml's reference rounding) and whose norms stay
// F32, with the tokenizer carried over (tokenizer.json or the source GGUF's metadata). One tensor
// is in RAM at a time.

#include <string>

#include "engine/core/Result.h"
#include "engine/model/Tensor.h"
#include "engine/model/TensorSource.h"

namespace sb {

// `to`: Q8_0 or Q4_0 (F32, F16 and BF16 are accepted too, for format conversion).
// `progress` is called after each tensor written; returning false cancels (the partial output
// file is removed).
Result<void> quantizeModel(
    const std::string &inPath, DType to, const std::string &outPath, const ProgressFn &progress = {});

// Parses "q8_0", "Q4_0", "q4_k", "q6_k", "f16", "bf16", "f32" (case-insensitive).
Result<DType> parseDType(const std::string &name);

} // namespace sb
