#include "engine/sampling/JsonGrammar.h"

#include <algorithm>
#include <bit>
#include <bitset>

namespace sb {

namespace {

// Untyped values ("type" absent, json_object) nest at most this deep, so a random model cannot
// open brackets forever.
constexpr uint16_t kMaxAnyDepth = 12;
// Digits per part of a number: keeps numbers finite and exactly representable.
constexpr uint32_t kMaxIntDigits = 15;
constexpr uint32_t kMaxExpDigits = 2;

bool isDigit(uint8_t b)
{
    return b >= '0' && b <= '9';
}

uint64_t lowBits(size_t n)
{
    return n >= 64 ? ~0ull : (1ull << n) - 1;
}

} // namespace

bool JsonGrammar::firstByteOk(int32_t node, uint8_t b) const
{
    const GrammarNode &n = m_nodes[size_t(node)];
    switch (n.kind) {
    case GrammarNode::Kind::Any:
        return b == '{' || b == '[' || b == '"' || b == '-' || isDigit(b) || b == 't' || b == 'f' || b == 'n';
    case GrammarNode::Kind::Object:
        return b == '{';
    case GrammarNode::Kind::Array:
        return b == '[';
    case GrammarNode::Kind::String:
        return b == '"';
    case GrammarNode::Kind::Number:
    case GrammarNode::Kind::Integer:
        return b == '-' || isDigit(b);
    case GrammarNode::Kind::Literal:
        for (const std::string &t : m_literals[size_t(n.literalSet)])
            if (!t.empty() && uint8_t(t[0]) == b)
                return true;
        return false;
    case GrammarNode::Kind::Union:
        for (int32_t a : n.alternatives)
            if (firstByteOk(a, b))
                return true;
        return false;
    }
    return false;
}

int32_t JsonGrammar::firstRequiredFrom(const GrammarNode &n, int32_t from) const
{
    for (size_t i = size_t(from); i < n.propRequired.size(); ++i)
        if (n.propRequired[i])
            return int32_t(i);
    return -1;
}

uint64_t JsonGrammar::keyWindow(const GrammarNode &n, int32_t from) const
{
    // Keys come in schema order: any optional one may be skipped, the next required one not.
    const int32_t req = firstRequiredFrom(n, from);
    const size_t end = req >= 0 ? size_t(req) + 1 : n.propNodes.size();
    return lowBits(end) & ~lowBits(size_t(from));
}

int32_t JsonGrammar::pushFrame(std::vector<GrammarFrame> &arena, GrammarFrame f) const
{
    arena.push_back(f);
    return int32_t(arena.size() - 1);
}

GrammarState JsonGrammar::initial(std::vector<GrammarFrame> &arena) const
{
    arena.clear();
    GrammarFrame f;
    f.kind = m_toolRoot ? GrammarFrame::Tool : GrammarFrame::Root;
    f.node = m_root;
    GrammarState s;
    s.top = pushFrame(arena, f);
    if (m_toolRoot) {
        s.lex = GrammarState::Literal;
        s.node = m_toolPrefixes;
        s.mask = lowBits(m_literals[size_t(m_toolPrefixes)].size());
    } else {
        s.lex = GrammarState::Value;
        s.node = m_root;
    }
    return s;
}

void JsonGrammar::valueDone(GrammarState &s, int32_t literalIndex, std::vector<GrammarFrame> &arena) const
{
    s.lex = GrammarState::None;
    GrammarFrame f = arena[size_t(s.top)];
    switch (f.kind) {
    case GrammarFrame::Root:
        f.phase = 1;
        break;
    case GrammarFrame::Object:
        if (f.phase == 1) { // a key
            if (m_nodes[size_t(f.node)].keySet >= 0) {
                f.cur = literalIndex;
                f.index = literalIndex + 1;
            }
            f.phase = 2;
        } else {
            f.phase = 4;
            ++f.count;
        }
        break;
    case GrammarFrame::Array:
        f.phase = 2;
        ++f.count;
        break;
    case GrammarFrame::Tool:
        if (f.phase == 0) {
            f.index = literalIndex;
            f.phase = 1;
            s.lex = GrammarState::Value;
            s.node = m_toolArgs[size_t(literalIndex)];
        } else if (f.phase == 1) {
            f.phase = 2;
            s.lex = GrammarState::Literal;
            s.node = m_toolSuffix;
            s.mask = 1;
            s.count = 0;
        } else {
            f.phase = 3;
        }
        break;
    }
    s.top = pushFrame(arena, f);
}

bool JsonGrammar::startValue(GrammarState &s, int32_t node, uint8_t b, std::vector<GrammarFrame> &arena) const
{
    const GrammarNode &n = m_nodes[size_t(node)];
    switch (n.kind) {
    case GrammarNode::Kind::Any: {
        int32_t chosen = -1;
        if (b == '{' || b == '[') {
            if (arena[size_t(s.top)].depth >= kMaxAnyDepth)
                return false;
            chosen = b == '{' ? m_anyObject : m_anyArray;
        } else if (b == '"') {
            chosen = m_anyString;
        } else if (b == '-' || isDigit(b)) {
            chosen = m_number;
        } else if (b == 't' || b == 'f') {
            chosen = m_bool;
        } else if (b == 'n') {
            chosen = m_null;
        } else {
            return false;
        }
        return startValue(s, chosen, b, arena);
    }
    case GrammarNode::Kind::Object:
    case GrammarNode::Kind::Array: {
        if (b != (n.kind == GrammarNode::Kind::Object ? '{' : '['))
            return false;
        GrammarFrame f;
        f.kind = n.kind == GrammarNode::Kind::Object ? GrammarFrame::Object : GrammarFrame::Array;
        f.node = node;
        f.parent = s.top;
        f.depth = uint16_t(arena[size_t(s.top)].depth + 1);
        s.top = pushFrame(arena, f);
        s.lex = GrammarState::None;
        return true;
    }
    case GrammarNode::Kind::String:
        if (b != '"')
            return false;
        s.lex = GrammarState::String;
        s.node = node;
        s.count = 0;
        s.sub = 0;
        s.pending = 0;
        return true;
    case GrammarNode::Kind::Number:
    case GrammarNode::Kind::Integer:
        s.lex = GrammarState::Number;
        s.node = node;
        s.sub = 0;
        s.count = 0;
        return step(s, b, arena);
    case GrammarNode::Kind::Literal:
        s.lex = GrammarState::Literal;
        s.node = n.literalSet;
        s.mask = lowBits(m_literals[size_t(n.literalSet)].size());
        s.count = 0;
        return step(s, b, arena);
    case GrammarNode::Kind::Union:
        for (int32_t a : n.alternatives)
            if (firstByteOk(a, b))
                return startValue(s, a, b, arena);
        return false;
    }
    return false;
}

bool JsonGrammar::structural(GrammarState &s, uint8_t b, std::vector<GrammarFrame> &arena) const
{
    GrammarFrame f = arena[size_t(s.top)];
    if (f.kind != GrammarFrame::Object && f.kind != GrammarFrame::Array)
        return false; // the document (or the tool call) is complete
    const GrammarNode &n = m_nodes[size_t(f.node)];
    auto replace = [&] { s.top = pushFrame(arena, f); };
    auto close = [&] {
        s.top = f.parent;
        valueDone(s, -1, arena);
        return true;
    };
    if (f.kind == GrammarFrame::Object) {
        const bool declared = n.keySet >= 0;
        const bool mayClose = !declared || firstRequiredFrom(n, f.index) < 0;
        auto startKey = [&] {
            if (b != '"' || (declared && size_t(f.index) >= n.propNodes.size()))
                return false;
            f.phase = 1;
            replace();
            if (!declared) {
                s.lex = GrammarState::String;
                s.node = m_anyString;
                s.count = 0;
                s.sub = 0;
                s.pending = 0;
                return true;
            }
            s.lex = GrammarState::Literal;
            s.node = n.keySet;
            s.mask = keyWindow(n, f.index);
            s.count = 0;
            return step(s, b, arena);
        };
        switch (f.phase) {
        case 0:
            if (b == '}')
                return mayClose && close();
            return startKey();
        case 2:
            if (b != ':')
                return false;
            f.phase = 3;
            replace();
            s.lex = GrammarState::Value;
            s.node = declared ? n.propNodes[size_t(f.cur)] : n.valueNode;
            return true;
        case 4:
            if (b == '}')
                return mayClose && close();
            if (b != ',' || (declared && size_t(f.index) >= n.propNodes.size()))
                return false;
            f.phase = 5;
            replace();
            return true;
        case 5:
            return startKey();
        default:
            return false;
        }
    }
    // Array
    auto startItem = [&] {
        f.phase = 1;
        replace();
        s.lex = GrammarState::Value;
        s.node = n.items;
        return step(s, b, arena);
    };
    switch (f.phase) {
    case 0:
        if (b == ']')
            return n.minItems == 0 && close();
        return n.maxItems > 0 && startItem();
    case 2:
        if (b == ']')
            return f.count >= n.minItems && close();
        if (b != ',' || f.count >= n.maxItems)
            return false;
        f.phase = 3;
        replace();
        return true;
    case 3:
        return startItem();
    default:
        return false;
    }
}

bool JsonGrammar::step(GrammarState &s, uint8_t b, std::vector<GrammarFrame> &arena) const
{
    switch (s.lex) {
    case GrammarState::None:
        return structural(s, b, arena);
    case GrammarState::Value:
        return startValue(s, s.node, b, arena);
    case GrammarState::String: {
        if (s.sub == 1) { // after a backslash (no \u: every escape here is one character)
            if (b != '"' && b != '\\' && b != '/' && b != 'b' && b != 'f' && b != 'n' && b != 'r' && b != 't')
                return false;
            s.sub = 0;
            ++s.count;
            return true;
        }
        if (s.pending) {
            if (b < s.lo || b > s.hi)
                return false;
            --s.pending;
            s.lo = 0x80;
            s.hi = 0xBF;
            return true;
        }
        const GrammarNode &n = m_nodes[size_t(s.node)];
        if (b == '"') {
            if (int64_t(s.count) < n.minLength)
                return false;
            valueDone(s, -1, arena);
            return true;
        }
        if (int64_t(s.count) >= n.maxLength || b < 0x20)
            return false;
        if (b == '\\') {
            s.sub = 1;
            return true;
        }
        // UTF-8 exactly (RFC 3629 table 3-7): no overlongs, surrogates or code points > 10FFFF.
        if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                s.pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                s.pending = 2;
                if (b == 0xE0)
                    s.lo = 0xA0;
                if (b == 0xED)
                    s.hi = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                s.pending = 3;
                if (b == 0xF0)
                    s.lo = 0x90;
                if (b == 0xF4)
                    s.hi = 0x8F;
            } else {
                return false;
            }
        }
        ++s.count;
        return true;
    }
    case GrammarState::Number: {
        const bool integer = m_nodes[size_t(s.node)].kind == GrammarNode::Kind::Integer;
        const bool digit = isDigit(b);
        switch (s.sub) {
        case 0:
            if (b == '-') {
                s.sub = 1;
                return true;
            }
            [[fallthrough]];
        case 1:
            if (!digit)
                return false;
            s.sub = b == '0' ? 2 : 3;
            s.count = 1;
            return true;
        case 3:
            if (digit && s.count < kMaxIntDigits) {
                ++s.count;
                return true;
            }
            break;
        case 4:
            if (!digit)
                return false;
            s.sub = 5;
            s.count = 1;
            return true;
        case 5:
            if (digit && s.count < kMaxIntDigits) {
                ++s.count;
                return true;
            }
            break;
        case 6:
            if (b == '+' || b == '-') {
                s.sub = 7;
                return true;
            }
            [[fallthrough]];
        case 7:
            if (!digit)
                return false;
            s.sub = 8;
            s.count = 1;
            return true;
        case 8:
            if (digit && s.count < kMaxExpDigits) {
                ++s.count;
                return true;
            }
            break;
        default: // 2: a leading zero
            break;
        }
        if (!integer && (s.sub == 2 || s.sub == 3) && b == '.') {
            s.sub = 4;
            return true;
        }
        if (!integer && (s.sub == 2 || s.sub == 3 || s.sub == 5) && (b == 'e' || b == 'E')) {
            s.sub = 6;
            return true;
        }
        // The number ended; the byte belongs to what follows it.
        valueDone(s, -1, arena);
        return step(s, b, arena);
    }
    case GrammarState::Literal: {
        const std::vector<std::string> &set = m_literals[size_t(s.node)];
        uint64_t next = 0;
        for (uint64_t m = s.mask; m; m &= m - 1) {
            const size_t i = size_t(std::countr_zero(m));
            if (set[i].size() > s.count && uint8_t(set[i][s.count]) == b)
                next |= 1ull << i;
        }
        if (next) {
            s.mask = next;
            ++s.count;
            int32_t done = -1;
            bool longer = false;
            for (uint64_t m = next; m; m &= m - 1) {
                const size_t i = size_t(std::countr_zero(m));
                if (set[i].size() == s.count)
                    done = int32_t(i);
                else
                    longer = true;
            }
            if (done >= 0 && !longer)
                valueDone(s, done, arena);
            return true;
        }
        // No candidate goes on with b: one that is complete ends here and b follows it.
        for (uint64_t m = s.mask; m; m &= m - 1) {
            const size_t i = size_t(std::countr_zero(m));
            if (set[i].size() == s.count) {
                valueDone(s, int32_t(i), arena);
                return step(s, b, arena);
            }
        }
        return false;
    }
    }
    return false;
}

