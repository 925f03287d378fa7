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
template <int NT> inline void store(const GemmArgs &a, int64_t r, int64_t t0, const float *res)
{
    for (int t = 0; t < NT; ++t) {
        float &o = a.out[(t0 + t) * a.outStride + r];
        o = a.accumulate ? o + res[t] : res[t];
    }
}

template <class Ops> struct Q8_0Kernel {
    static constexpr size_t kBytes = 34;
    template <int NT> static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
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

template <class Ops> struct Q4_0Kernel {
    static constexpr size_t kBytes = 18;
    template <int NT> static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
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

// The eight 6-bit scales and mins of a Q4_K super-block as bytes: sc[0..7] in out[0..7],
// m[0..7] in out[8..15] (ggml's get_scale_min_k4 for all eight at once).
inline void unpackScalesK4(const std::byte *scales, uint32_t out[4])
{
    constexpr uint32_t kMask1 = 0x3f3f3f3f, kMask2 = 0x0f0f0f0f, kMask3 = 0x03030303;
    uint32_t u[3];
    std::memcpy(u, scales, 12);
    out[0] = u[0] & kMask1;
    out[1] = (u[2] & kMask2) | (((u[0] >> 6) & kMask3) << 4);
    out[2] = u[1] & kMask1;
    out[3] = ((u[2] >> 4) & kMask2) | (((u[1] >> 6) & kMask3) << 4);
}

inline __m256 bytesToFloats(const uint32_t *p)
{
    return _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(p))));
}

template <class Ops> struct Q4_KKernel {
    static constexpr size_t kBytes = 144;
    template <int NT> static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
    {
        const int64_t nsb = a.n / 256, nb = a.n / 32;
        const __m256i low = _mm256_set1_epi8(0x0f);
        __m256 acc[NT], mins[NT];
        for (int t = 0; t < NT; ++t) {
            acc[t] = _mm256_setzero_ps();
            mins[t] = _mm256_setzero_ps();
        }
        for (int64_t i = 0; i < nsb; ++i) {
            const std::byte *blk = w + i * kBytes;
            uint32_t sm[4];
            unpackScalesK4(blk + 4, sm);
            const __m256 sc = _mm256_mul_ps(_mm256_set1_ps(halfToFloat(blk)), bytesToFloats(sm));
            const __m256 mn = _mm256_mul_ps(_mm256_set1_ps(halfToFloat(blk + 2)), bytesToFloats(sm + 2));
            __m256i q[8];
            for (int j = 0; j < 4; ++j) {
                const __m256i v = load256(blk + 16 + 32 * j);
                q[2 * j] = _mm256_and_si256(v, low);
                q[2 * j + 1] = _mm256_and_si256(_mm256_srli_epi16(v, 4), low);
            }
            for (int t = 0; t < NT; ++t) {
                const int64_t row = t0 + t;
                const int64_t b0 = row * nb + i * 8;
                // The eight sub-blocks' scales times the activations' block scales, and the mins
                // times the activations' block sums, eight at a time.
                alignas(32) float s[8];
                _mm256_store_ps(s, _mm256_mul_ps(sc, _mm256_loadu_ps(a.xd + b0)));
                mins[t] = _mm256_fmadd_ps(mn, _mm256_loadu_ps(a.xsum + b0), mins[t]);
                const int8_t *x = a.xqs + row * a.n + i * 256;
                for (int j = 0; j < 8; ++j) {
                    const __m256 p = _mm256_cvtepi32_ps(Ops::dot(q[j], load256(x + 32 * j)));
                    acc[t] = _mm256_fmadd_ps(p, _mm256_broadcast_ss(s + j), acc[t]);
                }
            }
        }
        for (int t = 0; t < NT; ++t)
            res[t] = hsum(_mm256_sub_ps(acc[t], mins[t]));
    }
};

