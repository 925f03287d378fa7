#include "engine/tokenizer/TokenizerImpl.h"

#include "engine/core/Utf8.h"
#include "engine/tokenizer/PreTokenizer.h"

#include <algorithm>
#include <queue>

namespace sb {

namespace {

constexpr uint32_t kNoRank = ~0u;

// Words up to this many bytes are merged with a linear scan over a stack array (fastest for
// typical words); longer ones with a heap so a huge unbroken run stays O(n log n).
constexpr size_t kSmallWord = 64;

} // namespace

void Tokenizer::Impl::bpe(const char *p, size_t n, std::vector<int32_t> &out) const
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(p);
    if (n <= kSmallWord) {
        int32_t ids[kSmallWord];
        uint32_t ranks[kSmallWord];
        int32_t merged[kSmallWord];
        size_t m = n;
        for (size_t k = 0; k < m; ++k)
            ids[k] = byteToken[bytes[k]];
        auto rankAt = [&](size_t k) {
            const MergeSlot *s = findMerge(ids[k], ids[k + 1]);
            ranks[k] = s ? s->rank : kNoRank;
            merged[k] = s ? s->merged : -1;
        };
        for (size_t k = 0; k + 1 < m; ++k)
            rankAt(k);
        while (m > 1) {
            uint32_t best = kNoRank;
            size_t at = 0;
            for (size_t k = 0; k + 1 < m; ++k) {
                if (ranks[k] < best) {
                    best = ranks[k];
                    at = k;
                }
            }
            if (best == kNoRank)
                break;
            ids[at] = merged[at];
            // Drop symbol at + 1 and the pair entry at + 1; pairs at - 1 and at are new.
            for (size_t k = at + 1; k + 1 < m; ++k)
                ids[k] = ids[k + 1];
            for (size_t k = at + 1; k + 2 < m; ++k) {
                ranks[k] = ranks[k + 1];
                merged[k] = merged[k + 1];
            }
            --m;
            if (at > 0)
                rankAt(at - 1);
            if (at + 1 < m)
                rankAt(at);
        }
        out.insert(out.end(), ids, ids + m);
        return;
    }

    // Linked list of symbols plus a min-heap of candidate merges ordered by (rank, position),
    // the order the reference implementation applies them in.
    struct Symbol {
        int32_t id;
        int32_t prev;
        int32_t next;
    };
    std::vector<Symbol> sym(n);
    for (size_t k = 0; k < n; ++k)
        sym[k] = { byteToken[bytes[k]], int32_t(k) - 1, k + 1 < n ? int32_t(k + 1) : -1 };
    using Candidate = std::pair<uint32_t, int32_t>; // (rank, left position)
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> heap;
    for (size_t k = 0; k + 1 < n; ++k)
        if (const MergeSlot *s = findMerge(sym[k].id, sym[k + 1].id))
            heap.push({ s->rank, int32_t(k) });
    while (!heap.empty()) {
        const auto [rank, pos] = heap.top();
        heap.pop();
        Symbol &left = sym[size_t(pos)];
        if (left.id < 0 || left.next < 0)
            continue;
        Symbol &right = sym[size_t(left.next)];
        const MergeSlot *s = findMerge(left.id, right.id);
        if (!s || s->rank != rank)
            continue; // stale: one side was merged since this candidate was queued
        left.id = s->merged;
        right.id = -1;
        left.next = right.next;
        if (left.next >= 0)
            sym[size_t(left.next)].prev = pos;
        if (left.prev >= 0)
            if (const MergeSlot *sp = findMerge(sym[size_t(left.prev)].id, left.id))
                heap.push({ sp->rank, left.prev });
        if (left.next >= 0)
            if (const MergeSlot *sn = findMerge(left.id, sym[size_t(left.next)].id))
                heap.push({ sn->rank, pos });
    }
    for (int32_t k = 0; k >= 0; k = sym[size_t(k)].next)
        out.push_back(sym[size_t(k)].id);
}

void Tokenizer::Impl::encodeWord(const char *p, size_t n, std::vector<int32_t> &out) const
{
    if (n == 1) {
        out.push_back(byteToken[static_cast<unsigned char>(*p)]);
        return;
    }
    if (ignoreMerges) {
        const int32_t id = findVocab(p, n);
        if (id >= 0) {
            out.push_back(id);
            return;
        }
    }
    const std::string_view word(p, n);
    {
        std::lock_guard<std::mutex> lock(cacheMutex);
        const auto it = wordCache.find(word);
        if (it != wordCache.end()) {
            out.insert(out.end(), it->second.begin(), it->second.end());
            return;
        }
    }
    const size_t start = out.size();
    bpe(p, n, out);
    std::lock_guard<std::mutex> lock(cacheMutex);
    if (wordCache.size() >= kMaxCacheEntries)
        wordCache.clear();
    wordCache.emplace(
        std::string(word), std::vector<int32_t>(out.begin() + std::ptrdiff_t(start), out.end()));
}

