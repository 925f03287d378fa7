#pragma once
// A read-only memory mapping of a whole file (mmap on POSIX, MapViewOfFile on Windows). Weights
// are viewed in place; nothing is read into RAM until a page is touched. Move-only.

#include <cstddef>
#include <string>

#include "engine/core/Result.h"

namespace sb {

class MappedFile {
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(MappedFile &&other) noexcept;
    MappedFile &operator=(MappedFile &&other) noexcept;
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    static Result<MappedFile> open(const std::string &path);

    const std::byte *data() const { return m_data; }
    size_t size() const { return m_size; }
    const std::string &path() const { return m_path; }
    bool isOpen() const { return !m_path.empty(); }

private:
    void close();

    std::string m_path;
    const std::byte *m_data = nullptr; // null for an empty file
    size_t m_size = 0;
#ifdef _WIN32
    void *m_mapping = nullptr;
#endif
};

} // namespace sb
