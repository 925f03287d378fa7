#pragma once
// Tokenizer vocabulary as GGUF stores it (tokenizer.ggml.*): what the GGUF reader gives, what the
// one tokenizer.json reader (TokenizerJson.h) gives, and what the tokenizer is built from; the
// GGUF writer (TinyModel, quantize) writes it.

#include <cstdint>
#include <string>
#include <vector>

namespace sb {

// What a token is: GGUF's tokenizer.ggml.token_type values (llama.cpp's llama_token_type), the one
// token-type enum of the engine (the tokenizer.json reader, the GGUF reader and writer and the
// tokenizer all use it).
enum class TokenType : int32_t {
    Undefined = 0, // llama.cpp writes it for tokens it has no type for: ordinary tokens
    Normal = 1,
    Unknown = 2,
    Control = 3, // special token: matched only with parseSpecial, skippable on decode
    UserDefined = 4, // added token: always matched in text, raw text
    Unused = 5,
    Byte = 6,
};

struct TokenizerData {
    std::string model = "gpt2"; // tokenizer.ggml.model ("gpt2" = byte-level BPE)
    std::string pre; // tokenizer.ggml.pre (pre-tokenizer name, e.g. "llama-bpe")
    // id -> token text (GPT-2 byte-to-unicode form; raw text for added tokens). An empty text is
    // an id the file leaves undefined (a hole in a tokenizer.json's ids).
    std::vector<std::string> tokens;
    std::vector<int32_t> tokenTypes; // id -> TokenType; empty when the file has none
    std::vector<float> scores; // id -> score; empty when the file has none
    std::vector<std::string> merges; // rank order, "left right"
    int64_t bosTokenId = -1; // -1 = absent
    int64_t eosTokenId = -1;
    int64_t padTokenId = -1;
    int64_t eotTokenId = -1;
    bool addBosToken = false;
    bool ignoreMerges = true; // Llama 3: a word that is a whole token skips the merges
    std::string chatTemplate; // tokenizer.chat_template, empty when absent
};

} // namespace sb
