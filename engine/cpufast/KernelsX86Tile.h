#pragma once
// The x86 prefill kernels (included by KernelsX86.h; same rules: internal linkage, intrinsics
// only). Eight weight rows at a time are unpacked to bytes and transposed so that int32 lane r
// of a register holds four consecutive values of row r; an activation's four bytes are then
// broadcast and one int8 product (vpdpbusd, or maddubs + madd) advances all eight rows' dot
// products. Block scales of the eight rows sit in one float vector, so the per-block scaling
// is one multiply-add per token for eight rows instead of one per row.
//
// Work per call: for each group of eight rows, for each slice of kSliceElems columns, the slice
// is unpacked once into a small buffer (stage 1) and then read by every token (stage 2), four
// tokens at a time, with partial sums for all tokens kept in a buffer between slices.

namespace sb::cpufast {
namespace {

constexpr int kTileRows = 8;
constexpr int kSliceElems = 1024; // columns unpacked at a time: 8 KiB of bytes + scales, in L1
constexpr int kMaxTokens = 64; // GemmArgs.tokens per call (the model passes L2-sized blocks)

// r[k] lane i <- r[i] lane k (32-bit elements).
inline void transpose8(__m256i r[8])
{
    __m256 t[8], u[8];
    for (int i = 0; i < 4; ++i) {
        t[2 * i] = _mm256_unpacklo_ps(_mm256_castsi256_ps(r[2 * i]), _mm256_castsi256_ps(r[2 * i + 1]));
        t[2 * i + 1] = _mm256_unpackhi_ps(_mm256_castsi256_ps(r[2 * i]), _mm256_castsi256_ps(r[2 * i + 1]));
    }
    for (int h = 0; h < 2; ++h) {
        u[4 * h + 0] = _mm256_shuffle_ps(t[4 * h + 0], t[4 * h + 2], _MM_SHUFFLE(1, 0, 1, 0));
        u[4 * h + 1] = _mm256_shuffle_ps(t[4 * h + 0], t[4 * h + 2], _MM_SHUFFLE(3, 2, 3, 2));
        u[4 * h + 2] = _mm256_shuffle_ps(t[4 * h + 1], t[4 * h + 3], _MM_SHUFFLE(1, 0, 1, 0));
        u[4 * h + 3] = _mm256_shuffle_ps(t[4 * h + 1], t[4 * h + 3], _MM_SHUFFLE(3, 2, 3, 2));
    }
    for (int i = 0; i < 4; ++i) {
        r[i] = _mm256_castps_si256(_mm256_permute2f128_ps(u[i], u[4 + i], 0x20));
        r[4 + i] = _mm256_castps_si256(_mm256_permute2f128_ps(u[i], u[4 + i], 0x31));
    }
}

// One unpacked 32-column unit of eight rows.
struct TileUnit {
    __m256i q[8]; // transposed unsigned values
    __m256 scaleA; // per-row scale of columns 0-15 (all 32 unless kSplit)
    __m256 scaleB; // columns 16-31 (kSplit)
    __m256 mins; // per-row min (Q4_K: subtracted times the activations' block sum)
};

// Unpackers: fill a TileUnit from eight rows' unit u (32 columns). kOffset is the zero point the
// unsigned values carry (subtracted through the activations' integer sums), kSplit whether the
// two 16-column halves have their own scales (Q6_K), kMins whether Q4_K mins apply.
struct Q4_0Tile {
    static constexpr int kOffset = 8;
    static constexpr bool kSplit = false, kMins = false;
    static void unpack(const std::byte *const rows[8], int64_t u, TileUnit &t)
    {
        const __m256i low = _mm256_set1_epi8(0x0f);
        float d[8];
        for (int r = 0; r < 8; ++r) {
            const std::byte *blk = rows[r] + u * 18;
            d[r] = halfToFloat(blk);
            const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i *>(blk + 2));
            t.q[r] = _mm256_and_si256(_mm256_set_m128i(_mm_srli_epi16(raw, 4), raw), low);
        }
        transpose8(t.q);
        t.scaleA = _mm256_loadu_ps(d);
    }
};

struct Q8_0Tile { // AVX-512 VNNI only: q + 128 overflows maddubs' int16 pairs
    static constexpr int kOffset = 128;
    static constexpr bool kSplit = false, kMins = false;
    static void unpack(const std::byte *const rows[8], int64_t u, TileUnit &t)
    {
        const __m256i flip = _mm256_set1_epi8(static_cast<char>(0x80));
        float d[8];
        for (int r = 0; r < 8; ++r) {
            const std::byte *blk = rows[r] + u * 34;
            d[r] = halfToFloat(blk);
            t.q[r] = _mm256_xor_si256(load256(blk + 2), flip); // q + 128 as unsigned
        }
        transpose8(t.q);
        t.scaleA = _mm256_loadu_ps(d);
    }
};

struct Q4_KTile {
    static constexpr int kOffset = 0;
    static constexpr bool kSplit = false, kMins = true;
    static void unpack(const std::byte *const rows[8], int64_t u, TileUnit &t)
    {
        const __m256i low = _mm256_set1_epi8(0x0f);
        const int64_t sb = u / 8, j = u % 8; // super-block, sub-block (32 columns)
        float sc[8], mn[8];
        for (int r = 0; r < 8; ++r) {
            const std::byte *blk = rows[r] + sb * 144;
            int s, m;
            scaleMinK4(int(j), reinterpret_cast<const uint8_t *>(blk + 4), s, m);
            sc[r] = halfToFloat(blk) * float(s);
            mn[r] = halfToFloat(blk + 2) * float(m);
            const __m256i q = load256(blk + 16 + 32 * (j / 2));
            t.q[r] = j % 2 ? _mm256_and_si256(_mm256_srli_epi16(q, 4), low) : _mm256_and_si256(q, low);
        }
        transpose8(t.q);
        t.scaleA = _mm256_loadu_ps(sc);
        t.mins = _mm256_loadu_ps(mn);
    }
};

struct Q6_KTile {
    static constexpr int kOffset = 32;
    static constexpr bool kSplit = true, kMins = false;
    static void unpack(const std::byte *const rows[8], int64_t u, TileUnit &t)
    {
        const __m256i low = _mm256_set1_epi8(0x0f), two = _mm256_set1_epi8(0x30);
        const int64_t sb = u / 8, h = (u % 8) / 4, c = u % 4;
        float sa[8], sbv[8];
        for (int r = 0; r < 8; ++r) {
            const std::byte *blk = rows[r] + sb * 210;
            const float d = halfToFloat(blk + 208);
            const int8_t *scales = reinterpret_cast<const int8_t *>(blk + 192);
            sa[r] = d * float(scales[8 * h + 2 * c]);
            sbv[r] = d * float(scales[8 * h + 2 * c + 1]);
            const __m256i ql = load256(blk + 64 * h + (c & 1 ? 32 : 0));
            const __m256i qh = load256(blk + 128 + 32 * h);
            const __m256i lo
                = c < 2 ? _mm256_and_si256(ql, low) : _mm256_and_si256(_mm256_srli_epi16(ql, 4), low);
            __m256i hi;
            switch (c) {
            case 0:
                hi = _mm256_slli_epi16(qh, 4);
                break;
            case 1:
                hi = _mm256_slli_epi16(qh, 2);
                break;
            case 2:
                hi = qh;
                break;
            default:
                hi = _mm256_srli_epi16(qh, 2);
                break;
            }
            t.q[r] = _mm256_or_si256(lo, _mm256_and_si256(hi, two));
        }
        transpose8(t.q);
        t.scaleA = _mm256_loadu_ps(sa);
        t.scaleB = _mm256_loadu_ps(sbv);
    }
};

inline __m256i bcast4(const int8_t *p)
{
    int32_t v;
    std::memcpy(&v, p, 4);
    return _mm256_set1_epi32(v);
}

// Stage 2 for NT tokens: acc[t] (8 rows) += the slice's units [u0, u1).
template <class Ops, class T, int NT>
void tileTokens(const GemmArgs &a, const TileUnit *units, int64_t u0, int64_t u1, int64_t t0, float *accMem)
{
    const int64_t nb = a.n / 32;
    __m256 acc[NT];
    for (int t = 0; t < NT; ++t)
        acc[t] = _mm256_loadu_ps(accMem + (t0 + t) * 8);
    for (int64_t u = u0; u < u1; ++u) {
        const TileUnit &w = units[u - u0];
        for (int t = 0; t < NT; ++t) {
            const int64_t row = t0 + t;
            const int8_t *x = a.xqs + row * a.n + u * 32;
            const int16_t *s16 = a.xsum16 + row * (a.n / 16) + 2 * u;
            const __m256 xd = _mm256_set1_ps(a.xd[row * nb + u]);
            if constexpr (T::kSplit) {
                __m256i ia = _mm256_setzero_si256(), ib = _mm256_setzero_si256();
                for (int k = 0; k < 4; ++k) {
                    ia = Ops::dpbusd(ia, w.q[k], bcast4(x + 4 * k));
                    ib = Ops::dpbusd(ib, w.q[4 + k], bcast4(x + 16 + 4 * k));
                }
                ia = _mm256_sub_epi32(ia, _mm256_set1_epi32(T::kOffset * s16[0]));
                ib = _mm256_sub_epi32(ib, _mm256_set1_epi32(T::kOffset * s16[1]));
                acc[t] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(ia), _mm256_mul_ps(w.scaleA, xd), acc[t]);
                acc[t] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(ib), _mm256_mul_ps(w.scaleB, xd), acc[t]);
            } else {
                __m256i ia = _mm256_setzero_si256(), ib = _mm256_setzero_si256();
                for (int k = 0; k < 8; k += 2) {
                    ia = Ops::dpbusd(ia, w.q[k], bcast4(x + 4 * k));
                    ib = Ops::dpbusd(ib, w.q[k + 1], bcast4(x + 4 * k + 4));
                }
                ia = _mm256_add_epi32(ia, ib);
                if constexpr (T::kOffset != 0)
                    ia = _mm256_sub_epi32(ia, _mm256_set1_epi32(T::kOffset * (s16[0] + s16[1])));
                acc[t] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(ia), _mm256_mul_ps(w.scaleA, xd), acc[t]);
                if constexpr (T::kMins)
                    acc[t] = _mm256_fnmadd_ps(w.mins, _mm256_set1_ps(a.xsum[row * nb + u]), acc[t]);
            }
        }
    }
    for (int t = 0; t < NT; ++t)
        _mm256_storeu_ps(accMem + (t0 + t) * 8, acc[t]);
}