void Tokenizer::Impl::encodeText(std::string_view text, std::vector<int32_t> &out) const
{
    std::vector<TextPiece> pieces;
    pieces.reserve(text.size() / 4 + 1);
    preTokenizeLlama3(text, pieces);
    for (const TextPiece &piece : pieces)
        encodeWord(text.data() + piece.begin, piece.end - piece.begin, out);
}

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
Tokenizer::Tokenizer(Tokenizer &&) noexcept = default;
Tokenizer &Tokenizer::operator=(Tokenizer &&) noexcept = default;
Tokenizer::~Tokenizer() = default;

std::vector<int32_t> Tokenizer::encode(std::string_view text, const EncodeOptions &options) const
{
    std::vector<int32_t> out;
    out.reserve(text.size() / 3 + 2);
    encodeInto(text, out, options);
    return out;
}

void Tokenizer::encodeInto(
    std::string_view text, std::vector<int32_t> &out, const EncodeOptions &options) const
{
    const Impl &d = *m_impl;
    if (options.addBos && d.bosId >= 0)
        out.push_back(d.bosId);
    if (d.addedLengths.empty() || (!options.parseSpecial && !d.hasPlainAdded)) {
        d.encodeText(text, out);
        return;
    }
    // Split around added tokens, leftmost-longest, then BPE the text between them.
    size_t segment = 0;
    size_t i = 0;
    while (i < text.size()) {
        if (!d.addedFirstByte[static_cast<unsigned char>(text[i])]) {
            ++i;
            continue;
        }
        int32_t found = -1;
        size_t foundLen = 0;
        for (const size_t len : d.addedLengths) {
            if (len > text.size() - i)
                continue;
            const auto it = d.addedByText.find(text.substr(i, len));
            if (it == d.addedByText.end())
                continue;
            if (!options.parseSpecial && d.tokenKind[size_t(it->second)] == Impl::AddedSpecial)
                continue;
            found = it->second;
            foundLen = len;
            break;
        }
        if (found < 0) {
            ++i;
            continue;
        }
        if (i > segment)
            d.encodeText(text.substr(segment, i - segment), out);
        out.push_back(found);
        i += foundLen;
        segment = i;
    }
    if (segment < text.size())
        d.encodeText(text.substr(segment), out);
}

std::string Tokenizer::decode(std::span<const int32_t> ids, bool skipSpecial) const
{
    std::string bytes;
    for (const int32_t id : ids) {
        if (!isValidId(id) || (skipSpecial && isSpecial(id)))
            continue;
        bytes += m_impl->bytesOf(id);
    }
    return toValidUtf8(bytes);
}

std::string_view Tokenizer::tokenBytes(int32_t id) const
{
    return isValidId(id) ? m_impl->bytesOf(id) : std::string_view();
}

int32_t Tokenizer::vocabSize() const
{
    return m_impl->vocabSize();
}

bool Tokenizer::isValidId(int32_t id) const
{
    return id >= 0 && id < m_impl->vocabSize() && m_impl->tokenKind[size_t(id)] != Impl::Missing;
}

bool Tokenizer::isSpecial(int32_t id) const
{
    return isValidId(id) && m_impl->tokenKind[size_t(id)] == Impl::AddedSpecial;
}

bool Tokenizer::isAdded(int32_t id) const
{
    return isValidId(id)
        && (m_impl->tokenKind[size_t(id)] == Impl::AddedSpecial
            || m_impl->tokenKind[size_t(id)] == Impl::AddedPlain);
}

int32_t Tokenizer::tokenId(std::string_view text) const
{
    const auto it = m_impl->addedByText.find(text);
    if (it != m_impl->addedByText.end())
        return it->second;
    return text.empty() ? -1 : m_impl->findVocab(text.data(), text.size());
}

int32_t Tokenizer::bosId() const
{
    return m_impl->bosId;
}

size_t Tokenizer::mergeCount() const
{
    return m_impl->mergeCount;
}

StreamingDecoder::StreamingDecoder(const Tokenizer &tokenizer, bool skipSpecial)
    : m_tokenizer(&tokenizer)
    , m_skipSpecial(skipSpecial)
{
}

std::string StreamingDecoder::push(int32_t id)
{
    if (!m_tokenizer->isValidId(id) || (m_skipSpecial && m_tokenizer->isSpecial(id)))
        return {};
    m_pending += m_tokenizer->tokenBytes(id);
    std::string out;
    const auto *p = reinterpret_cast<const unsigned char *>(m_pending.data());
    const size_t n = m_pending.size();
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t len = 0;
        const Utf8Status st = decodeUtf8(p + i, n - i, cp, len);
        if (st == Utf8Status::Incomplete)
            break; // hold back until the rest of the character arrives
        if (st == Utf8Status::Ok)
            out.append(m_pending, i, len);
        else
            out += "\xEF\xBF\xBD";
        i += len;
    }
    m_pending.erase(0, i);
    return out;
}

std::string StreamingDecoder::flush()
{
    std::string out = toValidUtf8(m_pending);
    m_pending.clear();
    return out;
}

} // namespace sb
