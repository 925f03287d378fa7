#pragma once
// A byte-level pushdown automaton for constrained JSON output: OpenAI's response_format
// (json_object: any JSON object; json_schema: a JSON Schema subset) and forced tool calls
// (SmolLM3's "<tool_call>\n{"name": "f", "arguments": {...}}\n</tool_call>" with the arguments
// following the function's parameter schema). Output is compact JSON (no whitespace), object
// members come in the schema's order, so every accepted byte string parses and validates.
//
// The automaton state is small and copied by value; nested objects and arrays live in frames
// appended to an arena (a persistent stack: a frame is never changed once written, a state points
// at its top), so the token mask can walk 128k token byte strings from one state cheaply and
// throw the frames it made away afterwards (GrammarConstraint).

#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/Json.h"
#include "engine/core/Result.h"

namespace sb {

struct GrammarNode {
    enum class Kind : uint8_t { Any, Object, Array, String, Number, Integer, Literal, Union };
    Kind kind = Kind::Any;
    // Object: declared properties in schema order (keys are a literal set of "\"key\"" texts);
    // without declared properties any string keys with `valueNode` values.
    std::vector<int32_t> propNodes;
    std::vector<bool> propRequired;
    int32_t keySet = -1;
    int32_t valueNode = -1;
    // Array
    int32_t items = -1;
    int64_t minItems = 0;
    int64_t maxItems = INT64_MAX;
    // String (in characters)
    int64_t minLength = 0;
    int64_t maxLength = INT64_MAX;
    // Literal: enum / const values, true/false, null as compact JSON texts
    int32_t literalSet = -1;
    // Union (a "type" list or anyOf): alternatives told apart by their first byte
    std::vector<int32_t> alternatives;
};

// One entry of the automaton's persistent stack.
struct GrammarFrame {
    enum Kind : uint8_t { Root, Object, Array, Tool };
    int32_t parent = -1;
    int32_t node = -1;
    int32_t index = 0; // Object: next declared property allowed; Tool: chosen function
    int32_t cur = -1; // Object: the property whose value is being read
    int32_t count = 0; // Object: members; Array: items
    uint16_t depth = 0;
    uint8_t kind = Root;
    uint8_t phase = 0;
};

struct GrammarState {
    enum Lex : uint8_t { None, Value, String, Number, Literal };
    int32_t top = -1; // frame index in the arena
    int32_t node = -1; // Value/String/Number: the node; Literal: the literal set
    uint64_t mask = 0; // Literal: candidates still matching
    uint32_t count = 0; // String: characters; Number: digits in this part; Literal: bytes matched
    uint8_t lex = None;
    uint8_t sub = 0; // String: 1 after a backslash; Number: phase
    uint8_t pending = 0; // String: UTF-8 continuation bytes still expected
    uint8_t lo = 0x80, hi = 0xBF; // String: the next continuation byte's range
};

class JsonGrammar {
public:
    // Any JSON object (response_format json_object).
    static JsonGrammar anyObject();
    // A JSON Schema (response_format json_schema's "schema"). Keywords it cannot enforce (pattern,
    // format, minimum, $ref, ...) are refused with an error naming them, rather than ignored.
    static Result<JsonGrammar> fromSchema(const Json &schema);
    struct Tool {
        std::string name;
        Json parameters; // JSON Schema of the arguments; null: any object
    };
    // SmolLM3's tool call text for one of `tools` (one entry: that function is forced).
    static Result<JsonGrammar> toolCall(const std::vector<Tool> &tools);

    GrammarState initial(std::vector<GrammarFrame> &arena) const;
    // Feeds one byte; false (state unspecified) when the byte is not allowed.
    bool step(GrammarState &s, uint8_t byte, std::vector<GrammarFrame> &arena) const;
    // The bytes so far form a complete document (stop may be sampled).
    bool canEnd(const GrammarState &s, const std::vector<GrammarFrame> &arena) const;
    // Complete and nothing more can follow: generation stops here.
    bool finished(const GrammarState &s, const std::vector<GrammarFrame> &arena) const;
    // A short byte string that completes the document from `s` (used to finish within the token
    // budget); empty when s already finished.
    std::string completion(GrammarState s, std::vector<GrammarFrame> &arena) const;
    // A key identifying everything about `s` that decides which byte strings of at most
    // `lookahead` bytes may come next.
    void stateKey(const GrammarState &s, const std::vector<GrammarFrame> &arena, size_t lookahead,
        std::string &key) const;

    // The longest of the shortest completions of a value just begun, over every node but the
    // root: about how much one token can add to what a document still needs.
    size_t longestValueCompletion() const;

    const std::vector<GrammarNode> &nodes() const { return m_nodes; }

private:
    int32_t addNode(GrammarNode n);
    int32_t addLiterals(std::vector<std::string> texts);
    Result<int32_t> compile(const Json &schema, int depth);
    Result<int32_t> compileType(const Json &schema, const std::string &type, int depth);
    Result<int32_t> makeUnion(std::vector<int32_t> alternatives);
    void addBuiltins();
    bool startValue(GrammarState &s, int32_t node, uint8_t byte, std::vector<GrammarFrame> &arena) const;
    bool structural(GrammarState &s, uint8_t byte, std::vector<GrammarFrame> &arena) const;
    void valueDone(GrammarState &s, int32_t literalIndex, std::vector<GrammarFrame> &arena) const;
    bool firstByteOk(int32_t node, uint8_t byte) const;
    int32_t firstRequiredFrom(const GrammarNode &n, int32_t from) const;
    uint64_t keyWindow(const GrammarNode &n, int32_t from) const;
    int32_t pushFrame(std::vector<GrammarFrame> &arena, GrammarFrame f) const;
    int canonicalByte(const GrammarState &s, std::vector<GrammarFrame> &arena) const;
    int firstCanonical(int32_t node) const;

    std::vector<GrammarNode> m_nodes;
    std::vector<std::vector<std::string>> m_literals;
    int32_t m_root = -1;
    bool m_toolRoot = false;
    std::vector<int32_t> m_toolArgs; // per tool: its arguments node
    int32_t m_toolPrefixes = -1; // literal set: "<tool_call>\n{\"name\": \"f\", \"arguments\": "
    int32_t m_toolSuffix = -1; // literal set: "}\n</tool_call>"
    // Built-in nodes for untyped values.
    int32_t m_any = -1, m_anyObject = -1, m_anyArray = -1, m_anyString = -1, m_number = -1, m_bool = -1,
            m_null = -1;
};

} // namespace sb
