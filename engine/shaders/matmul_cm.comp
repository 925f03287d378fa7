#version 450
// Prefill matrix-matrix product on cooperative matrices (VK_KHR_cooperative_matrix: tensor
// cores, WMMA, XMX): Y[t, col(n)] (op)= sum_k X[t, k] * W[n, k], the same contract and push
// constants as common/matmul_body.glsl. A and B are fp16 (X rounded from fp32, W dequantised
// from any weight type into shared memory), accumulation is fp32.
// A workgroup of 4 subgroups computes a 64 x 64 tile (tokens x weight rows); each subgroup owns
// one 32 x 32 quadrant as (32/TM) x (32/TN) accumulators of the device's TM x TN x TK shape.
// Needs full subgroups of the size the host passes as the workgroup size / 4 (the pipeline
// requires it), shaderFloat16 and 16-bit storage.
#extension GL_KHR_cooperative_matrix : require
#extension GL_KHR_memory_scope_semantics : require
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : require

#define SB_STORAGE16 1
#define WEIGHT_BINDING 0
#include "weights.glsl"

#define BT 64
#define BN 64
#define BK 32
#define STRIDE (BK + 8) // fp16 elements per shared row: 80 bytes keeps rows 16-byte aligned

layout(local_size_x_id = 2) in; // 4 * subgroup size
layout(constant_id = 0) const uint WTYPE = 0;
layout(constant_id = 1) const uint MODE = 0;
layout(constant_id = 3) const uint TM = 16;
layout(constant_id = 4) const uint TN = 16;
layout(constant_id = 5) const uint TK = 16;

layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) buffer Y { float y[]; };

layout(push_constant) uniform Params {
    uint cols;
    uint rows;
    uint tokens;
    uint rowBytes;
    uint outStride;
    uint outOffset;
    uint splitHalf;
    uint splitOffset;
} p;

shared float16_t xs[BT * STRIDE];
shared float16_t ws[BN * STRIDE];
shared float cs[4 * 16 * 16]; // one TM x TN result tile per subgroup on its way to Y

#define WS_STORE(nn, k, v) ws[(nn) * STRIDE + (k)] = float16_t(v)
#include "matmul_load.glsl"

const uint CM = 32 / TM; // accumulator tiles per quadrant, token direction
const uint CN = 32 / TN; // and weight-row direction

void main()
{
    const uint lid = gl_LocalInvocationID.x;
    const uint threads = gl_WorkGroupSize.x;
    const uint sg = gl_SubgroupID;
    const uint t0 = gl_WorkGroupID.y * BT;
    const uint n0 = gl_WorkGroupID.x * BN;
    const uint qt = (sg >> 1) * 32u; // this subgroup's quadrant within the tile
    const uint qn = (sg & 1u) * 32u;

    coopmat<float, gl_ScopeSubgroup, TM, TN, gl_MatrixUseAccumulator> acc[CM * CN];
    for (uint i = 0u; i < CM * CN; ++i)
        acc[i] = coopmat<float, gl_ScopeSubgroup, TM, TN, gl_MatrixUseAccumulator>(0.0);

    for (uint k0 = 0u; k0 < p.cols; k0 += BK) {
        for (uint e = lid; e < BT * BK; e += threads) {
            const uint tt = e / BK, kk = e % BK;
            const uint t = t0 + tt, k = k0 + kk;
            xs[tt * STRIDE + kk] = float16_t((t < p.tokens && k < p.cols) ? x[t * p.cols + k] : 0.0);
        }
        if (p.cols % BK == 0u) { // whole blocks: 4 tasks of 8 elements per weight row
            for (uint task = lid; task < BN * 4u; task += threads) {
                const uint nn = task / 4u, n = n0 + nn, part = task % 4u;
                if (n < p.rows)
                    loadSlice8(nn, n, k0, part);
                else
                    for (uint j = 0u; j < 8u; ++j)
                        ws[nn * STRIDE + part * 8u + j] = float16_t(0.0);
            }
        } else {
            for (uint e = lid; e < BN * BK; e += threads) {
                const uint nn = e / BK, kk = e % BK;
                const uint n = n0 + nn, k = k0 + kk;
                ws[nn * STRIDE + kk] = float16_t((n < p.rows && k < p.cols) ? wElem(WTYPE, n * p.rowBytes, k) : 0.0);
            }
        }
        barrier();
        for (uint kk = 0u; kk < BK; kk += TK) {
            coopmat<float16_t, gl_ScopeSubgroup, TM, TK, gl_MatrixUseA> a[CM];
            for (uint i = 0u; i < CM; ++i)
                coopMatLoad(a[i], xs, (qt + i * TM) * STRIDE + kk, STRIDE, gl_CooperativeMatrixLayoutRowMajor);
            for (uint j = 0u; j < CN; ++j) {
                // B (K x N) element (k, n) is W[n, k]: the weight tile read column-major.
                coopmat<float16_t, gl_ScopeSubgroup, TK, TN, gl_MatrixUseB> b;
                coopMatLoad(b, ws, (qn + j * TN) * STRIDE + kk, STRIDE, gl_CooperativeMatrixLayoutColumnMajor);
                for (uint i = 0u; i < CM; ++i)
                    acc[i * CN + j] = coopMatMulAdd(a[i], b, acc[i * CN + j]);
            }
        }
        barrier();
    }

    // Through shared memory, one accumulator tile at a time, so that ragged edges, the residual
    // accumulate and the gate/up split are applied per element exactly as in matmul_body.glsl.
    const uint base = sg * 256u;
    for (uint i = 0u; i < CM; ++i) {
        for (uint j = 0u; j < CN; ++j) {
            coopMatStore(acc[i * CN + j], cs, base, TN, gl_CooperativeMatrixLayoutRowMajor);
            subgroupMemoryBarrierShared();
            subgroupBarrier();
            for (uint e = gl_SubgroupInvocationID; e < TM * TN; e += gl_SubgroupSize) {
                const uint t = t0 + qt + i * TM + e / TN;
                const uint n = n0 + qn + j * TN + e % TN;
                if (t >= p.tokens || n >= p.rows)
                    continue;
                uint col = p.outOffset + n;
                if (MODE == 2u && n >= p.splitHalf)
                    col = p.splitOffset + p.outOffset + (n - p.splitHalf);
                const uint idx = t * p.outStride + col;
                y[idx] = MODE == 1u ? y[idx] + cs[base + e] : cs[base + e];
            }
            subgroupMemoryBarrierShared();
            subgroupBarrier();
        }
    }
}
