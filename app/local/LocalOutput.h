#pragma once
// What an OpenAI request asks of the local model's output beyond text: tool calls to recognise
// (`tools`, `tool_choice`) and output to constrain (`response_format` json_object / json_schema,
// or a function that `tool_choice` forces). Translated once, before the generation starts, so a
// request the engine cannot honour fails with a 400 naming the field instead of being ignored.

#include <QString>
#include <optional>

#include "engine/sampling/JsonGrammar.h"
#include "router/base/ChatTypes.h"

namespace sb {

struct LocalOutputSpec {
    bool toolsOffered = false; // tools rendered into the prompt (not with tool_choice "none")
    bool parseToolCalls = false; // turn <tool_call> blocks of the answer into tool_calls
    std::optional<JsonGrammar> grammar; // constrain the answer
    QString errorParam; // set when the request cannot be served: the field at fault
    QString error; // and why, for the client
};

LocalOutputSpec localOutputSpec(const ChatRequest &request);

// The engine's JSON value for a Qt one (tool schemas, response_format schemas).
Json toEngineJson(const QJsonValue &value);

} // namespace sb
