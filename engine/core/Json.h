#pragma once
// A small JSON value and parser for the engine (tokenizer.json, config.json, safetensors
// headers). No Qt in engine/, so this replaces QJsonDocument there.
//
// Objects keep their members in file order (Python's dict order, which the chat template's
// str() rendering of tool dicts depends on); lookup is linear, fine for the sizes we parse.
// Numbers keep their integer value exactly when the literal is an integer that fits int64.

#include "engine/core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace sb {

class Json {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<Json>;
    using Member = std::pair<std::string, Json>;
    using Object = std::vector<Member>;

    struct Number {
        double value = 0.0;
        int64_t integer = 0;
        bool isInteger = false; // the literal had no fraction/exponent and fits int64
    };

    Json() = default;
    Json(std::nullptr_t) { }
    Json(bool b)
        : m_v(b)
    {
    }
    Json(int v)
        : m_v(Number { double(v), v, true })
    {
    }
    Json(int64_t v)
        : m_v(Number { double(v), v, true })
    {
    }
    Json(double v)
        : m_v(Number { v, 0, false })
    {
    }
    Json(const char *s)
        : m_v(std::string(s))
    {
    }
    Json(std::string s)
        : m_v(std::move(s))
    {
    }
    Json(std::string_view s)
        : m_v(std::string(s))
    {
    }
    Json(Array a)
        : m_v(std::move(a))
    {
    }
    Json(Object o)
        : m_v(std::move(o))
    {
    }

    static Json array() { return Json(Array {}); }
    static Json object() { return Json(Object {}); }

    // Parses a complete document (trailing whitespace only). Errors say "offset N: ...";
    // callers prefix the file name. Nesting deeper than maxDepth is rejected (no stack blowup).
    static Result<Json> parse(std::string_view text, int maxDepth = 256);

    Type type() const { return Type(m_v.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isInteger() const { return isNumber() && std::get<Number>(m_v).isInteger; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    // Accessors return the fallback when the type does not match (never throw).
    bool asBool(bool fallback = false) const;
    double asDouble(double fallback = 0.0) const;
    int64_t asInt64(int64_t fallback = 0) const; // integers exactly; integral doubles too
    const std::string &asString() const; // empty string when not a string
    const Array &asArray() const; // empty array when not an array
    const Object &asObject() const; // empty object when not an object
    Array *mutableArray() { return std::get_if<Array>(&m_v); }
    Object *mutableObject() { return std::get_if<Object>(&m_v); }

    // Array length or object member count; 0 otherwise.
    size_t size() const;

    // Object member lookup (first match); nullptr when absent or not an object.
    const Json *find(std::string_view key) const;
    // Like find() but returns a null value when absent, for chained reads.
    const Json &operator[](std::string_view key) const;
    const Json &operator[](size_t index) const;

    // Builders: append to an array / set (replace or append) an object member.
    void push(Json value);
    void set(std::string key, Json value);

    // Compact JSON text (UTF-8, minimal escapes).
    std::string dump() const;

    static const char *typeName(Type type);

private:
    std::variant<std::nullptr_t, bool, Number, std::string, Array, Object> m_v;
};

// Appends the JSON string literal for s (with quotes) to out.
void appendJsonString(std::string &out, std::string_view s);

} // namespace sb
