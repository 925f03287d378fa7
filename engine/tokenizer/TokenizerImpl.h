#pragma once
// Internals of sb::Tokenizer shared by its loader (TokenizerLoad.cpp) and encoder
// (Tokenizer.cpp). Not part of the API.

#include "engine/tokenizer/Tokenizer.h"

#include <cstring>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sb {

namespace detail {

inline uint64_t hashBytes(const char *p, size_t n)
{
    // 8 bytes at a time with a multiply-xorshift mix: tokens are short, this is the hot path.
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xFF51AFD7ED558CCDull);
    while (n >= 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * 0xC2B2AE3D27D4EB4Full;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        uint64_t v = 0;
        std::memcpy(&v, p, n);
        h = (h ^ v) * 0xC2B2AE3D27D4EB4Full;
        h ^= h >> 29;
    }
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 31);
}

inline uint64_t mixPair(uint64_t key)
{
    key *= 0x9E3779B97F4A7C15ull;
    return key ^ (key >> 32);
}

// Lets the word cache be searched with a string_view (no std::string built per lookup).
struct StringViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return size_t(hashBytes(s.data(), s.size())); }
};

} // namespace detail

struct Tokenizer::Impl {
    std::string sourceName;

    // Token id -> raw bytes, all tokens in one arena: bytes of id are
    // data[offset[id] .. offset[id + 1]).
    std::string tokenData;
    std::vector<uint32_t> tokenOffset; // (vocabSize + 1)
    std::vector<uint8_t> tokenKind; // (vocabSize) Kind per id

    enum Kind : uint8_t { Missing = 0, Normal = 1, AddedSpecial = 2, AddedPlain = 3, Unused = 4 };

    // Raw bytes of a BPE vocabulary token -> id; open addressing, id -1 = empty. The slot holds
    // the token's place in the arena so a probe touches one slot and the bytes, nothing else.
    struct VocabSlot {
        uint32_t hash;
        int32_t id;
        uint32_t offset;
        uint32_t length;
    };
    std::vector<VocabSlot> vocabSlots;
    uint64_t vocabMask = 0;

    // (left id << 32 | right id) -> rank and merged id; key ~0 = empty.
    struct MergeSlot {
        uint64_t key;
        uint32_t rank;
        int32_t merged;
    };
    std::vector<MergeSlot> mergeSlots;
    uint64_t mergeMask = 0;
    size_t mergeCount = 0;

    int32_t byteToken[256] = {};
    bool ignoreMerges = false;
    int32_t bosId = -1;

    // Added tokens: text -> id, with the distinct lengths (longest first) and first bytes so the
    // scan for them is cheap.
    std::unordered_map<std::string, int32_t, detail::StringViewHash, std::equal_to<>> addedByText;
    std::vector<size_t> addedLengths;
    bool addedFirstByte[256] = {};
    bool hasPlainAdded = false;

    // Words that needed merges -> their ids (bounded; cleared when full).
    mutable std::mutex cacheMutex;
    mutable std::unordered_map<std::string, std::vector<int32_t>, detail::StringViewHash, std::equal_to<>>
        wordCache;
    static constexpr size_t kMaxCacheEntries = 1 << 16;

    int32_t vocabSize() const { return int32_t(tokenKind.size()); }

    std::string_view bytesOf(int32_t id) const
    {
        return std::string_view(tokenData.data() + tokenOffset[size_t(id)],
            tokenOffset[size_t(id) + 1] - tokenOffset[size_t(id)]);
    }

    int32_t findVocab(const char *p, size_t n) const { return findVocab(p, n, detail::hashBytes(p, n)); }
    int32_t findVocab(const char *p, size_t n, uint64_t h) const
    {
        const uint32_t tag = uint32_t(h >> 32);
        for (uint64_t i = h & vocabMask;; i = (i + 1) & vocabMask) {
            const VocabSlot &s = vocabSlots[i];
            if (s.id < 0)
                return -1;
            if (s.hash == tag && s.length == n && std::memcmp(tokenData.data() + s.offset, p, n) == 0)
                return s.id;
        }
    }

    void prefetchMerge(int32_t left, int32_t right) const
    {
        const uint64_t key = (uint64_t(uint32_t(left)) << 32) | uint32_t(right);
        __builtin_prefetch(&mergeSlots[detail::mixPair(key) & mergeMask]);
    }

    const MergeSlot *findMerge(int32_t left, int32_t right) const
    {
        const uint64_t key = (uint64_t(uint32_t(left)) << 32) | uint32_t(right);
        for (uint64_t i = detail::mixPair(key) & mergeMask;; i = (i + 1) & mergeMask) {
            const MergeSlot &s = mergeSlots[i];
            if (s.key == key)
                return &s;
            if (s.key == ~0ull)
                return nullptr;
        }
    }

    // Builds the lookup tables once every token's bytes and kind are set.
    void buildVocabIndex();
    // Adds a merge; false when the pair is already present (the first, lower rank wins).
    bool addMerge(int32_t left, int32_t right, int32_t merged, uint32_t rank);
    void reserveMerges(size_t count);
    void buildAddedIndex();

    void encodeText(std::string_view text, std::vector<int32_t> &out) const;
    void encodeWord(const char *p, size_t n, std::vector<int32_t> &out) const;
    void bpe(const char *p, size_t n, std::vector<int32_t> &out) const;
};

// GPT-2's bytes_to_unicode: every byte has a printable code point standing for it.
uint32_t byteToUnicode(uint8_t b);
// Inverse; -1 for a code point that stands for no byte.
int unicodeToByte(uint32_t cp);

} // namespace sb
