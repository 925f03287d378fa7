// Tiled matrix-matrix product for prefill: Y[t, col(n)] (op)= sum_k X[t, k] * W[n, k]
//   X (T, cols) fp32, W (rows, cols) any weight type (spec constant WTYPE), fp32 accumulation.
// A workgroup computes a BT x BN tile (tokens x weight rows), stepping over k in BK slices held
// in shared memory (weights dequantised once per tile, reused by all BT tokens).
//   MODE 0: Y[t, outOffset + n] = acc
//   MODE 1: Y[t, outOffset + n] += acc                        (fused residual add)
//   MODE 2: split output for a gate+up chunk (gate rows then up rows):
//           n < splitHalf -> column outOffset + n, else column splitOffset + outOffset + (n - splitHalf)
#define BT 32
#define BN 64
#define BK 32
layout(local_size_x = 256) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(constant_id = 1) const uint MODE = 0;

#define WEIGHT_BINDING 0
#include "weights.glsl"
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) buffer Y { float y[]; };

layout(push_constant) uniform Params {
    uint cols;        // K
    uint rows;        // weight rows in this chunk (N)
    uint tokens;      // T
    uint rowBytes;
    uint outStride;   // floats per row of Y
    uint outOffset;
    uint splitHalf;   // MODE 2
    uint splitOffset; // MODE 2
} p;

shared float xs[BT][BK + 1];
shared float ws[BN][BK + 1];

// Weight slices land in ws[nn][k] as fp32.
#define WS_STORE(nn, k, v) ws[nn][k] = (v)
#include "matmul_load.glsl"

void main()
{
    const uint lid = gl_LocalInvocationID.x;
    const uint t0 = gl_WorkGroupID.y * BT;
    const uint n0 = gl_WorkGroupID.x * BN;
    const uint tx = lid % 16u; // rows n0 + tx + 16 j
    const uint ty = lid / 16u; // tokens t0 + ty + 16 i
    float acc[2][4];
    for (uint i = 0u; i < 2u; ++i)
        for (uint j = 0u; j < 4u; ++j)
            acc[i][j] = 0.0;

    for (uint k0 = 0u; k0 < p.cols; k0 += BK) {
        for (uint e = lid; e < BT * BK; e += 256u) {
            const uint tt = e / BK, kk = e % BK;
            const uint t = t0 + tt, k = k0 + kk;
            xs[tt][kk] = (t < p.tokens && k < p.cols) ? x[t * p.cols + k] : 0.0;
        }
        if (p.cols % BK == 0u) { // whole blocks: 4 invocations per row, 8 elements each
            const uint nn = lid / 4u, n = n0 + nn;
            if (n < p.rows)
                loadSlice8(nn, n, k0, lid % 4u);
            else
                for (uint j = 0u; j < 8u; ++j)
                    ws[nn][(lid % 4u) * 8u + j] = 0.0;
        } else {
            for (uint e = lid; e < BN * BK; e += 256u) {
                const uint nn = e / BK, kk = e % BK;
                const uint n = n0 + nn, k = k0 + kk;
                ws[nn][kk] = (n < p.rows && k < p.cols) ? wElem(WTYPE, n * p.rowBytes, k) : 0.0;
            }
        }
        barrier();
        for (uint kk = 0u; kk < BK; ++kk) {
            const float a0 = xs[ty][kk], a1 = xs[ty + 16u][kk];
            for (uint j = 0u; j < 4u; ++j) {
                const float b = ws[tx + 16u * j][kk];
                acc[0][j] += a0 * b;
                acc[1][j] += a1 * b;
            }
        }
        barrier();
    }

    for (uint i = 0u; i < 2u; ++i) {
        const uint t = t0 + ty + 16u * i;
        if (t >= p.tokens)
            continue;
        for (uint j = 0u; j < 4u; ++j) {
            const uint n = n0 + tx + 16u * j;
            if (n >= p.rows)
                continue;
            uint col = p.outOffset + n;
            if (MODE == 2u && n >= p.splitHalf)
                col = p.splitOffset + p.outOffset + (n - p.splitHalf);
            const uint idx = t * p.outStride + col;
            y[idx] = MODE == 1u ? y[idx] + acc[i][j] : acc[i][j];
        }
    }
}
