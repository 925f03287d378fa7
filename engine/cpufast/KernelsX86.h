#pragma once
// The x86 SIMD kernels, written once over 256-bit vectors and included by the AVX2 and the
// AVX-512 translation units, which differ in how an int8 block product is formed
// (Ops::dot: maddubs + madd on AVX2, one vpdpbusd on AVX-512 VNNI). Everything here has internal
// linkage and calls only intrinsics: an inline function shared with other translation units
// (library templates, engine/model/Half.h) could be emitted with this unit's ISA flags and then
// picked by the linker for the portable path, which would crash a CPU without the ISA.
//
// Tiling: one weight row against up to four tokens at a time, so each weight block is loaded
// and unpacked once per four tokens (prefill) and the row stays in L1 for the next tokens.
// Quantised types are read as unsigned nibbles/bytes times the signed activations; zero points
// (Q4_0's 8, Q4_K's mins, Q6_K's 32) come off through the activations' block sums.

#include <immintrin.h>

#include <cstdint>
#include <cstring>

#include "engine/cpufast/Kernels.h"

namespace sb::cpufast {
namespace {

constexpr int kTile = 4;

inline float halfToFloat(const std::byte *p)
{
    uint16_t h;
    std::memcpy(&h, p, 2);
    return _cvtsh_ss(h);
}

inline float hsum(__m256 v)
{
    const __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    const __m128 h = _mm_add_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_add_ss(h, _mm_movehdup_ps(h)));
}

inline __m256i load256(const void *p)
{
    return _mm256_loadu_si256(static_cast<const __m256i *>(p));
}

// Stores or adds one row's results for NT tokens.
template <int NT>
inline void store(const GemmArgs &a, int64_t r, int64_t t0, const float *res)
{
    for (int t = 0; t < NT; ++t) {
        float &o = a.out[(t0 + t) * a.outStride + r];
        o = a.accumulate ? o + res[t] : res[t];
    }
}

template <class Ops>
struct Q8_0Kernel {
    static constexpr size_t kBytes = 34;
    template <int NT>
    static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
    {
        const int64_t nb = a.n / 32;
        __m256 acc[NT];
        for (int t = 0; t < NT; ++t)
            acc[t] = _mm256_setzero_ps();
        for (int64_t b = 0; b < nb; ++b) {
            const std::byte *blk = w + b * kBytes;
            const float dw = halfToFloat(blk);
            const __m256i q = load256(blk + 2);
            const __m256i u = _mm256_sign_epi8(q, q); // |q| as unsigned bytes
            for (int t = 0; t < NT; ++t) {
                const int64_t row = t0 + t;
                const __m256i x = _mm256_sign_epi8(load256(a.xqs + row * a.n + b * 32), q);
                const __m256 p = _mm256_cvtepi32_ps(Ops::dot(u, x));
                acc[t] = _mm256_fmadd_ps(p, _mm256_set1_ps(dw * a.xd[row * nb + b]), acc[t]);
            }
        }
        for (int t = 0; t < NT; ++t)
            res[t] = hsum(acc[t]);
    }
};

template <class Ops>
struct Q4_0Kernel {
    static constexpr size_t kBytes = 18;
    template <int NT>
    static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
    {
        const int64_t nb = a.n / 32;
        const __m256i low = _mm256_set1_epi8(0x0f);
        __m256 acc[NT];
        float off[NT];
        for (int t = 0; t < NT; ++t) {
            acc[t] = _mm256_setzero_ps();
            off[t] = 0.0f;
        }
        for (int64_t b = 0; b < nb; ++b) {
            const std::byte *blk = w + b * kBytes;
            const float dw = halfToFloat(blk);
            const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i *>(blk + 2));
            // Low nibbles are elements 0-15, high nibbles 16-31.
            const __m256i q = _mm256_and_si256(_mm256_set_m128i(_mm_srli_epi16(raw, 4), raw), low);
            for (int t = 0; t < NT; ++t) {
                const int64_t row = t0 + t;
                const __m256 p = _mm256_cvtepi32_ps(Ops::dot(q, load256(a.xqs + row * a.n + b * 32)));
                acc[t] = _mm256_fmadd_ps(p, _mm256_set1_ps(dw * a.xd[row * nb + b]), acc[t]);
                off[t] += dw * a.xsum[row * nb + b];
            }
        }
        for (int t = 0; t < NT; ++t)
            res[t] = hsum(acc[t]) - 8.0f * off[t];
    }
};

inline void scaleMinK4(int j, const uint8_t *q, int &d, int &m)
{
    if (j < 4) {
        d = q[j] & 63;
        m = q[j + 4] & 63;
    } else {
        d = (q[j + 4] & 0xf) | ((q[j - 4] >> 6) << 4);
        m = (q[j + 4] >> 4) | ((q[j] >> 6) << 4);
    }
}

