#version 450
// Backward to the input through a frozen Linear weight of any dtype (QLoRA style: the base is
// dequantised on the fly and never updated):
//   dX[t, k] (+)= sum_n dY[t, dyOffset + n] * W[n, k]      n over this chunk's rows
//   dY (T, dyStride) fp32, W (rows, cols) in its file's layout (spec constant WTYPE), dX (T, cols).
// A workgroup computes a 32 x 32 tile of dX (tokens x columns) stepping over n in slices of 32;
// both operands are staged in shared memory. Grid: (ceil(cols / 32), ceil(T / 32)).
#define BT 32
#define BKC 32
#define BN 32
layout(local_size_x = 256) in;
layout(constant_id = 0) const uint WTYPE = 0;

#define WEIGHT_BINDING 0
#include "weights.glsl"
layout(std430, binding = 1) readonly buffer DY { float dy[]; };
layout(std430, binding = 2) buffer DX { float dx[]; };

layout(push_constant) uniform Params {
    uint cols;       // K: input features (columns of W and dX)
    uint rows;       // N: weight rows in this chunk
    uint tokens;     // T
    uint rowBytes;
    uint dyStride;   // floats per row of dY
    uint dyOffset;   // first column of dY belonging to this chunk
    uint accumulate; // 0: dX = ..., 1: dX += ...
} p;

shared float ys[BT][BN + 1];
shared float ws[BN][BKC + 1];

// Dequantises elements [j0, j0 + 4) of the 32-element column slice starting at k0 of weight row n
// into ws[nn][j0 ..]; needs cols % 32 == 0 (the slice is one whole ggml block).
void loadQuad(uint nn, uint n, uint k0, uint j0)
{
    const uint rowByte = n * p.rowBytes;
    if (WTYPE == WT_F32) {
        const uint base = (rowByte >> 2) + k0 + j0;
        for (uint j = 0u; j < 4u; ++j)
            ws[nn][j0 + j] = uintBitsToFloat(w32[base + j]);
    } else if (WTYPE == WT_F16 || WTYPE == WT_BF16) {
        const uint base = (rowByte >> 2) + (k0 + j0) / 2u;
        for (uint j = 0u; j < 2u; ++j) {
            const uint v = w32[base + j];
            const vec2 f = WTYPE == WT_F16 ? unpackHalf2x16(v)
                                           : vec2(uintBitsToFloat(v << 16), uintBitsToFloat(v & 0xffff0000u));
            ws[nn][j0 + 2u * j] = f.x;
            ws[nn][j0 + 2u * j + 1u] = f.y;
        }
    } else if (WTYPE == WT_Q8_0) {
        const uint blk = rowByte + (k0 >> 5) * 34u;
        const float d = halfBits(wU16(blk));
        for (uint j = 0u; j < 2u; ++j) {
            const vec2 q = i8x2(wU16(blk + 2u + j0 + 2u * j));
            ws[nn][j0 + 2u * j] = d * q.x;
            ws[nn][j0 + 2u * j + 1u] = d * q.y;
        }
    } else if (WTYPE == WT_Q4_K || WTYPE == WT_Q6_K) { // uploaded in place since K-quant kernels exist
        for (uint j = 0u; j < 4u; ++j)
            ws[nn][j0 + j] = wElem(WTYPE, rowByte, k0 + j0 + j);
    } else { // Q4_0: element j < 16 is the low nibble of byte j, j >= 16 the high nibble of byte j - 16
        const uint blk = rowByte + (k0 >> 5) * 18u;
        const float d = halfBits(wU16(blk));
        const uint shift = j0 < 16u ? 0u : 4u;
        for (uint j = 0u; j < 2u; ++j) {
            const uint v = wU16(blk + 2u + (j0 & 15u) + 2u * j);
            ws[nn][j0 + 2u * j] = d * (float((v >> shift) & 15u) - 8.0);
            ws[nn][j0 + 2u * j + 1u] = d * (float((v >> (8u + shift)) & 15u) - 8.0);
        }
    }
}

void main()
{
    const uint lid = gl_LocalInvocationID.x;
    const uint t0 = gl_WorkGroupID.y * BT;
    const uint k0 = gl_WorkGroupID.x * BKC;
    const uint tx = lid % 16u; // columns k0 + tx + 16 j
    const uint ty = lid / 16u; // tokens t0 + ty + 16 i
    float acc[2][2] = {{0.0, 0.0}, {0.0, 0.0}};
    for (uint n0 = 0u; n0 < p.rows; n0 += BN) {
        for (uint e = lid; e < BT * BN; e += 256u) {
            const uint tt = e / BN, nn = e % BN;
            const uint t = t0 + tt, n = n0 + nn;
            ys[tt][nn] = (t < p.tokens && n < p.rows) ? dy[t * p.dyStride + p.dyOffset + n] : 0.0;
        }
        if (p.cols % BKC == 0u) { // whole blocks: 8 invocations per row, 4 elements each
            const uint nn = lid / 8u, j0 = (lid % 8u) * 4u;
            if (n0 + nn < p.rows)
                loadQuad(nn, n0 + nn, k0, j0);
            else
                for (uint j = 0u; j < 4u; ++j)
                    ws[nn][j0 + j] = 0.0;
        } else {
            for (uint e = lid; e < BN * BKC; e += 256u) {
                const uint nn = e / BKC, kk = e % BKC;
                const uint n = n0 + nn, k = k0 + kk;
                ws[nn][kk] = (n < p.rows && k < p.cols) ? wElem(WTYPE, n * p.rowBytes, k) : 0.0;
            }
        }
        barrier();
        for (uint nn = 0u; nn < BN; ++nn) {
            const float w0 = ws[nn][tx], w1 = ws[nn][tx + 16u];
            const float y0 = ys[ty][nn], y1 = ys[ty + 16u][nn];
            acc[0][0] += y0 * w0;
            acc[0][1] += y0 * w1;
            acc[1][0] += y1 * w0;
            acc[1][1] += y1 * w1;
        }
        barrier();
    }
    for (uint i = 0u; i < 2u; ++i) {
        const uint t = t0 + ty + 16u * i;
        if (t >= p.tokens)
            continue;
        for (uint j = 0u; j < 2u; ++j) {
            const uint k = k0 + tx + 16u * j;
            if (k >= p.cols)
                continue;
            const uint idx = t * p.cols + k;
            dx[idx] = p.accumulate != 0u ? dx[idx] + acc[i][j] : acc[i][j];
        }
    }
}
