#include "engine/model/Dequant.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>

#include "engine/model/GgmlBlocks.h"

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
    case DType::Q8_0:
        dequantQ8_0(src, dst, n / kQk8_0);
        return;
    case DType::Q4_0:
        dequantQ4_0(src, dst, n / kQk4_0);
        return;
    case DType::Q4_K:
        dequantQ4_K(src, dst, n / kQkK);
        return;
    case DType::Q6_K:
        dequantQ6_K(src, dst, n / kQkK);
        return;
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

// K-quants, the plain (not importance-weighted, not iteratively refined) form of ggml's
// reference quantisers: every value of the layouts BlockQ4_K/BlockQ6_K describe, so files
// written here load in llama.cpp and read back through dequantizeRow exactly.
void quantizeRowQ4_K(const float *x, std::byte *dst, int64_t n)
{
    assert(n % kQkK == 0);
    for (int64_t i = 0; i < n / kQkK; ++i) {
        const float *xb = x + i * kQkK;
        // Per 32-element sub-block: x ~ scale * q - min with q in 0..15 (min >= 0).
        float scales[8], mins[8], maxScale = 0.0f, maxMin = 0.0f;
        for (int s = 0; s < 8; ++s) {
            float lo = xb[32 * s], hi = xb[32 * s];
            for (int j = 1; j < 32; ++j) {
                lo = std::min(lo, xb[32 * s + j]);
                hi = std::max(hi, xb[32 * s + j]);
            }
            lo = std::min(lo, 0.0f);
            scales[s] = (hi - lo) / 15.0f;
            mins[s] = -lo;
            maxScale = std::max(maxScale, scales[s]);
            maxMin = std::max(maxMin, mins[s]);
        }
        BlockQ4_K b {};
        b.d = f32ToF16(maxScale / 63.0f);
        b.dmin = f32ToF16(maxMin / 63.0f);
        const float d = f16ToF32(b.d), dmin = f16ToF32(b.dmin);
        uint8_t sc[8], m[8], q[kQkK];
        for (int s = 0; s < 8; ++s) {
            sc[s] = uint8_t(std::clamp(int(std::lround(d > 0 ? scales[s] / d : 0.0f)), 0, 63));
            m[s] = uint8_t(std::clamp(int(std::lround(dmin > 0 ? mins[s] / dmin : 0.0f)), 0, 63));
            const float step = d * float(sc[s]), offset = dmin * float(m[s]);
            for (int j = 0; j < 32; ++j)
                q[32 * s + j] = uint8_t(
                    step > 0 ? std::clamp(int(std::lround((xb[32 * s + j] + offset) / step)), 0, 15) : 0);
        }
        // The inverse of get_scale_min_k4: sub-blocks 0..3 whole in bytes 0..7 (6 bits), 4..7
        // split into nibbles in bytes 8..11 and the top two bits of bytes 0..7.
        for (int j = 0; j < 4; ++j) {
            b.scales[j] = uint8_t((sc[j] & 63) | ((sc[j + 4] >> 4) << 6));
            b.scales[j + 4] = uint8_t((m[j] & 63) | ((m[j + 4] >> 4) << 6));
            b.scales[j + 8] = uint8_t((sc[j + 4] & 15) | ((m[j + 4] & 15) << 4));
        }
        for (int c = 0; c < 4; ++c) // 64-element chunk c: low nibbles its first 32, high nibbles the rest
            for (int l = 0; l < 32; ++l)
                b.qs[32 * c + l] = uint8_t(q[64 * c + l] | (q[64 * c + 32 + l] << 4));
        std::memcpy(dst + i * sizeof(BlockQ4_K), &b, sizeof(b));
    }
}

void quantizeRowQ6_K(const float *x, std::byte *dst, int64_t n)
{
    assert(n % kQkK == 0);
    for (int64_t i = 0; i < n / kQkK; ++i) {
        const float *xb = x + i * kQkK;
        // Per 16-element group: x ~ scale * q with q in -32..31; the scales share one fp16 d.
        float scales[16], maxScale = 0.0f;
        for (int g = 0; g < 16; ++g) {
            float amax = 0.0f;
            for (int j = 0; j < 16; ++j)
                amax = std::max(amax, std::fabs(xb[16 * g + j]));
            scales[g] = amax / 31.0f;
            maxScale = std::max(maxScale, scales[g]);
        }
        BlockQ6_K b {};
        b.d = f32ToF16(maxScale / 127.0f);
        const float d = f16ToF32(b.d);
        uint8_t q[kQkK];
        for (int g = 0; g < 16; ++g) {
            const int sc = std::clamp(int(std::lround(d > 0 ? scales[g] / d : 0.0f)), -128, 127);
            b.scales[g] = int8_t(sc);
            const float step = d * float(sc);
            for (int j = 0; j < 16; ++j)
                q[16 * g + j] = uint8_t(
                    (step > 0 ? std::clamp(int(std::lround(xb[16 * g + j] / step)), -32, 31) : 0) + 32);
        }
        for (int h = 0; h < 2; ++h) // 128-element halves; see the element order in dequantizeRow
            for (int l = 0; l < 32; ++l) {
                const uint8_t q1 = q[128 * h + l], q2 = q[128 * h + 32 + l], q3 = q[128 * h + 64 + l],
                              q4 = q[128 * h + 96 + l];
                b.ql[64 * h + l] = uint8_t((q1 & 15) | ((q3 & 15) << 4));
                b.ql[64 * h + 32 + l] = uint8_t((q2 & 15) | ((q4 & 15) << 4));
                b.qh[32 * h + l]
                    = uint8_t((q1 >> 4) | ((q2 >> 4) << 2) | ((q3 >> 4) << 4) | ((q4 >> 4) << 6));
            }
        std::memcpy(dst + i * sizeof(BlockQ6_K), &b, sizeof(b));
    }
}

Result<void> quantizeRow(DType to, const float *src, std::byte *dst, int64_t n)
{
    if (n % dtypeBlockSize(to) != 0)
        return makeError(ErrorCode::InvalidArgument,
            std::string("row of ") + std::to_string(n) + " elements is not a multiple of the " + dtypeName(to)
                + " block size");
    switch (to) {
    case DType::F32:
        std::memcpy(dst, src, static_cast<size_t>(n) * 4);
        return {};
    case DType::F16:
        for (int64_t i = 0; i < n; ++i)
            storeU16(dst + 2 * i, f32ToF16(src[i]));
        return {};
    case DType::BF16:
        for (int64_t i = 0; i < n; ++i)
            storeU16(dst + 2 * i, f32ToBf16(src[i]));
        return {};
    case DType::Q8_0:
        quantizeRowQ8_0(src, dst, n);
        return {};
    case DType::Q4_0:
        quantizeRowQ4_0(src, dst, n);
        return {};
    case DType::Q4_K:
        quantizeRowQ4_K(src, dst, n);
        return {};
    case DType::Q6_K:
        quantizeRowQ6_K(src, dst, n);
        return {};
    }
    return makeError(
        ErrorCode::Unsupported, std::string("quantising to ") + dtypeName(to) + " is not supported");
}

} // namespace sb
