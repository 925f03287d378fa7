#include "engine/chat/ChatTemplate.h"

#include "engine/chat/PythonRepr.h"
#include "engine/core/Platform.h"
#include "engine/core/Utf8.h"

#include <algorithm>
#include <cstdio>

namespace sb {

namespace {

const char *const kThinkInstructions
    = "You are a helpful AI assistant named SmolLM, trained by Hugging Face. Your role as an assistant "
      "involves "
      "thoroughly exploring questions through a systematic thinking process before providing the final "
      "precise and "
      "accurate solutions. This requires engaging in a comprehensive cycle of analysis, summarizing, "
      "exploration, "
      "reassessment, reflection, backtracking, and iteration to develop well-considered thinking process. "
      "Please "
      "structure your response into two main sections: Thought and Solution using the specified format: "
      "<think> "
      "Thought section </think> Solution section. In the Thought section, detail your reasoning process in "
      "steps. "
      "Each step should include detailed considerations such as analysing questions, summarizing relevant "
      "findings, "
      "brainstorming new ideas, verifying the accuracy of the current steps, refining any errors, and "
      "revisiting "
      "previous steps. In the Solution section, based on various attempts, explorations, and reflections "
      "from the "
      "Thought section, systematically present the final solution that you deem correct. The Solution "
      "section should "
      "be logical, accurate, and concise and detail necessary steps needed to reach the conclusion.\n\n";

const char *const kNoThinkInstructions
    = "You are a helpful AI assistant named SmolLM, trained by Hugging Face.\n\n";

const char *const kXmlToolsHead = "You may call one or more functions to assist with the user query.\nYou "
                                  "are provided with function signatures "
                                  "within <tools></tools> XML tags:\n\n<tools>\n";
const char *const kXmlToolsTail
    = "</tools>\n\nFor each function call, return a json object with function name and arguments within "
      "<tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\": "
      "<args-json-object>}\n</tool_call>";

const char *const kPythonToolsHead = "When you send a message containing Python code between '<code>' and "
                                     "'</code>' tags, it will be executed in a "
                                     "stateful Jupyter notebook environment, and you will then be given the "
                                     "output to continued reasoning in an "
                                     "agentic loop.\n\nYou can use the following tools in your python code "
                                     "like regular functions:\n<tools>\n";
const char *const kPythonToolsTail = "</tools>\n\nThe state persists between code executions: so variables "
                                     "that you define in one step are still "
                                     "available thereafter.";

// chatTemplateFingerprint() of tests/data/smollm3/chat_template.jinja (the revision that accepts
// `tools`); TestChatTemplate checks it against the file.
constexpr uint64_t kSmolLM3Fingerprint = 0x9cecf3241219402full;

bool contains(const std::string &s, const char *needle)
{
    return s.find(needle) != std::string::npos;
}

std::string replaceAll(std::string s, const std::string &from, const std::string &to)
{
    size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos) {
        s.replace(pos, from.size(), to);
        pos += to.size();
    }
    return s;
}

// Python's str.isspace() (what str.rstrip() with no argument strips).
bool isPythonSpace(uint32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
        || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
        || cp == 0x205F || cp == 0x3000;
}

std::string pythonRstrip(const std::string &s)
{
    // Walk the characters forwards, remembering where the last non-space one ended.
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    size_t i = 0, keep = 0;
    while (i < s.size()) {
        uint32_t cp = 0;
        size_t len = 1;
        const bool ok = decodeUtf8(p + i, s.size() - i, cp, len) == Utf8Status::Ok;
        if (!ok)
            len = std::max<size_t>(len, 1);
        i += len;
        if (!ok || !isPythonSpace(cp))
            keep = i;
    }
    return s.substr(0, keep);
}

std::string lstripNewlines(const std::string &s)
{
    const size_t first = s.find_first_not_of('\n');
    return first == std::string::npos ? std::string() : s.substr(first);
}

std::string normaliseTemplate(const std::string &text)
{
    std::string out;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        size_t a = pos, b = end;
        while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r'))
            ++a;
        while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r'))
            --b;
        if (b > a) {
            out.append(text, a, b - a);
            out += '\n';
        }
        pos = end + 1;
    }
    return out;
}

} // namespace

