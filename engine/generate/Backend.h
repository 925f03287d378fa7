#pragma once
// The seam between the generation loop and a compute backend (CPU reference now, Vulkan later).
// A backend owns the model's KV cache: positions 0 .. cachedLength()-1 hold the keys and values
// of the tokens the caller fed so far, and the caller (Session) remembers which tokens those were.
// Keep this small: everything a backend needs to run SmolLM3 token by token, nothing else.

#include <cstdint>
#include <span>
#include <string>

#include "engine/core/Result.h"
#include "engine/model/ModelConfig.h"

namespace sb {

struct SamplingParams;

class Backend {
public:
    virtual ~Backend() = default;

    virtual const char *name() const = 0;
    virtual const ModelConfig &config() const = 0;

    // Capacity of the KV cache in positions (the usable context length).
    virtual int64_t contextLength() const = 0;
    // Positions whose keys/values are cached.
    virtual int64_t cachedLength() const = 0;

    // Runs tokens at positions startPos .. startPos + tokens.size() - 1 after dropping cached
    // positions >= startPos; requires 0 <= startPos <= cachedLength(), a non-empty token list
    // that fits the context, and ids below the vocabulary size (errors otherwise, cache intact).
    // Returns the logits (vocab) of the last token, valid until the next call on this backend.
    virtual Result<std::span<const float>> forward(std::span<const int32_t> tokens, int64_t startPos) = 0;

    // Optional sampling on the device: whether forwardSampled() draws from exactly the
    // distribution the CPU Sampler would use for `params` (typically greedy or plain top-k, no
    // penalties: those need the history on the host).
    virtual bool deviceSamples(const SamplingParams &) const { return false; }
    // Like forward(), but the backend picks the next token itself and only its id comes back
    // (no logits cross the bus). randomU in [0, 1) is drawn by the caller (seeded, reproducible).
    virtual Result<int32_t> forwardSampled(
        std::span<const int32_t> tokens, int64_t startPos, const SamplingParams &params, double randomU);

    // Where the model runs ("CPU" or the GPU's name) and the device memory it holds (weights, KV
    // cache, work buffers; 0 for the CPU backend, whose weights stay memory-mapped).
    virtual std::string deviceName() const { return "CPU"; }
    virtual uint64_t deviceMemoryBytes() const { return 0; }
    // Which fast kernel paths run, for people and benchmarks ("subgroups on, int8 dot off,
    // cooperative matrix 16x16x16"); empty where there is no choice (the CPU reference).
    virtual std::string kernelPaths() const { return {}; }

    // Drops cached positions >= length (no-op when length >= cachedLength()).
    virtual void truncate(int64_t length) = 0;
    void reset() { truncate(0); }
};

} // namespace sb
