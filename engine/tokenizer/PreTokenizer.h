#pragma once
// The Llama 3 pre-tokenizer, written out by hand instead of with a regex engine:
//   (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}|
//   ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
// Every character falls in one alternative, so the pieces tile the text exactly.

#include <cstdint>
#include <string_view>
#include <vector>

namespace sb {

struct TextPiece {
    uint32_t begin; // byte offset into the text
    uint32_t end; // one past the last byte
};

// Appends the pieces of text to out. Ill-formed UTF-8 bytes are kept, one "other" (punctuation
// class) character each, so byte-level BPE still round-trips them.
void preTokenizeLlama3(std::string_view text, std::vector<TextPiece> &out);

} // namespace sb
