#include "engine/cpufast/Kernels.h"

#include <algorithm>
#include <cmath>

namespace sb::cpufast {

void QuantizedActs::resize(int64_t rows, int64_t elements)
{
    tokens = rows;
    n = elements;
    qs.resize(static_cast<size_t>(rows * elements));
    d.resize(static_cast<size_t>(rows * elements / kActBlock));
    sum.resize(static_cast<size_t>(rows * elements / kActBlock));
    sum16.resize(static_cast<size_t>(rows * elements / 16));
}

void quantizeActs(const float *x, int64_t t0, int64_t t1, QuantizedActs &acts)
{
    const int64_t n = acts.n, blocks = n / kActBlock;
    for (int64_t t = t0; t < t1; ++t) {
        const float *row = x + t * n;
        int8_t *q = acts.qs.data() + t * n;
        for (int64_t b = 0; b < blocks; ++b) {
            const float *xb = row + b * kActBlock;
            float amax = 0.0f;
            for (int64_t j = 0; j < kActBlock; ++j)
                amax = std::max(amax, std::abs(xb[j]));
            // Exactly the reference's rounding (ops/Matmul.cpp roundInputs, MatmulInputs::Q8Blocks).
            const float d = amax / 127.0f;
            const float id = d > 0.0f ? 1.0f / d : 0.0f;
            int s0 = 0, s1 = 0;
            for (int64_t j = 0; j < kActBlock; ++j) {
                const int v = static_cast<int>(std::clamp(std::nearbyint(xb[j] * id), -127.0f, 127.0f));
                q[b * kActBlock + j] = static_cast<int8_t>(v);
                (j < 16 ? s0 : s1) += v;
            }
            acts.d[static_cast<size_t>(t * blocks + b)] = d;
            acts.sum[static_cast<size_t>(t * blocks + b)] = d * static_cast<float>(s0 + s1);
            acts.sum16[static_cast<size_t>(t * blocks * 2 + 2 * b)] = static_cast<int16_t>(s0);
            acts.sum16[static_cast<size_t>(t * blocks * 2 + 2 * b + 1)] = static_cast<int16_t>(s1);
        }
    }
}

void bindActs(GemmArgs &args, const QuantizedActs &acts, int64_t t)
{
    const int64_t n = acts.n;
    args.xqs = acts.qs.data() + t * n;
    args.xd = acts.d.data() + t * (n / kActBlock);
    args.xsum = acts.sum.data() + t * (n / kActBlock);
    args.xsum16 = acts.sum16.data() + t * (n / 16);
}

namespace {

KernelTable makeTable(CpuIsa isa)
{
    KernelTable t;
    fillScalarKernels(t); // the fallback for anything an ISA's table leaves out
    t.isa = isa;
#if defined(__x86_64__) || defined(_M_X64)
    if (isa == CpuIsa::Avx2 || isa == CpuIsa::Avx512)
        fillAvx2Kernels(t);
    if (isa == CpuIsa::Avx512)
        fillAvx512Kernels(t);
#endif
    return t;
}

} // namespace

const KernelTable &KernelTable::forIsa(CpuIsa isa)
{
    static const KernelTable scalar = makeTable(CpuIsa::Scalar);
    static const KernelTable avx2 = makeTable(CpuIsa::Avx2);
    static const KernelTable avx512 = makeTable(CpuIsa::Avx512);
    switch (isa) {
    case CpuIsa::Avx2:
        return avx2;
    case CpuIsa::Avx512:
        return avx512;
    case CpuIsa::Scalar:
        break;
    }
    return scalar;
}

} // namespace sb::cpufast
