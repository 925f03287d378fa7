#include "engine/model/TokenizerJson.h"

#include "engine/core/Json.h"
#include "engine/model/FileIo.h"

namespace sb {

namespace {

void appendUtf8(std::string &out, uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}

const char *const kSpecials[] = { "<|begin_of_text|>", "<|end_of_text|>", "<think>", "</think>",
    "<|finetune_right_pad_id|>", "<|im_start|>", "<|im_end|>" };
// Merges of the synthetic tokenizer, in rank order; their results get ids 263.. in this order.
const char *const kMerges[][2] = { { "Ġ", "t" }, { "h", "e" }, { "i", "n" }, { "e", "r" }, { "a", "n" },
    { "Ġ", "a" }, { "t", "h" }, { "o", "n" }, { "Ġt", "he" } };

// The only pre-tokenizer split the tokenizer implements (see tokenizer/PreTokenizer.h).
constexpr std::string_view kLlama3Regex
    = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| "
      "?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

// Ids are bounded so a corrupt file cannot make us allocate gigabytes.
constexpr int64_t kMaxVocab = int64_t(1) << 24;

std::string tokenizerQuoted(std::string_view s)
{
    std::string out;
    appendJsonString(out, s.substr(0, 64));
    return out;
}

Error formatError(const std::string &source, const std::string &message)
{
    return makeError(ErrorCode::Format, source + ": " + message);
}

Result<void> checkPreTokenizer(const Json &root, const std::string &source)
{
    const Json &normalizer = root["normalizer"];
    if (!normalizer.isNull())
        return makeError(ErrorCode::Unsupported,
            source + ": normalizer " + tokenizerQuoted(normalizer["type"].asString())
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
        if (type == "Split" && (*step)["pattern"]["Regex"].asString() == kLlama3Regex
            && (*step)["behavior"].asString() == "Isolated" && !(*step)["invert"].asBool()) {
            haveSplit = true;
        } else if (type == "ByteLevel" && !(*step)["use_regex"].asBool(true)
            && !(*step)["add_prefix_space"].asBool()) {
            haveByteLevel = true;
        } else {
            return makeError(ErrorCode::Unsupported,
                source + ": pre_tokenizer step " + tokenizerQuoted(type)
                    + " is not supported (only the Llama 3 Split + ByteLevel)");
        }
    }
    if (!haveSplit || !haveByteLevel)
        return makeError(ErrorCode::Unsupported,
            source + ": pre_tokenizer is not the Llama 3 byte-level one (Split with its regex + ByteLevel)");
    return {};
}

} // namespace

std::string byteToUnicodeToken(uint8_t b)
{
    // Printable Latin-1 bytes map to themselves; the others to 256 + their rank among them.
    const auto printable = [](int c) {
        return (c >= '!' && c <= '~') || (c >= 0xa1 && c <= 0xac) || (c >= 0xae && c <= 0xff);
    };
    std::string out;
    if (printable(b)) {
        appendUtf8(out, b);
        return out;
    }
    uint32_t n = 0;
    for (int c = 0; c < b; ++c)
        n += printable(c) ? 0 : 1;
    appendUtf8(out, 256 + n);
    return out;
}

TokenizerData syntheticTokenizerData(int64_t vocabSize)
{
    TokenizerData t;
    t.pre = "llama-bpe";
    for (int b = 0; b < 256; ++b) {
        t.tokens.push_back(byteToUnicodeToken(static_cast<uint8_t>(b)));
        t.tokenTypes.push_back(static_cast<int32_t>(TokenType::Normal));
    }
    for (const char *s : kSpecials) {
        t.tokens.push_back(s);
        t.tokenTypes.push_back(static_cast<int32_t>(TokenType::Control));
    }
    for (const auto &m : kMerges) {
        t.merges.push_back(std::string(m[0]) + " " + m[1]);
        t.tokens.push_back(std::string(m[0]) + m[1]);
        t.tokenTypes.push_back(static_cast<int32_t>(TokenType::Normal));
    }
    for (int64_t id = static_cast<int64_t>(t.tokens.size()); id < vocabSize; ++id) {
        t.tokens.push_back("<|reserved_special_token_" + std::to_string(id) + "|>");
        t.tokenTypes.push_back(static_cast<int32_t>(TokenType::Control));
    }
    t.bosTokenId = SyntheticTokenIds::kBeginOfText;
    t.eosTokenId = SyntheticTokenIds::kImEnd;
    t.padTokenId = SyntheticTokenIds::kPad;
    t.eotTokenId = SyntheticTokenIds::kImEnd;
    return t;
}

std::string syntheticTokenizerJson(int64_t vocabSize)
{
    const TokenizerData t = syntheticTokenizerData(vocabSize);
    Json added = Json::array();
    Json vocab = Json::object();
    for (size_t id = 0; id < t.tokens.size(); ++id) {
        if (t.tokenTypes[id] == static_cast<int32_t>(TokenType::Control)) {
            Json a = Json::object();
            a.set("id", Json(static_cast<int64_t>(id)));
            a.set("content", Json(t.tokens[id]));
            a.set("single_word", Json(false));
            a.set("lstrip", Json(false));
            a.set("rstrip", Json(false));
            a.set("normalized", Json(false));
            a.set("special", Json(true));
            added.push(std::move(a));
        } else {
            vocab.mutableObject()->emplace_back(t.tokens[id], Json(static_cast<int64_t>(id)));
        }
    }
    Json merges = Json::array();
    for (const std::string &m : t.merges)
        merges.push(Json(m));

    Json split = Json::object();
    split.set("type", Json("Split"));
    Json pattern = Json::object();
    pattern.set("Regex", Json(std::string(kLlama3Regex)));
    split.set("pattern", std::move(pattern));
    split.set("behavior", Json("Isolated"));
    split.set("invert", Json(false));
    Json byteLevel = Json::object();
    byteLevel.set("type", Json("ByteLevel"));
    byteLevel.set("add_prefix_space", Json(false));
    byteLevel.set("trim_offsets", Json(true));
    byteLevel.set("use_regex", Json(false));
    Json pre = Json::object();
    pre.set("type", Json("Sequence"));
    pre.set("pretokenizers", Json(Json::Array { std::move(split), std::move(byteLevel) }));
    Json decoder = Json::object();
    decoder.set("type", Json("ByteLevel"));
    decoder.set("add_prefix_space", Json(true));
    decoder.set("trim_offsets", Json(true));
    decoder.set("use_regex", Json(true));

    Json model = Json::object();
    model.set("type", Json("BPE"));
    model.set("dropout", Json(nullptr));
    model.set("unk_token", Json(nullptr));
    model.set("continuing_subword_prefix", Json(nullptr));
    model.set("end_of_word_suffix", Json(nullptr));
    model.set("fuse_unk", Json(false));
    model.set("byte_fallback", Json(false));
    model.set("ignore_merges", Json(true));
    model.set("vocab", std::move(vocab));
    model.set("merges", std::move(merges));

    Json root = Json::object();
    root.set("version", Json("1.0"));
    root.set("truncation", Json(nullptr));
    root.set("padding", Json(nullptr));
    root.set("added_tokens", std::move(added));
    root.set("normalizer", Json(nullptr));
    root.set("pre_tokenizer", std::move(pre));
    root.set("post_processor", Json(nullptr));
    root.set("decoder", std::move(decoder));
    root.set("model", std::move(model));
    return root.dump() + "\n";
}

Result<TokenizerData> readTokenizerJson(std::string_view jsonText, const std::string &source)
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
            source + ": model.type " + tokenizerQuoted(type->asString()) + " is not supported (only BPE)");
    if (model["byte_fallback"].asBool())
        return makeError(ErrorCode::Unsupported, source + ": model.byte_fallback is not supported");
    SB_TRY(checkPreTokenizer(root, source));
    const Json &vocab = model["vocab"];
    if (!vocab.isObject() || vocab.size() == 0)
        return formatError(source, "model.vocab is missing or not a non-empty object");
    const Json &merges = model["merges"];
    if (!merges.isArray())
        return formatError(source, "model.merges is missing or not an array");

    TokenizerData t;
    t.pre = "llama-bpe"; // checked above
    t.ignoreMerges = model["ignore_merges"].asBool(false);
    const auto slot = [&t](int64_t id) -> size_t {
        if (size_t(id) >= t.tokens.size()) {
            t.tokens.resize(size_t(id) + 1);
            t.tokenTypes.resize(size_t(id) + 1, int32_t(TokenType::Undefined));
        }
        return size_t(id);
    };
    t.tokens.reserve(vocab.size() + root["added_tokens"].size());
    t.tokenTypes.reserve(t.tokens.capacity());
    for (const auto &[text, idValue] : vocab.asObject()) {
        const int64_t id = idValue.isInteger() ? idValue.asInt64() : -1;
        if (id < 0 || id >= kMaxVocab)
            return formatError(
                source, "model.vocab[" + tokenizerQuoted(text) + "]: id is not an integer in [0, 2^24)");
        const size_t i = slot(id);
        if (!t.tokens[i].empty())
            return formatError(source,
                "model.vocab[" + tokenizerQuoted(text) + "]: id " + std::to_string(id) + " is used twice");
        if (text.empty())
            return formatError(source, "model.vocab has an empty token (id " + std::to_string(id) + ")");
        t.tokens[i] = text;
        t.tokenTypes[i] = int32_t(TokenType::Normal);
    }
    const Json &added = root["added_tokens"];
    if (!added.isNull() && !added.isArray())
        return formatError(source, "added_tokens is not an array");
    for (size_t k = 0; k < added.size(); ++k) {
        const Json &a = added[k];
        const std::string where = "added_tokens[" + std::to_string(k) + "]";
        const int64_t id = a["id"].isInteger() ? a["id"].asInt64() : -1;
        if (id < 0 || id >= kMaxVocab)
            return formatError(source, where + ".id is missing or not an integer in [0, 2^24)");
        if (!a["content"].isString() || a["content"].asString().empty())
            return formatError(source, where + ".content is missing or empty");
        // An added token replaces a vocabulary entry of the same id (its text is raw, not byte-level).
        const size_t i = slot(id);
        t.tokens[i] = a["content"].asString();
        t.tokenTypes[i] = int32_t(a["special"].asBool() ? TokenType::Control : TokenType::UserDefined);
    }
    const Json::Array &list = merges.asArray();
    t.merges.reserve(list.size());
    for (size_t k = 0; k < list.size(); ++k) {
        const Json &m = list[k];
        if (m.isString()) {
            const std::string &text = m.asString();
            const size_t space = text.find(' ');
            if (space == std::string::npos || text.find(' ', space + 1) != std::string::npos)
                return formatError(source,
                    "model.merges[" + std::to_string(k) + "]: " + tokenizerQuoted(text)
                        + " is not \"left right\"");
            t.merges.push_back(text);
        } else if (m.isArray() && m.size() == 2 && m[0].isString() && m[1].isString()) {
            t.merges.push_back(m[0].asString() + " " + m[1].asString());
        } else {
            return formatError(
                source, "model.merges[" + std::to_string(k) + "] is neither a string nor a pair of strings");
        }
    }
    return t;
}

