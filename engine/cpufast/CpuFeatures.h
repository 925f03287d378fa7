#pragma once
// Which SIMD kernel set the fast CPU backend runs: the best one this CPU has (CPUID), or the one
// forced with the environment variable SB_CPU_ISA=scalar|avx2|avx512 (tests force each in turn so
// that CI on any CPU checks every path it can run). A forced ISA the CPU lacks is refused.

#include <string>

#include "engine/core/Result.h"

namespace sb {

enum class CpuIsa {
    Scalar, // portable C++: any CPU, any compiler
    Avx2, // AVX2 + FMA + F16C (x86-64-v3)
    Avx512, // AVX-512 F/BW/VL + VNNI (Ice Lake, Zen 4 and later)
};

const char *cpuIsaName(CpuIsa isa);
// "scalar", "avx2", "avx512" (also "auto": the best supported); errors name the valid choices.
Result<CpuIsa> parseCpuIsa(const std::string &text);

// Whether this CPU (and this build: the x86 kernels exist only in x86 builds) runs `isa`.
bool cpuSupports(CpuIsa isa);
// The fastest supported ISA.
CpuIsa bestCpuIsa();
// SB_CPU_ISA when set (error if unknown or unsupported), else bestCpuIsa().
Result<CpuIsa> defaultCpuIsa();

} // namespace sb
