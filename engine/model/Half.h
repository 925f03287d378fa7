#pragma once
// IEEE half and bfloat16 conversions, bit-exact with ggml: widening is exact, narrowing rounds to
// nearest even; NaN stays NaN (quiet), overflow becomes infinity.

#include <cstdint>
#include <cstring>

namespace sb {

inline uint32_t floatBits(float f)
{
    uint32_t u;
    std::memcpy(&u, &f, 4);
    return u;
}

inline float bitsFloat(uint32_t u)
{
    float f;
    std::memcpy(&f, &u, 4);
    return f;
}

inline float f16ToF32(uint16_t h)
{
    const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
    const uint32_t exp = (h >> 10) & 0x1fu;
    uint32_t mant = h & 0x3ffu;
    if (exp == 0x1f) // inf / nan
        return bitsFloat(sign | 0x7f800000u | (mant << 13));
    if (exp != 0)
        return bitsFloat(sign | ((exp + 112u) << 23) | (mant << 13));
    if (mant == 0)
        return bitsFloat(sign);
    // Subnormal half: normalise into a float.
    uint32_t e = 113;
    while ((mant & 0x400u) == 0) {
        mant <<= 1;
        --e;
    }
    return bitsFloat(sign | (e << 23) | ((mant & 0x3ffu) << 13));
}

inline uint16_t f32ToF16(float f)
{
    uint32_t x = floatBits(f);
    const uint16_t sign = static_cast<uint16_t>((x >> 16) & 0x8000u);
    x &= 0x7fffffffu;
    if (x >= 0x7f800000u) // inf or nan
        return sign | (x > 0x7f800000u ? 0x7e00u : 0x7c00u);
    if (x >= 0x477ff000u) // >= 65520 rounds to infinity
        return sign | 0x7c00u;
    if (x < 0x38800000u) { // below 2^-14: half subnormal or zero
        if (x <= 0x33000000u) // <= 2^-25 rounds (ties to even) to zero
            return sign;
        const uint32_t e = x >> 23;
        const uint32_t m = (x & 0x7fffffu) | 0x800000u;
        const uint32_t shift = 126u - e;
        uint32_t r = m >> shift;
        const uint32_t rem = m & ((1u << shift) - 1u);
        const uint32_t halfway = 1u << (shift - 1u);
        if (rem > halfway || (rem == halfway && (r & 1u)))
            ++r;
        return static_cast<uint16_t>(sign | r);
    }
    uint32_t r = (x >> 13) - (112u << 10);
    const uint32_t rem = x & 0x1fffu;
    if (rem > 0x1000u || (rem == 0x1000u && (r & 1u)))
        ++r;
    return static_cast<uint16_t>(sign | r);
}

inline float bf16ToF32(uint16_t b)
{
    return bitsFloat(static_cast<uint32_t>(b) << 16);
}

inline uint16_t f32ToBf16(float f)
{
    const uint32_t u = floatBits(f);
    if ((u & 0x7fffffffu) > 0x7f800000u) // nan: keep it quiet and a nan
        return static_cast<uint16_t>((u >> 16) | 0x40u);
    return static_cast<uint16_t>((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}

} // namespace sb
