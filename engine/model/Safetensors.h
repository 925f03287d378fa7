#pragma once
// safetensors files: an 8-byte little-endian header length, a JSON header
// {"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {...}}, then the data.
// Every offset, size and overlap is checked against the file size before a view is handed out.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/MappedFile.h"
#include "engine/model/Tensor.h"
#include "engine/model/TensorSource.h"

namespace sb {

// Parses and validates a safetensors image already in memory; `path` only names it in errors.
// Views point into `data`. Supported dtypes: F32, F16, BF16 (others: Unsupported, naming the tensor).
Result<std::vector<TensorView>> parseSafetensors(const std::byte *data, size_t size, const std::string &path);

class SafetensorsFile {
public:
    static Result<SafetensorsFile> open(const std::string &path);

    const std::string &path() const { return m_file.path(); }
    const std::vector<TensorView> &tensors() const { return m_tensors; }
    const TensorView *find(std::string_view name) const;
    size_t fileSize() const { return m_file.size(); }

private:
    MappedFile m_file;
    std::vector<TensorView> m_tensors; // point into m_file (stable across moves: mmap'd)
};

// Writes tensors (F32, F16 or BF16) in the order given, data aligned to 8 bytes.
Result<void> writeSafetensors(const std::string &path, const std::vector<TensorSource> &tensors,
    const std::vector<std::pair<std::string, std::string>> &metadata = {});

} // namespace sb
