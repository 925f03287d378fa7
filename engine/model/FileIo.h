#pragma once
// Small whole-file helpers for text side files (config.json, tokenizer.json, index files).
// Weights are never read this way: they are memory-mapped (MappedFile).

#include <string>
#include <string_view>

#include "engine/core/Result.h"

namespace sb {

// Reads a text file; files larger than maxBytes are refused (a corrupted index cannot make us
// allocate gigabytes).
Result<std::string> readTextFile(const std::string &path, size_t maxBytes = 256u * 1024 * 1024);
Result<void> writeTextFile(const std::string &path, std::string_view content);
Result<void> copyFile(const std::string &from, const std::string &to);

} // namespace sb
