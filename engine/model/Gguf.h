#pragma once
// GGUF v2/v3 (llama.cpp's model file): header, typed metadata key/values (arrays included),
// tensor infos, aligned data section. The reader checks every count, length, offset and size
// against the file before handing out a view; the writer emits the same layout.
// GGUF dims are innermost first; TensorView shapes here are outermost first (reversed).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/core/Result.h"
#include "engine/model/MappedFile.h"
#include "engine/model/Tensor.h"
#include "engine/model/TensorSource.h"

namespace sb {

enum class GgufType : uint32_t {
    Uint8 = 0,
    Int8 = 1,
    Uint16 = 2,
    Int16 = 3,
    Uint32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    Uint64 = 10,
    Int64 = 11,
    Float64 = 12,
};
const char *ggufTypeName(GgufType t);

// ggml_type ids of the dtypes we read and write (GGML_TYPE_F32 = 0, F16 = 1, Q4_0 = 2,
// Q8_0 = 8, Q4_K = 12, Q6_K = 14, BF16 = 30).
uint32_t ggmlTypeId(DType t);
std::optional<DType> dtypeFromGgmlType(uint32_t ggmlType);
const char *ggmlTypeName(uint32_t ggmlType); // any ggml type id, for error messages

struct GgufValue {
    GgufType type = GgufType::Uint32;
    GgufType arrayType = GgufType::Uint8; // element type when type == Array
    // Scalars: integers (and bools) in `i` (Uint64 above INT64_MAX wraps), floats in `f`.
    int64_t i = 0;
    double f = 0.0;
    std::string str;
    // Arrays: string elements in `strings`, integer/bool elements in `ints`, float ones in `floats`.
    std::vector<std::string> strings;
    std::vector<int64_t> ints;
    std::vector<double> floats;

    bool isInteger() const;
    bool isFloat() const { return type == GgufType::Float32 || type == GgufType::Float64; }
    size_t arraySize() const { return strings.size() + ints.size() + floats.size(); }

    static GgufValue string(std::string s);
    static GgufValue u32(uint32_t v);
    static GgufValue i32(int32_t v);
    static GgufValue u64(uint64_t v);
    static GgufValue f32(float v);
    static GgufValue boolean(bool v);
    static GgufValue stringArray(std::vector<std::string> v);
    static GgufValue i32Array(std::vector<int32_t> v);
    static GgufValue f32Array(std::vector<float> v);
};

class GgufFile {
public:
    static Result<GgufFile> open(const std::string &path);
    // Parses an image already in memory (views point into it; it must outlive the result);
    // `path` only names it in errors.
    static Result<GgufFile> parse(const std::byte *data, size_t size, const std::string &path);

    const std::string &path() const { return m_path; }
    uint32_t version() const { return m_version; }
    uint64_t alignment() const { return m_alignment; }
    uint64_t dataOffset() const { return m_dataOffset; }
    size_t fileSize() const { return m_size; }

    const std::vector<std::pair<std::string, GgufValue>> &metadata() const { return m_kv; }
    const GgufValue *find(std::string_view key) const;
    // Typed lookups: nullopt when absent or of another kind.
    std::optional<std::string> getString(std::string_view key) const;
    std::optional<int64_t> getInt(std::string_view key) const;
    std::optional<double> getFloat(std::string_view key) const; // floats and integers

    const std::vector<TensorView> &tensors() const { return m_tensors; }
    const TensorView *findTensor(std::string_view name) const;

private:
    MappedFile m_file; // empty when parsed from memory
    std::string m_path;
    size_t m_size = 0;
    uint32_t m_version = 0;
    uint64_t m_alignment = 32;
    uint64_t m_dataOffset = 0;
    std::vector<std::pair<std::string, GgufValue>> m_kv;
    std::vector<TensorView> m_tensors;
};

class GgufWriter {
public:
    void set(std::string key, GgufValue value); // replaces an existing key
    void addTensor(TensorSource tensor);
    void setAlignment(uint32_t alignment) { m_alignment = alignment; } // power of two
    // Writes version 3. `progress` is called after each tensor; false cancels.
    Result<void> write(const std::string &path, const ProgressFn &progress = {}) const;

private:
    uint32_t m_alignment = 32;
    std::vector<std::pair<std::string, GgufValue>> m_kv;
    std::vector<TensorSource> m_tensors;
};

} // namespace sb
