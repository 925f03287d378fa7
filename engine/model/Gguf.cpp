#include "engine/model/Gguf.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>

#include "engine/core/PathIo.h"

namespace sb {

namespace {

constexpr uint32_t kGgufMagic = 0x46554747; // "GGUF" little-endian
constexpr int kMaxDims = 4; // GGML_MAX_DIMS
constexpr uint64_t kMaxDim = uint64_t(1) << 40;

size_t scalarSize(GgufType t)
{
    switch (t) {
    case GgufType::Uint8:
    case GgufType::Int8:
    case GgufType::Bool:
        return 1;
    case GgufType::Uint16:
    case GgufType::Int16:
        return 2;
    case GgufType::Uint32:
    case GgufType::Int32:
    case GgufType::Float32:
        return 4;
    case GgufType::Uint64:
    case GgufType::Int64:
    case GgufType::Float64:
        return 8;
    case GgufType::String:
        return 8; // at least its length field
    case GgufType::Array:
        return 12;
    }
    return 0;
}

// Bounds-checked little-endian reader over the file image.
class Cursor {
public:
    Cursor(const std::byte *data, size_t size, const std::string &path)
        : m_data(data)
        , m_size(size)
        , m_path(path)
    {
    }

    size_t pos() const { return m_pos; }
    size_t remaining() const { return m_size - m_pos; }

    Result<void> need(size_t n, const std::string &what) const
    {
        if (n > remaining())
            return makeError(ErrorCode::Format,
                m_path + ": truncated at offset " + std::to_string(m_pos) + " while reading " + what
                    + " (needs " + std::to_string(n) + " bytes, " + std::to_string(remaining()) + " left)");
        return {};
    }

