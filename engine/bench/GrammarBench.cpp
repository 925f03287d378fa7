#include "engine/bench/GrammarBench.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <random>

#include "engine/sampling/GrammarConstraint.h"
#include "engine/tokenizer/Tokenizer.h"

namespace sb {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// Process CPU time: on a busy machine the wall clock also counts the waits for a core.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / double(CLOCKS_PER_SEC);
}

Result<JsonGrammar> grammarFor(const std::string &schemaJson)
{
    if (schemaJson.empty())
        return JsonGrammar::anyObject();
    auto schema = Json::parse(schemaJson);
    if (!schema)
        return makeError(ErrorCode::InvalidArgument, "schema: " + schema.error().message);
    return JsonGrammar::fromSchema(schema.value());
}

// A seeded uniform draw among the allowed tokens (the model's stand-in).
int32_t drawAllowed(std::span<const float> logits, std::mt19937 &rng)
{
    size_t allowed = 0;
    for (const float l : logits)
        allowed += !std::isinf(l);
    if (allowed == 0)
        return -1;
    size_t pick = std::uniform_int_distribution<size_t>(0, allowed - 1)(rng);
    for (size_t i = 0; i < logits.size(); ++i)
        if (!std::isinf(logits[i]) && pick-- == 0)
            return int32_t(i);
    return -1;
}

} // namespace

Result<GrammarBenchResult> benchGrammar(const std::string &tokenizerPath, const GrammarBenchOptions &options)
{
    auto tokenizer = Tokenizer::fromFile(tokenizerPath);
    if (!tokenizer)
        return tokenizer.error();
    auto probe = grammarFor(options.schemaJson);
    if (!probe)
        return probe.error();

    GrammarBenchResult r;
    const Clock::time_point t0 = Clock::now();
    auto table = TokenTable::fromTokenizer(tokenizer.value());
    r.tableMs = msSince(t0);
    r.vocabSize = table->size();
    const Tokenizer *tok = &tokenizer.value();
    auto encode = [tok](std::string_view s) { return tok->encode(s); };
    const int32_t stop = tok->tokenId("<|im_end|>");
    const int32_t stops[1] = { stop };

    std::vector<double> times;
    std::vector<double> uncached;
    int64_t hits = 0;
    std::vector<float> logits(table->size());
    for (int run = 0; run < options.runs; ++run) {
        std::mt19937 rng(options.seed + uint32_t(run));
        GrammarConstraint c(grammarFor(options.schemaJson).value(), table, encode);
        GrammarConstraint fresh(grammarFor(options.schemaJson).value(), table, encode); // never cached
        for (int n = 0; n < options.tokens; ++n) {
            std::fill(logits.begin(), logits.end(), 0.0f);
            const double s = cpuMs();
            c.mask(logits, options.tokens - n, stops);
            times.push_back(cpuMs() - s);
            const int32_t token = drawAllowed(logits, rng);
            if (options.uncached && token != stop) {
                // The same state walked from scratch: a mask the cache never saw.
                const double u = cpuMs();
                fresh.clearCache();
                (void)fresh.allowed(options.tokens - n);
                uncached.push_back(cpuMs() - u);
            }
            if (token < 0 || token == stop)
                break;
            if (!c.accept(token) || (options.uncached && !fresh.accept(token)))
                return makeError(ErrorCode::Internal, "bench grammar: a drawn token was refused");
            if (c.finished())
                break;
        }
        hits += c.stats().cacheHits;
        if (run == 0)
            r.sample = c.text();
    }
    r.steps = int64_t(times.size());
    if (times.empty())
        return r;
    double sum = 0;
    for (const double t : times)
        sum += t;
    r.meanMs = sum / double(times.size());
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    r.p50Ms = sorted[sorted.size() / 2];
    r.p95Ms = sorted[std::min(sorted.size() - 1, sorted.size() * 95 / 100)];
    r.maxMs = sorted.back();
    r.cacheHitRate = double(hits) / double(times.size());
    if (!uncached.empty()) {
        double u = 0;
        for (const double t : uncached)
            u += t;
        r.uncachedMeanMs = u / double(uncached.size());
        r.uncachedMaxMs = *std::max_element(uncached.begin(), uncached.end());
    }
    return r;
}

} // namespace sb
