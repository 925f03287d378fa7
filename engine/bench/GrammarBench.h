#pragma once
// The cost of grammar-constrained sampling per generated token, for `switchboard-cli bench
// grammar`: a constrained generation over a real vocabulary (SmolLM3's 128,256 tokens) where a
// seeded random draw among the allowed tokens stands in for the model. Speed lives in benchmarks,
// not in unit tests.

#include <string>

#include "engine/core/Result.h"

namespace sb {

struct GrammarBenchOptions {
    std::string schemaJson; // a JSON Schema; empty: json_object
    int tokens = 256; // constrained tokens per run (the budget the grammar finishes within)
    int runs = 5;
    uint32_t seed = 1;
    // Besides the normal path (masks cached per automaton state), time every mask walked afresh.
    bool uncached = true;
};

struct GrammarBenchResult {
    double tableMs = 0.0; // building the sorted byte table of the vocabulary (once per model)
    size_t vocabSize = 0;
    int64_t steps = 0; // masks computed
    // Times are CPU time of this process (one thread), so a busy machine does not inflate them.
    double meanMs = 0.0; // per token: the mask and its application to a logits vector
    double p50Ms = 0.0;
    double p95Ms = 0.0;
    double maxMs = 0.0;
    double cacheHitRate = 0.0;
    double uncachedMeanMs = 0.0; // the walk alone, every step (0 when not measured)
    double uncachedMaxMs = 0.0;
    std::string sample; // one run's output
};

Result<GrammarBenchResult> benchGrammar(const std::string &tokenizerPath, const GrammarBenchOptions &options);

} // namespace sb