    template <typename T> Result<T> read(const std::string &what)
    {
        SB_TRY(need(sizeof(T), what));
        T v;
        std::memcpy(&v, m_data + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return v;
    }

    Result<std::string> readString(const std::string &what)
    {
        auto len = read<uint64_t>(what + " length");
        if (!len)
            return len.error();
        SB_TRY(need(len.value(), what));
        std::string s(reinterpret_cast<const char *>(m_data + m_pos), static_cast<size_t>(len.value()));
        m_pos += static_cast<size_t>(len.value());
        return s;
    }

private:
    const std::byte *m_data;
    size_t m_size;
    size_t m_pos = 0;
    const std::string &m_path;
};

Error formatError(const std::string &path, const std::string &what)
{
    return makeError(ErrorCode::Format, path + ": " + what);
}

bool isKnownType(uint32_t t)
{
    return t <= static_cast<uint32_t>(GgufType::Float64);
}

Result<void> readScalar(Cursor &c, GgufType t, GgufValue &v, const std::string &what)
{
    switch (t) {
    case GgufType::Uint8: {
        auto x = c.read<uint8_t>(what);
        if (!x)
            return x.error();
        v.i = x.value();
        break;
    }
    case GgufType::Int8: {
        auto x = c.read<int8_t>(what);
        if (!x)
            return x.error();
        v.i = x.value();
        break;
    }
    case GgufType::Uint16: {
        auto x = c.read<uint16_t>(what);
        if (!x)
            return x.error();
        v.i = x.value();
        break;
    }
    case GgufType::Int16: {
        auto x = c.read<int16_t>(what);
        if (!x)
            return x.error();
        v.i = x.value();
        break;
    }
    case GgufType::Uint32: {
        auto x = c.read<uint32_t>(what);
        if (!x)
            return x.error();
        v.i = x.value();
        break;
    }
    case GgufType::Int32: {
        auto x = c.read<int32_t>(what);
        if (!x)
            return x.error();
        v.i = x.value();
        break;
    }
    case GgufType::Uint64: {
        auto x = c.read<uint64_t>(what);
        if (!x)
            return x.error();
        v.i = static_cast<int64_t>(x.value());
        break;
    }
    case GgufType::Int64: {
        auto x = c.read<int64_t>(what);
        if (!x)
            return x.error();
        v.i = x.value();
        break;
    }
    case GgufType::Float32: {
        auto x = c.read<float>(what);
        if (!x)
            return x.error();
        v.f = x.value();
        break;
    }
    case GgufType::Float64: {
        auto x = c.read<double>(what);
        if (!x)
            return x.error();
        v.f = x.value();
        break;
    }
    case GgufType::Bool: {
        auto x = c.read<uint8_t>(what);
        if (!x)
            return x.error();
        if (x.value() > 1)
            return makeError(
                ErrorCode::Format, what + ": bool value " + std::to_string(x.value()) + " is not 0 or 1");
        v.i = x.value();
        break;
    }
    case GgufType::String: {
        auto s = c.readString(what);
        if (!s)
            return s.error();
        v.str = std::move(s.value());
        break;
    }
    case GgufType::Array:
        return makeError(ErrorCode::Internal, what + ": nested array");
    }
    return {};
}

Result<GgufValue> readValue(Cursor &c, GgufType type, const std::string &path, const std::string &key)
{
    GgufValue v;
    v.type = type;
    const std::string what = path + ": metadata '" + key + "'";
    if (type != GgufType::Array) {
        auto r = readScalar(c, type, v, what);
        if (!r)
            return makeError(ErrorCode::Format, r.error().message);
        return v;
    }
    auto et = c.read<uint32_t>(what + " array type");
    if (!et)
        return et.error();
    if (!isKnownType(et.value()) || et.value() == static_cast<uint32_t>(GgufType::Array))
        return makeError(
            ErrorCode::Format, what + ": unsupported array element type " + std::to_string(et.value()));
    v.arrayType = static_cast<GgufType>(et.value());
    auto n = c.read<uint64_t>(what + " array length");
    if (!n)
        return n.error();
    // Every element takes at least scalarSize bytes: a huge count in a small file is corruption.
    if (n.value() > c.remaining() / scalarSize(v.arrayType))
        return makeError(ErrorCode::Format,
            what + ": array of " + std::to_string(n.value())
                + " elements does not fit in the file (truncated or corrupted)");
    const size_t count = static_cast<size_t>(n.value());
    GgufValue e;
    if (v.arrayType == GgufType::String)
        v.strings.reserve(count);
    else if (v.arrayType == GgufType::Float32 || v.arrayType == GgufType::Float64)
        v.floats.reserve(count);
    else
        v.ints.reserve(count);
    for (size_t k = 0; k < count; ++k) {
        auto r = readScalar(c, v.arrayType, e, what);
        if (!r)
            return makeError(ErrorCode::Format, r.error().message + " (element " + std::to_string(k) + ")");
        if (v.arrayType == GgufType::String)
            v.strings.push_back(std::move(e.str));
        else if (v.arrayType == GgufType::Float32 || v.arrayType == GgufType::Float64)
            v.floats.push_back(e.f);
        else
            v.ints.push_back(e.i);
    }
    return v;
}

} // namespace

const char *ggufTypeName(GgufType t)
{
    switch (t) {
    case GgufType::Uint8:
        return "uint8";
    case GgufType::Int8:
        return "int8";
    case GgufType::Uint16:
        return "uint16";
    case GgufType::Int16:
        return "int16";
    case GgufType::Uint32:
        return "uint32";
    case GgufType::Int32:
        return "int32";
    case GgufType::Float32:
        return "float32";
    case GgufType::Bool:
        return "bool";
    case GgufType::String:
        return "string";
    case GgufType::Array:
        return "array";
    case GgufType::Uint64:
        return "uint64";
    case GgufType::Int64:
        return "int64";
    case GgufType::Float64:
        return "float64";
    }
    return "?";
}

uint32_t ggmlTypeId(DType t)
{
    switch (t) {
    case DType::F32:
        return 0;
    case DType::F16:
        return 1;
    case DType::Q4_0:
        return 2;
    case DType::Q8_0:
        return 8;
    case DType::Q4_K:
        return 12;
    case DType::Q6_K:
        return 14;
    case DType::BF16:
        return 30;
    }
    return 0;
}

std::optional<DType> dtypeFromGgmlType(uint32_t id)
{
    switch (id) {
    case 0:
        return DType::F32;
    case 1:
        return DType::F16;
    case 2:
        return DType::Q4_0;
    case 8:
        return DType::Q8_0;
    case 12:
        return DType::Q4_K;
    case 14:
        return DType::Q6_K;
    case 30:
        return DType::BF16;
    default:
        return std::nullopt;
    }
}

const char *ggmlTypeName(uint32_t id)
{
    static const char *names[] = { "F32", "F16", "Q4_0", "Q4_1", "Q4_2", "Q4_3", "Q5_0", "Q5_1", "Q8_0",
        "Q8_1", "Q2_K", "Q3_K", "Q4_K", "Q5_K", "Q6_K", "Q8_K", "IQ2_XXS", "IQ2_XS", "IQ3_XXS", "IQ1_S",
        "IQ4_NL", "IQ3_S", "IQ2_S", "IQ4_XS", "I8", "I16", "I32", "I64", "F64", "IQ1_M", "BF16" };
    return id < std::size(names) ? names[id] : "unknown";
}

bool GgufValue::isInteger() const
{
    switch (type) {
    case GgufType::Uint8:
    case GgufType::Int8:
    case GgufType::Uint16:
    case GgufType::Int16:
    case GgufType::Uint32:
    case GgufType::Int32:
    case GgufType::Uint64:
    case GgufType::Int64:
        return true;
    default:
        return false;
    }
}

GgufValue GgufValue::string(std::string s)
{
    GgufValue v;
    v.type = GgufType::String;
    v.str = std::move(s);
    return v;
}
GgufValue GgufValue::u32(uint32_t x)
{
    GgufValue v;
    v.type = GgufType::Uint32;
    v.i = x;
    return v;
}
GgufValue GgufValue::i32(int32_t x)
{
    GgufValue v;
    v.type = GgufType::Int32;
    v.i = x;
    return v;
}
GgufValue GgufValue::u64(uint64_t x)
{
    GgufValue v;
    v.type = GgufType::Uint64;
    v.i = static_cast<int64_t>(x);
    return v;
}
GgufValue GgufValue::f32(float x)
{
    GgufValue v;
    v.type = GgufType::Float32;
    v.f = x;
    return v;
}
GgufValue GgufValue::boolean(bool x)
{
    GgufValue v;
    v.type = GgufType::Bool;
    v.i = x ? 1 : 0;
    return v;
}

GgufValue GgufValue::stringArray(std::vector<std::string> s)
{
    GgufValue v;
    v.type = GgufType::Array;
    v.arrayType = GgufType::String;
    v.strings = std::move(s);
    return v;
}

GgufValue GgufValue::i32Array(std::vector<int32_t> a)
{
    GgufValue v;
    v.type = GgufType::Array;
    v.arrayType = GgufType::Int32;
    v.ints.assign(a.begin(), a.end());
    return v;
}

GgufValue GgufValue::f32Array(std::vector<float> a)
{
    GgufValue v;
    v.type = GgufType::Array;
    v.arrayType = GgufType::Float32;
    v.floats.assign(a.begin(), a.end());
    return v;
}

Result<GgufFile> GgufFile::open(const std::string &path)
{
    auto mapped = MappedFile::open(path);
    if (!mapped)
        return mapped.error();
    auto parsed = parse(mapped->data(), mapped->size(), path);
    if (!parsed)
        return parsed.error();
    parsed->m_file = std::move(mapped.value()); // the mapping's address does not change
    return parsed;
}

Result<GgufFile> GgufFile::parse(const std::byte *data, size_t size, const std::string &path)
{
    GgufFile g;
    g.m_path = path;
    g.m_size = size;
    Cursor c(data, size, path);
    auto magic = c.read<uint32_t>("magic");
    if (!magic)
        return magic.error();
    if (magic.value() != kGgufMagic)
        return formatError(path, "not a GGUF file (bad magic)");
    auto version = c.read<uint32_t>("version");
    if (!version)
        return version.error();
    if (version.value() != 2 && version.value() != 3)
        return makeError(ErrorCode::Unsupported,
            path + ": GGUF version " + std::to_string(version.value()) + " is not supported (2 and 3 are)");
    g.m_version = version.value();
    auto nTensors = c.read<uint64_t>("tensor count");
    if (!nTensors)
        return nTensors.error();
    auto nKv = c.read<uint64_t>("metadata count");
    if (!nKv)
        return nKv.error();
    // A tensor info takes at least 8+4+8+4+8 bytes, a key/value at least 8+4+1.
    if (nTensors.value() > c.remaining() / 32)
        return formatError(
            path, "tensor count " + std::to_string(nTensors.value()) + " does not fit in the file");
    if (nKv.value() > c.remaining() / 13)
        return formatError(
            path, "metadata count " + std::to_string(nKv.value()) + " does not fit in the file");

    std::set<std::string, std::less<>> keys;
    for (uint64_t k = 0; k < nKv.value(); ++k) {
        auto key = c.readString("metadata key " + std::to_string(k));
        if (!key)
            return key.error();
        if (!keys.insert(key.value()).second)
            return formatError(path, "duplicate metadata key '" + key.value() + "'");
        auto type = c.read<uint32_t>("type of metadata '" + key.value() + "'");
        if (!type)
            return type.error();
        if (!isKnownType(type.value()))
            return formatError(
                path, "metadata '" + key.value() + "' has unknown type " + std::to_string(type.value()));
        auto value = readValue(c, static_cast<GgufType>(type.value()), path, key.value());
        if (!value)
            return value.error();
        g.m_kv.emplace_back(std::move(key.value()), std::move(value.value()));
    }
    if (const GgufValue *a = g.find("general.alignment")) {
        if (a->type != GgufType::Uint32 || a->i <= 0 || (a->i & (a->i - 1)) != 0 || a->i > (1 << 20))
            return formatError(path, "general.alignment must be a power-of-two uint32");
        g.m_alignment = static_cast<uint64_t>(a->i);
    }

    struct Info {
        uint64_t offset;
        size_t bytes;
    };
    std::vector<Info> infos;
    std::set<std::string, std::less<>> names;
    for (uint64_t t = 0; t < nTensors.value(); ++t) {
        auto name = c.readString("tensor info " + std::to_string(t) + " name");
        if (!name)
            return name.error();
        const std::string where = "tensor '" + name.value() + "'";
        if (!names.insert(name.value()).second)
            return formatError(path, "duplicate " + where);
        auto nDims = c.read<uint32_t>(where + " dimension count");
        if (!nDims)
            return nDims.error();
        if (nDims.value() == 0 || nDims.value() > kMaxDims)
            return formatError(
                path, where + " has " + std::to_string(nDims.value()) + " dimensions (1 to 4 allowed)");
        TensorView v;
        v.name = name.value();
        v.shape.resize(nDims.value());
        for (uint32_t d = 0; d < nDims.value(); ++d) {
            auto ne = c.read<uint64_t>(where + " dimension");
            if (!ne)
                return ne.error();
            if (ne.value() > kMaxDim)
                return formatError(
                    path, where + " has an implausible dimension " + std::to_string(ne.value()));
            v.shape[nDims.value() - 1 - d] = static_cast<int64_t>(ne.value()); // innermost first in the file
        }
        auto type = c.read<uint32_t>(where + " type");
        if (!type)
            return type.error();
        const auto dtype = dtypeFromGgmlType(type.value());
        if (!dtype)
            return makeError(ErrorCode::Unsupported,
                path + ": " + where + " has ggml type " + ggmlTypeName(type.value()) + " ("
                    + std::to_string(type.value())
                    + "), which is not supported (F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q6_K are)");
        v.dtype = dtype.value();
        auto offset = c.read<uint64_t>(where + " offset");
        if (!offset)
            return offset.error();
        if (v.shape.back() % dtypeBlockSize(v.dtype) != 0)
            return formatError(path,
                where + ": row of " + std::to_string(v.shape.back()) + " elements is not a whole number of "
                    + dtypeName(v.dtype) + " blocks");
        const size_t bytes = tensorBytes(v.dtype, v.shape);
        if (bytes == 0 && !v.hasZeroDim())
            return formatError(path, where + ": size overflows");
        if (offset.value() % g.m_alignment != 0)
            return formatError(path,
                where + ": offset " + std::to_string(offset.value()) + " is not aligned to "
                    + std::to_string(g.m_alignment));
        v.nbytes = bytes;
        infos.push_back({ offset.value(), bytes });
        g.m_tensors.push_back(std::move(v));
    }
    const uint64_t dataOffset = (c.pos() + g.m_alignment - 1) / g.m_alignment * g.m_alignment;
    if (dataOffset > size && !g.m_tensors.empty())
        return formatError(path,
            "truncated before the tensor data (data section at " + std::to_string(dataOffset) + ", file size "
                + std::to_string(size) + ")");
    g.m_dataOffset = dataOffset;
    const uint64_t dataSize = size >= dataOffset ? size - dataOffset : 0;
    for (size_t t = 0; t < g.m_tensors.size(); ++t) {
        const Info &in = infos[t];
        if (in.offset > dataSize || in.bytes > dataSize - in.offset)
            return formatError(path,
                "tensor '" + g.m_tensors[t].name + "': data [" + std::to_string(in.offset) + ", +"
                    + std::to_string(in.bytes) + ") lies beyond the end of the file's data section ("
                    + std::to_string(dataSize) + " bytes; truncated?)");
        g.m_tensors[t].data = data + dataOffset + in.offset;
    }
    std::vector<size_t> order(infos.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(
        order.begin(), order.end(), [&](size_t a, size_t b) { return infos[a].offset < infos[b].offset; });
    for (size_t k = 1; k < order.size(); ++k) {
        const Info &prev = infos[order[k - 1]], &cur = infos[order[k]];
        if (prev.bytes != 0 && cur.bytes != 0 && cur.offset < prev.offset + prev.bytes)
            return formatError(path,
                "tensor '" + g.m_tensors[order[k]].name + "': data overlaps tensor '"
                    + g.m_tensors[order[k - 1]].name + "'");
    }
    return g;
}

const GgufValue *GgufFile::find(std::string_view key) const
{
    for (const auto &kv : m_kv) {
        if (kv.first == key)
            return &kv.second;
    }
    return nullptr;
}

std::optional<std::string> GgufFile::getString(std::string_view key) const
{
    const GgufValue *v = find(key);
    if (!v || v->type != GgufType::String)
        return std::nullopt;
    return v->str;
}

std::optional<int64_t> GgufFile::getInt(std::string_view key) const
{
    const GgufValue *v = find(key);
    if (!v || !v->isInteger())
        return std::nullopt;
    return v->i;
}

std::optional<double> GgufFile::getFloat(std::string_view key) const
{
    const GgufValue *v = find(key);
    if (!v)
        return std::nullopt;
    if (v->isFloat())
        return v->f;
    if (v->isInteger())
        return static_cast<double>(v->i);
    return std::nullopt;
}

const TensorView *GgufFile::findTensor(std::string_view name) const
{
    for (const TensorView &t : m_tensors) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

// ---- writer ----

void GgufWriter::set(std::string key, GgufValue value)
{
    for (auto &kv : m_kv) {
        if (kv.first == key) {
            kv.second = std::move(value);
            return;
        }
    }
    m_kv.emplace_back(std::move(key), std::move(value));
}

void GgufWriter::addTensor(TensorSource tensor)
{
    m_tensors.push_back(std::move(tensor));
}

namespace {

class Out {
public:
    explicit Out(std::FILE *f)
        : m_f(f)
    {
    }
    template <typename T> void put(T v) { bytes(&v, sizeof v); }
    void bytes(const void *p, size_t n)
    {
        if (n && std::fwrite(p, 1, n, m_f) != n)
            m_ok = false;
        m_pos += n;
    }
    void str(const std::string &s)
    {
        put<uint64_t>(s.size());
        bytes(s.data(), s.size());
    }
    void pad(uint64_t alignment)
    {
        static const char zeros[64] = {};
        while (m_pos % alignment != 0)
            bytes(zeros, std::min<uint64_t>(sizeof zeros, alignment - m_pos % alignment));
    }
    uint64_t pos() const { return m_pos; }
    bool ok() const { return m_ok; }

private:
    std::FILE *m_f;
    uint64_t m_pos = 0;
    bool m_ok = true;
};

void putScalar(Out &o, GgufType t, int64_t i, double f, const std::string &s)
{
    switch (t) {
    case GgufType::Uint8:
        o.put(static_cast<uint8_t>(i));
        break;
    case GgufType::Int8:
        o.put(static_cast<int8_t>(i));
        break;
    case GgufType::Uint16:
        o.put(static_cast<uint16_t>(i));
        break;
    case GgufType::Int16:
        o.put(static_cast<int16_t>(i));
        break;
    case GgufType::Uint32:
        o.put(static_cast<uint32_t>(i));
        break;
    case GgufType::Int32:
        o.put(static_cast<int32_t>(i));
        break;
    case GgufType::Uint64:
        o.put(static_cast<uint64_t>(i));
        break;
    case GgufType::Int64:
        o.put(i);
        break;
    case GgufType::Float32:
        o.put(static_cast<float>(f));
        break;
    case GgufType::Float64:
        o.put(f);
        break;
    case GgufType::Bool:
        o.put(static_cast<uint8_t>(i != 0));
        break;
    case GgufType::String:
        o.str(s);
        break;
    case GgufType::Array:
        break;
    }
}

} // namespace

Result<void> GgufWriter::write(const std::string &path, const ProgressFn &progress) const
{
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> f(fopenUtf8(path, "wb"), &std::fclose);
    if (!f)
        return makeError(ErrorCode::Io, path + ": cannot create file");
    Out o(f.get());
    o.put<uint32_t>(kGgufMagic);
    o.put<uint32_t>(3);
    o.put<uint64_t>(m_tensors.size());
    bool hasAlignment = false;
    for (const auto &kv : m_kv)
        hasAlignment |= kv.first == "general.alignment";
    o.put<uint64_t>(m_kv.size() + (hasAlignment || m_alignment == 32 ? 0 : 1));
    for (const auto &[key, v] : m_kv) {
        o.str(key);
        o.put<uint32_t>(static_cast<uint32_t>(v.type));
        if (v.type != GgufType::Array) {
            putScalar(o, v.type, v.i, v.f, v.str);
            continue;
        }
        o.put<uint32_t>(static_cast<uint32_t>(v.arrayType));
        o.put<uint64_t>(v.arraySize());
        for (const std::string &s : v.strings)
            putScalar(o, GgufType::String, 0, 0, s);
        for (int64_t i : v.ints)
            putScalar(o, v.arrayType, i, 0, {});
        for (double d : v.floats)
            putScalar(o, v.arrayType, 0, d, {});
    }
    if (!hasAlignment && m_alignment != 32) {
        o.str("general.alignment");
        o.put<uint32_t>(static_cast<uint32_t>(GgufType::Uint32));
        o.put<uint32_t>(m_alignment);
    }
    ModelProgress p;
    p.tensorsTotal = static_cast<int64_t>(m_tensors.size());
    uint64_t offset = 0;
    std::vector<size_t> sizes;
    for (const TensorSource &t : m_tensors) {
        const size_t n = tensorBytes(t.dtype, t.shape);
        if (t.shape.empty() || t.shape.size() > kMaxDims || (n == 0 && !t.shape.empty()))
            return makeError(ErrorCode::InvalidArgument,
                path + ": tensor '" + t.name + "' has an invalid shape for " + dtypeName(t.dtype));
        sizes.push_back(n);
        o.str(t.name);
        o.put<uint32_t>(static_cast<uint32_t>(t.shape.size()));
        for (auto it = t.shape.rbegin(); it != t.shape.rend(); ++it)
            o.put<uint64_t>(static_cast<uint64_t>(*it));
        o.put<uint32_t>(ggmlTypeId(t.dtype));
        o.put<uint64_t>(offset);
        offset = (offset + n + m_alignment - 1) / m_alignment * m_alignment;
        p.bytesTotal += n;
    }
    o.pad(m_alignment);
    for (size_t k = 0; k < m_tensors.size(); ++k) {
        auto bytes = m_tensors[k].bytes();
        if (!bytes)
            return bytes.error();
        if (bytes->size() != sizes[k])
            return makeError(ErrorCode::Internal,
                path + ": tensor '" + m_tensors[k].name + "': producer gave " + std::to_string(bytes->size())
                    + " bytes, expected " + std::to_string(sizes[k]));
        o.bytes(bytes->data(), bytes->size());
        o.pad(m_alignment);
        if (!o.ok())
            return makeError(ErrorCode::Io, path + ": write failed (disk full?)");
        ++p.tensorsDone;
        p.bytesDone += sizes[k];
        if (progress && !progress(p))
            return makeError(ErrorCode::Cancelled, path + ": writing cancelled");
    }
    if (!o.ok() || std::fflush(f.get()) != 0)
        return makeError(ErrorCode::Io, path + ": write failed (disk full?)");
    return {};
}

} // namespace sb