template <class Ops>
struct Q4_KKernel {
    static constexpr size_t kBytes = 144;
    template <int NT>
    static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
    {
        const int64_t nsb = a.n / 256, nb = a.n / 32;
        const __m256i low = _mm256_set1_epi8(0x0f);
        __m256 acc[NT];
        float off[NT];
        for (int t = 0; t < NT; ++t) {
            acc[t] = _mm256_setzero_ps();
            off[t] = 0.0f;
        }
        for (int64_t i = 0; i < nsb; ++i) {
            const std::byte *blk = w + i * kBytes;
            const float d = halfToFloat(blk), dmin = halfToFloat(blk + 2);
            const uint8_t *scales = reinterpret_cast<const uint8_t *>(blk + 4);
            const std::byte *qs = blk + 16;
            float sc[8], mn[8];
            for (int j = 0; j < 8; ++j) {
                int s, m;
                scaleMinK4(j, scales, s, m);
                sc[j] = d * float(s);
                mn[j] = dmin * float(m);
            }
            for (int j = 0; j < 4; ++j) {
                const __m256i q = load256(qs + 32 * j);
                const __m256i lo = _mm256_and_si256(q, low);
                const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(q, 4), low);
                const int64_t b0 = i * 8 + 2 * j;
                for (int t = 0; t < NT; ++t) {
                    const int64_t row = t0 + t;
                    const int8_t *x = a.xqs + row * a.n + b0 * 32;
                    const __m256 p0 = _mm256_cvtepi32_ps(Ops::dot(lo, load256(x)));
                    const __m256 p1 = _mm256_cvtepi32_ps(Ops::dot(hi, load256(x + 32)));
                    acc[t] = _mm256_fmadd_ps(p0, _mm256_set1_ps(sc[2 * j] * a.xd[row * nb + b0]), acc[t]);
                    acc[t] = _mm256_fmadd_ps(p1, _mm256_set1_ps(sc[2 * j + 1] * a.xd[row * nb + b0 + 1]), acc[t]);
                }
            }
            for (int t = 0; t < NT; ++t) {
                const float *xs = a.xsum + (t0 + t) * nb + i * 8;
                float o = 0.0f;
                for (int j = 0; j < 8; ++j)
                    o += mn[j] * xs[j];
                off[t] += o;
            }
        }
        for (int t = 0; t < NT; ++t)
            res[t] = hsum(acc[t]) - off[t];
    }
};

template <class Ops>
struct Q6_KKernel {
    static constexpr size_t kBytes = 210;
    template <int NT>
    static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
    {
        const int64_t nsb = a.n / 256, nb = a.n / 32;
        const __m256i low = _mm256_set1_epi8(0x0f), two = _mm256_set1_epi8(0x30);
        __m256 acc[NT];
        float off[NT];
        for (int t = 0; t < NT; ++t) {
            acc[t] = _mm256_setzero_ps();
            off[t] = 0.0f;
        }
        for (int64_t i = 0; i < nsb; ++i) {
            const std::byte *blk = w + i * kBytes;
            const int8_t *scales = reinterpret_cast<const int8_t *>(blk + 192);
            const float d = halfToFloat(blk + 208);
            for (int h = 0; h < 2; ++h) {
                const __m256i ql0 = load256(blk + 64 * h), ql1 = load256(blk + 64 * h + 32);
                const __m256i qh = load256(blk + 128 + 32 * h);
                __m256i q[4];
                q[0] = _mm256_or_si256(_mm256_and_si256(ql0, low), _mm256_and_si256(_mm256_slli_epi16(qh, 4), two));
                q[1] = _mm256_or_si256(_mm256_and_si256(ql1, low), _mm256_and_si256(_mm256_slli_epi16(qh, 2), two));
                q[2] = _mm256_or_si256(
                    _mm256_and_si256(_mm256_srli_epi16(ql0, 4), low), _mm256_and_si256(qh, two));
                q[3] = _mm256_or_si256(
                    _mm256_and_si256(_mm256_srli_epi16(ql1, 4), low), _mm256_and_si256(_mm256_srli_epi16(qh, 2), two));
                for (int c = 0; c < 4; ++c) {
                    const float s0 = d * float(scales[8 * h + 2 * c]), s1 = d * float(scales[8 * h + 2 * c + 1]);
                    // dot lanes 0-3 are elements 0-15 (scale s0), lanes 4-7 elements 16-31 (s1).
                    const __m256 sv = _mm256_set_ps(s1, s1, s1, s1, s0, s0, s0, s0);
                    const int64_t b = i * 8 + 4 * h + c;
                    for (int t = 0; t < NT; ++t) {
                        const int64_t row = t0 + t;
                        const float xd = a.xd[row * nb + b];
                        const __m256 p = _mm256_cvtepi32_ps(Ops::dot(q[c], load256(a.xqs + row * a.n + b * 32)));
                        acc[t] = _mm256_fmadd_ps(p, _mm256_mul_ps(sv, _mm256_set1_ps(xd)), acc[t]);
                        const int16_t *x16 = a.xsum16 + row * (a.n / 16) + 2 * b;
                        off[t] += xd * (s0 * float(x16[0]) + s1 * float(x16[1]));
                    }
                }
            }
        }
        for (int t = 0; t < NT; ++t)
            res[t] = hsum(acc[t]) - 32.0f * off[t];
    }
};

