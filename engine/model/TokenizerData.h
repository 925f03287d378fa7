#pragma once
// Tokenizer vocabulary as GGUF stores it (tokenizer.ggml.*), handed to the tokenizer so it can be
// built from a GGUF file without tokenizer.json. TinyModel/quantize also produce it from a
// tokenizer.json to write GGUF files.

#include <cstdint>
#include <string>
#include <vector>

namespace sb {

// llama.cpp's llama_token_type values (tokenizer.ggml.token_type).
enum class GgufTokenType : int32_t {
    Undefined = 0,
    Normal = 1,
    Unknown = 2,
    Control = 3,
    UserDefined = 4,
    Unused = 5,
    Byte = 6
};

struct TokenizerData {
    std::string model = "gpt2"; // tokenizer.ggml.model ("gpt2" = byte-level BPE)
    std::string pre; // tokenizer.ggml.pre (pre-tokenizer name, e.g. "llama-bpe")
    std::vector<std::string> tokens; // id -> token text (GPT-2 byte-to-unicode form)
    std::vector<int32_t> tokenTypes; // id -> GgufTokenType; empty when the file has none
    std::vector<float> scores; // id -> score; empty when the file has none
    std::vector<std::string> merges; // rank order, "left right"
    int64_t bosTokenId = -1; // -1 = absent
    int64_t eosTokenId = -1;
    int64_t padTokenId = -1;
    int64_t eotTokenId = -1;
    bool addBosToken = false;
    std::string chatTemplate; // tokenizer.chat_template, empty when absent
};

} // namespace sb