// Rows [0, rows - rows % 8) of a call with 4 <= tokens <= kMaxTokens; returns the rows done.
template <class Ops, class T> int64_t gemmTile8(const GemmArgs &a)
{
    const int64_t groups = a.rows / kTileRows, unitsPerRow = a.n / 32;
    constexpr int64_t kSliceUnits = kSliceElems / 32;
    TileUnit units[kSliceUnits];
    alignas(32) float accMem[kMaxTokens * 8];
    for (int64_t g = 0; g < groups; ++g) {
        const std::byte *rows[8];
        for (int r = 0; r < 8; ++r)
            rows[r] = a.w + static_cast<size_t>(g * 8 + r) * a.wRowBytes;
        for (int64_t i = 0; i < a.tokens * 8; ++i)
            accMem[i] = 0.0f;
        for (int64_t u0 = 0; u0 < unitsPerRow; u0 += kSliceUnits) {
            const int64_t u1 = u0 + kSliceUnits < unitsPerRow ? u0 + kSliceUnits : unitsPerRow;
            for (int64_t u = u0; u < u1; ++u)
                T::unpack(rows, u, units[u - u0]);
            int64_t t = 0;
            for (; t + 4 <= a.tokens; t += 4)
                tileTokens<Ops, T, 4>(a, units, u0, u1, t, accMem);
            for (; t < a.tokens; ++t)
                tileTokens<Ops, T, 1>(a, units, u0, u1, t, accMem);
        }
        for (int64_t t = 0; t < a.tokens; ++t)
            for (int r = 0; r < 8; ++r) {
                float &o = a.out[t * a.outStride + g * 8 + r];
                o = a.accumulate ? o + accMem[t * 8 + r] : accMem[t * 8 + r];
            }
    }
    return groups * kTileRows;
}

// Prefill calls (>= 4 tokens) go through the 8-row tiles, the rest row by row.
template <class Ops, class T, class RowKernel> void gemmTiledPrefill(const GemmArgs &a)
{
    if (a.tokens < 4 || a.tokens > kMaxTokens || a.rows < kTileRows) {
        gemmTiled<RowKernel>(a);
        return;
    }
    const int64_t done = gemmTile8<Ops, T>(a);
    if (done < a.rows) {
        GemmArgs rest = a;
        rest.w = a.w + static_cast<size_t>(done) * a.wRowBytes;
        rest.rows = a.rows - done;
        rest.out = a.out + done;
        gemmTiled<RowKernel>(rest);
    }
}

} // namespace
} // namespace sb::cpufast
