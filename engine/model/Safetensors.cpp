#include "engine/model/Safetensors.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

#include "engine/core/Json.h"
#include "engine/core/PathIo.h"

namespace sb {

namespace {

constexpr uint64_t kMaxHeaderBytes = 100u * 1024 * 1024; // the format's own limit

Error formatError(const std::string &path, const std::string &what)
{
    return makeError(ErrorCode::Format, path + ": " + what);
}

Error tensorError(const std::string &path, const std::string &tensor, const std::string &what)
{
    return makeError(ErrorCode::Format, path + ": tensor '" + tensor + "': " + what);
}

bool parseDType(const std::string &s, DType &out)
{
    if (s == "F32")
        out = DType::F32;
    else if (s == "F16")
        out = DType::F16;
    else if (s == "BF16")
        out = DType::BF16;
    else
        return false;
    return true;
}

bool isKnownSafetensorsDType(const std::string &s)
{
    static const char *known[]
        = { "BOOL", "U8", "I8", "I16", "U16", "I32", "U32", "I64", "U64", "F64", "F8_E4M3", "F8_E5M2" };
    return std::any_of(std::begin(known), std::end(known), [&](const char *k) { return s == k; });
}

} // namespace

size_t tensorBytes(DType dtype, const std::vector<int64_t> &shape)
{
    uint64_t rows = 1;
    int64_t cols = 1;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] < 0)
            return 0;
        if (i + 1 == shape.size())
            cols = shape[i];
        else if (__builtin_mul_overflow(rows, static_cast<uint64_t>(shape[i]), &rows))
            return 0;
    }
    if (cols % dtypeBlockSize(dtype) != 0)
        return 0;
    uint64_t total = 0;
    if (__builtin_mul_overflow(rows, static_cast<uint64_t>(dtypeRowBytes(dtype, cols)), &total))
        return 0;
    return static_cast<size_t>(total);
}

Result<std::vector<TensorView>> parseSafetensors(const std::byte *data, size_t size, const std::string &path)
{
    if (size < 8)
        return formatError(
            path, "file of " + std::to_string(size) + " bytes is too short for a safetensors header");
    uint64_t headerLen = 0;
    for (int i = 7; i >= 0; --i)
        headerLen = (headerLen << 8) | static_cast<uint8_t>(data[i]);
    if (headerLen > kMaxHeaderBytes || headerLen > size - 8)
        return formatError(path,
            "header length " + std::to_string(headerLen) + " exceeds the file size " + std::to_string(size)
                + " (truncated or not a safetensors file)");
    const std::string_view headerText(
        reinterpret_cast<const char *>(data + 8), static_cast<size_t>(headerLen));
    auto header = Json::parse(headerText);
    if (!header)
        return formatError(path, "invalid JSON header: " + header.error().message);
    if (!header->isObject())
        return formatError(path, "JSON header is not an object");

    const std::byte *dataStart = data + 8 + headerLen;
    const uint64_t dataSize = size - 8 - headerLen;
    std::vector<TensorView> views;
    std::vector<std::pair<uint64_t, uint64_t>> ranges; // [begin, end) per view
    for (const auto &[name, entry] : header->asObject()) {
        if (name == "__metadata__")
            continue;
        if (!entry.isObject())
            return tensorError(path, name, "header entry is not an object");
        const Json &dtypeJson = entry["dtype"];
        const Json &shapeJson = entry["shape"];
        const Json &offsetsJson = entry["data_offsets"];
        if (!dtypeJson.isString())
            return tensorError(path, name, "missing or non-string \"dtype\"");
        TensorView v;
        v.name = name;
        if (!parseDType(dtypeJson.asString(), v.dtype)) {
            if (isKnownSafetensorsDType(dtypeJson.asString()))
                return makeError(ErrorCode::Unsupported,
                    path + ": tensor '" + name + "': dtype " + dtypeJson.asString()
                        + " is not supported (F32, F16, BF16 are)");
            return tensorError(path, name, "unknown dtype \"" + dtypeJson.asString() + "\"");
        }
        if (!shapeJson.isArray() || shapeJson.size() > 8)
            return tensorError(path, name, "\"shape\" must be an array of at most 8 dimensions");
        for (const Json &d : shapeJson.asArray()) {
            if (!d.isInteger() || d.asInt64() < 0 || d.asInt64() > (int64_t(1) << 40))
                return tensorError(path, name, "\"shape\" has an invalid dimension");
            v.shape.push_back(d.asInt64());
        }
        if (!offsetsJson.isArray() || offsetsJson.size() != 2 || !offsetsJson[0].isInteger()
            || !offsetsJson[1].isInteger() || offsetsJson[0].asInt64() < 0 || offsetsJson[1].asInt64() < 0)
            return tensorError(path, name, "\"data_offsets\" must be two non-negative integers");
        const uint64_t begin = static_cast<uint64_t>(offsetsJson[0].asInt64());
        const uint64_t end = static_cast<uint64_t>(offsetsJson[1].asInt64());
        if (begin > end)
            return tensorError(
                path, name, "data_offsets begin " + std::to_string(begin) + " > end " + std::to_string(end));
        if (end > dataSize)
            return tensorError(path, name,
                "data ends at " + std::to_string(end) + " but the file holds only " + std::to_string(dataSize)
                    + " data bytes (truncated?)");
        const size_t expected = tensorBytes(v.dtype, v.shape);
        const bool empty = v.hasZeroDim();
        if ((expected == 0 && !empty) || end - begin != expected)
            return tensorError(path, name,
                "holds " + std::to_string(end - begin) + " bytes but shape and dtype need "
                    + std::to_string(expected));
        v.data = dataStart + begin;
        v.nbytes = static_cast<size_t>(end - begin);
        ranges.emplace_back(begin, end);
        views.push_back(std::move(v));
    }
    // No two tensors may share bytes.
    std::vector<size_t> order(views.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ranges[a] < ranges[b]; });
    for (size_t k = 1; k < order.size(); ++k) {
        const auto &prev = ranges[order[k - 1]];
        const auto &cur = ranges[order[k]];
        if (cur.first < prev.second && cur.first != cur.second && prev.first != prev.second)
            return tensorError(
                path, views[order[k]].name, "data overlaps tensor '" + views[order[k - 1]].name + "'");
    }
    return views;
}

