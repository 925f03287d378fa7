#pragma once
// Fine-tuning data: JSONL, one record per line, either
//   {"messages": [{"role": "system"|"user"|"assistant"|"tool", "content": "..."}, ...]}
//     rendered with the SmolLM3 chat template; only the assistant turns' tokens are trained on
//     (their spans are found by rendering each assistant turn's prefix with the generation
//     prompt, as TRL's assistant-only loss does), or
//   {"text": "..."}   trained on every token.
// Sequences longer than seqLen are truncated (TrainExample::truncatedFrom keeps the full length,
// summarizeDataset counts them for a warning). Blank lines are skipped; anything else that is
// not such a record is an error naming the file and line.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/chat/ChatTemplate.h"
#include "engine/lora/LoraTrainer.h"
#include "engine/tokenizer/Tokenizer.h"

namespace sb {

struct DatasetOptions {
    int64_t seqLen = 1024;
    ChatTemplateVars vars; // enable_thinking, today, tools...; addGenerationPrompt is ignored
};

Result<std::vector<TrainExample>> parseJsonlDataset(std::string_view text, const Tokenizer &tokenizer,
    const DatasetOptions &options, const std::string &path);
Result<std::vector<TrainExample>> loadJsonlDataset(
    const std::string &path, const Tokenizer &tokenizer, const DatasetOptions &options);

struct DatasetSummary {
    int64_t records = 0;
    int64_t tokens = 0; // all tokens (after truncation)
    int64_t trainedTokens = 0; // tokens with a target (the loss is taken over these)
    int64_t longest = 0; // tokens of the longest record
    int64_t truncated = 0; // records cut to the sequence length
    int64_t untrained = 0; // records left with no trained token (e.g. the answer was cut off)
};
DatasetSummary summarizeDataset(const std::vector<TrainExample> &examples);

// Splits off round(fraction · n) examples (at least 1 when fraction > 0 and n > 1) chosen by a
// seeded shuffle; the rest keep their order.
void splitValidation(
    std::vector<TrainExample> &train, std::vector<TrainExample> &validation, double fraction, uint64_t seed);

} // namespace sb
