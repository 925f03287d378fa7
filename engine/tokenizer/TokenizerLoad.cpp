// Loading a Tokenizer from tokenizer.json or GGUF vocabulary metadata.

#include "engine/tokenizer/TokenizerImpl.h"

#include "engine/core/Json.h"
#include "engine/core/PathIo.h"
#include "engine/core/Utf8.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace sb {

namespace {

// The only pre-tokenizer split this tokenizer implements (see PreTokenizer.h).
constexpr std::string_view kLlama3Pattern
    = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| "
      "?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

// Ids are bounded so a corrupt file cannot make us allocate gigabytes.
constexpr int64_t kMaxVocab = int64_t(1) << 24;

struct ByteLevelTables {
    std::array<uint32_t, 256> toUnicode {};
    std::array<int16_t, 512> toByte {};

    ByteLevelTables()
    {
        toByte.fill(-1);
        uint32_t next = 256;
        for (int b = 0; b < 256; ++b) {
            const bool printable
                = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            toUnicode[size_t(b)] = printable ? uint32_t(b) : next++;
            toByte[toUnicode[size_t(b)]] = int16_t(b);
        }
    }
};

const ByteLevelTables &byteLevel()
{
    static const ByteLevelTables tables;
    return tables;
}

// Byte-level token text -> raw bytes; false when a character stands for no byte.
bool byteLevelToBytes(std::string_view text, std::string &out)
{
    out.clear();
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    size_t i = 0;
    while (i < text.size()) {
        uint32_t cp;
        size_t len = 0;
        if (decodeUtf8(p + i, text.size() - i, cp, len) != Utf8Status::Ok)
            return false;
        const int b = unicodeToByte(cp);
        if (b < 0)
            return false;
        out += char(b);
        i += len;
    }
    return true;
}

std::string jsonQuoted(std::string_view s)
{
    std::string out;
    appendJsonString(out, s.substr(0, 64));
    return out;
}

Error formatError(const std::string &source, const std::string &message)
{
    return makeError(ErrorCode::Format, source + ": " + message);
}

// Collects tokens by id before the Impl's tables are built.
struct Builder {
    std::vector<std::string> bytes;
    std::vector<uint8_t> kind;

    bool define(int64_t id, std::string b, uint8_t k)
    {
        if (size_t(id) >= kind.size()) {
            bytes.resize(size_t(id) + 1);
            kind.resize(size_t(id) + 1, Tokenizer::Impl::Missing);
        }
        if (kind[size_t(id)] != Tokenizer::Impl::Missing && k == Tokenizer::Impl::Normal)
            return false;
        bytes[size_t(id)] = std::move(b);
        kind[size_t(id)] = k;
        return true;
    }

