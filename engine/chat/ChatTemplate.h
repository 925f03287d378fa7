#pragma once
// SmolLM3's chat template (tests/data/smollm3/chat_template.jinja) written out in C++: no Jinja
// engine, the template's logic rendered exactly, quirks included. Models whose own template is
// different are recognised by detectTemplate() and reported instead of mis-rendered.

#include "engine/core/Json.h"
#include "engine/core/Result.h"

#include <ctime>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sb {

struct ChatToolCall {
    std::string id;
    std::string name;
    std::string argumentsJson;
};

struct TemplateMessage {
    std::string role; // "system" | "user" | "assistant" | "tool" (others skipped)
    std::optional<std::string> content; // nullopt: not a string (None, content parts) -> ""
    // Carried for callers; the SmolLM3 template ignores them (a tool call is the assistant's
    // "<tool_call>...</tool_call>" text in content).
    std::vector<ChatToolCall> toolCalls;
    std::string toolCallId;
};

// The template variables (chat_template_vectors.jsonl "vars").
struct ChatTemplateVars {
    bool addGenerationPrompt = false;
    std::optional<bool> enableThinking; // unset: the template's default, true
    std::vector<Json> tools; // tool dicts (OpenAI schema), rendered with Python str()
    std::vector<Json> xmlTools; // same, and a string item is rendered as it is
    std::vector<Json> pythonTools;
    std::string today; // "25 November 2026"; empty: today's local date
};

// Renders the conversation as SmolLM3's template does. Fails only for an empty conversation
// (the template reads messages[0]).
Result<std::string> renderSmolLM3Chat(
    std::span<const TemplateMessage> messages, const ChatTemplateVars &vars);

// strftime("%d %B %Y") in the C locale, e.g. "05 May 2026", of a local time / a broken-down date.
std::string chatTemplateDate(std::time_t when);
std::string chatTemplateDate(const std::tm &date);

enum class ChatTemplateKind {
    SmolLM3, // exactly the known template: renderSmolLM3Chat() reproduces it
    SmolLM3Variant, // has SmolLM3's markers but differs (another revision, local edits): the
                    // caller may render with a warning; output can differ from the model's own
    Unknown, // some other template (or none): do not render it as SmolLM3
};

struct ChatTemplateDetection {
    ChatTemplateKind kind = ChatTemplateKind::Unknown;
    uint64_t fingerprint = 0; // of the normalised text; reported so new variants can be added
    std::string message; // for a person: what was found and what happens
};

// Whether a model's own template (tokenizer_config.json "chat_template" or GGUF
// tokenizer.chat_template) is the SmolLM3 one. Comparison ignores line indentation, trailing
// spaces, blank lines and CRLF; any other change makes it Unknown.
ChatTemplateDetection detectTemplate(const std::string &jinjaText);

// The normalised-text fingerprint detectTemplate() compares (FNV-1a 64).
uint64_t chatTemplateFingerprint(const std::string &jinjaText);

} // namespace sb
