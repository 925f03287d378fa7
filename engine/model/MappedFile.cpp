#include "engine/model/MappedFile.h"

#include <cerrno>
#include <cstring>
#include <utility>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX // MinGW's headers define it already
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sb {

MappedFile::~MappedFile()
{
    close();
}

MappedFile::MappedFile(MappedFile &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
#ifdef _WIN32
    , m_mapping(std::exchange(other.m_mapping, nullptr))
#endif
{
    other.m_path.clear();
}

MappedFile &MappedFile::operator=(MappedFile &&other) noexcept
{
    if (this != &other) {
        close();
        m_path = std::move(other.m_path);
        other.m_path.clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
#ifdef _WIN32
        m_mapping = std::exchange(other.m_mapping, nullptr);
#endif
    }
    return *this;
}

#ifdef _WIN32

Result<MappedFile> MappedFile::open(const std::string &path)
{
    const int wlen = MultiByteToWideChar(CP_UTF8, 0, path.c_str(), -1, nullptr, 0);
    std::wstring wpath(static_cast<size_t>(wlen > 0 ? wlen : 1), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, path.c_str(), -1, wpath.data(), wlen);
    HANDLE file = CreateFileW(
        wpath.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return makeError(GetLastError() == ERROR_FILE_NOT_FOUND ? ErrorCode::NotFound : ErrorCode::Io,
            path + ": cannot open file");
    LARGE_INTEGER size;
    if (!GetFileSizeEx(file, &size)) {
        CloseHandle(file);
        return makeError(ErrorCode::Io, path + ": cannot read file size");
    }
    MappedFile mf;
    mf.m_path = path;
    mf.m_size = static_cast<size_t>(size.QuadPart);
    if (mf.m_size > 0) {
        HANDLE mapping = CreateFileMappingW(file, nullptr, PAGE_READONLY, 0, 0, nullptr);
        if (!mapping) {
            CloseHandle(file);
            return makeError(ErrorCode::Io, path + ": cannot map file");
        }
        void *view = MapViewOfFile(mapping, FILE_MAP_READ, 0, 0, 0);
        if (!view) {
            CloseHandle(mapping);
            CloseHandle(file);
            return makeError(ErrorCode::OutOfMemory, path + ": cannot map a view of the file");
        }
        mf.m_mapping = mapping;
        mf.m_data = static_cast<const std::byte *>(view);
    }
    CloseHandle(file);
    return mf;
}

void MappedFile::close()
{
    if (m_data)
        UnmapViewOfFile(m_data);
    if (m_mapping)
        CloseHandle(static_cast<HANDLE>(m_mapping));
    m_data = nullptr;
    m_mapping = nullptr;
    m_size = 0;
}

#else

Result<MappedFile> MappedFile::open(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        return makeError(err == ENOENT ? ErrorCode::NotFound : ErrorCode::Io,
            path + ": cannot open file: " + std::strerror(err));
    }
    struct stat st { };
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return makeError(ErrorCode::Io, path + ": not a regular file");
    }
    MappedFile mf;
    mf.m_path = path;
    mf.m_size = static_cast<size_t>(st.st_size);
    if (mf.m_size > 0) {
        void *p = mmap(nullptr, mf.m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            return makeError(err == ENOMEM ? ErrorCode::OutOfMemory : ErrorCode::Io,
                path + ": cannot map file: " + std::strerror(err));
        }
        mf.m_data = static_cast<const std::byte *>(p);
    }
    ::close(fd); // the mapping keeps the file alive
    return mf;
}

void MappedFile::close()
{
    if (m_data)
        munmap(const_cast<std::byte *>(m_data), m_size);
    m_data = nullptr;
    m_size = 0;
}

#endif

} // namespace sb
