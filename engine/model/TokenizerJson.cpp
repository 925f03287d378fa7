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

const char *kLlama3Regex = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| "
                           "?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

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
        t.tokenTypes.push_back(static_cast<int32_t>(GgufTokenType::Normal));
    }
    for (const char *s : kSpecials) {
        t.tokens.push_back(s);
        t.tokenTypes.push_back(static_cast<int32_t>(GgufTokenType::Control));
    }
    for (const auto &m : kMerges) {
        t.merges.push_back(std::string(m[0]) + " " + m[1]);
        t.tokens.push_back(std::string(m[0]) + m[1]);
        t.tokenTypes.push_back(static_cast<int32_t>(GgufTokenType::Normal));
    }
    for (int64_t id = static_cast<int64_t>(t.tokens.size()); id < vocabSize; ++id) {
        t.tokens.push_back("<|reserved_special_token_" + std::to_string(id) + "|>");
        t.tokenTypes.push_back(static_cast<int32_t>(GgufTokenType::Control));
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
        if (t.tokenTypes[id] == static_cast<int32_t>(GgufTokenType::Control)) {
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
    pattern.set("Regex", Json(kLlama3Regex));
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

Result<TokenizerData> tokenizerDataFromJson(const std::string &path, int64_t vocabSize)
{
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    auto parsed = Json::parse(text.value());
    if (!parsed)
        return makeError(ErrorCode::Format, path + ": invalid JSON: " + parsed.error().message);
    const Json &root = parsed.value();
    const Json &model = root["model"];
    if (!model["type"].isString() || model["type"].asString() != "BPE")
        return makeError(ErrorCode::Unsupported, path + ": model.type must be \"BPE\"");
    if (vocabSize <= 0 || vocabSize > (int64_t(1) << 24))
        return makeError(
            ErrorCode::InvalidArgument, path + ": invalid vocabulary size " + std::to_string(vocabSize));

    TokenizerData t;
    t.pre = "llama-bpe";
    const size_t n = static_cast<size_t>(vocabSize);
    t.tokens.assign(n, std::string());
    t.tokenTypes.assign(n, static_cast<int32_t>(GgufTokenType::Undefined));
    const auto define
        = [&](int64_t id, const std::string &text, GgufTokenType type, const char *where) -> Result<void> {
        if (id < 0 || id >= vocabSize)
            return makeError(ErrorCode::Format,
                path + ": " + where + " token '" + text + "' has id " + std::to_string(id)
                    + ", outside the model's vocabulary of " + std::to_string(vocabSize));
        t.tokens[static_cast<size_t>(id)] = text;
        t.tokenTypes[static_cast<size_t>(id)] = static_cast<int32_t>(type);
        return {};
    };
    if (!model["vocab"].isObject())
        return makeError(ErrorCode::Format, path + ": model.vocab is not an object");
    for (const auto &[token, id] : model["vocab"].asObject()) {
        if (!id.isInteger())
            return makeError(ErrorCode::Format, path + ": model.vocab['" + token + "'] is not an integer");
        SB_TRY(define(id.asInt64(), token, GgufTokenType::Normal, "model.vocab"));
    }
    for (const Json &a : root["added_tokens"].asArray()) {
        if (!a["id"].isInteger() || !a["content"].isString())
            return makeError(
                ErrorCode::Format, path + ": added_tokens entry without integer id and string content");
        SB_TRY(define(a["id"].asInt64(), a["content"].asString(),
            a["special"].asBool() ? GgufTokenType::Control : GgufTokenType::UserDefined, "added_tokens"));
    }
    for (size_t id = 0; id < n; ++id) {
        if (t.tokenTypes[id] == static_cast<int32_t>(GgufTokenType::Undefined)) {
            t.tokens[id] = "[PAD" + std::to_string(id) + "]";
            t.tokenTypes[id] = static_cast<int32_t>(GgufTokenType::Unused);
        }
    }
    for (const Json &m : model["merges"].asArray()) {
        if (m.isString())
            t.merges.push_back(m.asString());
        else if (m.isArray() && m.size() == 2 && m[0].isString() && m[1].isString())
            t.merges.push_back(m[0].asString() + " " + m[1].asString());
        else
            return makeError(
                ErrorCode::Format, path + ": model.merges has an entry that is neither \"a b\" nor [a, b]");
    }
    return t;
}

} // namespace sb
