#pragma once
// Byte-level BPE tokenizer (Llama 3 / SmolLM3): loaded from a Hugging Face tokenizer.json or
// from GGUF vocabulary metadata. Encoding never fails once loaded (every byte has a token).
//
// Thread safety: a loaded Tokenizer is immutable except for an internal word cache that is
// guarded by a mutex, so encode/decode may be called from several threads.

#include "engine/core/Result.h"
#include "engine/model/TokenizerData.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sb {

struct EncodeOptions {
    bool parseSpecial = false; // match special added tokens (<|im_start|>, ...) in the text
    bool addBos = false; // prepend bosId() when the tokenizer has one
};

// Vocabulary as GGUF stores it (tokenizer.ggml.tokens / .merges / .token_type).
struct TokenizerVocab {
    std::vector<std::string> tokens; // index = id; byte-level form for Normal tokens, raw text
                                     // for Control/UserDefined ones
    std::vector<std::string> merges; // "left right" (byte-level forms), in rank order
    std::vector<int32_t> tokenTypes; // TokenType (model/TokenizerData.h) per token; empty: all Normal
    int32_t bosId = -1; // tokenizer.ggml.bos_token_id; -1 = look up <|begin_of_text|>
    bool ignoreMerges = true; // Llama 3: a word that is a whole token skips the merges
};

class Tokenizer {
public:
    // Hugging Face tokenizer.json (model.type BPE with a Llama 3 byte-level pre-tokenizer), read
    // by the engine's one tokenizer.json reader (model/TokenizerJson.h).
    static Result<Tokenizer> fromFile(const std::string &path);
    static Result<Tokenizer> fromJson(
        std::string_view jsonText, const std::string &sourceName = "tokenizer.json");
    // GGUF metadata; sourceName names the file in error messages.
    static Result<Tokenizer> fromVocab(
        const TokenizerVocab &vocab, const std::string &sourceName = "GGUF vocabulary");
    // What the GGUF reader and the tokenizer.json reader produce; checks tokenizer.ggml.model
    // ("gpt2") and .pre.
    static Result<Tokenizer> fromTokenizerData(const TokenizerData &data, const std::string &sourceName);

    Tokenizer(Tokenizer &&) noexcept;
    Tokenizer &operator=(Tokenizer &&) noexcept;
    ~Tokenizer();

    std::vector<int32_t> encode(std::string_view text, const EncodeOptions &options = {}) const;
    // Appends to out (reuse one vector across calls).
    void encodeInto(
        std::string_view text, std::vector<int32_t> &out, const EncodeOptions &options = {}) const;

    // All tokens' bytes concatenated, made valid UTF-8 (ill-formed bytes become U+FFFD).
    // Out-of-range ids are skipped. Use StreamingDecoder for token-by-token output.
    std::string decode(std::span<const int32_t> ids, bool skipSpecial = false) const;

    // Raw bytes of one token (an added token's text as written); empty for an invalid id.
    std::string_view tokenBytes(int32_t id) const;

    // One past the largest id (embedding rows must be at least this many).
    int32_t vocabSize() const;
    bool isValidId(int32_t id) const;
    bool isSpecial(int32_t id) const; // special added / Control token
    bool isAdded(int32_t id) const; // any added token (special or not)

    // Id of an added token by its text (e.g. "<|im_end|>") or of a vocabulary token by its raw
    // bytes; -1 when there is none.
    int32_t tokenId(std::string_view text) const;
    int32_t bosId() const;
    size_t mergeCount() const;

    struct Impl;

private:
    explicit Tokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Text for one token stream, emitted as soon as it is complete UTF-8: a character whose bytes
// are split across tokens is held back until its last byte arrives.
class StreamingDecoder {
public:
    explicit StreamingDecoder(const Tokenizer &tokenizer, bool skipSpecial = true);

    // Text completed by this token (often empty while a character is pending).
    std::string push(int32_t id);
    // End of stream: whatever is held back, an unfinished character becoming U+FFFD.
    std::string flush();
    void reset() { m_pending.clear(); }
    size_t pendingBytes() const { return m_pending.size(); }

private:
    const Tokenizer *m_tokenizer;
    bool m_skipSpecial;
    std::string m_pending;
};

} // namespace sb