Result<TokenizerData> tokenizerDataFromJson(const std::string &path, int64_t vocabSize)
{
    if (vocabSize <= 0 || vocabSize > kMaxVocab)
        return makeError(
            ErrorCode::InvalidArgument, path + ": invalid vocabulary size " + std::to_string(vocabSize));
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    auto read = readTokenizerJson(text.value(), path);
    if (!read)
        return read.error();
    TokenizerData t = std::move(read.value());
    for (size_t id = size_t(vocabSize); id < t.tokens.size(); ++id)
        if (!t.tokens[id].empty())
            return makeError(ErrorCode::Format,
                path + ": token " + tokenizerQuoted(t.tokens[id]) + " has id " + std::to_string(id)
                    + ", outside the model's vocabulary of " + std::to_string(vocabSize));
    // GGUF has no holes: ids the file leaves undefined become "[PAD<id>]" Unused, as llama.cpp's
    // converter writes them.
    const size_t n = size_t(vocabSize);
    t.tokens.resize(n);
    t.tokenTypes.resize(n, int32_t(TokenType::Undefined));
    for (size_t id = 0; id < n; ++id)
        if (t.tokens[id].empty()) {
            t.tokens[id] = "[PAD" + std::to_string(id) + "]";
            t.tokenTypes[id] = int32_t(TokenType::Unused);
        }
    t.ignoreMerges = true; // what the GGUF reader assumes for the Llama 3 tokenizer
    return t;
}

} // namespace sb
