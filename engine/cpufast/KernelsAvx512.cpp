// AVX-512 VNNI kernels (compiled with -mavx512f -mavx512bw -mavx512vl -mavx512vnni plus the AVX2
// flags; see KernelsX86.h): the int8 block products are single vpdpbusd instructions.
#include "engine/cpufast/KernelsX86.h"

namespace sb::cpufast {
namespace {

struct Avx512Ops {
    static __m256i dot(__m256i u, __m256i s) { return _mm256_dpbusd_epi32(_mm256_setzero_si256(), u, s); }
    static __m256i dpbusd(__m256i acc, __m256i u, __m256i s) { return _mm256_dpbusd_epi32(acc, u, s); }
};

} // namespace

void fillAvx512Kernels(KernelTable &table)
{
    fillX86Kernels<Avx512Ops, true>(table);
}

} // namespace sb::cpufast
