#include "engine/generate/Session.h"

#include <algorithm>
#include <chrono>
#include <optional>

#include "engine/sampling/Rng.h"

namespace sb {

const char *stopReasonName(StopReason r)
{
    switch (r) {
    case StopReason::EndOfSequence:
        return "end of sequence";
    case StopReason::MaxTokens:
        return "max tokens";
    case StopReason::StopString:
        return "stop string";
    case StopReason::Cancelled:
        return "cancelled";
    case StopReason::ContextFull:
        return "context full";
    }
    return "?";
}

Session::Session(Backend &backend)
    : m_backend(backend)
{
}

void Session::reset()
{
    m_cached.clear();
    m_backend.reset();
}

using Clock = std::chrono::steady_clock;

static double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

Result<GenerationResult> Session::generate(
    std::span<const int32_t> prompt, const GenerateOptions &options, const TokenCallback &onToken)
{
    SB_TRY(options.sampling.validate());
    const int64_t context = m_backend.contextLength();
    const int64_t promptLen = static_cast<int64_t>(prompt.size());
    if (promptLen == 0)
        return makeError(ErrorCode::InvalidArgument, "the prompt is empty");
    if (promptLen > context)
        return makeError(ErrorCode::InvalidArgument,
            "the prompt has " + std::to_string(promptLen) + " tokens but the context holds only "
                + std::to_string(context) + "; shorten the conversation or raise the context length");
    if (options.maxNewTokens < 0)
        return makeError(ErrorCode::InvalidArgument, "max new tokens must be >= 0");

    // Reuse the cached prefix; at least the last prompt token must run to produce logits.
    if (static_cast<int64_t>(m_cached.size()) > m_backend.cachedLength())
        m_cached.resize(static_cast<size_t>(m_backend.cachedLength()));
    const auto mismatch = std::mismatch(m_cached.begin(), m_cached.end(), prompt.begin(), prompt.end());
    int64_t reuse = std::min<int64_t>(mismatch.first - m_cached.begin(), promptLen - 1);

    GenerationResult result;
    result.stats.promptTokens = promptLen;
    result.stats.reusedTokens = reuse;
    result.stats.prefilledTokens = promptLen - reuse;

    const Clock::time_point prefillStart = Clock::now();
    const int64_t chunk = options.prefillChunk > 0 ? options.prefillChunk : promptLen;
    std::span<const float> current;
    m_cached.resize(static_cast<size_t>(reuse));
    for (int64_t pos = reuse; pos < promptLen; pos += chunk) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            // What ran so far stays cached and is reused by the next call.
            result.stopReason = StopReason::Cancelled;
            result.stats.prefillSeconds = secondsSince(prefillStart);
            return result;
        }
        const int64_t n = std::min(chunk, promptLen - pos);
        auto logits
            = m_backend.forward(prompt.subspan(static_cast<size_t>(pos), static_cast<size_t>(n)), pos);
        if (!logits.ok()) {
            // The backend keeps its cache on errors, but be conservative about what it holds.
            m_cached.resize(static_cast<size_t>(std::min<int64_t>(pos, m_backend.cachedLength())));
            return logits.error();
        }
        m_cached.insert(m_cached.end(), prompt.begin() + pos, prompt.begin() + pos + n);
        current = *logits;
    }
    result.stats.prefillSeconds = secondsSince(prefillStart);

    const Clock::time_point decodeStart = Clock::now();
    std::vector<int32_t> stops = options.stopTokens;
    if (!options.ignoreEos)
        stops.push_back(static_cast<int32_t>(m_backend.config().eosTokenId));
    std::vector<int32_t> history(prompt.begin(), prompt.end());
    Sampler sampler(options.sampling);
    std::string text; // generated text, only kept when stop strings are in use
    const bool matchStrings = !options.stopStrings.empty() && options.tokenText;
    size_t longestStop = 0;
    for (const std::string &s : options.stopStrings)
        longestStop = std::max(longestStop, s.size());

    // Decode steps draw on the device when the backend can sample this exact distribution; the
    // first token still comes from the prefill's logits on the host.
    TokenConstraint *constraint = options.constraint;
    const bool onDevice = !constraint && m_backend.deviceSamples(options.sampling);
    std::vector<float> masked; // the constrained step's logits
    Rng deviceRng(options.sampling.seed ^ 0xd1b54a32d192ed03ull);
    std::optional<int32_t> drawn;

    for (;;) {
        if (static_cast<int64_t>(result.tokens.size()) >= options.maxNewTokens) {
            result.stopReason = StopReason::MaxTokens;
            break;
        }
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            result.stopReason = StopReason::Cancelled;
            break;
        }
        int32_t token = 0;
        if (drawn) {
            token = *drawn;
        } else if (constraint) {
            masked.assign(current.begin(), current.end());
            constraint->mask(
                masked, options.maxNewTokens - static_cast<int64_t>(result.tokens.size()), stops);
            token = sampler.sample(masked, history);
        } else {
            token = sampler.sample(current, history);
        }
        if (std::find(stops.begin(), stops.end(), token) != stops.end()) {
            result.stopReason = StopReason::EndOfSequence;
            break;
        }
        if (constraint && !constraint->accept(token))
            return makeError(ErrorCode::Internal,
                "constrained sampling drew token " + std::to_string(token) + ", which the grammar refuses");
        result.tokens.push_back(token);
        history.push_back(token);
        if (result.tokens.size() == 1)
            result.stats.firstTokenSeconds = secondsSince(prefillStart);
        if (onToken && !onToken(token)) {
            result.stopReason = StopReason::Cancelled;
            break;
        }
        if (constraint && constraint->finished()) {
            result.stopReason = StopReason::EndOfSequence;
            break;
        }
        if (matchStrings) {
            const size_t before = text.size();
            text += options.tokenText(token);
            // Only a match that ends inside the new token's text can be new.
            const size_t from = before >= longestStop ? before - longestStop + 1 : 0;
            const auto hit = std::find_if(options.stopStrings.begin(), options.stopStrings.end(),
                [&](const std::string &s) { return !s.empty() && text.find(s, from) != std::string::npos; });
            if (hit != options.stopStrings.end()) {
                result.stopReason = StopReason::StopString;
                result.stopString = *hit;
                break;
            }
        }
        if (static_cast<int64_t>(result.tokens.size()) >= options.maxNewTokens) {
            result.stopReason = StopReason::MaxTokens;
            break;
        }
        if (m_backend.cachedLength() >= context) {
            result.stopReason = StopReason::ContextFull;
            break;
        }
        const int64_t pos = static_cast<int64_t>(m_cached.size());
        if (onDevice) {
            auto next = m_backend.forwardSampled(
                std::span<const int32_t>(&token, 1), pos, options.sampling, deviceRng.uniform());
            if (!next.ok())
                return next.error();
            drawn = *next;
        } else {
            auto next = m_backend.forward(std::span<const int32_t>(&token, 1), pos);
            if (!next.ok())
                return next.error();
            current = *next;
        }
        m_cached.push_back(token);
    }
    result.stats.generatedTokens = static_cast<int64_t>(result.tokens.size());
    result.stats.decodeSeconds = secondsSince(decodeStart);
    return result;
}

} // namespace sb
