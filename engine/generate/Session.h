#pragma once
// One conversation's generation loop on a Backend: prefill, then sample and feed one token at a
// time, streaming each through a callback whose false return stops the loop (gemma.cpp style).
// The session remembers which tokens the backend's KV cache holds, so the next prompt of the
// same conversation only prefills what comes after the longest common prefix.

#include <atomic>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/generate/Backend.h"
#include "engine/sampling/Sampler.h"
#include "engine/sampling/TokenConstraint.h"

namespace sb {

enum class StopReason {
    EndOfSequence, // a stop token (the model's EOS, <|im_end|> for SmolLM3) was sampled
    MaxTokens,
    StopString,
    Cancelled, // the callback returned false or the cancel flag was set
    ContextFull, // the KV cache has no room for another token
};

const char *stopReasonName(StopReason r);

struct GenerateOptions {
    int64_t maxNewTokens = 512;
    SamplingParams sampling;
    // Stop tokens besides config().eosTokenId; a stop token is neither streamed nor returned.
    std::vector<int32_t> stopTokens;
    bool ignoreEos = false; // benchmarks: do not stop at config().eosTokenId
    // Stop strings are matched on the text of the generated tokens, which needs tokenText
    // (a token's bytes). The tokens that complete a stop string have already been streamed;
    // GenerationResult::stopString says which one matched so the caller can trim it.
    std::vector<std::string> stopStrings;
    std::function<std::string(int32_t)> tokenText;
    // Set from any thread to stop before the next token (checked once per token, and between
    // prefill chunks).
    const std::atomic<bool> *cancel = nullptr;
    // The prompt is run in pieces of at most this many tokens so that a long prefill can be
    // cancelled (and a backend's activations stay bounded); <= 0: all at once.
    int64_t prefillChunk = 256;
    // Constrained output (a JSON grammar, a forced tool call): masks the logits before each draw,
    // and the generation stops as EndOfSequence once it reports finished(). Not owned; sampling
    // then runs on the host.
    TokenConstraint *constraint = nullptr;
};

// Called with each generated token; return false to stop (the token is kept).
using TokenCallback = std::function<bool(int32_t token)>;

struct GenerationStats {
    int64_t promptTokens = 0;
    int64_t reusedTokens = 0; // prompt tokens whose KV cache entries were reused
    int64_t prefilledTokens = 0; // prompt tokens actually run
    int64_t generatedTokens = 0;
    double prefillSeconds = 0.0;
    double decodeSeconds = 0.0; // all forward passes and sampling after the prefill
    double firstTokenSeconds = 0.0; // from the call to the first streamed token (0 if none)

    double prefillTokensPerSecond() const
    {
        return prefillSeconds > 0 ? prefilledTokens / prefillSeconds : 0.0;
    }
    // The first token comes from the prefill's logits, so decode ran generatedTokens - 1 steps.
    double decodeTokensPerSecond() const
    {
        return decodeSeconds > 0 && generatedTokens > 1 ? (generatedTokens - 1) / decodeSeconds : 0.0;
    }
};

struct GenerationResult {
    std::vector<int32_t> tokens; // generated tokens, stop token excluded (empty when cancelled
                                 // during the prefill)
    StopReason stopReason = StopReason::MaxTokens;
    std::string stopString; // the stop string that matched, for StopReason::StopString
    GenerationStats stats;
};

class Session {
public:
    explicit Session(Backend &backend);

    // Generates a continuation of `prompt` (the whole conversation so far, as token ids).
    // Errors: empty prompt, a prompt longer than the context, invalid ids, bad sampling params.
    Result<GenerationResult> generate(
        std::span<const int32_t> prompt, const GenerateOptions &options, const TokenCallback &onToken = {});

    // The tokens whose keys/values the backend's cache holds (a prefix of prompt + generated).
    const std::vector<int32_t> &cachedTokens() const { return m_cached; }
    // Forgets the cache (e.g. when the conversation changes completely).
    void reset();

    Backend &backend() { return m_backend; }

private:
    Backend &m_backend;
    std::vector<int32_t> m_cached;
};

} // namespace sb
