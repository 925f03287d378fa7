#include "engine/cpufast/CpuFeatures.h"

#include <cstdlib>

#if defined(__x86_64__) || defined(_M_X64)
#define SB_X86_KERNELS 1
#if defined(_MSC_VER)
#include <intrin.h>
#else
#include <cpuid.h>
#endif
#endif

namespace sb {

namespace {

#if defined(SB_X86_KERNELS)
struct X86Features {
    bool avx2 = false;
    bool avx512 = false;
};

void cpuid(unsigned leaf, unsigned sub, unsigned r[4])
{
#if defined(_MSC_VER)
    int regs[4];
    __cpuidex(regs, int(leaf), int(sub));
    for (int i = 0; i < 4; ++i)
        r[i] = unsigned(regs[i]);
#else
    __cpuid_count(leaf, sub, r[0], r[1], r[2], r[3]);
#endif
}

// XCR0: which register states the OS saves on a context switch. A CPU with AVX-512 under an OS
// that does not save the zmm state must not run AVX-512 code.
unsigned long long xgetbv0()
{
#if defined(_MSC_VER)
    return _xgetbv(0);
#else
    unsigned lo = 0, hi = 0;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (static_cast<unsigned long long>(hi) << 32) | lo;
#endif
}

X86Features detect()
{
    X86Features f;
    unsigned r[4] = {};
    cpuid(0, 0, r);
    const unsigned maxLeaf = r[0];
    if (maxLeaf < 7)
        return f;
    cpuid(1, 0, r);
    const bool osxsave = (r[2] >> 27) & 1, avx = (r[2] >> 28) & 1, fma = (r[2] >> 12) & 1,
               f16c = (r[2] >> 29) & 1;
    if (!osxsave || !avx)
        return f;
    const unsigned long long xcr0 = xgetbv0();
    const bool ymmSaved = (xcr0 & 0x6) == 0x6;
    const bool zmmSaved = (xcr0 & 0xe6) == 0xe6;
    cpuid(7, 0, r);
    const bool avx2 = (r[1] >> 5) & 1;
    const bool avx512f = (r[1] >> 16) & 1, avx512bw = (r[1] >> 30) & 1, avx512vl = (r[1] >> 31) & 1;
    const bool vnni = (r[2] >> 11) & 1;
    f.avx2 = ymmSaved && avx2 && fma && f16c;
    f.avx512 = f.avx2 && zmmSaved && avx512f && avx512bw && avx512vl && vnni;
    return f;
}

const X86Features &features()
{
    static const X86Features f = detect();
    return f;
}
#endif

} // namespace

const char *cpuIsaName(CpuIsa isa)
{
    switch (isa) {
    case CpuIsa::Scalar:
        return "scalar";
    case CpuIsa::Avx2:
        return "avx2";
    case CpuIsa::Avx512:
        return "avx512";
    }
    return "?";
}

Result<CpuIsa> parseCpuIsa(const std::string &text)
{
    if (text == "auto")
        return bestCpuIsa();
    for (CpuIsa isa : { CpuIsa::Scalar, CpuIsa::Avx2, CpuIsa::Avx512 })
        if (text == cpuIsaName(isa))
            return isa;
    return makeError(ErrorCode::InvalidArgument,
        "unknown CPU kernel set '" + text + "' (choose auto, scalar, avx2 or avx512)");
}

bool cpuSupports(CpuIsa isa)
{
    switch (isa) {
    case CpuIsa::Scalar:
        return true;
#if defined(SB_X86_KERNELS)
    case CpuIsa::Avx2:
        return features().avx2;
    case CpuIsa::Avx512:
        return features().avx512;
#else
    default:
        return false;
#endif
    }
    return false;
}

CpuIsa bestCpuIsa()
{
    if (cpuSupports(CpuIsa::Avx512))
        return CpuIsa::Avx512;
    if (cpuSupports(CpuIsa::Avx2))
        return CpuIsa::Avx2;
    return CpuIsa::Scalar;
}

Result<CpuIsa> defaultCpuIsa()
{
    const char *env = std::getenv("SB_CPU_ISA");
    if (!env || !*env)
        return bestCpuIsa();
    auto isa = parseCpuIsa(env);
    if (!isa)
        return isa.error();
    if (!cpuSupports(*isa))
        return makeError(ErrorCode::Unsupported,
            std::string("SB_CPU_ISA=") + env + ": this CPU or build cannot run that kernel set");
    return *isa;
}

} // namespace sb