    void moveInto(Tokenizer::Impl &d)
    {
        size_t total = 0;
        for (const std::string &b : bytes)
            total += b.size();
        d.tokenData.reserve(total);
        d.tokenOffset.reserve(bytes.size() + 1);
        for (const std::string &b : bytes) {
            d.tokenOffset.push_back(uint32_t(d.tokenData.size()));
            d.tokenData += b;
        }
        d.tokenOffset.push_back(uint32_t(d.tokenData.size()));
        d.tokenKind = std::move(kind);
        bytes.clear();
    }
};

// Checks and indexes everything once tokens and kinds are in place.
Result<void> finishVocab(Tokenizer::Impl &d)
{
    d.buildVocabIndex();
    for (int b = 0; b < 256; ++b) {
        const char c = char(b);
        d.byteToken[b] = d.findVocab(&c, 1);
        if (d.byteToken[b] < 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", b);
            return formatError(d.sourceName,
                std::string("vocabulary has no token for byte ") + hex
                    + " (not a byte-level BPE vocabulary)");
        }
    }
    return {};
}

// One merge as text, before lookup.
struct MergeText {
    std::string_view left;
    std::string_view right;
};

// Adds merges [0, count) in rank order; pairAt(i) yields merge i or an error. Merges are resolved
// in blocks whose hash-table slots are prefetched first: the lookups are random accesses into
// tables of several MiB and would otherwise dominate the load time.
template <typename PairAt>
Result<void> addMerges(Tokenizer::Impl &d, size_t count, const char *field, PairAt &&pairAt)
{
    constexpr size_t kBlock = 64;
    struct Pending {
        std::string bytes; // left bytes followed by right bytes
        uint32_t leftLength;
        uint64_t hash[3]; // left, right, merged
        int32_t id[3];
    };
    std::vector<Pending> block(kBlock);
    auto where = [&](size_t i) { return std::string(field) + "[" + std::to_string(i) + "]"; };
    std::string right;
    for (size_t base = 0; base < count; base += kBlock) {
        const size_t n = std::min(kBlock, count - base);
        for (size_t k = 0; k < n; ++k) {
            auto pair = pairAt(base + k);
            if (!pair)
                return pair.error();
            Pending &p = block[k];
            if (!byteLevelToBytes(pair->left, p.bytes) || !byteLevelToBytes(pair->right, right)
                || p.bytes.empty() || right.empty())
                return formatError(d.sourceName,
                    where(base + k) + ": "
                        + jsonQuoted(std::string(pair->left) + " " + std::string(pair->right))
                        + " is not a pair of byte-level tokens");
            p.leftLength = uint32_t(p.bytes.size());
            p.bytes += right;
            p.hash[0] = detail::hashBytes(p.bytes.data(), p.leftLength);
            p.hash[1] = detail::hashBytes(p.bytes.data() + p.leftLength, p.bytes.size() - p.leftLength);
            p.hash[2] = detail::hashBytes(p.bytes.data(), p.bytes.size());
            for (const uint64_t h : p.hash)
                __builtin_prefetch(&d.vocabSlots[h & d.vocabMask]);
        }
        for (size_t k = 0; k < n; ++k) {
            Pending &p = block[k];
            p.id[0] = d.findVocab(p.bytes.data(), p.leftLength, p.hash[0]);
            p.id[1] = d.findVocab(p.bytes.data() + p.leftLength, p.bytes.size() - p.leftLength, p.hash[1]);
            p.id[2] = d.findVocab(p.bytes.data(), p.bytes.size(), p.hash[2]);
            if (p.id[0] < 0 || p.id[1] < 0 || p.id[2] < 0) {
                auto pair = pairAt(base + k);
                return formatError(d.sourceName,
                    where(base + k) + ": merge "
                        + jsonQuoted(std::string(pair->left) + " " + std::string(pair->right))
                        + " uses a token that is not in the vocabulary");
            }
            d.prefetchMerge(p.id[0], p.id[1]);
        }
        for (size_t k = 0; k < n; ++k)
            d.addMerge(block[k].id[0], block[k].id[1], block[k].id[2], uint32_t(base + k));
    }
    return {};
}

void finishSpecials(Tokenizer::Impl &d, int32_t bosId)
{
    d.buildAddedIndex();
    if (bosId >= 0 && bosId < d.vocabSize())
        d.bosId = bosId;
    else if (const auto it = d.addedByText.find("<|begin_of_text|>"); it != d.addedByText.end())
        d.bosId = it->second;
}

Result<void> checkPreTokenizer(const Json &root, const std::string &source)
{
    const Json &normalizer = root["normalizer"];
    if (!normalizer.isNull())
        return makeError(ErrorCode::Unsupported,
            source + ": normalizer " + jsonQuoted(normalizer["type"].asString())
                + " is not supported (only null)");
    const Json &pre = root["pre_tokenizer"];
    std::vector<const Json *> steps;
    if (pre["type"].asString() == "Sequence") {
        for (const Json &step : pre["pretokenizers"].asArray())
            steps.push_back(&step);
    } else if (!pre.isNull()) {
        steps.push_back(&pre);
    }
    bool haveSplit = false, haveByteLevel = false;
    for (const Json *step : steps) {
        const std::string &type = (*step)["type"].asString();
        if (type == "Split" && (*step)["pattern"]["Regex"].asString() == kLlama3Pattern
            && (*step)["behavior"].asString() == "Isolated" && !(*step)["invert"].asBool()) {
            haveSplit = true;
        } else if (type == "ByteLevel" && !(*step)["use_regex"].asBool(true)
            && !(*step)["add_prefix_space"].asBool()) {
            haveByteLevel = true;
        } else {
            return makeError(ErrorCode::Unsupported,
                source + ": pre_tokenizer step " + jsonQuoted(type)
                    + " is not supported (only the Llama 3 Split + ByteLevel)");
        }
    }
    if (!haveSplit || !haveByteLevel)
        return makeError(ErrorCode::Unsupported,
            source + ": pre_tokenizer is not the Llama 3 byte-level one (Split with its regex + ByteLevel)");
    return {};
}

} // namespace

