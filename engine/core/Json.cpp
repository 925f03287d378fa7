#include "engine/core/Json.h"

#include "engine/core/Utf8.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <locale>
#include <sstream>

namespace sb {

namespace {

const std::string kEmptyString;
const Json::Array kEmptyArray;
const Json::Object kEmptyObject;
const Json kNull;

// Reads a JSON number the parser has already checked against the grammar. libc++ (macOS, and
// clang's libc++ on Linux) has no floating-point std::from_chars; there a stream in the classic
// locale reads it, never the process's locale (a German LC_NUMERIC would stop at the '.').
std::errc parseDouble(const char *first, const char *last, double &value)
{
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
    const auto r = std::from_chars(first, last, value);
    if (r.ec == std::errc() && r.ptr != last)
        return std::errc::invalid_argument;
    return r.ec;
#else
    std::istringstream in(std::string(first, last));
    in.imbue(std::locale::classic());
    in >> value;
    if (in.fail())
        return std::errc::result_out_of_range; // the grammar is valid, so only the range can fail
    if (in.peek() != std::char_traits<char>::eof())
        return std::errc::invalid_argument;
    return {};
#endif
}

class Parser {
public:
    Parser(std::string_view text, int maxDepth)
        : m_p(text.data())
        , m_begin(text.data())
        , m_end(text.data() + text.size())
        , m_maxDepth(maxDepth)
    {
    }

    Result<Json> parseDocument()
    {
        Json value;
        skipWs();
        if (!parseValue(value, 0))
            return fail();
        skipWs();
        if (m_p != m_end) {
            setError("unexpected trailing characters");
            return fail();
        }
        return value;
    }

private:
    const char *m_p;
    const char *m_begin;
    const char *m_end;
    int m_maxDepth;
    std::string m_error;
    size_t m_errorOffset = 0;

    Error fail() const
    {
        return makeError(ErrorCode::Format, "offset " + std::to_string(m_errorOffset) + ": " + m_error);
    }

    bool setError(const char *what)
    {
        if (m_error.empty()) {
            m_error = what;
            m_errorOffset = size_t(m_p - m_begin);
        }
        return false;
    }

    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char *word, size_t len)
    {
        if (size_t(m_end - m_p) < len || std::memcmp(m_p, word, len) != 0)
            return setError("invalid literal");
        m_p += len;
        return true;
    }

