#include "model/Dequant.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>

#include "model/GgmlBlocks.h"

namespace sb {

namespace {

uint16_t loadU16(const std::byte *p)
{
    uint16_t v;
    std::memcpy(&v, p, 2);
    return v;
}

void storeU16(std::byte *p, uint16_t v)
{
    std::memcpy(p, &v, 2);
}

void dequantQ8_0(const std::byte *src, float *y, int64_t nb)
{
    for (int64_t i = 0; i < nb; ++i) {
        BlockQ8_0 b;
        std::memcpy(&b, src + i * sizeof(BlockQ8_0), sizeof(b));
        const float d = f16ToF32(b.d);
        for (int j = 0; j < kQk8_0; ++j)
            y[i * kQk8_0 + j] = static_cast<float>(b.qs[j]) * d;
    }
}

void dequantQ4_0(const std::byte *src, float *y, int64_t nb)
{
    for (int64_t i = 0; i < nb; ++i) {
        BlockQ4_0 b;
        std::memcpy(&b, src + i * sizeof(BlockQ4_0), sizeof(b));
        const float d = f16ToF32(b.d);
        for (int j = 0; j < kQk4_0 / 2; ++j) {
            const int x0 = (b.qs[j] & 0x0f) - 8;
            const int x1 = (b.qs[j] >> 4) - 8;
            y[i * kQk4_0 + j] = static_cast<float>(x0) * d;
            y[i * kQk4_0 + j + kQk4_0 / 2] = static_cast<float>(x1) * d;
        }
    }
}

// ggml's get_scale_min_k4: unpacks the j-th 6-bit scale and min of a Q4_K block.
void scaleMinK4(int j, const uint8_t *q, uint8_t &d, uint8_t &m)
{
    if (j < 4) {
        d = q[j] & 63;
        m = q[j + 4] & 63;
    } else {
        d = static_cast<uint8_t>((q[j + 4] & 0xf) | ((q[j - 4] >> 6) << 4));
        m = static_cast<uint8_t>((q[j + 4] >> 4) | ((q[j] >> 6) << 4));
    }
}

void dequantQ4_K(const std::byte *src, float *y, int64_t nb)
{
    for (int64_t i = 0; i < nb; ++i) {
        BlockQ4_K b;
        std::memcpy(&b, src + i * sizeof(BlockQ4_K), sizeof(b));
        const float d = f16ToF32(b.d);
        const float dmin = f16ToF32(b.dmin);
        const uint8_t *q = b.qs;
        int is = 0;
        for (int j = 0; j < kQkK; j += 64) {
            uint8_t sc, m;
            scaleMinK4(is + 0, b.scales, sc, m);
            const float d1 = d * sc, m1 = dmin * m;
            scaleMinK4(is + 1, b.scales, sc, m);
            const float d2 = d * sc, m2 = dmin * m;
            for (int l = 0; l < 32; ++l)
                *y++ = d1 * static_cast<float>(q[l] & 0xf) - m1;
            for (int l = 0; l < 32; ++l)
                *y++ = d2 * static_cast<float>(q[l] >> 4) - m2;
            q += 32;
            is += 2;
        }
    }
}

void dequantQ6_K(const std::byte *src, float *y, int64_t nb)
{
    for (int64_t i = 0; i < nb; ++i) {
        BlockQ6_K b;
        std::memcpy(&b, src + i * sizeof(BlockQ6_K), sizeof(b));
        const float d = f16ToF32(b.d);
        const uint8_t *ql = b.ql;
        const uint8_t *qh = b.qh;
        const int8_t *sc = b.scales;
        for (int n = 0; n < kQkK; n += 128) {
            for (int l = 0; l < 32; ++l) {
                const int is = l / 16;
                const int q1 = ((ql[l] & 0xf) | (((qh[l] >> 0) & 3) << 4)) - 32;
                const int q2 = ((ql[l + 32] & 0xf) | (((qh[l] >> 2) & 3) << 4)) - 32;
                const int q3 = ((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32;
                const int q4 = ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32;
                y[l + 0] = d * static_cast<float>(sc[is + 0]) * static_cast<float>(q1);
                y[l + 32] = d * static_cast<float>(sc[is + 2]) * static_cast<float>(q2);
                y[l + 64] = d * static_cast<float>(sc[is + 4]) * static_cast<float>(q3);
                y[l + 96] = d * static_cast<float>(sc[is + 6]) * static_cast<float>(q4);
            }
            y += 128;
            ql += 64;
            qh += 32;
            sc += 8;
        }
    }
}

} // namespace

void dequantizeRow(DType t, const std::byte *src, float *dst, int64_t n)
{
    assert(n % dtypeBlockSize(t) == 0);
    switch (t) {
    case DType::F32:
        std::memcpy(dst, src, static_cast<size_t>(n) * 4);
        return;
    case DType::F16:
        for (int64_t i = 0; i < n; ++i)
            dst[i] = f16ToF32(loadU16(src + 2 * i));
        return;
    case DType::BF16:
        for (int64_t i = 0; i < n; ++i)
            dst[i] = bf16ToF32(loadU16(src + 2 * i));
        return;
    case DType::Q8_0: dequantQ8_0(src, dst, n / kQk8_0); return;
    case DType::Q4_0: dequantQ4_0(src, dst, n / kQk4_0); return;
    case DType::Q4_K: dequantQ4_K(src, dst, n / kQkK); return;
    case DType::Q6_K: dequantQ6_K(src, dst, n / kQkK); return;
    }
}

void dequantizeRows(const TensorView &t, int64_t row, int64_t count, float *dst)
{
    const int64_t cols = t.cols();
    const size_t rowBytes = dtypeRowBytes(t.dtype, cols);
    assert(row >= 0 && count >= 0 && row + count <= t.rows());
    for (int64_t r = 0; r < count; ++r)
        dequantizeRow(t.dtype, t.data + static_cast<size_t>(row + r) * rowBytes, dst + r * cols, cols);
}

std::vector<float> dequantizeTensor(const TensorView &t)
{
    std::vector<float> out(static_cast<size_t>(t.numel()));
    if (t.valid() && !out.empty())
        dequantizeRows(t, 0, t.rows(), out.data());
    return out;
}

void quantizeRowQ8_0(const float *x, std::byte *dst, int64_t n)
{
    assert(n % kQk8_0 == 0);
    for (int64_t i = 0; i < n / kQk8_0; ++i) {
        const float *xb = x + i * kQk8_0;
        float amax = 0.0f;
        for (int j = 0; j < kQk8_0; ++j)
            amax = std::max(amax, std::fabs(xb[j]));
        const float d = amax / 127.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        BlockQ8_0 b;
        b.d = f32ToF16(d);
        for (int j = 0; j < kQk8_0; ++j)
            b.qs[j] = static_cast<int8_t>(std::roundf(xb[j] * id));
        std::memcpy(dst + i * sizeof(BlockQ8_0), &b, sizeof(b));
    }
}

void quantizeRowQ4_0(const float *x, std::byte *dst, int64_t n)
{
    assert(n % kQk4_0 == 0);
    for (int64_t i = 0; i < n / kQk4_0; ++i) {
        const float *xb = x + i * kQk4_0;
        // The signed value of largest magnitude maps to -8, so the full [-8, 7] range is used.
        float amax = 0.0f, max = 0.0f;
        for (int j = 0; j < kQk4_0; ++j) {
            if (amax < std::fabs(xb[j])) {
                amax = std::fabs(xb[j]);
                max = xb[j];
            }
        }
        const float d = max / -8.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        BlockQ4_0 b;
        b.d = f32ToF16(d);
        for (int j = 0; j < kQk4_0 / 2; ++j) {
            const float x0 = xb[j] * id;
            const float x1 = xb[kQk4_0 / 2 + j] * id;
            const uint8_t xi0 = static_cast<uint8_t>(std::min<int8_t>(15, static_cast<int8_t>(x0 + 8.5f)));
            const uint8_t xi1 = static_cast<uint8_t>(std::min<int8_t>(15, static_cast<int8_t>(x1 + 8.5f)));
            b.qs[j] = static_cast<uint8_t>(xi0 | (xi1 << 4));
        }
        std::memcpy(dst + i * sizeof(BlockQ4_0), &b, sizeof(b));
    }
}

Result<void> quantizeRow(DType to, const float *src, std::byte *dst, int64_t n)
{
    if (n % dtypeBlockSize(to) != 0)
        return makeError(ErrorCode::InvalidArgument,
                         std::string("row of ") + std::to_string(n) + " elements is not a multiple of the "
                             + dtypeName(to) + " block size");
    switch (to) {
    case DType::F32: std::memcpy(dst, src, static_cast<size_t>(n) * 4); return {};
    case DType::F16:
        for (int64_t i = 0; i < n; ++i)
            storeU16(dst + 2 * i, f32ToF16(src[i]));
        return {};
    case DType::BF16:
        for (int64_t i = 0; i < n; ++i)
            storeU16(dst + 2 * i, f32ToBf16(src[i]));
        return {};
    case DType::Q8_0: quantizeRowQ8_0(src, dst, n); return {};
    case DType::Q4_0: quantizeRowQ4_0(src, dst, n); return {};
    case DType::Q4_K:
    case DType::Q6_K: break;
    }
    return makeError(ErrorCode::Unsupported, std::string("quantising to ") + dtypeName(to) + " is not supported");
}

} // namespace sb
