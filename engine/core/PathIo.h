#pragma once
// File paths in the engine are UTF-8 std::strings (what Qt's toStdString() and every JSON file
// give). On Windows the narrow C and C++ file APIs read them in the ANSI code page, so a model
// under "C:\Users\Zoë\models" would not open; these helpers go through std::filesystem::path,
// which holds the wide form there, and through _wfopen. On Linux and macOS they are the plain calls.

#include <cstdio>
#include <filesystem>
#include <string>

namespace sb {

// UTF-8 string -> path (never through the ANSI code page).
std::filesystem::path pathFromUtf8(const std::string &utf8);
// path -> UTF-8 string (std::filesystem::path::string() would use the ANSI code page on Windows).
std::string pathToUtf8(const std::filesystem::path &path);
// fopen for a UTF-8 path.
std::FILE *fopenUtf8(const std::string &utf8Path, const char *mode);

} // namespace sb
