// Shared by the training attention kernels (train_attn_fwd, train_attn_bwd_*): tile sizes as
// specialization constants, the push constants, and the layouts (see vulkan/train/TrainAttention.h).
//   q, out, dOut, dq  (tokens, nHeads * HEAD_DIM)     k, v, dk, dv  (tokens, nKvHeads * HEAD_DIM)
//   lse, delta        (nHeads, tokens)
// Tiles live in shared memory with a padded row stride (HEAD_DIM + 1) so the threads of a warp
// reading different rows at the same column hit different banks.
#ifndef SB_TRAIN_ATTN_GLSL
#define SB_TRAIN_ATTN_GLSL

#define WG 64u
layout(local_size_x = 64) in;

layout(constant_id = 0) const uint HEAD_DIM = 64u;
layout(constant_id = 1) const uint BR = 16u; // query rows per tile
layout(constant_id = 2) const uint BC = 16u; // keys per tile
const uint KS = HEAD_DIM + 1u;

layout(push_constant) uniform Params {
    uint tokens;
    uint nHeads;
    uint nKvHeads;
    float scale;  // 1/sqrt(HEAD_DIM), computed on the host exactly as ops/Attention.cpp does
    uint flags;   // bit 0: accumulate (+=) into the gradient outputs instead of storing
} p;

// Copies `rows` rows of one head (row stride `stride` floats, head at column `col`) starting at
// token `row0` into a padded shared tile; rows past the sequence read as zero.
#define LOAD_TILE(dst, src, rows, row0, stride, col)                                   \
    for (uint idx_ = gl_LocalInvocationID.x; idx_ < (rows) * HEAD_DIM; idx_ += WG) {   \
        const uint r_ = idx_ / HEAD_DIM, d_ = idx_ % HEAD_DIM;                         \
        const uint t_ = (row0) + r_;                                                   \
        dst[r_ * KS + d_] = t_ < p.tokens ? src[t_ * (stride) + (col) + d_] : 0.0;     \
    }

#endif