Result<std::string> renderSmolLM3Chat(std::span<const TemplateMessage> messages, const ChatTemplateVars &vars)
{
    if (messages.empty())
        return makeError(ErrorCode::InvalidArgument, "chat template: the conversation has no messages");

    std::string reasoning = vars.enableThinking.value_or(true) ? "/think" : "/no_think";
    std::string out = "<|im_start|>system\n";

    // Jinja leaves system_message undefined without a system turn: "x" in undefined is false.
    const bool hasSystem = messages[0].role == "system";
    const std::string systemMessage = hasSystem ? messages[0].content.value_or(std::string()) : std::string();
    std::string customInstructions;
    if (hasSystem) {
        if (contains(systemMessage, "/no_think"))
            reasoning = "/no_think";
        else if (contains(systemMessage, "/think"))
            reasoning = "/think";
        customInstructions
            = pythonRstrip(replaceAll(replaceAll(systemMessage, "/no_think", ""), "/think", ""));
    }

    if (hasSystem && contains(systemMessage, "/system_override")) {
        out += pythonRstrip(replaceAll(customInstructions, "/system_override", ""));
        out += "<|im_end|>\n";
    } else {
        out += "## Metadata\n\nKnowledge Cutoff Date: June 2025\nToday Date: ";
        out += vars.today.empty() ? chatTemplateDate(std::time(nullptr)) : vars.today;
        out += "\nReasoning Mode: " + reasoning + "\n\n";
        out += "## Custom Instructions\n\n";
        if (!customInstructions.empty())
            out += customInstructions + "\n\n";
        else if (reasoning == "/think")
            out += kThinkInstructions;
        else
            out += kNoThinkInstructions;

        // The template's quirk: only with tools is the system block closed by <|im_end|>.
        if (!vars.xmlTools.empty() || !vars.pythonTools.empty() || !vars.tools.empty()) {
            out += "### Tools\n\n";
            if (!vars.xmlTools.empty() || !vars.tools.empty()) {
                out += kXmlToolsHead;
                for (const Json &tool : vars.tools.empty() ? vars.xmlTools : vars.tools)
                    out += pythonStr(tool) + "\n";
                out += kXmlToolsTail;
            }
            if (!vars.pythonTools.empty()) {
                out += kPythonToolsHead;
                for (const Json &tool : vars.pythonTools)
                    out += pythonStr(tool) + "\n";
                out += kPythonToolsTail;
            }
            out += "\n\n<|im_end|>\n";
        }
    }

    for (const TemplateMessage &message : messages) {
        const std::string content = message.content.value_or(std::string());
        if (message.role == "user" || message.role == "tool") {
            out += "<|im_start|>user\n" + content + "<|im_end|>\n";
        } else if (message.role == "assistant") {
            out += "<|im_start|>assistant\n";
            if (reasoning != "/think")
                out += "<think>\n\n</think>\n";
            out += lstripNewlines(content) + "<|im_end|>\n";
        }
    }

    if (vars.addGenerationPrompt) {
        out += "<|im_start|>assistant\n";
        if (reasoning != "/think")
            out += "<think>\n\n</think>\n";
    }
    return out;
}

std::string chatTemplateDate(std::time_t when)
{
    return chatTemplateDate(platform::localTime(when));
}

std::string chatTemplateDate(const std::tm &date)
{
    static const char *const kMonths[] = { "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December" };
    char buf[64];
    std::snprintf(buf, sizeof buf, "%02d %s %d", date.tm_mday, kMonths[((date.tm_mon % 12) + 12) % 12],
        date.tm_year + 1900);
    return buf;
}

uint64_t chatTemplateFingerprint(const std::string &jinjaText)
{
    uint64_t h = 0xCBF29CE484222325ull;
    for (const char c : normaliseTemplate(jinjaText)) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ull;
    }
    return h;
}

ChatTemplateDetection detectTemplate(const std::string &jinjaText)
{
    ChatTemplateDetection d;
    d.fingerprint = chatTemplateFingerprint(jinjaText);
    char hex[32];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(d.fingerprint));
    if (d.fingerprint == kSmolLM3Fingerprint) {
        d.kind = ChatTemplateKind::SmolLM3;
        d.message = "chat template: SmolLM3 (fingerprint " + std::string(hex) + ")";
    } else if (jinjaText.empty()) {
        d.message = "chat template: the model has none; the SmolLM3 template is not assumed";
    } else if (contains(jinjaText, "Reasoning Mode") && contains(jinjaText, "/system_override")) {
        d.kind = ChatTemplateKind::SmolLM3Variant;
        d.message = "chat template: a modified SmolLM3 template (fingerprint " + std::string(hex)
            + ") differs from the one this engine renders; its output may not match";
    } else {
        d.message = "chat template: not the SmolLM3 template (fingerprint " + std::string(hex)
            + "); this engine renders only SmolLM3's";
    }
    return d;
}

} // namespace sb
