#include "engine/model/FileIo.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "engine/core/PathIo.h"

namespace sb {

namespace {

using FilePtr = std::unique_ptr<std::FILE, int (*)(std::FILE *)>;

FilePtr openFile(const std::string &path, const char *mode)
{
    return FilePtr(fopenUtf8(path, mode), &std::fclose);
}

} // namespace

Result<std::string> readTextFile(const std::string &path, size_t maxBytes)
{
    FilePtr f = openFile(path, "rb");
    if (!f) {
        const int err = errno;
        return makeError(err == ENOENT ? ErrorCode::NotFound : ErrorCode::Io,
            path + ": cannot open file: " + std::strerror(err));
    }
    std::string out;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
        if (out.size() + n > maxBytes)
            return makeError(
                ErrorCode::Format, path + ": file is larger than " + std::to_string(maxBytes) + " bytes");
        out.append(buf, n);
    }
    if (std::ferror(f.get()))
        return makeError(ErrorCode::Io, path + ": read failed");
    return out;
}

Result<void> writeTextFile(const std::string &path, std::string_view content)
{
    FilePtr f = openFile(path, "wb");
    if (!f)
        return makeError(ErrorCode::Io, path + ": cannot create file: " + std::strerror(errno));
    if (std::fwrite(content.data(), 1, content.size(), f.get()) != content.size()
        || std::fflush(f.get()) != 0)
        return makeError(ErrorCode::Io, path + ": write failed");
    return {};
}

Result<void> copyFile(const std::string &from, const std::string &to)
{
    FilePtr in = openFile(from, "rb");
    if (!in)
        return makeError(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io, from + ": cannot open file");
    FilePtr out = openFile(to, "wb");
    if (!out)
        return makeError(ErrorCode::Io, to + ": cannot create file");
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, in.get())) > 0) {
        if (std::fwrite(buf, 1, n, out.get()) != n)
            return makeError(ErrorCode::Io, to + ": write failed");
    }
    if (std::ferror(in.get()))
        return makeError(ErrorCode::Io, from + ": read failed");
    if (std::fflush(out.get()) != 0)
        return makeError(ErrorCode::Io, to + ": write failed");
    return {};
}

} // namespace sb
