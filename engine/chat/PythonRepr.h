#pragma once
// Python's str()/repr() of a JSON value as a dict/list/str/int/float/bool/None. Chat templates
// render tool definitions with Jinja's `string` filter, i.e. Python's str() of the dict, so a
// faithful renderer needs this exact text ({'name': 'x', 'required': ['city'], 'strict': True}).

#include "engine/core/Json.h"

#include <string>
#include <string_view>

namespace sb {

// repr() of the value: strings quoted and escaped the way Python does.
std::string pythonRepr(const Json &value);
// str() of the value: like repr() except that a top-level string is its own text.
std::string pythonStr(const Json &value);

// repr() of a str (quote choice and escapes as CPython's unicode_repr).
void appendPythonStringRepr(std::string &out, std::string_view utf8);
// repr() of a float (shortest round-trip digits; fixed or exponent form as CPython's float_repr).
std::string pythonFloatRepr(double value);

} // namespace sb
