#pragma once
// Reads a Hugging Face tokenizer.json (byte-level BPE) into GGUF-style TokenizerData, and
// makes the small synthetic byte-level tokenizer that tiny test models use when no real
// tokenizer.json is given.

#include <string>
#include <string_view>

#include "engine/core/Result.h"
#include "engine/model/TokenizerData.h"

namespace sb {

// The engine's one tokenizer.json reader (the tokenizer, TinyModel and quantize all use it). Reads
// a Hugging Face tokenizer.json that this engine can run (model.type BPE without byte fallback,
// no normalizer, the Llama 3 Split + ByteLevel pre-tokenizer) into GGUF-style TokenizerData:
// model.vocab and added_tokens give the id -> token table (special added tokens are Control,
// others UserDefined; an id the file does not define is an empty text), model.merges the ranked
// merges (either "a b" strings or ["a", "b"] pairs). Errors name `source` and the field.
Result<TokenizerData> readTokenizerJson(std::string_view jsonText, const std::string &source);

// The tokenizer.json at `path` for a GGUF file of `vocabSize` ids: as above, with the ids the file
// does not define up to vocabSize as "[PAD<id>]" Unused, as llama.cpp's converter does. Fails if
// the file defines ids >= vocabSize.
Result<TokenizerData> tokenizerDataFromJson(const std::string &path, int64_t vocabSize);

// The synthetic tokenizer: ids 0-255 are the 256 byte tokens (byte b -> id b, in GPT-2's
// byte-to-unicode spelling), then the SmolLM3 special tokens at fixed ids (below), a few merges
// ("Ġ t", "h e", ... "Ġt he") whose results follow, then reserved special tokens up to vocabSize.
// The Llama 3 pre-tokenizer regex is the same as the real tokenizer's.
struct SyntheticTokenIds {
    static constexpr int64_t kBeginOfText = 256; // <|begin_of_text|> (bos)
    static constexpr int64_t kEndOfText = 257; // <|end_of_text|>
    static constexpr int64_t kThink = 258; // <think>
    static constexpr int64_t kEndThink = 259; // </think>
    static constexpr int64_t kPad = 260; // <|finetune_right_pad_id|>
    static constexpr int64_t kImStart = 261; // <|im_start|>
    static constexpr int64_t kImEnd = 262; // <|im_end|> (eos, end of turn)
    static constexpr int64_t kMinVocab = 272; // bytes + specials + merge results
};
TokenizerData syntheticTokenizerData(int64_t vocabSize);
// tokenizer.json text describing exactly syntheticTokenizerData(vocabSize).
std::string syntheticTokenizerJson(int64_t vocabSize);

// GPT-2's byte-to-unicode spelling of one byte, as UTF-8.
std::string byteToUnicodeToken(uint8_t byte);

} // namespace sb
