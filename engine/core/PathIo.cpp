#include "engine/core/PathIo.h"

namespace sb {

std::filesystem::path pathFromUtf8(const std::string &utf8)
{
    return std::filesystem::path(std::u8string(reinterpret_cast<const char8_t *>(utf8.data()), utf8.size()));
}

std::string pathToUtf8(const std::filesystem::path &path)
{
    const std::u8string u8 = path.u8string();
    return std::string(reinterpret_cast<const char *>(u8.data()), u8.size());
}

std::FILE *fopenUtf8(const std::string &utf8Path, const char *mode)
{
#ifdef _WIN32
    std::wstring wmode;
    for (const char *m = mode; *m; ++m)
        wmode += wchar_t(*m);
    return _wfopen(pathFromUtf8(utf8Path).c_str(), wmode.c_str());
#else
    return std::fopen(utf8Path.c_str(), mode);
#endif
}

} // namespace sb