    bool parseValue(Json &out, int depth)
    {
        if (m_p >= m_end)
            return setError("unexpected end of input, expected a value");
        switch (*m_p) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            std::string s;
            if (!parseString(s))
                return false;
            out = Json(std::move(s));
            return true;
        }
        case 't':
            if (!literal("true", 4))
                return false;
            out = Json(true);
            return true;
        case 'f':
            if (!literal("false", 5))
                return false;
            out = Json(false);
            return true;
        case 'n':
            if (!literal("null", 4))
                return false;
            out = Json(nullptr);
            return true;
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber(out);
            return setError("unexpected character, expected a value");
        }
    }

    bool parseObject(Json &out, int depth)
    {
        if (depth > m_maxDepth)
            return setError("nesting too deep");
        ++m_p; // '{'
        Json::Object members;
        skipWs();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            out = Json(std::move(members));
            return true;
        }
        for (;;) {
            skipWs();
            if (m_p >= m_end || *m_p != '"')
                return setError("expected a string key in object");
            std::string key;
            if (!parseString(key))
                return false;
            skipWs();
            if (m_p >= m_end || *m_p != ':')
                return setError("expected ':' after object key");
            ++m_p;
            skipWs();
            members.emplace_back(std::move(key), Json());
            if (!parseValue(members.back().second, depth))
                return false;
            skipWs();
            if (m_p >= m_end)
                return setError("unexpected end of input in object");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                out = Json(std::move(members));
                return true;
            }
            return setError("expected ',' or '}' in object");
        }
    }

    bool parseArray(Json &out, int depth)
    {
        if (depth > m_maxDepth)
            return setError("nesting too deep");
        ++m_p; // '['
        Json::Array items;
        skipWs();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            out = Json(std::move(items));
            return true;
        }
        for (;;) {
            skipWs();
            items.emplace_back();
            if (!parseValue(items.back(), depth))
                return false;
            skipWs();
            if (m_p >= m_end)
                return setError("unexpected end of input in array");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                out = Json(std::move(items));
                return true;
            }
            return setError("expected ',' or ']' in array");
        }
    }

    bool parseHex4(uint32_t &v)
    {
        if (m_end - m_p < 4)
            return setError("truncated \\u escape");
        v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_p[i];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint32_t(c - 'A' + 10);
            else
                return setError("invalid hex digit in \\u escape");
        }
        m_p += 4;
        return true;
    }

    bool parseString(std::string &out)
    {
        ++m_p; // opening quote
        for (;;) {
            // Copy the run of plain bytes in one go (the common case).
            const char *run = m_p;
            while (m_p < m_end) {
                const unsigned char c = static_cast<unsigned char>(*m_p);
                if (c == '"' || c == '\\' || c < 0x20)
                    break;
                if (c < 0x80) {
                    ++m_p;
                    continue;
                }
                uint32_t cp;
                size_t len = 0;
                if (decodeUtf8(reinterpret_cast<const unsigned char *>(m_p), size_t(m_end - m_p), cp, len)
                    != Utf8Status::Ok) {
                    out.append(run, size_t(m_p - run));
                    return setError("invalid UTF-8 in string");
                }
                m_p += len;
            }
            out.append(run, size_t(m_p - run));
            if (m_p >= m_end)
                return setError("unterminated string");
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c != '\\')
                return setError("unescaped control character in string");
            ++m_p;
            if (m_p >= m_end)
                return setError("unterminated escape in string");
            switch (*m_p++) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                uint32_t cp;
                if (!parseHex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                        return setError("high surrogate not followed by a low surrogate");
                    m_p += 2;
                    uint32_t lo;
                    if (!parseHex4(lo))
                        return false;
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        return setError("high surrogate not followed by a low surrogate");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return setError("lone low surrogate");
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                --m_p;
                return setError("invalid escape in string");
            }
        }
    }

    bool parseNumber(Json &out)
    {
        const char *start = m_p;
        bool integral = true;
        if (*m_p == '-')
            ++m_p;
        if (m_p >= m_end)
            return setError("truncated number");
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            return setError("invalid number");
        }
        if (m_p < m_end && *m_p == '.') {
            integral = false;
            ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return setError("expected digits after decimal point");
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            integral = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return setError("expected digits in exponent");
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        Json::Number n;
        if (integral) {
            const auto r = std::from_chars(start, m_p, n.integer);
            if (r.ec == std::errc() && r.ptr == m_p) {
                n.isInteger = true;
                n.value = double(n.integer);
                out = Json(n.integer);
                return true;
            }
        }
        const std::errc ec = parseDouble(start, m_p, n.value);
        if (ec == std::errc::result_out_of_range) {
            // Overflow to infinity or underflow to zero, as other JSON readers do.
            const char *e = start;
            while (e < m_p && *e != 'e' && *e != 'E')
                ++e;
            const bool underflow = e + 1 < m_p && e[1] == '-';
            const double magnitude = underflow ? 0.0 : HUGE_VAL;
            n.value = (*start == '-') ? -magnitude : magnitude;
        } else if (ec != std::errc()) {
            return setError("invalid number");
        }
        out = Json(n.value);
        return true;
    }
};

