#pragma once
// UTF-8 helpers shared by the JSON reader, the tokenizer and its streaming decoder.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sb {

enum class Utf8Status {
    Ok, // a complete, valid sequence
    Invalid, // an ill-formed sequence; len is its maximal subpart (replace by one U+FFFD)
    Incomplete, // the bytes available are a valid but unfinished prefix
};

// Decodes the sequence at p[0..n) (n >= 1). Sets cp (Ok only) and len (Ok, Invalid).
Utf8Status decodeUtf8(const unsigned char *p, size_t n, uint32_t &cp, size_t &len);

void appendUtf8(std::string &out, uint32_t cp);

// Replaces every ill-formed or truncated sequence by U+FFFD (like Rust's from_utf8_lossy).
std::string toValidUtf8(std::string_view bytes);

bool isValidUtf8(std::string_view bytes);

} // namespace sb
