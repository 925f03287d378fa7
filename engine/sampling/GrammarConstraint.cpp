#include "engine/sampling/GrammarConstraint.h"

#include <algorithm>
#include <limits>

#include "engine/tokenizer/Tokenizer.h"

namespace sb {

TokenTable::TokenTable(std::vector<std::string> tokenBytes)
    : m_bytes(std::move(tokenBytes))
{
    for (size_t id = 0; id < m_bytes.size(); ++id)
        if (!m_bytes[id].empty())
            m_order.push_back(int32_t(id));
    std::sort(m_order.begin(), m_order.end(),
        [&](int32_t a, int32_t b) { return m_bytes[size_t(a)] < m_bytes[size_t(b)]; });
    m_lcp.resize(m_order.size());
    for (size_t i = 0; i < m_order.size(); ++i) {
        const std::string &cur = m_bytes[size_t(m_order[i])];
        m_maxLength = std::max(m_maxLength, cur.size());
        if (i == 0)
            continue;
        const std::string &prev = m_bytes[size_t(m_order[i - 1])];
        size_t n = 0;
        while (n < prev.size() && n < cur.size() && prev[n] == cur[n] && n < 0xFFFF)
            ++n;
        m_lcp[i] = uint16_t(n);
    }
}

std::shared_ptr<const TokenTable> TokenTable::fromTokenizer(const Tokenizer &tokenizer)
{
    std::vector<std::string> bytes(size_t(tokenizer.vocabSize()));
    for (int32_t id = 0; id < tokenizer.vocabSize(); ++id)
        if (tokenizer.isValidId(id) && !tokenizer.isSpecial(id))
            bytes[size_t(id)] = std::string(tokenizer.tokenBytes(id));
    return std::make_shared<const TokenTable>(std::move(bytes));
}

GrammarConstraint::GrammarConstraint(
    JsonGrammar grammar, std::shared_ptr<const TokenTable> table, Encode encode)
    : m_grammar(std::move(grammar))
    , m_table(std::move(table))
    , m_encode(std::move(encode))
{
    m_state = m_grammar.initial(m_arena);
    m_walk.resize(m_table->maxLength() + 1);
    // One token seldom opens more than a couple of values; what they then need is the margin kept
    // between the budget and the shortest completion before the mask starts checking each token.
    m_margin = 2 * m_grammar.longestValueCompletion() + 32;
}

bool GrammarConstraint::canEnd() const
{
    return m_grammar.canEnd(m_state, m_arena);
}

bool GrammarConstraint::finished() const
{
    return m_grammar.finished(m_state, m_arena);
}

void GrammarConstraint::walk(int64_t remaining, bool nearBudget, size_t completionNow)
{
    const TokenTable &t = *m_table;
    const size_t base = m_arena.size();
    m_bits.assign((t.size() + 63) / 64, 0);
    m_walk[0] = m_state;
    size_t good = 0; // leading bytes of the previous token that the automaton accepted
    const std::vector<int32_t> &order = t.order();
    const std::vector<uint16_t> &lcp = t.lcp();
    for (size_t k = 0; k < order.size(); ++k) {
        // A token that shares more than `good` bytes with the previous one contains the byte
        // that was refused there.
        if (lcp[k] > good)
            continue;
        const int32_t id = order[k];
        const std::string &bytes = t.bytes(id);
        size_t i = lcp[k];
        bool ok = true;
        for (; i < bytes.size(); ++i) {
            m_walk[i + 1] = m_walk[i];
            ++m_stats.bytesStepped;
            if (!m_grammar.step(m_walk[i + 1], uint8_t(bytes[i]), m_arena)) {
                ok = false;
                break;
            }
        }
        if (!ok) {
            good = i;
            continue;
        }
        good = bytes.size();
        if (nearBudget) {
            // Keep only tokens after which the document can still be finished in time: staying
            // inside a string or number a token adds at most 4 bytes to the shortest completion
            // (an open UTF-8 sequence, an escape, an exponent's digit); otherwise measure it.
            const GrammarState &after = m_walk[bytes.size()];
            const bool sameLexeme = after.top == m_state.top && after.lex == m_state.lex
                && (after.lex == GrammarState::String || after.lex == GrammarState::Number);
            if (!sameLexeme || int64_t(completionNow) + 4 + 2 > remaining) {
                const size_t mark = m_arena.size();
                const size_t need = m_grammar.completion(after, m_arena).size();
                m_arena.resize(mark);
                if (int64_t(need) + 2 > remaining)
                    continue;
            }
        }
        m_bits[size_t(id) / 64] |= 1ull << (size_t(id) % 64);
    }
    m_arena.resize(base);
}

const std::vector<uint64_t> &GrammarConstraint::allowed(int64_t remaining)
{
    ++m_stats.masks;
    const TokenTable &t = *m_table;
    if (!m_forcing && !finished()) {
        const size_t mark = m_arena.size();
        const std::string rest = m_grammar.completion(m_state, m_arena);
        m_arena.resize(mark);
        // The completion's tokens plus a stop token must fit what is left.
        if (int64_t(rest.size()) + 1 >= remaining) {
            m_forcing = true;
            m_forced = m_encode(rest);
            m_forcedPos = 0;
        } else {
            const bool near = int64_t(rest.size() + m_margin) + 1 >= remaining;
            if (near) {
                walk(remaining, true, rest.size());
                return m_bits;
            }
            m_grammar.stateKey(m_state, m_arena, m_key);
            auto hit = m_cache.find(m_key);
            if (hit != m_cache.end()) {
                ++m_stats.cacheHits;
                m_bits = hit->second;
                return m_bits;
            }
            walk(remaining, false, rest.size());
            if (m_cache.size() >= 256)
                m_cache.clear();
            m_cache.emplace(m_key, m_bits);
            return m_bits;
        }
    }
    m_bits.assign((t.size() + 63) / 64, 0);
    if (m_forcing && m_forcedPos < m_forced.size()) {
        const int32_t id = m_forced[m_forcedPos];
        m_bits[size_t(id) / 64] |= 1ull << (size_t(id) % 64);
    }
    return m_bits;
}

void GrammarConstraint::mask(std::span<float> logits, int64_t remaining, std::span<const int32_t> stopTokens)
{
    // Stop tokens keep the model's own logits where they are allowed.
    float stopLogits[8];
    const size_t stops = std::min<size_t>(stopTokens.size(), 8);
    for (size_t i = 0; i < stops; ++i)
        stopLogits[i] = stopTokens[i] >= 0 && size_t(stopTokens[i]) < logits.size()
            ? logits[size_t(stopTokens[i])]
            : 0.0f;
    const std::vector<uint64_t> &bits = allowed(remaining);
    const float minusInf = -std::numeric_limits<float>::infinity();
    const size_t n = logits.size();
    for (size_t w = 0; w * 64 < n; ++w) {
        const uint64_t word = w < bits.size() ? bits[w] : 0;
        if (word == ~0ull)
            continue;
        const size_t end = std::min(n, w * 64 + 64);
        for (size_t id = w * 64; id < end; ++id)
            if (!(word >> (id % 64) & 1))
                logits[id] = minusInf;
    }
    // Stop tokens: only once the document is complete (and then the forced path is done too).
    const bool mayStop = canEnd() && (!m_forcing || m_forcedPos >= m_forced.size());
    if (mayStop)
        for (size_t i = 0; i < stops; ++i)
            if (stopTokens[i] >= 0 && size_t(stopTokens[i]) < n)
                logits[size_t(stopTokens[i])] = stopLogits[i];
}

bool GrammarConstraint::accept(int32_t token)
{
    if (token < 0 || size_t(token) >= m_table->size() || m_table->bytes(token).empty())
        return false;
    if (m_forcing) {
        if (m_forcedPos >= m_forced.size() || m_forced[m_forcedPos] != token)
            return false;
        ++m_forcedPos;
    }
    const std::string &bytes = m_table->bytes(token);
    for (const char c : bytes)
        if (!m_grammar.step(m_state, uint8_t(c), m_arena))
            return false;
    m_text += bytes;
    return true;
}

} // namespace sb