const TensorView *SafetensorsFile::find(std::string_view name) const
{
    for (const TensorView &v : m_tensors) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

Result<SafetensorsFile> SafetensorsFile::open(const std::string &path)
{
    auto mapped = MappedFile::open(path);
    if (!mapped)
        return mapped.error();
    SafetensorsFile f;
    f.m_file = std::move(mapped.value());
    auto views = parseSafetensors(f.m_file.data(), f.m_file.size(), path);
    if (!views)
        return views.error();
    f.m_tensors = std::move(views.value());
    return f;
}

Result<void> writeSafetensors(const std::string &path, const std::vector<TensorSource> &tensors,
    const std::vector<std::pair<std::string, std::string>> &metadata)
{
    std::string header = "{";
    if (!metadata.empty()) {
        header += "\"__metadata__\":{";
        for (size_t i = 0; i < metadata.size(); ++i) {
            if (i)
                header += ',';
            appendJsonString(header, metadata[i].first);
            header += ':';
            appendJsonString(header, metadata[i].second);
        }
        header += "}";
    }
    uint64_t offset = 0;
    std::vector<size_t> sizes;
    for (const TensorSource &t : tensors) {
        if (t.dtype != DType::F32 && t.dtype != DType::F16 && t.dtype != DType::BF16)
            return makeError(ErrorCode::Unsupported,
                path + ": tensor '" + t.name + "': safetensors cannot store " + dtypeName(t.dtype));
        const size_t n = tensorBytes(t.dtype, t.shape);
        sizes.push_back(n);
        if (header.size() > 1)
            header += ',';
        appendJsonString(header, t.name);
        header += ":{\"dtype\":\"";
        header += dtypeName(t.dtype);
        header += "\",\"shape\":[";
        for (size_t i = 0; i < t.shape.size(); ++i)
            header += (i ? "," : "") + std::to_string(t.shape[i]);
        header += "],\"data_offsets\":[" + std::to_string(offset) + "," + std::to_string(offset + n) + "]}";
        offset += n;
    }
    header += "}";
    while ((header.size() + 8) % 8 != 0) // pad with spaces so the data starts 8-aligned
        header += ' ';

    std::unique_ptr<std::FILE, int (*)(std::FILE *)> f(fopenUtf8(path, "wb"), &std::fclose);
    if (!f)
        return makeError(ErrorCode::Io, path + ": cannot create file");
    uint8_t len[8];
    for (int i = 0; i < 8; ++i)
        len[i] = static_cast<uint8_t>(static_cast<uint64_t>(header.size()) >> (8 * i));
    if (std::fwrite(len, 1, 8, f.get()) != 8
        || std::fwrite(header.data(), 1, header.size(), f.get()) != header.size())
        return makeError(ErrorCode::Io, path + ": write failed");
    for (size_t i = 0; i < tensors.size(); ++i) {
        auto bytes = tensors[i].bytes();
        if (!bytes)
            return bytes.error();
        if (bytes->size() != sizes[i])
            return makeError(ErrorCode::Internal,
                path + ": tensor '" + tensors[i].name + "': producer gave " + std::to_string(bytes->size())
                    + " bytes, expected " + std::to_string(sizes[i]));
        if (!bytes->empty() && std::fwrite(bytes->data(), 1, bytes->size(), f.get()) != bytes->size())
            return makeError(ErrorCode::Io, path + ": write failed (disk full?)");
    }
    if (std::fflush(f.get()) != 0)
        return makeError(ErrorCode::Io, path + ": write failed (disk full?)");
    return {};
}

} // namespace sb
