#pragma once
// Grammar-constrained sampling: the token mask of a JsonGrammar over a tokenizer's vocabulary.
//
// The vocabulary's byte strings are sorted once (TokenTable), so tokens that share a prefix sit
// together: the mask walks them from the current automaton state, reusing the states of the
// shared prefix and skipping every token that shares a prefix already refused. Masks are cached
// per automaton state (inside an unbounded string every step has the same one).
//
// Finishing within the budget: when the tokens left are about to be too few for the shortest
// completion of the document, the rest is forced (that completion, tokenized), so the output
// parses even when max_tokens cuts it short (as long as max_tokens covers the shortest document).

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/sampling/JsonGrammar.h"
#include "engine/sampling/TokenConstraint.h"

namespace sb {

class Tokenizer;

// Every token's bytes, sorted, with the common prefix length of neighbours. Built once per
// tokenizer; immutable, shared by constraints.
class TokenTable {
public:
    // index = token id; an empty string is a token that is never allowed (special tokens).
    explicit TokenTable(std::vector<std::string> tokenBytes);
    static std::shared_ptr<const TokenTable> fromTokenizer(const Tokenizer &tokenizer);

    size_t size() const { return m_bytes.size(); }
    const std::string &bytes(int32_t id) const { return m_bytes[size_t(id)]; }
    const std::vector<int32_t> &order() const { return m_order; }
    const std::vector<uint16_t> &lcp() const { return m_lcp; }
    size_t maxLength() const { return m_maxLength; }

    // Tokens that are whole UTF-8 characters without '"', '\\' or control characters: inside a
    // JSON string (no escape or character pending) each of them is allowed as it is, so the mask
    // sets them at once and walks only the others (`unsafe...`), the few that can end a string.
    const std::vector<int32_t> &stringSafe() const { return m_safe; }
    const std::vector<uint16_t> &stringSafeChars() const { return m_safeChars; } // characters each
    const std::vector<uint64_t> &stringSafeBits() const { return m_safeBits; }
    const std::vector<int32_t> &unsafeOrder() const { return m_unsafeOrder; }
    const std::vector<uint16_t> &unsafeLcp() const { return m_unsafeLcp; }

private:
    static void sortedWithLcp(
        const std::vector<std::string> &bytes, std::vector<int32_t> &order, std::vector<uint16_t> &lcp);

    std::vector<std::string> m_bytes;
    std::vector<int32_t> m_order; // non-empty tokens sorted by bytes
    std::vector<uint16_t> m_lcp; // common prefix with the previous entry of m_order
    size_t m_maxLength = 0;
    std::vector<int32_t> m_safe;
    std::vector<uint16_t> m_safeChars;
    std::vector<uint64_t> m_safeBits;
    std::vector<int32_t> m_unsafeOrder;
    std::vector<uint16_t> m_unsafeLcp;
};

class GrammarConstraint final : public TokenConstraint {
public:
    using Encode = std::function<std::vector<int32_t>(std::string_view bytes)>;
    GrammarConstraint(JsonGrammar grammar, std::shared_ptr<const TokenTable> table, Encode encode);

    void mask(std::span<float> logits, int64_t remaining, std::span<const int32_t> stopTokens) override;
    bool accept(int32_t token) override;
    bool finished() const override;

    // The allowed tokens (bit per id) for the next step; what mask() applies.
    const std::vector<uint64_t> &allowed(int64_t remaining);
    bool canEnd() const;
    const std::string &text() const { return m_text; } // the bytes accepted so far
    bool forcing() const { return m_forcing; }
    void clearCache() { m_cache.clear(); } // benchmarks: time a walk the cache never saw

    struct Stats {
        int64_t masks = 0;
        int64_t cacheHits = 0;
        int64_t bytesStepped = 0; // automaton steps the walks took
    };
    const Stats &stats() const { return m_stats; }

private:
    void walk(int64_t remaining, bool nearBudget, size_t completionNow);
    void walkList(const std::vector<int32_t> &order, const std::vector<uint16_t> &lcp, int64_t remaining,
        bool nearBudget, size_t completionNow);

    JsonGrammar m_grammar;
    std::shared_ptr<const TokenTable> m_table;
    Encode m_encode;
    std::vector<GrammarFrame> m_arena;
    GrammarState m_state;
    std::vector<GrammarState> m_walk; // state after each byte of the token being walked
    std::vector<uint64_t> m_bits;
    std::unordered_map<std::string, std::vector<uint64_t>> m_cache;
    std::string m_key;
    std::string m_text;
    size_t m_margin = 64; // completion growth one token can cause, about (see constructor)
    bool m_forcing = false;
    std::vector<int32_t> m_forced;
    size_t m_forcedPos = 0;
    Stats m_stats;
};

} // namespace sb
