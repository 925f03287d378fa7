// AVX2 + FMA + F16C kernels (compiled with -mavx2 -mfma -mf16c; see KernelsX86.h).
#include "engine/cpufast/KernelsX86.h"

namespace sb::cpufast {
namespace {

struct Avx2Ops {
    // Σ u8 × s8 over each 4 bytes into int32 lanes (pairs saturate at int16: the kernels keep
    // |u| · |s| · 2 below 32768: nibbles, 6-bit values, or |q8| against |x| <= 127).
    static __m256i dot(__m256i u, __m256i s)
    {
        return _mm256_madd_epi16(_mm256_maddubs_epi16(u, s), _mm256_set1_epi16(1));
    }
    static __m256i dpbusd(__m256i acc, __m256i u, __m256i s) { return _mm256_add_epi32(acc, dot(u, s)); }
};

} // namespace

void fillAvx2Kernels(KernelTable &table)
{
    fillX86Kernels<Avx2Ops, false>(table);
}

} // namespace sb::cpufast
