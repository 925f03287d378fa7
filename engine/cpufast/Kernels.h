#pragma once
// The fast CPU backend's compute kernels: one table per instruction set (scalar, AVX2, AVX-512
// VNNI; NEON can be added as another table), chosen at run time (KernelTable::forIsa). Each ISA's
// kernels live in their own translation unit compiled with that ISA's flags, so the rest of the
// engine stays portable and a CPU without the ISA never executes its code.
//
// Products out = x · Wᵀ read the weights in place (memory-mapped GGUF blocks, never copied).
// Weights of an int8-friendly type (Q8_0, Q4_0, Q4_K, Q6_K) take activations quantised per
// 32-element block, as llama.cpp does with Q8_0 activations (QuantizedActs); F32/F16/BF16
// weights take fp32 activations. One activation format for all quantised types (not Q8_K's
// 256-element blocks for the k-quants): a finer scale is more accurate, and it is exactly the
// CPU reference's MatmulInputs::Q8Blocks, so the reference checks the fast path tightly.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "engine/cpufast/CpuFeatures.h"
#include "engine/model/Tensor.h"

namespace sb::cpufast {

constexpr int64_t kActBlock = 32;

// Activations of `tokens` rows of n elements (n a multiple of 32), quantised block by block:
// q = roundEven(x / d) clamped to +-127 with d = max|x| / 127 per 32 elements.
struct QuantizedActs {
    int64_t n = 0;
    int64_t tokens = 0;
    std::vector<int8_t> qs; // (tokens, n)
    std::vector<float> d; // (tokens, n / 32) block scales
    std::vector<float> sum; // (tokens, n / 32) d * Σ q over the block (zero points of Q4_0/Q4_K)
    std::vector<int16_t> sum16; // (tokens, n / 16) Σ q over 16 elements (Q6_K's groups)

    void resize(int64_t tokens, int64_t n);
};

// Quantises rows [t0, t1) of x (tokens, n) into acts (already sized).
void quantizeActs(const float *x, int64_t t0, int64_t t1, QuantizedActs &acts);

struct GemmArgs;
// Points args' activation fields at row t of acts.
void bindActs(GemmArgs &args, const QuantizedActs &acts, int64_t t);

// True for the weight types that take QuantizedActs.
inline bool takesQuantizedActs(DType t)
{
    return t == DType::Q8_0 || t == DType::Q4_0 || t == DType::Q4_K || t == DType::Q6_K;
}

// One call computes out[t * outStride + r] (+)= dot(weight row r, activation row t) for weight
// rows [0, rows) starting at w and tokens [0, tokens). A kernel reads each weight block once per
// few tokens (a tile), so prefill pays the decode of a block once per tile, not once per token.
struct GemmArgs {
    const std::byte *w = nullptr; // first weight row
    size_t wRowBytes = 0;
    int64_t rows = 0;
    int64_t n = 0; // elements per row
    int64_t tokens = 0;
    // fp32 activations (tokens, n), for F32/F16/BF16 weights
    const float *xf = nullptr;
    // quantised activations of the first token (QuantizedActs rows), for the other types; plain
    // pointers so that the ISA translation units use no library code (see KernelsX86.h)
    const int8_t *xqs = nullptr; // row stride n
    const float *xd = nullptr; // row stride n / 32
    const float *xsum = nullptr; // row stride n / 32
    const int16_t *xsum16 = nullptr; // row stride n / 16
    float *out = nullptr;
    int64_t outStride = 0;
    bool accumulate = false; // out += result (a residual add fused into the product)
};

using GemmFn = void (*)(const GemmArgs &);
using DotFn = float (*)(const float *a, const float *b, int64_t n);
using AxpyFn = void (*)(float *y, float a, const float *x, int64_t n); // y += a * x

struct KernelTable {
    CpuIsa isa = CpuIsa::Scalar;
    GemmFn gemm[7] = {}; // by DType (F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q6_K)
    DotFn dot = nullptr; // fp32 (attention scores)
    AxpyFn axpy = nullptr; // fp32 (attention's weighted values)

    GemmFn gemmFor(DType t) const { return gemm[static_cast<int>(t)]; }
    // The table of `isa`; requires cpuSupports(isa).
    static const KernelTable &forIsa(CpuIsa isa);
};

// Each ISA's translation unit fills a table (the x86 ones exist only in x86 builds).
void fillScalarKernels(KernelTable &table);
void fillAvx2Kernels(KernelTable &table);
void fillAvx512Kernels(KernelTable &table);

} // namespace sb::cpufast
