#include "engine/vulkan/DeviceWeight.h"

#include <algorithm>
#include <cstring>

#include "engine/model/Dequant.h"
#include "engine/model/Half.h"

namespace sb {

uint64_t DeviceWeight::bytes() const
{
    uint64_t n = 0;
    for (const Chunk &c : chunks)
        n += c.buffer.size;
    return n;
}

bool DeviceWeight::mixed() const
{
    for (const Chunk &c : chunks)
        if (c.dtype != dtype)
            return true;
    return false;
}

bool deviceSupportsDType(DType t)
{
    return t == DType::F32 || t == DType::F16 || t == DType::BF16 || t == DType::Q8_0 || t == DType::Q4_0
        || t == DType::Q4_K || t == DType::Q6_K;
}

DType deviceDTypeFor(DType t)
{
    return deviceSupportsDType(t) ? t : DType::F16;
}

namespace {

Error ringError(VkResult r, const std::string &what)
{
    const ErrorCode code = r == VK_ERROR_DEVICE_LOST                               ? ErrorCode::DeviceLost
        : (r == VK_ERROR_OUT_OF_DEVICE_MEMORY || r == VK_ERROR_OUT_OF_HOST_MEMORY) ? ErrorCode::OutOfMemory
                                                                                   : ErrorCode::Internal;
    return Error { code, what + " failed (VkResult " + std::to_string(int(r)) + ")" };
}

} // namespace

StagingUploader::StagingUploader(VulkanContext &ctx, uint64_t totalBytes, UploadProgressFn progress)
    : m_ctx(ctx)
    , m_total(totalBytes)
    , m_progress(std::move(progress))
{
}

StagingUploader::~StagingUploader()
{
    for (Slot &s : m_slots) {
        if (s.inFlight)
            vkWaitForFences(m_ctx.device(), 1, &s.fence, VK_TRUE, UINT64_MAX);
        if (s.fence)
            vkDestroyFence(m_ctx.device(), s.fence, nullptr);
        if (s.staging.valid())
            m_ctx.destroyBuffer(s.staging);
    }
    if (m_pool)
        vkDestroyCommandPool(m_ctx.device(), m_pool, nullptr); // frees the slots' command buffers
}

Result<void> StagingUploader::init(uint64_t stagingBytes, uint32_t slots)
{
    slots = std::max<uint32_t>(slots, 2);
    m_slotBytes = std::max<uint64_t>(
                      std::min<uint64_t>(stagingBytes / slots, m_ctx.info().maxStorageBufferRange), 256)
        & ~uint64_t(15);
    VkCommandPoolCreateInfo cpci { VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO };
    cpci.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
    cpci.queueFamilyIndex = m_ctx.queueFamily();
    if (VkResult r = vkCreateCommandPool(m_ctx.device(), &cpci, nullptr, &m_pool); r != VK_SUCCESS)
        return ringError(r, "vkCreateCommandPool for the upload ring");
    m_slots.resize(slots);
    for (Slot &s : m_slots) {
        auto b = m_ctx.createBuffer(m_slotBytes, MemoryKind::HostVisible, "staging");
        if (!b)
            return b.error();
        s.staging = b.value();
        if (!s.staging.mapped)
            return makeError(
                ErrorCode::Unsupported, "staging memory of " + m_ctx.info().name + " is not host-coherent");
        VkCommandBufferAllocateInfo cbai { VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO };
        cbai.commandPool = m_pool;
        cbai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
        cbai.commandBufferCount = 1;
        VkFenceCreateInfo fci { VK_STRUCTURE_TYPE_FENCE_CREATE_INFO };
        if (VkResult r = vkAllocateCommandBuffers(m_ctx.device(), &cbai, &s.cmd); r != VK_SUCCESS)
            return ringError(r, "vkAllocateCommandBuffers for the upload ring");
        if (VkResult r = vkCreateFence(m_ctx.device(), &fci, nullptr, &s.fence); r != VK_SUCCESS)
            return ringError(r, "vkCreateFence for the upload ring");
    }
    return {};
}

Result<void> StagingUploader::waitSlot(Slot &slot)
{
    if (!slot.inFlight)
        return {};
    const VkResult r = vkWaitForFences(m_ctx.device(), 1, &slot.fence, VK_TRUE, UINT64_MAX);
    slot.inFlight = false;
    if (r != VK_SUCCESS)
        return ringError(r, "weight upload on " + m_ctx.info().name + " (vkWaitForFences)");
    m_done += slot.bytes;
    slot.bytes = 0;
    if (m_progress)
        m_progress(std::min(m_done, m_total), m_total);
    return {};
}

Result<void> StagingUploader::submitCurrent()
{
    Slot &s = m_slots[m_current];
    if (s.pending.empty())
        return {};
    VkCommandBufferBeginInfo begin { VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO };
    begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
    vkResetCommandBuffer(s.cmd, 0);
    vkBeginCommandBuffer(s.cmd, &begin);
    uint64_t bytes = 0;
    for (const Pending &p : s.pending) {
        vkCmdCopyBuffer(s.cmd, s.staging.buffer, p.dst, 1, &p.region);
        bytes += p.region.size;
    }
    // Make the copies visible to the compute shaders that read these buffers later.
    VkMemoryBarrier mb { VK_STRUCTURE_TYPE_MEMORY_BARRIER };
    mb.srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT;
    mb.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT;
    vkCmdPipelineBarrier(s.cmd, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, 0, 1,
        &mb, 0, nullptr, 0, nullptr);
    vkEndCommandBuffer(s.cmd);
    VkSubmitInfo submit { VK_STRUCTURE_TYPE_SUBMIT_INFO };
    submit.commandBufferCount = 1;
    submit.pCommandBuffers = &s.cmd;
    vkResetFences(m_ctx.device(), 1, &s.fence);
    if (VkResult r = vkQueueSubmit(m_ctx.queue(), 1, &submit, s.fence); r != VK_SUCCESS)
        return ringError(r, "weight upload on " + m_ctx.info().name + " (vkQueueSubmit)");
    s.inFlight = true;
    s.bytes = bytes;
    s.pending.clear();
    s.used = 0;
    ++m_submissions;
    m_current = (m_current + 1) % m_slots.size();
    return waitSlot(m_slots[m_current]); // the next slot is free once its earlier copy is done
}

Result<void *> StagingUploader::reserve(const Buffer &dst, uint64_t dstOffset, uint64_t bytes)
{
    if (m_slots.empty())
        return makeError(ErrorCode::Internal, "staging ring used before init()");
    if (bytes > m_slotBytes)
        return makeError(ErrorCode::InvalidArgument, "staging reservation larger than a staging slot");
    if (dstOffset + bytes > dst.size)
        return makeError(ErrorCode::InvalidArgument, "upload past the end of a device buffer");
    if (m_slots[m_current].used + bytes > m_slotBytes)
        SB_TRY(submitCurrent());
    Slot &s = m_slots[m_current];
    void *p = static_cast<char *>(s.staging.mapped) + s.used;
    s.pending.push_back({ dst.buffer, VkBufferCopy { s.used, dstOffset, bytes } });
    s.used = std::min((s.used + bytes + 15) & ~uint64_t(15), m_slotBytes);
    return p;
}

Result<void> StagingUploader::write(const Buffer &dst, uint64_t dstOffset, const void *src, uint64_t bytes)
{
    const char *s = static_cast<const char *>(src);
    while (bytes > 0) {
        // Fill what is left of the current slot before moving on, so large tensors stream
        // through the ring slot by slot.
        uint64_t room = m_slots.empty() ? bytes : m_slotBytes - m_slots[m_current].used;
        if (room == 0)
            room = m_slotBytes;
        const uint64_t n = std::min(bytes, room);
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
    SB_TRY(submitCurrent());
    for (Slot &s : m_slots)
        SB_TRY(waitSlot(s));
    return {};
}

uint64_t deviceWeightBytes(std::span<const TensorView *const> parts, bool paired)
{
    // The same rule as uploadWeight: only a paired weight of mixed storage is widened to F16.
    bool mixed = false;
    for (const TensorView *t : parts)
        mixed = mixed || t->dtype != parts[0]->dtype;
    uint64_t n = 0;
    for (const TensorView *t : parts)
        n += uint64_t(t->rows())
            * dtypeRowBytes(paired && mixed ? DType::F16 : deviceDTypeFor(t->dtype), t->cols());
    return n;
}

namespace {

// Writes `count` rows starting at `row` of `t` into staging, converted to the device dtype.
Result<void> writeRows(StagingUploader &up, const Buffer &dst, uint64_t dstOffset, const TensorView &t,
    int64_t row, int64_t count, DType deviceType, size_t deviceRowBytes)
{
    const size_t srcRowBytes = dtypeRowBytes(t.dtype, t.cols());
    if (t.dtype == deviceType)
        return up.write(dst, dstOffset, t.data + size_t(row) * srcRowBytes, uint64_t(count) * srcRowBytes);
    // The halves of a mixed gate+up pair (or a dtype the kernels cannot read): F16 row by row.
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
    bool mixedParts = false;
    for (const TensorView *t : parts) {
        if (!t->valid())
            return makeError(ErrorCode::NotFound, "tensor " + t->name + " missing for " + name);
        if (t->cols() != w.cols)
            return makeError(ErrorCode::Format,
                "tensor " + t->name + " (" + std::to_string(t->cols()) + " cols) cannot be fused with "
                    + first.name + " into " + name);
        mixedParts = mixedParts || t->dtype != first.dtype;
        if (t->nbytes < uint64_t(t->rows()) * dtypeRowBytes(t->dtype, t->cols()))
            return makeError(ErrorCode::Format, "tensor " + t->name + " is shorter than its shape");
        w.rows += t->rows();
    }
    if (paired) {
        if (parts.size() != 2 || parts[0]->rows() != parts[1]->rows())
            return makeError(
                ErrorCode::InvalidArgument, "paired weight " + name + " needs two tensors of one shape");
        w.rows = parts[0]->rows();
    }
    // The device dtype of each part: its own, except the halves of a mixed pair (one chunk holds
    // gate and up rows side by side, read with one row size).
    const auto deviceTypeOf
        = [&](const TensorView &t) { return paired && mixedParts ? DType::F16 : deviceDTypeFor(t.dtype); };
    for (const TensorView *t : parts) {
        const DType d = deviceTypeOf(*t);
        if ((d == DType::F16 || d == DType::BF16) && w.cols % 2 != 0)
            return makeError(ErrorCode::Unsupported,
                "tensor " + t->name + " has an odd row length " + std::to_string(w.cols));
        if (w.cols % dtypeBlockSize(d) != 0)
            return makeError(ErrorCode::Format, "tensor " + t->name + " rows are not whole blocks");
    }
    w.dtype = deviceTypeOf(first);
    w.rowBytes = dtypeRowBytes(w.dtype, w.cols);
    const uint64_t deviceLimit = ctx.info().maxStorageBufferRange & ~uint64_t(3); // room for word rounding
    const uint64_t limit = maxChunkBytes ? std::min<uint64_t>(maxChunkBytes, deviceLimit) : deviceLimit;

    // Chunks of `rows` rows from `row` on, all of device type `dtype`: unpaired rows come from
    // the parts in order; paired chunks hold gate rows then the same up rows.
    const auto addChunks = [&](int64_t segStart, int64_t segRows, DType dtype) -> Result<void> {
        const size_t rowBytes = dtypeRowBytes(dtype, w.cols);
        const uint64_t perRow = rowBytes * (paired ? 2 : 1);
        const int64_t rowsPerChunk = int64_t(std::min<uint64_t>(limit / perRow, uint64_t(segRows)));
        if (rowsPerChunk < 1)
            return makeError(ErrorCode::Unsupported, "a row of " + name + " exceeds the buffer limit");
        for (int64_t start = segStart; start < segStart + segRows; start += rowsPerChunk) {
            DeviceWeight::Chunk c;
            c.rowStart = start;
            c.rows = std::min(rowsPerChunk, segStart + segRows - start);
            c.dtype = dtype;
            c.rowBytes = rowBytes;
            // Rounded up to whole 32-bit words: the word-read path loads the last block's tail word.
            auto b = ctx.createBuffer(
                (uint64_t(c.rows) * perRow + 3) & ~uint64_t(3), MemoryKind::DeviceLocal, name.c_str());
            if (!b)
                return b.error();
            c.buffer = b.value();
            w.chunks.push_back(c);
            if (paired) {
                SB_TRY(writeRows(up, c.buffer, 0, *parts[0], start, c.rows, dtype, rowBytes));
                SB_TRY(writeRows(
                    up, c.buffer, uint64_t(c.rows) * rowBytes, *parts[1], start, c.rows, dtype, rowBytes));
                continue;
            }
            int64_t row = start, partBase = 0;
            uint64_t off = 0;
            for (const TensorView *t : parts) {
                const int64_t pEnd = partBase + t->rows();
                if (row < pEnd && row < start + c.rows) {
                    const int64_t n = std::min(pEnd, start + c.rows) - row;
                    SB_TRY(writeRows(up, c.buffer, off, *t, row - partBase, n, dtype, rowBytes));
                    off += uint64_t(n) * rowBytes;
                    row += n;
                }
                partBase = pEnd;
            }
        }
        return {};
    };

    Result<void> r;
    if (paired) {
        r = addChunks(0, w.rows, w.dtype);
    } else { // one run of chunks per stretch of parts sharing a device dtype
        int64_t segStart = 0, row = 0;
        DType segType = deviceTypeOf(first);
        for (const TensorView *t : parts) {
            const DType d = deviceTypeOf(*t);
            if (d != segType) {
                r = addChunks(segStart, row - segStart, segType);
                if (!r)
                    break;
                segStart = row;
                segType = d;
            }
            row += t->rows();
        }
        if (r)
            r = addChunks(segStart, row - segStart, segType);
    }
    if (!r) {
        destroyWeight(ctx, w);
        return r.error();
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