void dumpTo(const Json &v, std::string &out)
{
    switch (v.type()) {
    case Json::Type::Null:
        out += "null";
        break;
    case Json::Type::Bool:
        out += v.asBool() ? "true" : "false";
        break;
    case Json::Type::Number: {
        char buf[64];
        std::to_chars_result r;
        if (v.isInteger())
            r = std::to_chars(buf, buf + sizeof buf, v.asInt64());
        else if (!std::isfinite(v.asDouble()))
            r = std::to_chars(buf, buf + sizeof buf, 0); // JSON has no inf/nan
        else
            r = std::to_chars(buf, buf + sizeof buf, v.asDouble());
        out.append(buf, r.ptr);
        break;
    }
    case Json::Type::String:
        appendJsonString(out, v.asString());
        break;
    case Json::Type::Array: {
        out += '[';
        bool first = true;
        for (const Json &item : v.asArray()) {
            if (!first)
                out += ',';
            first = false;
            dumpTo(item, out);
        }
        out += ']';
        break;
    }
    case Json::Type::Object: {
        out += '{';
        bool first = true;
        for (const auto &[key, item] : v.asObject()) {
            if (!first)
                out += ',';
            first = false;
            appendJsonString(out, key);
            out += ':';
            dumpTo(item, out);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

Result<Json> Json::parse(std::string_view text, int maxDepth)
{
    Parser parser(text, maxDepth);
    return parser.parseDocument();
}

bool Json::asBool(bool fallback) const
{
    const bool *b = std::get_if<bool>(&m_v);
    return b ? *b : fallback;
}

double Json::asDouble(double fallback) const
{
    const Number *n = std::get_if<Number>(&m_v);
    return n ? n->value : fallback;
}

int64_t Json::asInt64(int64_t fallback) const
{
    const Number *n = std::get_if<Number>(&m_v);
    if (!n)
        return fallback;
    if (n->isInteger)
        return n->integer;
    // Integral doubles (e.g. 1e3) are accepted; anything else is not an integer.
    if (std::isfinite(n->value) && std::trunc(n->value) == n->value && std::fabs(n->value) < 9.2e18)
        return int64_t(n->value);
    return fallback;
}

const std::string &Json::asString() const
{
    const std::string *s = std::get_if<std::string>(&m_v);
    return s ? *s : kEmptyString;
}

const Json::Array &Json::asArray() const
{
    const Array *a = std::get_if<Array>(&m_v);
    return a ? *a : kEmptyArray;
}

const Json::Object &Json::asObject() const
{
    const Object *o = std::get_if<Object>(&m_v);
    return o ? *o : kEmptyObject;
}

size_t Json::size() const
{
    if (const Array *a = std::get_if<Array>(&m_v))
        return a->size();
    if (const Object *o = std::get_if<Object>(&m_v))
        return o->size();
    return 0;
}

const Json *Json::find(std::string_view key) const
{
    const Object *o = std::get_if<Object>(&m_v);
    if (!o)
        return nullptr;
    for (const Member &m : *o)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

const Json &Json::operator[](std::string_view key) const
{
    const Json *v = find(key);
    return v ? *v : kNull;
}

const Json &Json::operator[](size_t index) const
{
    const Array *a = std::get_if<Array>(&m_v);
    return (a && index < a->size()) ? (*a)[index] : kNull;
}

void Json::push(Json value)
{
    if (!isArray())
        m_v = Array {};
    std::get<Array>(m_v).push_back(std::move(value));
}

void Json::set(std::string key, Json value)
{
    if (!isObject())
        m_v = Object {};
    Object &o = std::get<Object>(m_v);
    for (Member &m : o) {
        if (m.first == key) {
            m.second = std::move(value);
            return;
        }
    }
    o.emplace_back(std::move(key), std::move(value));
}

std::string Json::dump() const
{
    std::string out;
    dumpTo(*this, out);
    return out;
}

const char *Json::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "bool";
    case Type::Number:
        return "number";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return "object";
    }
    return "?";
}

void appendJsonString(std::string &out, std::string_view s)
{
    static const char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char ch : s) {
        const unsigned char c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

} // namespace sb
