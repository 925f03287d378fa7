#include "engine/sampling/JsonGrammar.h"

// The schema side of JsonGrammar: JSON Schema (and tool signatures) compiled into grammar nodes.

#include <algorithm>
#include <bitset>

namespace sb {

namespace {

constexpr size_t kMaxAlternatives = 64; // literal candidates are a 64-bit mask

Error schemaError(const std::string &message)
{
    return makeError(ErrorCode::Unsupported, "json_schema: " + message);
}

} // namespace

int32_t JsonGrammar::addNode(GrammarNode n)
{
    m_nodes.push_back(std::move(n));
    return int32_t(m_nodes.size() - 1);
}

int32_t JsonGrammar::addLiterals(std::vector<std::string> texts)
{
    m_literals.push_back(std::move(texts));
    return int32_t(m_literals.size() - 1);
}

void JsonGrammar::addBuiltins()
{
    GrammarNode any;
    m_any = addNode(any);
    GrammarNode obj;
    obj.kind = GrammarNode::Kind::Object;
    obj.valueNode = m_any;
    m_anyObject = addNode(obj);
    GrammarNode arr;
    arr.kind = GrammarNode::Kind::Array;
    arr.items = m_any;
    m_anyArray = addNode(arr);
    GrammarNode str;
    str.kind = GrammarNode::Kind::String;
    m_anyString = addNode(str);
    GrammarNode num;
    num.kind = GrammarNode::Kind::Number;
    m_number = addNode(num);
    GrammarNode b;
    b.kind = GrammarNode::Kind::Literal;
    b.literalSet = addLiterals({ "true", "false" });
    m_bool = addNode(b);
    GrammarNode null;
    null.kind = GrammarNode::Kind::Literal;
    null.literalSet = addLiterals({ "null" });
    m_null = addNode(null);
}

JsonGrammar JsonGrammar::anyObject()
{
    JsonGrammar g;
    g.addBuiltins();
    g.m_root = g.m_anyObject;
    return g;
}

Result<JsonGrammar> JsonGrammar::fromSchema(const Json &schema)
{
    JsonGrammar g;
    g.addBuiltins();
    auto root = g.compile(schema, 0);
    if (!root)
        return root.error();
    g.m_root = root.value();
    return g;
}

Result<JsonGrammar> JsonGrammar::toolCall(const std::vector<Tool> &tools)
{
    if (tools.empty() || tools.size() > kMaxAlternatives)
        return makeError(ErrorCode::InvalidArgument, "tool call: between 1 and 64 functions can be forced");
    JsonGrammar g;
    g.addBuiltins();
    std::vector<std::string> prefixes;
    for (const Tool &t : tools) {
        int32_t args = g.m_anyObject;
        if (!t.parameters.isNull() && !(t.parameters.isObject() && t.parameters.size() == 0)) {
            auto node = g.compile(t.parameters, 0);
            if (!node)
                return makeError(node.error().code, "function '" + t.name + "': " + node.error().message);
            args = node.value();
        }
        g.m_toolArgs.push_back(args);
        std::string prefix = "<tool_call>\n{\"name\": ";
        appendJsonString(prefix, t.name);
        prefix += ", \"arguments\": ";
        prefixes.push_back(std::move(prefix));
    }
    g.m_toolPrefixes = g.addLiterals(std::move(prefixes));
    g.m_toolSuffix = g.addLiterals({ "}\n</tool_call>" });
    g.m_toolRoot = true;
    return g;
}

Result<int32_t> JsonGrammar::compile(const Json &schema, int depth)
{
    if (depth > 32)
        return schemaError("the schema nests deeper than 32 levels");
    if (schema.isBool()) {
        if (schema.asBool())
            return m_any;
        return schemaError("a 'false' schema accepts nothing");
    }
    if (!schema.isObject())
        return schemaError("a schema must be an object or a boolean");
    // Keywords whose constraint the automaton cannot enforce: refusing them is honest, ignoring
    // them would produce output that does not validate.
    static const char *const kRefused[] = { "$ref", "pattern", "format", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "allOf", "not", "if", "patternProperties",
        "minProperties", "maxProperties", "uniqueItems", "contains", "prefixItems", "dependentRequired",
        "dependentSchemas", "propertyNames", "unevaluatedProperties", "unevaluatedItems" };
    for (const char *key : kRefused)
        if (schema.find(key))
            return schemaError(
                std::string("the keyword '") + key + "' is not supported by constrained decoding");

    auto literalNode = [&](const Json::Array &values, const char *what) -> Result<int32_t> {
        if (values.empty() || values.size() > kMaxAlternatives)
            return schemaError(std::string("'") + what + "' needs 1 to 64 values");
        std::vector<std::string> texts;
        for (const Json &v : values)
            texts.push_back(v.dump());
        GrammarNode n;
        n.kind = GrammarNode::Kind::Literal;
        n.literalSet = addLiterals(std::move(texts));
        return addNode(std::move(n));
    };
    if (const Json *e = schema.find("enum")) {
        if (!e->isArray())
            return schemaError("'enum' must be an array");
        return literalNode(e->asArray(), "enum");
    }
    if (const Json *c = schema.find("const"))
        return literalNode(Json::Array { *c }, "const");

    for (const char *key : { "anyOf", "oneOf" }) {
        if (const Json *alts = schema.find(key)) {
            if (!alts->isArray() || alts->size() == 0)
                return schemaError(std::string("'") + key + "' must be a non-empty array");
            std::vector<int32_t> nodes;
            for (const Json &alt : alts->asArray()) {
                auto n = compile(alt, depth + 1);
                if (!n)
                    return n.error();
                nodes.push_back(n.value());
            }
            return makeUnion(std::move(nodes));
        }
    }

    std::vector<std::string> types;
    if (const Json *t = schema.find("type")) {
        if (t->isString())
            types.push_back(t->asString());
        else if (t->isArray())
            for (const Json &v : t->asArray())
                types.push_back(v.asString());
        else
            return schemaError("'type' must be a string or an array of strings");
    } else if (schema.find("properties") || schema.find("required")) {
        types.push_back("object");
    } else if (schema.find("items")) {
        types.push_back("array");
    } else {
        return m_any;
    }
    if (schema["nullable"].asBool() && std::find(types.begin(), types.end(), "null") == types.end())
        types.push_back("null");
    if (types.size() == 1)
        return compileType(schema, types[0], depth);
    std::vector<int32_t> nodes;
    for (const std::string &type : types) {
        auto n = compileType(schema, type, depth);
        if (!n)
            return n.error();
        nodes.push_back(n.value());
    }
    return makeUnion(std::move(nodes));
}

Result<int32_t> JsonGrammar::compileType(const Json &schema, const std::string &type, int depth)
{
    GrammarNode n;
    if (type == "object") {
        n.kind = GrammarNode::Kind::Object;
        const Json *props = schema.find("properties");
        if (props && props->size() > 0) {
            if (!props->isObject())
                return schemaError("'properties' must be an object");
            if (props->size() > kMaxAlternatives)
                return schemaError("an object may declare at most 64 properties");
            std::vector<std::string> keys;
            for (const auto &[key, sub] : props->asObject()) {
                auto child = compile(sub, depth + 1);
                if (!child)
                    return makeError(child.error().code, child.error().message + " (property '" + key + "')");
                n.propNodes.push_back(child.value());
                n.propRequired.push_back(false);
                std::string quoted;
                appendJsonString(quoted, key);
                keys.push_back(std::move(quoted));
            }
            for (const Json &r : schema["required"].asArray()) {
                const auto it = std::find_if(props->asObject().begin(), props->asObject().end(),
                    [&](const Json::Member &m) { return m.first == r.asString(); });
                if (it == props->asObject().end())
                    return schemaError("required property '" + r.asString() + "' is not in 'properties'");
                n.propRequired[size_t(it - props->asObject().begin())] = true;
            }
            n.keySet = addLiterals(std::move(keys));
        } else {
            if (schema["required"].size() > 0)
                return schemaError("'required' without 'properties' is not supported");
            const Json *extra = schema.find("additionalProperties");
            n.valueNode = m_any;
            if (extra && extra->isObject()) {
                auto v = compile(*extra, depth + 1);
                if (!v)
                    return v.error();
                n.valueNode = v.value();
            }
        }
    } else if (type == "array") {
        n.kind = GrammarNode::Kind::Array;
        n.items = m_any;
        if (const Json *items = schema.find("items")) {
            auto child = compile(*items, depth + 1);
            if (!child)
                return child.error();
            n.items = child.value();
        }
        n.minItems = schema["minItems"].asInt64(0);
        n.maxItems = schema["maxItems"].asInt64(INT64_MAX);
        if (n.minItems < 0 || n.maxItems < n.minItems)
            return schemaError("'minItems'/'maxItems' are inconsistent");
    } else if (type == "string") {
        n.kind = GrammarNode::Kind::String;
        n.minLength = schema["minLength"].asInt64(0);
        n.maxLength = schema["maxLength"].asInt64(INT64_MAX);
        if (n.minLength < 0 || n.maxLength < n.minLength)
            return schemaError("'minLength'/'maxLength' are inconsistent");
    } else if (type == "number") {
        return m_number;
    } else if (type == "integer") {
        n.kind = GrammarNode::Kind::Integer;
    } else if (type == "boolean") {
        return m_bool;
    } else if (type == "null") {
        return m_null;
    } else {
        return schemaError("unknown type '" + type + "'");
    }
    return addNode(std::move(n));
}

Result<int32_t> JsonGrammar::makeUnion(std::vector<int32_t> alternatives)
{
    std::vector<int32_t> flat;
    for (int32_t a : alternatives) {
        const GrammarNode &n = m_nodes[size_t(a)];
        if (n.kind == GrammarNode::Kind::Any)
            return m_any; // anything or something: anything
        if (n.kind == GrammarNode::Kind::Union)
            flat.insert(flat.end(), n.alternatives.begin(), n.alternatives.end());
        else
            flat.push_back(a);
    }
    // A number accepts every integer: keep the number alone.
    const bool hasNumber = std::any_of(flat.begin(), flat.end(),
        [&](int32_t a) { return m_nodes[size_t(a)].kind == GrammarNode::Kind::Number; });
    if (hasNumber)
        flat.erase(std::remove_if(flat.begin(), flat.end(),
                       [&](int32_t a) { return m_nodes[size_t(a)].kind == GrammarNode::Kind::Integer; }),
            flat.end());
    // The automaton picks the alternative by the value's first byte, so they must differ there.
    std::bitset<256> seen;
    for (int32_t a : flat) {
        std::bitset<256> mine;
        for (int b = 0; b < 256; ++b)
            mine[size_t(b)] = firstByteOk(a, uint8_t(b));
        if ((seen & mine).any())
            return schemaError("alternatives (anyOf, oneOf or a type list) that can start with the same "
                               "character (two objects, two strings, ...) are not supported");
        seen |= mine;
    }
    if (flat.size() == 1)
        return flat[0];
    GrammarNode u;
    u.kind = GrammarNode::Kind::Union;
    u.alternatives = std::move(flat);
    return addNode(std::move(u));
}

} // namespace sb