uint32_t byteToUnicode(uint8_t b)
{
    return byteLevel().toUnicode[b];
}

int unicodeToByte(uint32_t cp)
{
    return cp < 512 ? byteLevel().toByte[cp] : -1;
}

void Tokenizer::Impl::buildVocabIndex()
{
    size_t normal = 0;
    for (const uint8_t k : tokenKind)
        normal += (k == Normal);
    size_t cap = 1024;
    while (cap < normal * 2)
        cap *= 2;
    vocabSlots.assign(cap, VocabSlot { 0, -1, 0, 0 });
    vocabMask = cap - 1;
    for (size_t id = 0; id < tokenKind.size(); ++id) {
        if (tokenKind[id] != Normal)
            continue;
        const std::string_view b = bytesOf(int32_t(id));
        if (findVocab(b.data(), b.size()) >= 0)
            continue; // duplicate bytes: the lower id wins
        const uint64_t h = detail::hashBytes(b.data(), b.size());
        uint64_t i = h & vocabMask;
        while (vocabSlots[i].id >= 0)
            i = (i + 1) & vocabMask;
        vocabSlots[i] = { uint32_t(h >> 32), int32_t(id), tokenOffset[id], uint32_t(b.size()) };
    }
}

void Tokenizer::Impl::reserveMerges(size_t count)
{
    // Load factor up to ~0.6: 280k Llama 3 merges fit 2^19 slots (8 MiB).
    size_t cap = 1024;
    while (cap * 3 < count * 5)
        cap *= 2;
    mergeSlots.assign(cap, MergeSlot { ~0ull, 0, -1 });
    mergeMask = cap - 1;
    mergeCount = 0;
}

bool Tokenizer::Impl::addMerge(int32_t left, int32_t right, int32_t merged, uint32_t rank)
{
    if ((mergeCount + 1) * 10 > mergeSlots.size() * 7) {
        std::vector<MergeSlot> old = std::move(mergeSlots);
        reserveMerges(old.size()); // doubles
        for (const MergeSlot &s : old)
            if (s.key != ~0ull)
                addMerge(int32_t(s.key >> 32), int32_t(uint32_t(s.key)), s.merged, s.rank);
    }
    const uint64_t key = (uint64_t(uint32_t(left)) << 32) | uint32_t(right);
    uint64_t i = detail::mixPair(key) & mergeMask;
    for (; mergeSlots[i].key != ~0ull; i = (i + 1) & mergeMask)
        if (mergeSlots[i].key == key)
            return false;
    mergeSlots[i] = { key, rank, merged };
    ++mergeCount;
    return true;
}