bool JsonGrammar::canEnd(const GrammarState &s, const std::vector<GrammarFrame> &arena) const
{
    const GrammarFrame &f = arena[size_t(s.top)];
    switch (s.lex) {
    case GrammarState::None:
        return (f.kind == GrammarFrame::Root && f.phase == 1)
            || (f.kind == GrammarFrame::Tool && f.phase == 3);
    case GrammarState::Number:
        return f.kind == GrammarFrame::Root && (s.sub == 2 || s.sub == 3 || s.sub == 5 || s.sub == 8);
    case GrammarState::Literal: {
        if (f.kind != GrammarFrame::Root)
            return false;
        const std::vector<std::string> &set = m_literals[size_t(s.node)];
        for (uint64_t m = s.mask; m; m &= m - 1)
            if (set[size_t(std::countr_zero(m))].size() == s.count)
                return true;
        return false;
    }
    default:
        return false;
    }
}

bool JsonGrammar::finished(const GrammarState &s, const std::vector<GrammarFrame> &arena) const
{
    return s.lex == GrammarState::None && canEnd(s, arena);
}

int JsonGrammar::firstCanonical(int32_t node) const
{
    const GrammarNode &n = m_nodes[size_t(node)];
    switch (n.kind) {
    case GrammarNode::Kind::Any:
    case GrammarNode::Kind::Number:
    case GrammarNode::Kind::Integer:
        return '0';
    case GrammarNode::Kind::Object:
        return '{';
    case GrammarNode::Kind::Array:
        return '[';
    case GrammarNode::Kind::String:
        return '"';
    case GrammarNode::Kind::Literal: {
        const std::vector<std::string> &set = m_literals[size_t(n.literalSet)];
        const auto shortest = std::min_element(set.begin(), set.end(),
            [](const std::string &a, const std::string &b) { return a.size() < b.size(); });
        return uint8_t((*shortest)[0]);
    }
    case GrammarNode::Kind::Union:
        return firstCanonical(n.alternatives[0]);
    }
    return -1;
}

