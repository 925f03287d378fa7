#pragma once
// SmolLM3's tool calls in text: the model writes
//   <tool_call>
//   {"name": "get_weather", "arguments": {"city": "Paris"}}
//   </tool_call>
// (the format its chat template asks for). ToolCallStream splits streamed answer text into plain
// text and whole calls; renderToolCall writes a call back in that form for the next turn's prompt.

#include <string>
#include <string_view>
#include <vector>

namespace sb {

struct ParsedToolCall {
    std::string name;
    std::string argumentsJson; // compact JSON text of the arguments (an object)
};

class ToolCallStream {
public:
    struct Piece {
        bool isCall = false;
        std::string text; // !isCall: text to show
        ParsedToolCall call; // isCall
    };

    // Feeds answer text; returns what is settled: text that cannot be the start of a call, and
    // calls whose closing tag arrived. A block that is not a valid call comes back as text.
    std::vector<Piece> push(std::string_view text);
    // End of the answer: whatever is held back, as text.
    std::vector<Piece> flush();
    int callCount() const { return m_calls; }

private:
    void drain(std::vector<Piece> &out, bool final);
    void emitText(std::vector<Piece> &out, std::string text);

    std::string m_buffer;
    bool m_inCall = false;
    int m_calls = 0;
};

// Parses the inside of one <tool_call> block; false when it is not {"name": str, "arguments": ...}.
bool parseToolCallBody(std::string_view body, ParsedToolCall &call);

// The text of one call as the model writes it (for an assistant turn that made calls).
std::string renderToolCall(std::string_view name, std::string_view argumentsJson);

} // namespace sb