void Tokenizer::Impl::buildAddedIndex()
{
    addedByText.clear();
    addedLengths.clear();
    std::fill(std::begin(addedFirstByte), std::end(addedFirstByte), false);
    hasPlainAdded = false;
    for (size_t id = 0; id < tokenKind.size(); ++id) {
        if (tokenKind[id] != AddedSpecial && tokenKind[id] != AddedPlain)
            continue;
        const std::string_view b = bytesOf(int32_t(id));
        if (b.empty())
            continue;
        addedByText.emplace(std::string(b), int32_t(id));
        addedFirstByte[static_cast<unsigned char>(b[0])] = true;
        if (std::find(addedLengths.begin(), addedLengths.end(), b.size()) == addedLengths.end())
            addedLengths.push_back(b.size());
        hasPlainAdded = hasPlainAdded || tokenKind[id] == AddedPlain;
    }
    std::sort(addedLengths.rbegin(), addedLengths.rend()); // longest first
}

Result<Tokenizer> Tokenizer::fromFile(const std::string &path)
{
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in)
        return makeError(ErrorCode::NotFound, path + ": cannot open tokenizer file");
    std::string text;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0)
        return makeError(ErrorCode::Io, path + ": cannot read tokenizer file");
    text.resize(size_t(size));
    in.seekg(0);
    if (!in.read(text.data(), size))
        return makeError(ErrorCode::Io, path + ": read failed");
    return fromJson(text, path);
}

Result<Tokenizer> Tokenizer::fromJson(std::string_view jsonText, const std::string &source)
{
    auto parsed = Json::parse(jsonText);
    if (!parsed)
        return formatError(source, "invalid JSON: " + parsed.error().message);
    const Json &root = parsed.value();
    if (!root.isObject())
        return formatError(source, "top level is not an object");
    const Json &model = root["model"];
    if (!model.isObject())
        return formatError(source, "missing object field \"model\"");
    if (const Json *type = model.find("type"); type && type->asString() != "BPE")
        return makeError(ErrorCode::Unsupported,
            source + ": model.type " + jsonQuoted(type->asString()) + " is not supported (only BPE)");
    if (model["byte_fallback"].asBool())
        return makeError(ErrorCode::Unsupported, source + ": model.byte_fallback is not supported");
    SB_TRY(checkPreTokenizer(root, source));

    const Json &vocab = model["vocab"];
    if (!vocab.isObject() || vocab.size() == 0)
        return formatError(source, "model.vocab is missing or not a non-empty object");
    const Json &merges = model["merges"];
    if (!merges.isArray())
        return formatError(source, "model.merges is missing or not an array");

    auto d = std::make_unique<Impl>();
    d->sourceName = source;
    d->ignoreMerges = model["ignore_merges"].asBool(false);

    Builder builder;
    std::string bytes;
    for (const auto &[text, idValue] : vocab.asObject()) {
        const int64_t id = idValue.isInteger() ? idValue.asInt64() : -1;
        if (id < 0 || id >= kMaxVocab)
            return formatError(
                source, "model.vocab[" + jsonQuoted(text) + "]: id is not an integer in [0, 2^24)");
        if (!byteLevelToBytes(text, bytes))
            return formatError(
                source, "model.vocab[" + jsonQuoted(text) + "]: token is not byte-level encoded");
        if (!builder.define(id, bytes, Impl::Normal))
            return formatError(
                source, "model.vocab[" + jsonQuoted(text) + "]: id " + std::to_string(id) + " is used twice");
    }
    const Json &added = root["added_tokens"];
    if (!added.isNull() && !added.isArray())
        return formatError(source, "added_tokens is not an array");
    for (size_t i = 0; i < added.size(); ++i) {
        const Json &t = added[i];
        const std::string where = "added_tokens[" + std::to_string(i) + "]";
        const int64_t id = t["id"].isInteger() ? t["id"].asInt64() : -1;
        if (id < 0 || id >= kMaxVocab)
            return formatError(source, where + ".id is missing or not an integer in [0, 2^24)");
        if (!t["content"].isString() || t["content"].asString().empty())
            return formatError(source, where + ".content is missing or empty");
        builder.define(
            id, t["content"].asString(), t["special"].asBool() ? Impl::AddedSpecial : Impl::AddedPlain);
    }
    builder.moveInto(*d);
    SB_TRY(finishVocab(*d));

    d->reserveMerges(merges.size());
    const Json::Array &list = merges.asArray();
    SB_TRY(addMerges(*d, list.size(), "model.merges", [&](size_t i) -> Result<MergeText> {
        const Json &m = list[i];
        if (m.isString()) {
            const std::string &s = m.asString();
            const size_t space = s.find(' ');
            if (space == std::string::npos || s.find(' ', space + 1) != std::string::npos)
                return formatError(source,
                    "model.merges[" + std::to_string(i) + "]: " + jsonQuoted(s) + " is not \"left right\"");
            return MergeText { std::string_view(s).substr(0, space), std::string_view(s).substr(space + 1) };
        }
        if (m.isArray() && m.size() == 2 && m[0].isString() && m[1].isString())
            return MergeText { m[0].asString(), m[1].asString() };
        return formatError(
            source, "model.merges[" + std::to_string(i) + "] is neither a string nor a pair of strings");
    }));
    finishSpecials(*d, -1);
    return Tokenizer(std::move(d));
}