int JsonGrammar::canonicalByte(const GrammarState &s, std::vector<GrammarFrame> &arena) const
{
    switch (s.lex) {
    case GrammarState::Value:
        return firstCanonical(s.node);
    case GrammarState::String:
        if (s.sub == 1)
            return 'n';
        if (s.pending)
            return s.lo;
        return int64_t(s.count) < m_nodes[size_t(s.node)].minLength ? 'a' : '"';
    case GrammarState::Number:
        if (s.sub == 0 || s.sub == 1 || s.sub == 4 || s.sub == 6 || s.sub == 7)
            return '0';
        {
            GrammarState t = s;
            valueDone(t, -1, arena);
            return canonicalByte(t, arena);
        }
    case GrammarState::Literal: {
        const std::vector<std::string> &set = m_literals[size_t(s.node)];
        // An object's key: the required property the window ends at, skipping optional ones.
        const GrammarFrame &f = arena[size_t(s.top)];
        if (f.kind == GrammarFrame::Object && f.phase == 1 && s.mask) {
            const GrammarNode &n = m_nodes[size_t(f.node)];
            const size_t last = size_t(63 - std::countl_zero(s.mask));
            if (n.keySet == s.node && n.propRequired[last] && set[last].size() > s.count) {
                bool othersComplete = false;
                for (uint64_t m = s.mask; m; m &= m - 1)
                    othersComplete |= set[size_t(std::countr_zero(m))].size() == s.count;
                if (!othersComplete)
                    return uint8_t(set[last][s.count]);
            }
        }
        size_t best = SIZE_MAX;
        for (uint64_t m = s.mask; m; m &= m - 1) {
            const size_t i = size_t(std::countr_zero(m));
            if (set[i].size() == s.count) {
                GrammarState t = s;
                valueDone(t, int32_t(i), arena);
                return canonicalByte(t, arena);
            }
            if (best == SIZE_MAX || set[i].size() < set[best].size())
                best = i;
        }
        return best == SIZE_MAX ? -1 : uint8_t(set[best][s.count]);
    }
    case GrammarState::None:
        break;
    }
    const GrammarFrame &f = arena[size_t(s.top)];
    if (f.kind != GrammarFrame::Object && f.kind != GrammarFrame::Array)
        return -1;
    const GrammarNode &n = m_nodes[size_t(f.node)];
    if (f.kind == GrammarFrame::Object) {
        const bool needKey = n.keySet >= 0 && firstRequiredFrom(n, f.index) >= 0;
        switch (f.phase) {
        case 0:
            return needKey ? '"' : '}';
        case 2:
            return ':';
        case 4:
            return needKey ? ',' : '}';
        case 5:
            return '"';
        default:
            return -1;
        }
    }
    switch (f.phase) {
    case 0:
        return n.minItems > 0 ? firstCanonical(n.items) : ']';
    case 2:
        return f.count < n.minItems ? ',' : ']';
    case 3:
        return firstCanonical(n.items);
    default:
        return -1;
    }
}

