#include "VulkanOpsSupport.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <random>

#include "engine/model/Dequant.h"
#include "engine/model/GgmlBlocks.h"
#include "engine/model/Half.h"

namespace sb::test {

std::vector<float> randomVec(size_t n, uint32_t seed, float scale)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> d(-scale, scale);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

double normErr(const std::vector<float> &got, const std::vector<double> &ref)
{
    if (got.size() != ref.size())
        return INFINITY;
    double m = 1e-6, e = 0;
    for (size_t i = 0; i < ref.size(); ++i) {
        m = std::max(m, std::abs(ref[i]));
        e = std::max(e, std::abs(double(got[i]) - ref[i]));
    }
    return e / m;
}

std::vector<double> referenceDx(
    const std::vector<float> &dy, const std::vector<float> &w, int tokens, int rows, int cols)
{
    std::vector<double> dx(size_t(tokens) * size_t(cols));
    for (int t = 0; t < tokens; ++t)
        for (int row = 0; row < rows; ++row)
            for (int i = 0; i < cols; ++i)
                dx[size_t(t * cols + i)] += double(dy[size_t(t * rows + row)]) * w[size_t(row) * cols + i];
    return dx;
}

double tolFor(DType t)
{
    return (t == DType::Q8_0 || t == DType::Q4_0) ? 1e-4 : 1e-5;
}

HostTensor makeTensor(DType t, int64_t rows, int64_t cols, uint32_t seed, const char *name)
{
    HostTensor h;
    const std::vector<float> src = randomVec(size_t(rows * cols), seed);
    const size_t rb = dtypeRowBytes(t, cols);
    h.bytes.resize(rb * size_t(rows));
    for (int64_t r = 0; r < rows; ++r)
        (void)quantizeRow(t, src.data() + r * cols, h.bytes.data() + size_t(r) * rb, cols);
    h.values.resize(src.size());
    for (int64_t r = 0; r < rows; ++r)
        dequantizeRow(t, h.bytes.data() + size_t(r) * rb, h.values.data() + r * cols, cols);
    h.view.name = name;
    h.view.dtype = t;
    h.view.shape = { rows, cols };
    h.view.data = h.bytes.data();
    h.view.nbytes = h.bytes.size();
    return h;
}

HostTensor makeKQuant(DType t, int64_t rows, int64_t cols, uint32_t seed)
{
    HostTensor h;
    h.bytes.resize(dtypeRowBytes(t, cols) * size_t(rows));
    std::mt19937 rng(seed);
    for (std::byte &b : h.bytes)
        b = std::byte(rng() & 0xff);
    const size_t blocks = h.bytes.size() / dtypeBlockBytes(t);
    for (size_t i = 0; i < blocks; ++i) {
        std::byte *blk = h.bytes.data() + i * dtypeBlockBytes(t);
        const uint16_t d = f32ToF16(0.01f), dmin = f32ToF16(0.002f);
        if (t == DType::Q4_K) {
            std::memcpy(blk + offsetof(BlockQ4_K, d), &d, 2);
            std::memcpy(blk + offsetof(BlockQ4_K, dmin), &dmin, 2);
        } else {
            std::memcpy(blk + offsetof(BlockQ6_K, d), &d, 2);
        }
    }
    h.view.name = "kquant";
    h.view.dtype = t;
    h.view.shape = { rows, cols };
    h.view.data = h.bytes.data();
    h.view.nbytes = h.bytes.size();
    h.values = dequantizeTensor(h.view);
    return h;
}

Buffer VulkanOpsFixture::buffer(size_t bytes, bool hostVisible)
{
    auto b = m_ctx->createBuffer(
        std::max<size_t>(bytes, 16), hostVisible ? MemoryKind::HostVisible : MemoryKind::DeviceLocal, "test");
    if (!b)
        qFatal("%s", b.error().message.c_str());
    m_buffers.push_back(b.value());
    return b.value();
}

void VulkanOpsFixture::uploadBytes(const Buffer &b, const void *data, size_t bytes)
{
    if (!m_ctx->upload(b, data, bytes))
        qFatal("upload failed");
}

std::vector<float> VulkanOpsFixture::download(const Buffer &b, size_t n)
{
    std::vector<float> v(n);
    if (!m_ctx->download(b, v.data(), n * 4))
        qFatal("download failed");
    return v;
}

Buffer VulkanOpsFixture::stepBuffer(const StepParams &s)
{
    Buffer b = buffer(sizeof(StepParams), true);
    std::memcpy(b.mapped, &s, sizeof(s));
    return b;
}

const DeviceWeight &VulkanOpsFixture::deviceWeight(
    std::vector<const TensorView *> parts, bool paired, uint64_t maxChunk)
{
    StagingUploader up(*m_ctx, 0, {});
    if (!up.init(1 << 20))
        qFatal("staging");
    auto w = uploadWeight(*m_ctx, up, "w", parts, paired, maxChunk);
    if (!w || !up.flush())
        qFatal("%s", w ? "flush" : w.error().message.c_str());
    m_weights.push_back(w.value());
    return m_weights.back();
}

void VulkanOpsFixture::release()
{
    for (Buffer &b : m_buffers)
        m_ctx->destroyBuffer(b);
    m_buffers.clear();
    for (DeviceWeight &w : m_weights)
        destroyWeight(*m_ctx, w);
    m_weights.clear();
}

} // namespace sb::test