// Eight weights as fp32.
struct F32Load {
    static constexpr size_t kElem = 4;
    static __m256 load8(const std::byte *p) { return _mm256_loadu_ps(reinterpret_cast<const float *>(p)); }
    static float load1(const std::byte *p)
    {
        float v;
        std::memcpy(&v, p, 4);
        return v;
    }
};
struct F16Load {
    static constexpr size_t kElem = 2;
    static __m256 load8(const std::byte *p)
    {
        return _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)));
    }
    static float load1(const std::byte *p) { return halfToFloat(p); }
};
struct BF16Load {
    static constexpr size_t kElem = 2;
    static __m256 load8(const std::byte *p)
    {
        const __m256i v = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)));
        return _mm256_castsi256_ps(_mm256_slli_epi32(v, 16));
    }
    static float load1(const std::byte *p)
    {
        uint16_t h;
        std::memcpy(&h, p, 2);
        const uint32_t u = uint32_t(h) << 16;
        float f;
        std::memcpy(&f, &u, 4);
        return f;
    }
};

template <class Load>
struct FloatKernel {
    template <int NT>
    static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
    {
        __m256 acc[NT];
        for (int t = 0; t < NT; ++t)
            acc[t] = _mm256_setzero_ps();
        int64_t i = 0;
        for (; i + 8 <= a.n; i += 8) {
            const __m256 wv = Load::load8(w + i * Load::kElem);
            for (int t = 0; t < NT; ++t)
                acc[t] = _mm256_fmadd_ps(wv, _mm256_loadu_ps(a.xf + (t0 + t) * a.n + i), acc[t]);
        }
        for (int t = 0; t < NT; ++t) {
            res[t] = hsum(acc[t]);
            for (int64_t k = i; k < a.n; ++k)
                res[t] += Load::load1(w + k * Load::kElem) * a.xf[(t0 + t) * a.n + k];
        }
    }
};

// Every row against the tokens in tiles of kTile.
template <class K>
void gemmTiled(const GemmArgs &a)
{
    for (int64_t r = 0; r < a.rows; ++r) {
        const std::byte *w = a.w + static_cast<size_t>(r) * a.wRowBytes;
        float res[kTile];
        int64_t t = 0;
        for (; t + kTile <= a.tokens; t += kTile) {
            K::template row<kTile>(a, w, t, res);
            store<kTile>(a, r, t, res);
        }
        switch (a.tokens - t) {
        case 3:
            K::template row<3>(a, w, t, res);
            store<3>(a, r, t, res);
            break;
        case 2:
            K::template row<2>(a, w, t, res);
            store<2>(a, r, t, res);
            break;
        case 1:
            K::template row<1>(a, w, t, res);
            store<1>(a, r, t, res);
            break;
        default:
            break;
        }
    }
}

template <class Ops>
void fillX86Kernels(KernelTable &table)
{
    table.gemm[static_cast<int>(DType::F32)] = gemmTiled<FloatKernel<F32Load>>;
    table.gemm[static_cast<int>(DType::F16)] = gemmTiled<FloatKernel<F16Load>>;
    table.gemm[static_cast<int>(DType::BF16)] = gemmTiled<FloatKernel<BF16Load>>;
    table.gemm[static_cast<int>(DType::Q8_0)] = gemmTiled<Q8_0Kernel<Ops>>;
    table.gemm[static_cast<int>(DType::Q4_0)] = gemmTiled<Q4_0Kernel<Ops>>;
    table.gemm[static_cast<int>(DType::Q4_K)] = gemmTiled<Q4_KKernel<Ops>>;
    table.gemm[static_cast<int>(DType::Q6_K)] = gemmTiled<Q6_KKernel<Ops>>;
}

} // namespace
} // namespace sb::cpufast