template <class Ops> struct Q6_KKernel {
    static constexpr size_t kBytes = 210;
    template <int NT> static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
    {
        const int64_t nsb = a.n / 256, nb = a.n / 32;
        const __m256i low = _mm256_set1_epi8(0x0f), two = _mm256_set1_epi8(0x30);
        // Chunk c's scale vector: lanes 0-3 (elements 0-15) scale 2c, lanes 4-7 scale 2c + 1.
        __m256i pick[4];
        for (int c = 0; c < 4; ++c)
            pick[c]
                = _mm256_setr_epi32(2 * c, 2 * c, 2 * c, 2 * c, 2 * c + 1, 2 * c + 1, 2 * c + 1, 2 * c + 1);
        const __m256i pairs = _mm256_setr_epi32(0, 0, 1, 1, 2, 2, 3, 3);
        __m256 acc[NT], off[NT];
        for (int t = 0; t < NT; ++t) {
            acc[t] = _mm256_setzero_ps();
            off[t] = _mm256_setzero_ps();
        }
        for (int64_t i = 0; i < nsb; ++i) {
            const std::byte *blk = w + i * kBytes;
            const float d = halfToFloat(blk + 208);
            for (int h = 0; h < 2; ++h) {
                // The half's eight 16-element scales, in the order its chunks use them.
                const __m256 scv = _mm256_mul_ps(_mm256_set1_ps(d),
                    _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(
                        _mm_loadl_epi64(reinterpret_cast<const __m128i *>(blk + 192 + 8 * h)))));
                const __m256i ql0 = load256(blk + 64 * h), ql1 = load256(blk + 64 * h + 32);
                const __m256i qh = load256(blk + 128 + 32 * h);
                __m256i q[4];
                q[0] = _mm256_or_si256(
                    _mm256_and_si256(ql0, low), _mm256_and_si256(_mm256_slli_epi16(qh, 4), two));
                q[1] = _mm256_or_si256(
                    _mm256_and_si256(ql1, low), _mm256_and_si256(_mm256_slli_epi16(qh, 2), two));
                q[2] = _mm256_or_si256(
                    _mm256_and_si256(_mm256_srli_epi16(ql0, 4), low), _mm256_and_si256(qh, two));
                q[3] = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(ql1, 4), low),
                    _mm256_and_si256(_mm256_srli_epi16(qh, 2), two));
                for (int t = 0; t < NT; ++t) {
                    const int64_t row = t0 + t;
                    const int64_t b = i * 8 + 4 * h; // first 32-element block of the half
                    const int8_t *x = a.xqs + row * a.n + b * 32;
                    // Zero point: 32 * Σ_g scale_g * xd_g * Σx_g over the half's 8 groups.
                    const __m128 xd4 = _mm_loadu_ps(a.xd + row * nb + b);
                    const __m256 xdPairs = _mm256_permutevar8x32_ps(_mm256_castps128_ps256(xd4), pairs);
                    const __m256 g = _mm256_cvtepi32_ps(_mm256_cvtepi16_epi32(_mm_loadu_si128(
                        reinterpret_cast<const __m128i *>(a.xsum16 + row * (a.n / 16) + 2 * b))));
                    off[t] = _mm256_fmadd_ps(_mm256_mul_ps(scv, xdPairs), g, off[t]);
                    for (int c = 0; c < 4; ++c) {
                        const __m256 sv = _mm256_mul_ps(
                            _mm256_permutevar8x32_ps(scv, pick[c]), _mm256_set1_ps(a.xd[row * nb + b + c]));
                        const __m256 p = _mm256_cvtepi32_ps(Ops::dot(q[c], load256(x + 32 * c)));
                        acc[t] = _mm256_fmadd_ps(p, sv, acc[t]);
                    }
                }
            }
        }
        for (int t = 0; t < NT; ++t)
            res[t] = hsum(_mm256_fnmadd_ps(_mm256_set1_ps(32.0f), off[t], acc[t]));
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

template <class Load> struct FloatKernel {
    template <int NT> static void row(const GemmArgs &a, const std::byte *w, int64_t t0, float *res)
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
template <class K> void gemmTiled(const GemmArgs &a)
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

} // namespace
} // namespace sb::cpufast

#include "engine/cpufast/KernelsX86Tile.h"

namespace sb::cpufast {
namespace {

inline float dotF32(const float *a, const float *b, int64_t n)
{
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
    }
    float r = hsum(_mm256_add_ps(s0, s1));
    for (; i < n; ++i)
        r += a[i] * b[i];
    return r;
}

inline void axpyF32(float *y, float a, const float *x, int64_t n)
{
    const __m256 av = _mm256_set1_ps(a);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(y + i, _mm256_fmadd_ps(av, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
    for (; i < n; ++i)
        y[i] += a * x[i];
}

// kTileQ8: whether Q8_0 prefill can use the 8-row tiles (needs vpdpbusd: see Q8_0Tile).
template <class Ops, bool kTileQ8> void fillX86Kernels(KernelTable &table)
{
    table.dot = dotF32;
    table.axpy = axpyF32;
    table.gemm[static_cast<int>(DType::F32)] = gemmTiled<FloatKernel<F32Load>>;
    table.gemm[static_cast<int>(DType::F16)] = gemmTiled<FloatKernel<F16Load>>;
    table.gemm[static_cast<int>(DType::BF16)] = gemmTiled<FloatKernel<BF16Load>>;
    if constexpr (kTileQ8)
        table.gemm[static_cast<int>(DType::Q8_0)] = gemmTiledPrefill<Ops, Q8_0Tile, Q8_0Kernel<Ops>>;
    else
        table.gemm[static_cast<int>(DType::Q8_0)] = gemmTiled<Q8_0Kernel<Ops>>;
    table.gemm[static_cast<int>(DType::Q4_0)] = gemmTiledPrefill<Ops, Q4_0Tile, Q4_0Kernel<Ops>>;
    table.gemm[static_cast<int>(DType::Q4_K)] = gemmTiledPrefill<Ops, Q4_KTile, Q4_KKernel<Ops>>;
    table.gemm[static_cast<int>(DType::Q6_K)] = gemmTiledPrefill<Ops, Q6_KTile, Q6_KKernel<Ops>>;
}

} // namespace
} // namespace sb::cpufast
