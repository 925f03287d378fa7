// Shared by the training attention kernels (train_attn_fwd, train_attn_bwd_*): tile sizes as
// specialization constants, the push constants, and the layouts (see vulkan/train/TrainAttention.h).
//   q, out, dOut, dq  (tokens, nHeads * HEAD_DIM)     k, v, dk, dv  (tokens, nKvHeads * HEAD_DIM)
//   lse, delta        (nHeads, tokens)
// Buffers and tiles are read as vec4 (head_dim % 4 == 0): a quarter of the load instructions.
// Tiles live in shared memory with a padded row stride (HEAD_DIM / 4 + 1 vec4s) so the threads of
// a warp reading different rows at the same column hit different banks.
#ifndef SB_TRAIN_ATTN_GLSL
#define SB_TRAIN_ATTN_GLSL

#extension GL_EXT_control_flow_attributes : enable

#define WG 64u
layout(local_size_x = 64) in;

layout(constant_id = 0) const uint HEAD_DIM = 64u;
layout(constant_id = 1) const uint BR = 16u; // query rows per tile
layout(constant_id = 2) const uint BC = 16u; // keys per tile
const uint HD4 = HEAD_DIM / 4u; // vec4s per head row
const uint KS4 = HD4 + 1u;      // padded vec4 row stride of the shared tiles

layout(push_constant) uniform Params {
    uint tokens;
    uint nHeads;
    uint nKvHeads;
    float scale;  // 1/sqrt(HEAD_DIM), computed on the host exactly as ops/Attention.cpp does
    uint flags;   // bit 0: accumulate (+=) into the gradient outputs instead of storing
} p;

// Copies `rows` rows of one head (row stride `stride` vec4s, head at vec4 column `col`) starting
// at token `row0` into a padded shared tile; rows past the sequence read as zero.
#define LOAD_TILE(dst, src, rows, row0, stride, col)                                      \
    for (uint idx_ = gl_LocalInvocationID.x; idx_ < (rows) * HD4; idx_ += WG) {           \
        const uint r_ = idx_ / HD4, d_ = idx_ % HD4;                                      \
        const uint t_ = (row0) + r_;                                                      \
        dst[r_ * KS4 + d_] = t_ < p.tokens ? src[t_ * (stride) + (col) + d_] : vec4(0.0); \
    }

#endif
