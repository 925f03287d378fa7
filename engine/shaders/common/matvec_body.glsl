// Matrix-vector product for decode. A workgroup computes ROWS weight rows (of one row chunk),
// LANES invocations per row each summing a strided share of the row, then one barrier and a
// serial sum per row: few barriers and few workgroups, which matters on lavapipe and costs little
// on GPUs (a row's lanes read consecutive words).
//   MODE 0: y[outOffset + r] = W[r, :] . x
//   MODE 1: y[outOffset + r] += W[r, :] . x                      (fused residual add)
//   MODE 2: y[outOffset + r] = silu(W[r, :] . x) * (W[rows + r, :] . x)
//           (fused gate+up+SwiGLU: the chunk holds its gate rows, then the matching up rows)
// W (rows, cols) in any weight type (spec constant WTYPE), x (cols) and y fp32; fp32 accumulation.
// FUSE_NORM (spec constant 2): x is first RMS-normalised with weight nw and eps (each workgroup
// recomputes the sum of squares of x, which is cheap next to a pass over its weight rows and
// saves a dispatch and a barrier per norm).
// SB_SUBGROUP: rows are handed out by subgroup (whatever the device's subgroup size: a row gets
// one or more whole subgroups, or a subgroup takes several rows in turn) and each row's partial
// sums meet in subgroupAdd, so no barrier is needed when a subgroup holds a whole row.
#define LANES 32
#define ROWS 8
layout(local_size_x = LANES, local_size_y = ROWS) in;
layout(constant_id = 0) const uint WTYPE = 0;
layout(constant_id = 1) const uint MODE = 0;
layout(constant_id = 2) const bool FUSE_NORM = false;

#define WEIGHT_BINDING 0
#include "weights.glsl"
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) buffer Y { float y[]; };
layout(std430, binding = 3) readonly buffer NormW { float nw[]; }; // (cols), FUSE_NORM only

layout(push_constant) uniform Params {
    uint cols;
    uint rows;      // rows of this chunk (gate rows only in MODE 2)
    uint rowBytes;
    uint outOffset; // first output index of this chunk
    float eps;      // FUSE_NORM
} p;

shared float partA[ROWS][LANES];
shared float partB[ROWS][LANES];
shared float normPart[ROWS * LANES];
shared float normLane[LANES];
float normScale = 1.0;

// Element i of the (normalised) input.
float xv(uint i) { return FUSE_NORM ? x[i] * normScale * nw[i] : x[i]; }

