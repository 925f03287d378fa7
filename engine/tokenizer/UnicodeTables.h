#pragma once
// Unicode character classes for the Llama 3 pre-tokenizer: \p{L}, \p{N} and \s.
// The range table is generated (tools/gen_unicode_tables.py -> UnicodeTables.cpp).

#include <cstddef>
#include <cstdint>

namespace sb::detail {

enum UnicodeClass : uint8_t { O = 0, L = 1, N = 2, S = 3 }; // Other, Letter, Number, Space

struct UnicodeRange {
    uint32_t lo;
    uint32_t hi;
    UnicodeClass cls;
};

extern const UnicodeRange kUnicodeRanges[];
extern const size_t kUnicodeRangeCount;

struct CodePointRange {
    uint32_t lo;
    uint32_t hi;
};

// Code points for which Python's str.isprintable() is false (repr() escapes them).
extern const CodePointRange kNonPrintableRanges[];
extern const size_t kNonPrintableRangeCount;
bool isPythonPrintable(uint32_t cp);

// Class of any code point; the Basic Multilingual Plane is one table lookup.
UnicodeClass unicodeClass(uint32_t cp);

} // namespace sb::detail
