#include "engine/lora/LoraDataset.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "engine/core/Json.h"
#include "engine/model/FileIo.h"
#include "engine/sampling/Rng.h"

namespace sb {

namespace {

size_t commonPrefix(const std::string &a, const std::string &b)
{
    size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return i;
}

Error lineError(const std::string &path, int64_t line, const std::string &what)
{
    return makeError(ErrorCode::Format, path + ":" + std::to_string(line) + ": " + what);
}

// Appends the tokens of text[begin, end); trained tokens get `train` = true.
void appendSegment(const Tokenizer &tok, const std::string &text, size_t begin, size_t end, bool train,
    std::vector<int32_t> &tokens, std::vector<char> &trained)
{
    if (end <= begin)
        return;
    EncodeOptions eo;
    eo.parseSpecial = true;
    const auto ids = tok.encode(std::string_view(text).substr(begin, end - begin), eo);
    tokens.insert(tokens.end(), ids.begin(), ids.end());
    trained.insert(trained.end(), ids.size(), train ? 1 : 0);
}

Result<TrainExample> chatExample(const Json &messages, const Tokenizer &tok, const DatasetOptions &options,
    const std::string &path, int64_t line)
{
    if (!messages.isArray() || messages.size() == 0)
        return lineError(path, line, "\"messages\" must be a non-empty array");
    std::vector<TemplateMessage> msgs;
    for (size_t i = 0; i < messages.size(); ++i) {
        const Json &m = messages[i];
        const Json *role = m.find("role");
        const Json *content = m.find("content");
        if (!m.isObject() || !role || !role->isString())
            return lineError(path, line, "messages[" + std::to_string(i) + "] has no string \"role\"");
        if (content && !content->isString() && !content->isNull())
            return lineError(path, line, "messages[" + std::to_string(i) + "].content must be a string");
        TemplateMessage tm;
        tm.role = role->asString();
        if (tm.role != "system" && tm.role != "user" && tm.role != "assistant" && tm.role != "tool")
            return lineError(
                path, line, "messages[" + std::to_string(i) + "] has unknown role \"" + tm.role + "\"");
        if (content && content->isString())
            tm.content = content->asString();
        msgs.push_back(std::move(tm));
    }
    ChatTemplateVars vars = options.vars;
    vars.addGenerationPrompt = false;
    auto full = renderSmolLM3Chat(msgs, vars);
    if (!full)
        return lineError(path, line, full.error().message);
    const std::string &text = full.value();

    // Spans [start, end) of the assistant turns in the full rendering.
    std::vector<std::pair<size_t, size_t>> spans;
    for (size_t i = 0; i < msgs.size(); ++i) {
        if (msgs[i].role != "assistant")
            continue;
        if (i == 0)
            return lineError(path, line, "the conversation starts with an assistant message");
        ChatTemplateVars pv = vars;
        pv.addGenerationPrompt = true;
        auto prompt = renderSmolLM3Chat(std::span(msgs.data(), i), pv);
        auto upTo = renderSmolLM3Chat(std::span(msgs.data(), i + 1), vars);
        if (!prompt || !upTo)
            return lineError(
                path, line, "cannot render the conversation up to messages[" + std::to_string(i) + "]");
        // The turn (its content and <|im_end|>) is what the conversation up to it adds to its
        // prompt; common prefixes keep this exact even if later turns re-render earlier ones.
        const size_t end = commonPrefix(upTo.value(), text);
        const size_t start = std::min(commonPrefix(prompt.value(), upTo.value()), end);
        if (!spans.empty() && start < spans.back().second)
            return lineError(
                path, line, "the chat template renders messages[" + std::to_string(i) + "] out of order");
        spans.emplace_back(start, end);
    }
    TrainExample e;
    e.line = line;
    std::vector<char> trained;
    size_t pos = 0;
    for (const auto &[s, en] : spans) {
        appendSegment(tok, text, pos, s, false, e.tokens, trained);
        appendSegment(tok, text, s, en, true, e.tokens, trained);
        pos = en;
    }
    appendSegment(tok, text, pos, text.size(), false, e.tokens, trained);
    e.targets.assign(e.tokens.size(), -1);
    for (size_t t = 0; t + 1 < e.tokens.size(); ++t)
        if (trained[t + 1])
            e.targets[t] = e.tokens[t + 1];
    return e;
}

} // namespace

Result<std::vector<TrainExample>> parseJsonlDataset(
    std::string_view text, const Tokenizer &tok, const DatasetOptions &options, const std::string &path)
{
    if (options.seqLen < 2)
        return makeError(ErrorCode::InvalidArgument, "sequence length must be at least 2");
    std::vector<TrainExample> out;
    int64_t line = 0;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        std::string_view rec = text.substr(pos, nl - pos);
        pos = nl + 1;
        ++line;
        while (!rec.empty() && (rec.back() == '\r' || rec.back() == ' ' || rec.back() == '\t'))
            rec.remove_suffix(1);
        if (rec.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        auto json = Json::parse(rec);
        if (!json)
            return lineError(path, line, "invalid JSON: " + json.error().message);
        const Json &j = json.value();
        TrainExample e;
        if (const Json *messages = j.find("messages")) {
            auto r = chatExample(*messages, tok, options, path, line);
            if (!r)
                return r.error();
            e = std::move(r.value());
        } else if (const Json *t = j.find("text"); t && t->isString()) {
            e.line = line;
            e.tokens = tok.encode(t->asString());
            e.targets.assign(e.tokens.size(), -1);
            for (size_t i = 0; i + 1 < e.tokens.size(); ++i)
                e.targets[i] = e.tokens[i + 1];
        } else {
            return lineError(path, line, "a record needs \"messages\" (array) or \"text\" (string)");
        }
        if (e.tokens.size() < 2)
            return lineError(path, line, "the record has fewer than 2 tokens");
        if (static_cast<int64_t>(e.tokens.size()) > options.seqLen) {
            e.truncatedFrom = static_cast<int64_t>(e.tokens.size());
            e.tokens.resize(static_cast<size_t>(options.seqLen));
            e.targets.resize(static_cast<size_t>(options.seqLen));
            e.targets.back() = -1; // its target was cut off
        }
        out.push_back(std::move(e));
    }
    if (out.empty())
        return makeError(ErrorCode::Format, path + ": no records");
    return out;
}

Result<std::vector<TrainExample>> loadJsonlDataset(
    const std::string &path, const Tokenizer &tokenizer, const DatasetOptions &options)
{
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    return parseJsonlDataset(text.value(), tokenizer, options, path);
}

DatasetSummary summarizeDataset(const std::vector<TrainExample> &examples)
{
    DatasetSummary s;
    s.records = static_cast<int64_t>(examples.size());
    for (const TrainExample &e : examples) {
        const int64_t n = static_cast<int64_t>(e.tokens.size());
        const int64_t trained = e.targetCount();
        s.tokens += n;
        s.trainedTokens += trained;
        s.longest = std::max(s.longest, n);
        s.truncated += e.truncatedFrom > 0;
        s.untrained += trained == 0;
    }
    return s;
}

void splitValidation(
    std::vector<TrainExample> &train, std::vector<TrainExample> &validation, double fraction, uint64_t seed)
{
    const size_t n = train.size();
    if (fraction <= 0.0 || n < 2)
        return;
    size_t k
        = std::clamp<size_t>(static_cast<size_t>(std::llround(fraction * static_cast<double>(n))), 1, n - 1);
    std::vector<size_t> idx(n);
    std::iota(idx.begin(), idx.end(), size_t(0));
    Rng rng(seed);
    for (size_t i = n; i > 1; --i)
        std::swap(idx[i - 1], idx[rng.next() % i]);
    std::vector<char> isVal(n, 0);
    for (size_t i = 0; i < k; ++i)
        isVal[idx[i]] = 1;
    std::vector<TrainExample> keep;
    for (size_t i = 0; i < n; ++i)
        (isVal[i] ? validation : keep).push_back(std::move(train[i]));
    train = std::move(keep);
}

} // namespace sb