std::string JsonGrammar::completion(GrammarState s, std::vector<GrammarFrame> &arena) const
{
    std::string out;
    for (int guard = 0; guard < (1 << 16); ++guard) {
        if (canEnd(s, arena))
            break;
        const int b = canonicalByte(s, arena);
        if (b < 0 || !step(s, uint8_t(b), arena))
            break;
        out += char(b);
    }
    return out;
}

size_t JsonGrammar::longestValueCompletion() const
{
    size_t longest = 0;
    std::vector<GrammarFrame> arena;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        // The root is begun once, at the start, where the completion already counts it.
        if (int32_t(i) == m_root && m_root != m_anyObject)
            continue;
        arena.assign(1, GrammarFrame {});
        GrammarState s;
        s.top = 0;
        s.lex = GrammarState::Value;
        s.node = int32_t(i);
        longest = std::max(longest, completion(s, arena).size());
    }
    return longest;
}

void JsonGrammar::stateKey(
    const GrammarState &s, const std::vector<GrammarFrame> &arena, size_t lookahead, std::string &key) const
{
    key.clear();
    auto put = [&](auto v) { key.append(reinterpret_cast<const char *>(&v), sizeof v); };
    put(s.lex);
    put(s.node);
    switch (s.lex) {
    case GrammarState::String: {
        // What the length decides within one token: how many more characters fit and how many
        // are still needed before the closing quote. Beyond the longest token neither makes a
        // difference, so long bounded strings share masks too.
        const GrammarNode &n = m_nodes[size_t(s.node)];
        const int64_t cap = int64_t(lookahead) + 1;
        put(std::min(n.maxLength - int64_t(s.count), cap));
        put(std::min(std::max<int64_t>(n.minLength - int64_t(s.count), 0), cap));
        put(s.sub);
        put(s.pending);
        put(s.lo);
        put(s.hi);
        break;
    }
    case GrammarState::Number:
        put(s.count);
        put(s.sub);
        break;
    case GrammarState::Literal:
        put(s.count);
        put(s.mask);
        break;
    default:
        break;
    }
    for (int32_t i = s.top; i >= 0; i = arena[size_t(i)].parent) {
        const GrammarFrame &f = arena[size_t(i)];
        put(f.kind);
        put(f.phase);
        put(f.node);
        put(f.index);
        put(f.cur);
        const bool counted = f.kind == GrammarFrame::Array
            && (m_nodes[size_t(f.node)].minItems > 0 || m_nodes[size_t(f.node)].maxItems != INT64_MAX);
        put(counted ? f.count : 0);
    }
}

} // namespace sb
