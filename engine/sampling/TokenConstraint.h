#pragma once
// What the generation loop asks of a constraint on its output (a grammar, a forced tool call):
// which tokens may come next, and whether the output is complete.

#include <cstdint>
#include <span>

namespace sb {

class TokenConstraint {
public:
    virtual ~TokenConstraint() = default;
    // Sets the logits of the tokens that may not come next to -infinity. `remaining`: tokens the
    // generation may still produce, this one included (a constraint finishes its output within
    // it when it can); `stopTokens` are allowed only where the output is complete.
    virtual void mask(std::span<float> logits, int64_t remaining, std::span<const int32_t> stopTokens) = 0;
    // Advances past a sampled token (not a stop token); false when the token was not allowed.
    virtual bool accept(int32_t token) = 0;
    // The output is complete and nothing may follow it: generation stops here.
    virtual bool finished() const = 0;
};

} // namespace sb
