#pragma once
// Token sampling from logits, in the order transformers applies its processors:
//   penalties (repetition, presence, frequency) -> greedy argmax if temperature <= 0, else
//   temperature -> top-k -> top-p -> min-p -> draw from the renormalised distribution.
// Deterministic: the same logits, history and seed give the same token everywhere.

#include <cstdint>
#include <span>
#include <vector>

#include "engine/core/Result.h"
#include "engine/sampling/Rng.h"

namespace sb {

struct SamplingParams {
    float temperature = 1.0f; // <= 0: greedy (argmax, lowest id on ties)
    int64_t topK = 0; // keep the k highest logits (ties with the k-th kept too); 0: off
    float topP = 1.0f; // keep the smallest top set with mass >= topP; 1: off
    float minP = 0.0f; // drop tokens with p < minP * max p; 0: off
    float repetitionPenalty = 1.0f; // transformers: seen tokens' logit l -> l > 0 ? l / r : l * r
    float presencePenalty = 0.0f; // OpenAI: l -= presence for each seen token
    float frequencyPenalty = 0.0f; // OpenAI: l -= frequency * count
    int64_t penaltyLastN = 0; // penalties look at the last N history tokens; 0: all of them
    uint64_t seed = 0;

    bool greedy() const { return temperature <= 0.0f; }
    // Names the field at fault (negative temperature is allowed: it means greedy).
    Result<void> validate() const;
};

class Sampler {
public:
    explicit Sampler(const SamplingParams &params = {});

    const SamplingParams &params() const { return m_params; }
    void reseed(uint64_t seed) { m_rng.reseed(seed); }

    // history: the tokens the penalties look at (prompt and generated so far).
    int32_t sample(std::span<const float> logits, std::span<const int32_t> history);

    // The final distribution the draw uses (0 for filtered tokens; one-hot when greedy).
    std::vector<float> probabilities(std::span<const float> logits, std::span<const int32_t> history) const;

private:
    struct Candidate {
        int32_t id;
        float logit;
    };
    // Applies penalties, temperature and the filters; returns the kept candidates sorted by
    // probability (descending, ties by id) and their normalised probabilities.
    void distribution(std::span<const float> logits, std::span<const int32_t> history,
        std::vector<Candidate> &kept, std::vector<double> &probs) const;
    std::vector<float> penalised(std::span<const float> logits, std::span<const int32_t> history) const;

    SamplingParams m_params;
    Rng m_rng;
};

// The index of the largest value, lowest index on ties.
int32_t argmax(std::span<const float> values);

} // namespace sb
