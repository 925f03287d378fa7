#include "engine/sampling/GrammarConstraint.h"

#include <algorithm>
#include <limits>

#include "engine/tokenizer/Tokenizer.h"

namespace sb {

namespace {

// Characters in s when it is whole, valid UTF-8 (the automaton's rules) free of '"', '\\' and
// control characters; -1 otherwise.
int safeCharCount(const std::string &s)
{
    int chars = 0;
    for (size_t i = 0; i < s.size();) {
        const auto b = uint8_t(s[i]);
        size_t len = 1;
        uint8_t lo = 0x80, hi = 0xBF;
        if (b < 0x80) {
            if (b < 0x20 || b == '"' || b == '\\')
                return -1;
        } else if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + len > s.size())
            return -1;
        for (size_t k = 1; k < len; ++k) {
            const auto c = uint8_t(s[i + k]);
            if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF))
                return -1;
        }
        i += len;
        ++chars;
    }
    return chars;
}

} // namespace

void TokenTable::sortedWithLcp(
    const std::vector<std::string> &bytes, std::vector<int32_t> &order, std::vector<uint16_t> &lcp)
{
    std::sort(order.begin(), order.end(),
        [&](int32_t a, int32_t b) { return bytes[size_t(a)] < bytes[size_t(b)]; });
    lcp.assign(order.size(), 0);
    for (size_t i = 1; i < order.size(); ++i) {
        const std::string &prev = bytes[size_t(order[i - 1])];
        const std::string &cur = bytes[size_t(order[i])];
        size_t n = 0;
        while (n < prev.size() && n < cur.size() && prev[n] == cur[n] && n < 0xFFFF)
            ++n;
        lcp[i] = uint16_t(n);
    }
}

TokenTable::TokenTable(std::vector<std::string> tokenBytes)
    : m_bytes(std::move(tokenBytes))
{
    m_safeBits.assign((m_bytes.size() + 63) / 64, 0);
    for (size_t id = 0; id < m_bytes.size(); ++id) {
        if (m_bytes[id].empty())
            continue;
        m_order.push_back(int32_t(id));
        m_maxLength = std::max(m_maxLength, m_bytes[id].size());
        const int chars = safeCharCount(m_bytes[id]);
        if (chars >= 0 && chars <= 0xFFFF) {
            m_safe.push_back(int32_t(id));
            m_safeChars.push_back(uint16_t(chars));
            m_safeBits[id / 64] |= 1ull << (id % 64);
        } else {
            m_unsafeOrder.push_back(int32_t(id));
        }
    }
    sortedWithLcp(m_bytes, m_order, m_lcp);
    sortedWithLcp(m_bytes, m_unsafeOrder, m_unsafeLcp);
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
    const GrammarState &s = m_state;
    if (s.lex == GrammarState::String && s.sub == 0 && s.pending == 0) {
        // Inside a string: every whole-character token without a quote or backslash fits (as many
        // characters as the string has room for), and only the rest need the automaton.
        const GrammarNode &n = m_grammar.nodes()[size_t(s.node)];
        const int64_t room = n.maxLength - int64_t(s.count);
        if (room >= int64_t(0xFFFF)) {
            m_bits = t.stringSafeBits();
        } else {
            m_bits.assign((t.size() + 63) / 64, 0);
            const std::vector<int32_t> &safe = t.stringSafe();
            const std::vector<uint16_t> &chars = t.stringSafeChars();
            for (size_t i = 0; i < safe.size(); ++i)
                if (int64_t(chars[i]) <= room)
                    m_bits[size_t(safe[i]) / 64] |= 1ull << (size_t(safe[i]) % 64);
        }
        walkList(t.unsafeOrder(), t.unsafeLcp(), remaining, nearBudget, completionNow);
        return;
    }
    m_bits.assign((t.size() + 63) / 64, 0);
    walkList(t.order(), t.lcp(), remaining, nearBudget, completionNow);
}

void GrammarConstraint::walkList(const std::vector<int32_t> &order, const std::vector<uint16_t> &lcp,
    int64_t remaining, bool nearBudget, size_t completionNow)
{
    const TokenTable &t = *m_table;
    const size_t base = m_arena.size();
    m_walk[0] = m_state;
    size_t good = 0; // leading bytes of the previous token that the automaton accepted
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
            m_grammar.stateKey(m_state, m_arena, t.maxLength(), m_key);
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
