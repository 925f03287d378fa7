#include "vulkan/DeviceWeight.h"

#include <algorithm>
#include <cstring>

#include "model/Dequant.h"
#include "model/Half.h"

namespace sb {

uint64_t DeviceWeight::bytes() const
{
    uint64_t n = 0;
    for (const Chunk &c : chunks)
        n += c.buffer.size;
    return n;
}

bool deviceSupportsDType(DType t)
{
    return t == DType::F32 || t == DType::F16 || t == DType::BF16 || t == DType::Q8_0 || t == DType::Q4_0;
}

DType deviceDTypeFor(DType t)
{
    return deviceSupportsDType(t) ? t : DType::F16;
}

StagingUploader::StagingUploader(VulkanContext &ctx, uint64_t totalBytes, UploadProgressFn progress)
    : m_ctx(ctx), m_total(totalBytes), m_progress(std::move(progress))
{
}

StagingUploader::~StagingUploader()
{
    if (m_staging.valid())
        m_ctx.destroyBuffer(m_staging);
}

Result<void> StagingUploader::init(uint64_t stagingBytes)
{
    auto b = m_ctx.createBuffer(std::min<uint64_t>(stagingBytes, m_ctx.info().maxStorageBufferRange),
                                MemoryKind::HostVisible, "staging");
    if (!b)
        return b.error();
    m_staging = b.value();
    if (!m_staging.mapped)
        return makeError(ErrorCode::Unsupported, "staging memory of " + m_ctx.info().name + " is not host-coherent");
    return {};
}

Result<void *> StagingUploader::reserve(const Buffer &dst, uint64_t dstOffset, uint64_t bytes)
{
    if (bytes > m_staging.size)
        return makeError(ErrorCode::InvalidArgument, "staging reservation larger than the staging buffer");
    if (dstOffset + bytes > dst.size)
        return makeError(ErrorCode::InvalidArgument, "upload past the end of a device buffer");
    if (m_used + bytes > m_staging.size)
        SB_TRY(flush());
    void *p = static_cast<char *>(m_staging.mapped) + m_used;
    m_pending.push_back({dst.buffer, VkBufferCopy{m_used, dstOffset, bytes}});
    m_used += (bytes + 15) & ~uint64_t(15);
    m_used = std::min(m_used, m_staging.size);
    return p;
}

Result<void> StagingUploader::write(const Buffer &dst, uint64_t dstOffset, const void *src, uint64_t bytes)
{
    const char *s = static_cast<const char *>(src);
    while (bytes > 0) {
        const uint64_t n = std::min(bytes, m_staging.size);
        auto p = reserve(dst, dstOffset, n);
        if (!p)
            return p.error();
        std::memcpy(p.value(), s, n);
        s += n;
        dstOffset += n;
        bytes -= n;
    }
    return {};
}

Result<void> StagingUploader::flush()
{
    if (m_pending.empty())
        return {};
    uint64_t batch = 0;
    Result<void> r = m_ctx.submitAndWait([&](VkCommandBuffer cmd) -> Result<void> {
        for (const Pending &p : m_pending) {
            vkCmdCopyBuffer(cmd, m_staging.buffer, p.dst, 1, &p.region);
            batch += p.region.size;
        }
        return {};
    });
    m_pending.clear();
    m_used = 0;
    if (!r)
        return r;
    m_done += batch;
    if (m_progress)
        m_progress(std::min(m_done, m_total), m_total);
    return {};
}

uint64_t deviceWeightBytes(std::span<const TensorView *const> parts)
{
    uint64_t n = 0;
    for (const TensorView *t : parts)
        n += uint64_t(t->rows()) * dtypeRowBytes(deviceDTypeFor(t->dtype), t->cols());
    return n;
}

namespace {

// Writes `count` rows starting at `row` of `t` into staging, converted to the device dtype.
Result<void> writeRows(StagingUploader &up, const Buffer &dst, uint64_t dstOffset, const TensorView &t, int64_t row,
                       int64_t count, DType deviceType, size_t deviceRowBytes)
{
    const size_t srcRowBytes = dtypeRowBytes(t.dtype, t.cols());
    if (t.dtype == deviceType)
        return up.write(dst, dstOffset, t.data + size_t(row) * srcRowBytes, uint64_t(count) * srcRowBytes);
    // Q4_K/Q6_K or mixed fused parts: widened to F16 row by row (the kernels read ggml's simple
    // block types only).
    std::vector<float> tmp(size_t(t.cols()));
    for (int64_t r = 0; r < count; ++r) {
        dequantizeRow(t.dtype, t.data + size_t(row + r) * srcRowBytes, tmp.data(), t.cols());
        auto p = up.reserve(dst, dstOffset + uint64_t(r) * deviceRowBytes, deviceRowBytes);
        if (!p)
            return p.error();
        auto *h = static_cast<uint16_t *>(p.value());
        for (int64_t i = 0; i < t.cols(); ++i)
            h[i] = f32ToF16(tmp[size_t(i)]);
    }
    return {};
}

} // namespace

Result<DeviceWeight> uploadWeight(VulkanContext &ctx, StagingUploader &up, const std::string &name,
                                  std::span<const TensorView *const> parts, bool paired, uint64_t maxChunkBytes)
{
    if (parts.empty())
        return makeError(ErrorCode::InvalidArgument, "no tensors for device weight " + name);
    DeviceWeight w;
    w.name = name;
    w.paired = paired;
    const TensorView &first = *parts[0];
    w.cols = first.cols();
    w.dtype = deviceDTypeFor(first.dtype);
    for (const TensorView *t : parts) {
        if (!t->valid())
            return makeError(ErrorCode::NotFound, "tensor " + t->name + " missing for " + name);
        if (t->cols() != w.cols)
            return makeError(ErrorCode::Format, "tensor " + t->name + " (" + std::to_string(t->cols())
                                                    + " cols) cannot be fused with " + first.name + " into " + name);
        if (t->dtype != first.dtype) // mixed storage (e.g. a Q6_K v_proj): fuse in F16
            w.dtype = DType::F16;
        if (t->nbytes < uint64_t(t->rows()) * dtypeRowBytes(t->dtype, t->cols()))
            return makeError(ErrorCode::Format, "tensor " + t->name + " is shorter than its shape");
        w.rows += t->rows();
    }
    if (paired) {
        if (parts.size() != 2 || parts[0]->rows() != parts[1]->rows())
            return makeError(ErrorCode::InvalidArgument, "paired weight " + name + " needs two tensors of one shape");
        w.rows = parts[0]->rows();
    }
    if ((w.dtype == DType::F16 || w.dtype == DType::BF16) && w.cols % 2 != 0)
        return makeError(ErrorCode::Unsupported, "tensor " + first.name + " has an odd row length " + std::to_string(w.cols));
    if (w.cols % dtypeBlockSize(w.dtype) != 0)
        return makeError(ErrorCode::Format, "tensor " + first.name + " rows are not whole blocks");
    w.rowBytes = dtypeRowBytes(w.dtype, w.cols);
    const uint64_t deviceLimit = ctx.info().maxStorageBufferRange & ~uint64_t(3); // room for word rounding
    const uint64_t limit = maxChunkBytes ? std::min<uint64_t>(maxChunkBytes, deviceLimit)
                                         : deviceLimit;
    const uint64_t perRow = w.rowBytes * (paired ? 2 : 1);
    const int64_t rowsPerChunk = int64_t(std::min<uint64_t>(limit / perRow, uint64_t(w.rows)));
    if (rowsPerChunk < 1)
        return makeError(ErrorCode::Unsupported, "a row of " + name + " exceeds the buffer limit");

    // Source of output row r (unpaired): walk the parts.
    for (int64_t start = 0; start < w.rows; start += rowsPerChunk) {
        DeviceWeight::Chunk c;
        c.rowStart = start;
        c.rows = std::min(rowsPerChunk, w.rows - start);
        // Rounded up to whole 32-bit words: the word-read path loads the last block's tail word.
        auto b = ctx.createBuffer((uint64_t(c.rows) * perRow + 3) & ~uint64_t(3), MemoryKind::DeviceLocal, name.c_str());
        if (!b) {
            destroyWeight(ctx, w);
            return b.error();
        }
        c.buffer = b.value();
        w.chunks.push_back(c);
        Result<void> r;
        if (paired) {
            r = writeRows(up, c.buffer, 0, *parts[0], start, c.rows, w.dtype, w.rowBytes);
            if (r)
                r = writeRows(up, c.buffer, uint64_t(c.rows) * w.rowBytes, *parts[1], start, c.rows, w.dtype, w.rowBytes);
        } else {
            int64_t row = start, partBase = 0;
            uint64_t off = 0;
            for (const TensorView *t : parts) {
                const int64_t pEnd = partBase + t->rows();
                if (r && row < pEnd && row < start + c.rows) {
                    const int64_t n = std::min(pEnd, start + c.rows) - row;
                    r = writeRows(up, c.buffer, off, *t, row - partBase, n, w.dtype, w.rowBytes);
                    off += uint64_t(n) * w.rowBytes;
                    row += n;
                }
                partBase = pEnd;
            }
        }
        if (!r) {
            destroyWeight(ctx, w);
            return r.error();
        }
    }
    return w;
}

Result<Buffer> uploadFloats(VulkanContext &ctx, StagingUploader &up, const TensorView &t)
{
    if (!t.valid())
        return makeError(ErrorCode::NotFound, "tensor " + t.name + " missing");
    const std::vector<float> v = dequantizeTensor(t);
    auto b = ctx.createBuffer(v.size() * sizeof(float), MemoryKind::DeviceLocal, t.name.c_str());
    if (!b)
        return b.error();
    Result<void> r = up.write(b.value(), 0, v.data(), v.size() * sizeof(float));
    if (!r) {
        ctx.destroyBuffer(b.value());
        return r.error();
    }
    return b;
}

void destroyWeight(VulkanContext &ctx, DeviceWeight &w)
{
    for (DeviceWeight::Chunk &c : w.chunks)
        ctx.destroyBuffer(c.buffer);
    w.chunks.clear();
}

} // namespace sb
