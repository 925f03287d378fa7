// Tokenizer from the GGUF reader's TokenizerData (tokenizer.ggml.* metadata).

#include "engine/tokenizer/Tokenizer.h"

#include "engine/model/TokenizerData.h"

#include <algorithm>

namespace sb {

Result<Tokenizer> Tokenizer::fromTokenizerData(const TokenizerData &data, const std::string &source)
{
    if (data.model != "gpt2")
        return makeError(ErrorCode::Unsupported,
            source + ": tokenizer.ggml.model \"" + data.model
                + "\" is not supported (only \"gpt2\", byte-level BPE)");
    // Pre-tokenizer names llama.cpp gives the Llama 3 regex; "" when the converter wrote none.
    static const char *const kLlama3Pre[] = { "", "llama-bpe", "llama3", "smollm3" };
    if (std::find(std::begin(kLlama3Pre), std::end(kLlama3Pre), data.pre) == std::end(kLlama3Pre))
        return makeError(ErrorCode::Unsupported,
            source + ": tokenizer.ggml.pre \"" + data.pre
                + "\" is not supported (only the Llama 3 pre-tokenizer, \"llama-bpe\")");
    TokenizerVocab vocab;
    vocab.tokens = data.tokens;
    vocab.merges = data.merges;
    vocab.tokenTypes = data.tokenTypes;
    // llama.cpp writes 0 (undefined) for tokens it has no type for; those are ordinary tokens.
    for (int32_t &t : vocab.tokenTypes)
        if (t == int32_t(TokenType::Undefined))
            t = int32_t(TokenType::Normal);
    vocab.bosId = data.bosTokenId >= 0 && data.bosTokenId < int64_t(data.tokens.size())
        ? int32_t(data.bosTokenId)
        : -1;
    vocab.ignoreMerges = data.ignoreMerges;
    return fromVocab(vocab, source);
}

} // namespace sb