// This lane's share (lane lid of `lanes`) of W[row, :] . x
float rowDot(uint row, uint lid, uint WG_SIZE)
{
    const uint rowByte = row * p.rowBytes;
    float acc = 0.0;
    if (WTYPE == WT_F32) {
        const uint base = rowByte >> 2;
        for (uint i = lid; i < p.cols; i += WG_SIZE)
            acc += uintBitsToFloat(w32[base + i]) * xv(i);
    } else if (WTYPE == WT_F16 || WTYPE == WT_BF16) {
        // cols is even (checked by the host), so each row starts on a 32-bit word.
        const uint base = rowByte >> 2;
        for (uint i = lid; i < p.cols / 2u; i += WG_SIZE) {
            const uint v = w32[base + i];
            vec2 wv = WTYPE == WT_F16 ? unpackHalf2x16(v) : vec2(uintBitsToFloat(v << 16), uintBitsToFloat(v & 0xffff0000u));
            acc += wv.x * xv(2u * i) + wv.y * xv(2u * i + 1u);
        }
    } else if (WTYPE == WT_Q8_0) {
        for (uint b = lid; b < p.cols / 32u; b += WG_SIZE) {
            const uint blk = rowByte + b * 34u;
            const uint xb = b * 32u;
            float s = 0.0;
            for (uint j = 0u; j < 16u; ++j) {
                const vec2 q = i8x2(wU16(blk + 2u + 2u * j));
                s += q.x * xv(xb + 2u * j) + q.y * xv(xb + 2u * j + 1u);
            }
            acc += halfBits(wU16(blk)) * s;
        }
    } else if (WTYPE == WT_Q4_K) {
        // One 32-element sub-block per step: sum(d sc q x - dmin m x) = d sc (q . x) - dmin m sum(x).
        for (uint b = lid; b < p.cols / 32u; b += WG_SIZE) {
            const uint blk = rowByte + (b >> 3) * 144u, sub = b & 7u;
            const uint qb = blk + 16u + (sub >> 1) * 32u, shift = (sub & 1u) * 4u;
            const uint xb = b * 32u;
            float s = 0.0, sx = 0.0;
            for (uint j = 0u; j < 16u; ++j) {
                const uint v = wU16(qb + 2u * j);
                const float x0 = xv(xb + 2u * j), x1 = xv(xb + 2u * j + 1u);
                s += float((v >> shift) & 15u) * x0 + float((v >> (8u + shift)) & 15u) * x1;
                sx += x0 + x1;
            }
            const uvec2 sm = q4kScaleMin(blk, sub);
            acc += halfBits(wU16(blk)) * float(sm.x) * s - halfBits(wU16(blk + 2u)) * float(sm.y) * sx;
        }
    } else if (WTYPE == WT_Q6_K) {
        // One 32-element sub-block per step (two 16-element scale groups).
        for (uint b = lid; b < p.cols / 32u; b += WG_SIZE) {
            const uint blk = rowByte + (b >> 3) * 210u, sub = b & 7u;
            const uint n = sub >> 2, q = sub & 3u;
            const uint qlb = blk + n * 64u + (q & 1u) * 32u, qhb = blk + 128u + n * 32u;
            const uint lshift = (q >> 1) * 4u, hshift = 2u * q;
            const uint xb = b * 32u;
            float s0 = 0.0, s1 = 0.0;
            for (uint j = 0u; j < 16u; ++j) {
                const uint lo = wU16(qlb + 2u * j), hi = wU16(qhb + 2u * j);
                const float q0 = float(int(((lo >> lshift) & 15u) | (((hi >> hshift) & 3u) << 4)) - 32);
                const float q1 = float(int(((lo >> (8u + lshift)) & 15u) | (((hi >> (8u + hshift)) & 3u) << 4)) - 32);
                const float part = q0 * xv(xb + 2u * j) + q1 * xv(xb + 2u * j + 1u);
                if (j < 8u)
                    s0 += part;
                else
                    s1 += part;
            }
            const uint g = n * 8u + q * 2u;
            acc += halfBits(wU16(blk + 208u)) * (q6kScale(blk, g) * s0 + q6kScale(blk, g + 1u) * s1);
        }
    } else { // Q4_0
        for (uint b = lid; b < p.cols / 32u; b += WG_SIZE) {
            const uint blk = rowByte + b * 18u;
            const uint xb = b * 32u;
            float s = 0.0;
            for (uint j = 0u; j < 8u; ++j) {
                const uint v = wU16(blk + 2u + 2u * j); // bytes 2j, 2j+1
                s += (float(v & 15u) - 8.0) * xv(xb + 2u * j) + (float((v >> 8) & 15u) - 8.0) * xv(xb + 2u * j + 1u)
                    + (float((v >> 4) & 15u) - 8.0) * xv(xb + 16u + 2u * j)
                    + (float((v >> 12) & 15u) - 8.0) * xv(xb + 17u + 2u * j);
            }
            acc += halfBits(wU16(blk)) * s;
        }
    }
    return acc;
}

#ifdef SB_SUBGROUP
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require
shared float sgA[ROWS * LANES];
shared float sgB[ROWS * LANES];

void storeRow(uint r, float d, float u)
{
    if (MODE == 2u)
        y[p.outOffset + r] = d / (1.0 + exp(-d)) * u;
    else
        y[p.outOffset + r] = MODE == 1u ? y[p.outOffset + r] + d : d;
}

