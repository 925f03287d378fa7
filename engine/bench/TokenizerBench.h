#pragma once
// Tokenizer throughput for `switchboard-cli bench tokenizer` (speed lives in benchmarks, not in
// unit tests).

#include "engine/core/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace sb {

struct TokenizerBenchOptions {
    std::string text; // text to encode; empty = englishBenchText(targetBytes, seed)
    size_t targetBytes = 4u << 20; // size of the generated English text
    uint32_t seed = 1;
    int runs = 7; // encode/decode passes; the median is reported
    int loadRuns = 3; // tokenizer loads; the median is reported
};

struct TokenizerBenchResult {
    double loadMs = 0.0; // median wall time to read, parse and index the tokenizer file
    double encodeMBps = 0.0; // median encode throughput (wall clock), MB = 1e6 bytes of input
    double decodeMBps = 0.0; // median decode throughput (wall clock), MB of output text
    // The same measured in this thread's CPU time: close to the wall-clock figure on an idle
    // machine, and still meaningful on a busy one where the thread waits for a core.
    double loadCpuMs = 0.0;
    double encodeCpuMBps = 0.0;
    size_t textBytes = 0;
    size_t tokens = 0;
    double bytesPerToken = 0.0;
};

// Loads tokenizerPath (a tokenizer.json) and times load, encode and decode on one thread.
Result<TokenizerBenchResult> benchTokenizer(
    const std::string &tokenizerPath, const TokenizerBenchOptions &options = {});

// Deterministic English prose of about `bytes` bytes (sentences of a built-in sample in a
// seeded random order, in paragraphs).
std::string englishBenchText(size_t bytes, uint32_t seed = 1);

} // namespace sb
