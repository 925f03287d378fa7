#include "engine/chat/PythonRepr.h"

#include "engine/core/Utf8.h"
#include "engine/tokenizer/UnicodeTables.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace sb {

namespace {

void appendRepr(std::string &out, const Json &v)
{
    switch (v.type()) {
    case Json::Type::Null:
        out += "None";
        break;
    case Json::Type::Bool:
        out += v.asBool() ? "True" : "False";
        break;
    case Json::Type::Number:
        if (v.isInteger())
            out += std::to_string(v.asInt64());
        else
            out += pythonFloatRepr(v.asDouble());
        break;
    case Json::Type::String:
        appendPythonStringRepr(out, v.asString());
        break;
    case Json::Type::Array: {
        out += '[';
        bool first = true;
        for (const Json &item : v.asArray()) {
            if (!first)
                out += ", ";
            first = false;
            appendRepr(out, item);
        }
        out += ']';
        break;
    }
    case Json::Type::Object: {
        out += '{';
        bool first = true;
        for (const auto &[key, item] : v.asObject()) {
            if (!first)
                out += ", ";
            first = false;
            appendPythonStringRepr(out, key);
            out += ": ";
            appendRepr(out, item);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

std::string pythonRepr(const Json &value)
{
    std::string out;
    appendRepr(out, value);
    return out;
}

std::string pythonStr(const Json &value)
{
    return value.isString() ? value.asString() : pythonRepr(value);
}

void appendPythonStringRepr(std::string &out, std::string_view utf8)
{
    // Single quotes unless the text has a single quote and no double quote.
    const bool hasSingle = utf8.find('\'') != std::string_view::npos;
    const bool hasDouble = utf8.find('"') != std::string_view::npos;
    const char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    out += quote;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    size_t i = 0;
    char buf[16];
    while (i < utf8.size()) {
        uint32_t cp = 0;
        size_t len = 0;
        if (decodeUtf8(p + i, utf8.size() - i, cp, len) != Utf8Status::Ok) {
            // Not valid UTF-8 (Python str cannot hold it); shown as U+FFFD, one per bad byte.
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        if (cp == uint32_t(quote) || cp == '\\') {
            out += '\\';
            out += char(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x20 || cp == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            out += buf;
        } else if (cp < 0x7F || detail::isPythonPrintable(cp)) {
            out.append(utf8.data() + i, len);
        } else if (cp <= 0xFF) {
            std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            out += buf;
        } else if (cp <= 0xFFFF) {
            std::snprintf(buf, sizeof buf, "\\u%04x", cp);
            out += buf;
        } else {
            std::snprintf(buf, sizeof buf, "\\U%08x", cp);
            out += buf;
        }
        i += len;
    }
    out += quote;
}

std::string pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";
    // Shortest round-trip digits, then CPython's layout: exponent form when the decimal exponent
    // is < -4 or >= 16, otherwise positional with at least one digit after the point.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string sci(buf, r.ptr); // e.g. "-1.2345e+02"
    std::string out;
    size_t pos = 0;
    if (sci[0] == '-') {
        out += '-';
        pos = 1;
    }
    const size_t e = sci.find('e');
    std::string digits;
    for (size_t k = pos; k < e; ++k)
        if (sci[k] != '.')
            digits += sci[k];
    const int exponent = std::stoi(sci.substr(e + 1));
    if (exponent < -4 || exponent >= 16) {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out.append(digits, 1);
        }
        char ebuf[16];
        std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += ebuf;
    } else if (exponent < 0) {
        out += "0.";
        out.append(size_t(-exponent - 1), '0');
        out += digits;
    } else {
        const size_t intDigits = size_t(exponent) + 1;
        if (digits.size() <= intDigits) {
            out += digits;
            out.append(intDigits - digits.size(), '0');
            out += ".0";
        } else {
            out.append(digits, 0, intDigits);
            out += '.';
            out.append(digits, intDigits);
        }
    }
    return out;
}

} // namespace sb
