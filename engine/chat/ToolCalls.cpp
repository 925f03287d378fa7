#include "engine/chat/ToolCalls.h"

#include "engine/core/Json.h"

namespace sb {

namespace {

constexpr std::string_view kOpen = "<tool_call>";
constexpr std::string_view kClose = "</tool_call>";

bool isBlank(std::string_view s)
{
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Length of the longest suffix of s that is a proper prefix of tag (it may become the tag).
size_t partialTagSuffix(std::string_view s, std::string_view tag)
{
    for (size_t n = std::min(s.size(), tag.size() - 1); n > 0; --n)
        if (s.substr(s.size() - n) == tag.substr(0, n))
            return n;
    return 0;
}

} // namespace

bool parseToolCallBody(std::string_view body, ParsedToolCall &call)
{
    auto json = Json::parse(body);
    if (!json.ok() || !json->isObject())
        return false;
    const Json *name = json->find("name");
    if (!name || !name->isString() || name->asString().empty())
        return false;
    call.name = name->asString();
    const Json *args = json->find("arguments");
    if (!args || args->isNull()) {
        call.argumentsJson = "{}";
    } else if (args->isString()) {
        // Some models write the arguments as a JSON string, as OpenAI's wire format does.
        auto inner = Json::parse(args->asString());
        call.argumentsJson = inner.ok() ? inner->dump() : args->dump();
    } else {
        call.argumentsJson = args->dump();
    }
    return true;
}

std::string renderToolCall(std::string_view name, std::string_view argumentsJson)
{
    std::string out = "<tool_call>\n{\"name\": ";
    appendJsonString(out, name);
    out += ", \"arguments\": ";
    auto args = Json::parse(argumentsJson);
    out += args.ok() ? args->dump() : std::string(argumentsJson.empty() ? "{}" : argumentsJson);
    out += "}\n</tool_call>";
    return out;
}

void ToolCallStream::emitText(std::vector<Piece> &out, std::string text)
{
    // Line breaks around and between calls are layout, not an answer.
    if (text.empty() || (m_calls > 0 && isBlank(text)))
        return;
    if (!out.empty() && !out.back().isCall)
        out.back().text += text;
    else
        out.push_back(Piece { false, std::move(text), {} });
}

void ToolCallStream::drain(std::vector<Piece> &out, bool final)
{
    for (;;) {
        if (!m_inCall) {
            const size_t open = m_buffer.find(kOpen);
            if (open == std::string::npos) {
                const size_t hold = final ? 0 : partialTagSuffix(m_buffer, kOpen);
                emitText(out, m_buffer.substr(0, m_buffer.size() - hold));
                m_buffer.erase(0, m_buffer.size() - hold);
                return;
            }
            emitText(out, m_buffer.substr(0, open));
            m_buffer.erase(0, open);
            m_inCall = true;
        }
        const size_t close = m_buffer.find(kClose);
        if (close == std::string::npos) {
            if (final) { // an unfinished call: show what the model wrote
                emitText(out, std::move(m_buffer));
                m_buffer.clear();
                m_inCall = false;
            }
            return;
        }
        const std::string_view body = std::string_view(m_buffer).substr(kOpen.size(), close - kOpen.size());
        ParsedToolCall call;
        if (parseToolCallBody(body, call)) {
            ++m_calls;
            out.push_back(Piece { true, {}, std::move(call) });
        } else {
            emitText(out, m_buffer.substr(0, close + kClose.size()));
        }
        m_buffer.erase(0, close + kClose.size());
        m_inCall = false;
    }
}

std::vector<ToolCallStream::Piece> ToolCallStream::push(std::string_view text)
{
    m_buffer += text;
    std::vector<Piece> out;
    drain(out, false);
    return out;
}

std::vector<ToolCallStream::Piece> ToolCallStream::flush()
{
    std::vector<Piece> out;
    drain(out, true);
    return out;
}

} // namespace sb
