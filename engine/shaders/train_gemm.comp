#version 450
// Generic fp32 GEMM for the LoRA adapters (small matrices of any shape):
//   C[m, n] = (ACCUM ? C[m, n] : 0) + alpha * sum_k opA(m, k) * opB(k, n)
//   opA(m, k) = TRANS_A ? A[offA + k lda + m] : A[offA + m lda + k]      (M x K)
//   opB(k, n) = TRANS_B ? B[offB + n ldb + k] : B[offB + k ldb + n]      (K x N)
// Offsets let one buffer hold every adapter tensor (and every gradient). A workgroup computes a
// 32 x 32 tile of C stepping over k in slices of 16 held in shared memory; fp32 accumulation.
// Grid: (ceil(N / 32), ceil(M / 32)).
#define BM 32
#define BN 32
#define BK 16
layout(local_size_x = 256) in;
layout(constant_id = 0) const uint TRANS_A = 0;
layout(constant_id = 1) const uint TRANS_B = 0;

layout(std430, binding = 0) readonly buffer MatA { float a[]; };
layout(std430, binding = 1) readonly buffer MatB { float b[]; };
layout(std430, binding = 2) buffer MatC { float c[]; };

layout(push_constant) uniform Params {
    uint m, n, k;
    uint lda, ldb, ldc;
    uint offA, offB, offC;
    float alpha;
    uint accumulate;
} p;

shared float as_[BM][BK + 1];
shared float bs[BK][BN + 1];

float loadA(uint m, uint k)
{
    if (m >= p.m || k >= p.k)
        return 0.0;
    return TRANS_A != 0u ? a[p.offA + k * p.lda + m] : a[p.offA + m * p.lda + k];
}

float loadB(uint k, uint n)
{
    if (k >= p.k || n >= p.n)
        return 0.0;
    return TRANS_B != 0u ? b[p.offB + n * p.ldb + k] : b[p.offB + k * p.ldb + n];
}

void main()
{
    const uint lid = gl_LocalInvocationID.x;
    const uint m0 = gl_WorkGroupID.y * BM;
    const uint n0 = gl_WorkGroupID.x * BN;
    const uint tx = lid % 16u; // columns n0 + tx + 16 j
    const uint ty = lid / 16u; // rows m0 + ty + 16 i
    float acc[2][2] = {{0.0, 0.0}, {0.0, 0.0}};
    for (uint k0 = 0u; k0 < p.k; k0 += BK) {
        for (uint e = lid; e < BM * BK; e += 256u) {
            // Consecutive invocations walk the dimension that is contiguous in memory.
            const uint mm = TRANS_A != 0u ? e % BM : e / BK;
            const uint kk = TRANS_A != 0u ? e / BM : e % BK;
            as_[mm][kk] = loadA(m0 + mm, k0 + kk);
        }
        for (uint e = lid; e < BK * BN; e += 256u) {
            const uint kk = TRANS_B != 0u ? e % BK : e / BN;
            const uint nn = TRANS_B != 0u ? e / BK : e % BN;
            bs[kk][nn] = loadB(k0 + kk, n0 + nn);
        }
        barrier();
        for (uint kk = 0u; kk < BK; ++kk) {
            const float a0 = as_[ty][kk], a1 = as_[ty + 16u][kk];
            const float b0 = bs[kk][tx], b1 = bs[kk][tx + 16u];
            acc[0][0] += a0 * b0;
            acc[0][1] += a0 * b1;
            acc[1][0] += a1 * b0;
            acc[1][1] += a1 * b1;
        }
        barrier();
    }
    for (uint i = 0u; i < 2u; ++i) {
        const uint m = m0 + ty + 16u * i;
        if (m >= p.m)
            continue;
        for (uint j = 0u; j < 2u; ++j) {
            const uint n = n0 + tx + 16u * j;
            if (n >= p.n)
                continue;
            const uint idx = p.offC + m * p.ldc + n;
            const float v = p.alpha * acc[i][j];
            c[idx] = p.accumulate != 0u ? c[idx] + v : v;
        }
    }
}