Result<Tokenizer> Tokenizer::fromVocab(const TokenizerVocab &vocab, const std::string &source)
{
    if (vocab.tokens.empty())
        return formatError(source, "tokenizer.ggml.tokens is empty");
    if (int64_t(vocab.tokens.size()) > kMaxVocab)
        return formatError(source, "tokenizer.ggml.tokens has more than 2^24 entries");
    if (!vocab.tokenTypes.empty() && vocab.tokenTypes.size() != vocab.tokens.size())
        return formatError(source,
            "tokenizer.ggml.token_type has " + std::to_string(vocab.tokenTypes.size()) + " entries for "
                + std::to_string(vocab.tokens.size()) + " tokens");
    auto d = std::make_unique<Impl>();
    d->sourceName = source;
    d->ignoreMerges = vocab.ignoreMerges;

    Builder builder;
    std::string bytes;
    for (size_t id = 0; id < vocab.tokens.size(); ++id) {
        const std::string &text = vocab.tokens[id];
        const auto type = vocab.tokenTypes.empty() ? TokenType::Normal : TokenType(vocab.tokenTypes[id]);
        const std::string where = "tokenizer.ggml.tokens[" + std::to_string(id) + "] " + jsonQuoted(text);
        switch (type) {
        case TokenType::Normal:
        case TokenType::Byte:
        case TokenType::Unknown:
            if (!byteLevelToBytes(text, bytes))
                return formatError(source, where + " is not byte-level encoded");
            builder.define(int64_t(id), bytes, Impl::Normal);
            break;
        case TokenType::Control:
            builder.define(int64_t(id), text, Impl::AddedSpecial);
            break;
        case TokenType::UserDefined:
            builder.define(int64_t(id), text, Impl::AddedPlain);
            break;
        case TokenType::Unused:
            builder.define(int64_t(id), text, Impl::Unused);
            break;
        default:
            return formatError(
                source, where + ": unknown token type " + std::to_string(vocab.tokenTypes[id]));
        }
    }
    builder.moveInto(*d);
    SB_TRY(finishVocab(*d));

    d->reserveMerges(vocab.merges.size());
    SB_TRY(addMerges(*d, vocab.merges.size(), "tokenizer.ggml.merges", [&](size_t i) -> Result<MergeText> {
        const std::string &s = vocab.merges[i];
        const size_t space = s.find(' ');
        if (space == std::string::npos || s.find(' ', space + 1) != std::string::npos)
            return formatError(source,
                "tokenizer.ggml.merges[" + std::to_string(i) + "]: " + jsonQuoted(s)
                    + " is not \"left right\"");
        return MergeText { std::string_view(s).substr(0, space), std::string_view(s).substr(space + 1) };
    }));
    finishSpecials(*d, vocab.bosId);
    return Tokenizer(std::move(d));
}

} // namespace sb