void main()
{
    const uint wg = gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x;
    const uint nsg = gl_NumSubgroups, sid = gl_SubgroupID;
    if (FUSE_NORM) {
        float ss = 0.0;
        for (uint i = gl_LocalInvocationIndex; i < p.cols; i += ROWS * LANES)
            ss += x[i] * x[i];
        ss = subgroupAdd(ss);
        if (subgroupElect())
            sgA[sid] = ss;
        barrier();
        float total = 0.0;
        for (uint j = 0u; j < nsg; ++j)
            total += sgA[j];
        normScale = inversesqrt(total / float(p.cols) + p.eps);
        barrier(); // sgA is reused below
    }
    const uint spr = max(1u, nsg / ROWS); // subgroups per row
    const uint rowStep = nsg / spr;        // rows in flight at once
    const uint lane = (sid % spr) * gl_SubgroupSize + gl_SubgroupInvocationID;
    const uint lanes = spr * gl_SubgroupSize;
    for (uint ry = sid / spr; ry < ROWS; ry += rowStep) { // uniform within a subgroup
        const uint r = wg * ROWS + ry;
        float d = 0.0, u = 0.0;
        if (r < p.rows) {
            d = rowDot(r, lane, lanes);
            if (MODE == 2u)
                u = rowDot(p.rows + r, lane, lanes);
        }
        d = subgroupAdd(d);
        if (MODE == 2u)
            u = subgroupAdd(u);
        if (spr == 1u) {
            if (subgroupElect() && r < p.rows)
                storeRow(r, d, u);
        } else if (subgroupElect()) {
            sgA[sid] = d;
            sgB[sid] = u;
        }
    }
    if (spr == 1u) // the same for the whole workgroup
        return;
    barrier();
    const uint ry = gl_LocalInvocationIndex, r = wg * ROWS + ry;
    if (ry >= ROWS || r >= p.rows)
        return;
    float d = 0.0, u = 0.0;
    for (uint j = 0u; j < spr; ++j) {
        d += sgA[ry * spr + j];
        u += sgB[ry * spr + j];
    }
    storeRow(r, d, u);
}
#else
void main()
{
    const uint wg = gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x;
    const uint ly = gl_LocalInvocationID.y, lane = gl_LocalInvocationID.x;
    const uint r = wg * ROWS + ly;
    if (FUSE_NORM) {
        const uint fi = ly * LANES + lane;
        float ss = 0.0;
        for (uint i = fi; i < p.cols; i += ROWS * LANES)
            ss += x[i] * x[i];
        // Two barriers, not a log2(256)-step tree: barriers are what costs on CPU implementations.
        normPart[fi] = ss;
        barrier();
        if (fi < LANES) {
            float s = 0.0;
            for (uint j = 0u; j < ROWS; ++j)
                s += normPart[j * LANES + fi];
            normLane[fi] = s;
        }
        barrier();
        float total = 0.0;
        for (uint j = 0u; j < LANES; ++j)
            total += normLane[j];
        normScale = inversesqrt(total / float(p.cols) + p.eps);
    }
    float d = 0.0, u = 0.0;
    if (r < p.rows) {
        d = rowDot(r, lane, LANES);
        if (MODE == 2u)
            u = rowDot(p.rows + r, lane, LANES);
    }
    partA[ly][lane] = d;
    partB[ly][lane] = u;
    barrier();
    if (lane != 0u || r >= p.rows)
        return;
    d = 0.0;
    u = 0.0;
    for (uint i = 0u; i < LANES; ++i) {
        d += partA[ly][i];
        u += partB[ly][i];
    }
    if (MODE == 2u)
        y[p.outOffset + r] = d / (1.0 + exp(-d)) * u;
    else
        y[p.outOffset + r] = MODE == 1u ? y[p.outOffset + r] + d : d;
}
#endif
