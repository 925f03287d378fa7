// The portable kernels: plain C++ for any CPU and compiler, and the definition of every product
// the SIMD kernels must reproduce (integer sums per block are exact; only the fp32 accumulation
// order differs).
#include <cstring>

#include "engine/cpufast/Kernels.h"
#include "engine/model/GgmlBlocks.h"
#include "engine/model/Half.h"

namespace sb::cpufast {

namespace {

template <typename Block> Block loadBlock(const std::byte *p)
{
    Block b;
    std::memcpy(&b, p, sizeof(Block));
    return b;
}

uint16_t loadU16(const std::byte *p)
{
    uint16_t v;
    std::memcpy(&v, p, 2);
    return v;
}

// Calls dot(weight row, token) for every (row, token) and stores or adds the result.
template <typename Dot> void gemmRows(const GemmArgs &a, Dot dot)
{
    for (int64_t r = 0; r < a.rows; ++r) {
        const std::byte *w = a.w + static_cast<size_t>(r) * a.wRowBytes;
        for (int64_t t = 0; t < a.tokens; ++t) {
            const float v = dot(w, t);
            float &o = a.out[t * a.outStride + r];
            o = a.accumulate ? o + v : v;
        }
    }
}

template <typename ToFloat> void gemmFloat(const GemmArgs &a, size_t elementBytes, ToFloat toFloat)
{
    gemmRows(a, [&](const std::byte *w, int64_t t) {
        const float *x = a.xf + t * a.n;
        float acc[8] = {};
        int64_t i = 0;
        for (; i + 8 <= a.n; i += 8)
            for (int k = 0; k < 8; ++k)
                acc[k] += toFloat(w + (i + k) * elementBytes) * x[i + k];
        for (; i < a.n; ++i)
            acc[0] += toFloat(w + i * elementBytes) * x[i];
        return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
    });
}

void gemmF32(const GemmArgs &a)
{
    gemmFloat(a, 4, [](const std::byte *p) {
        float v;
        std::memcpy(&v, p, 4);
        return v;
    });
}

void gemmF16(const GemmArgs &a)
{
    gemmFloat(a, 2, [](const std::byte *p) { return f16ToF32(loadU16(p)); });
}

void gemmBF16(const GemmArgs &a)
{
    gemmFloat(a, 2, [](const std::byte *p) { return bf16ToF32(loadU16(p)); });
}

void gemmQ8_0(const GemmArgs &a)
{
    const int64_t nb = a.n / kQk8_0;
    gemmRows(a, [&](const std::byte *w, int64_t t) {
        const int8_t *xq = a.xqs + t * a.n;
        const float *xd = a.xd + t * nb;
        float acc = 0.0f;
        for (int64_t b = 0; b < nb; ++b) {
            const BlockQ8_0 blk = loadBlock<BlockQ8_0>(w + b * sizeof(BlockQ8_0));
            int s = 0;
            for (int j = 0; j < kQk8_0; ++j)
                s += blk.qs[j] * xq[b * 32 + j];
            acc += f16ToF32(blk.d) * xd[b] * static_cast<float>(s);
        }
        return acc;
    });
}

void gemmQ4_0(const GemmArgs &a)
{
    const int64_t nb = a.n / kQk4_0;
    gemmRows(a, [&](const std::byte *w, int64_t t) {
        const int8_t *xq = a.xqs + t * a.n;
        const float *xd = a.xd + t * nb;
        const float *xs = a.xsum + t * nb;
        float acc = 0.0f;
        for (int64_t b = 0; b < nb; ++b) {
            const BlockQ4_0 blk = loadBlock<BlockQ4_0>(w + b * sizeof(BlockQ4_0));
            int s = 0;
            for (int j = 0; j < 16; ++j)
                s += (blk.qs[j] & 0x0f) * xq[b * 32 + j] + (blk.qs[j] >> 4) * xq[b * 32 + j + 16];
            // (q - 8) * x summed: the zero point comes off through the block's sum of x.
            acc += f16ToF32(blk.d) * (xd[b] * static_cast<float>(s) - 8.0f * xs[b]);
        }
        return acc;
    });
}

void scaleMinK4(int j, const uint8_t *q, int &d, int &m)
{
    if (j < 4) {
        d = q[j] & 63;
        m = q[j + 4] & 63;
    } else {
        d = (q[j + 4] & 0xf) | ((q[j - 4] >> 6) << 4);
        m = (q[j + 4] >> 4) | ((q[j] >> 6) << 4);
    }
}

void gemmQ4_K(const GemmArgs &a)
{
    const int64_t nsb = a.n / kQkK, nb = a.n / 32;
    gemmRows(a, [&](const std::byte *w, int64_t t) {
        const int8_t *xq = a.xqs + t * a.n;
        const float *xd = a.xd + t * nb;
        const float *xs = a.xsum + t * nb;
        float acc = 0.0f;
        for (int64_t i = 0; i < nsb; ++i) {
            const BlockQ4_K blk = loadBlock<BlockQ4_K>(w + i * sizeof(BlockQ4_K));
            const float d = f16ToF32(blk.d), dmin = f16ToF32(blk.dmin);
            for (int j = 0; j < 4; ++j) { // 64 elements: sub-blocks 2j (low nibbles), 2j+1 (high)
                const uint8_t *q = blk.qs + 32 * j;
                const int64_t b0 = i * 8 + 2 * j;
                const int8_t *x0 = xq + b0 * 32;
                int s0 = 0, s1 = 0;
                for (int l = 0; l < 32; ++l) {
                    s0 += (q[l] & 0x0f) * x0[l];
                    s1 += (q[l] >> 4) * x0[32 + l];
                }
                int sc0, m0, sc1, m1;
                scaleMinK4(2 * j, blk.scales, sc0, m0);
                scaleMinK4(2 * j + 1, blk.scales, sc1, m1);
                acc += d * (float(sc0) * xd[b0] * float(s0) + float(sc1) * xd[b0 + 1] * float(s1))
                    - dmin * (float(m0) * xs[b0] + float(m1) * xs[b0 + 1]);
            }
        }
        return acc;
    });
}

void gemmQ6_K(const GemmArgs &a)
{
    const int64_t nsb = a.n / kQkK, nb = a.n / 32;
    gemmRows(a, [&](const std::byte *w, int64_t t) {
        const int8_t *xq = a.xqs + t * a.n;
        const float *xd = a.xd + t * nb;
        const int16_t *x16 = a.xsum16 + t * (a.n / 16);
        float acc = 0.0f;
        for (int64_t i = 0; i < nsb; ++i) {
            const BlockQ6_K blk = loadBlock<BlockQ6_K>(w + i * sizeof(BlockQ6_K));
            const float d = f16ToF32(blk.d);
            for (int h = 0; h < 2; ++h) {
                const uint8_t *ql = blk.ql + 64 * h;
                const uint8_t *qh = blk.qh + 32 * h;
                for (int c = 0; c < 4; ++c) { // 32 elements: two groups of 16 with their own scale
                    const int64_t b = i * 8 + 4 * h + c;
                    const int8_t *x = xq + b * 32;
                    int s[2] = {};
                    for (int l = 0; l < 32; ++l) {
                        const int lo = c & 1 ? ql[l + 32] : ql[l];
                        const int q = ((c < 2 ? lo & 0x0f : lo >> 4) | (((qh[l] >> (2 * c)) & 3) << 4));
                        s[l / 16] += q * x[l];
                    }
                    const int sc0 = blk.scales[8 * h + 2 * c], sc1 = blk.scales[8 * h + 2 * c + 1];
                    // q - 32: the zero point comes off through the groups' sums of x.
                    const int g0 = s[0] - 32 * x16[2 * b], g1 = s[1] - 32 * x16[2 * b + 1];
                    acc += d * xd[b] * float(sc0 * g0 + sc1 * g1);
                }
            }
        }
        return acc;
    });
}

float dotF32(const float *a, const float *b, int64_t n)
{
    float acc[8] = {};
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int k = 0; k < 8; ++k)
            acc[k] += a[i + k] * b[i + k];
    for (; i < n; ++i)
        acc[0] += a[i] * b[i];
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

void axpyF32(float *y, float a, const float *x, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        y[i] += a * x[i];
}

} // namespace

void fillScalarKernels(KernelTable &table)
{
    table.dot = dotF32;
    table.axpy = axpyF32;
    table.gemm[static_cast<int>(DType::F32)] = gemmF32;
    table.gemm[static_cast<int>(DType::F16)] = gemmF16;
    table.gemm[static_cast<int>(DType::BF16)] = gemmBF16;
    table.gemm[static_cast<int>(DType::Q8_0)] = gemmQ8_0;
    table.gemm[static_cast<int>(DType::Q4_0)] = gemmQ4_0;
    table.gemm[static_cast<int>(DType::Q4_K)] = gemmQ4_K;
    table.gemm[static_cast<int>(DType::Q6_K)] = gemmQ6_K;
}

} // namespace sb::cpufast
