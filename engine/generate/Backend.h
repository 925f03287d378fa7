#pragma once
// The seam between the generation loop and a compute backend (CPU reference now, Vulkan later).
// A backend owns the model's KV cache: positions 0 .. cachedLength()-1 hold the keys and values
// of the tokens the caller fed so far, and the caller (Session) remembers which tokens those were.
// Keep this small: everything a backend needs to run SmolLM3 token by token, nothing else.

#include <cstdint>
#include <span>

#include "core/Result.h"
#include "model/ModelConfig.h"

namespace sb {

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

    // Drops cached positions >= length (no-op when length >= cachedLength()).
    virtual void truncate(int64_t length) = 0;
    void reset() { truncate(0); }
};

} // namespace sb
