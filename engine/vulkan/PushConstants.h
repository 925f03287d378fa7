#pragma once
// The push-constant block of every compute shader, declared once on the C++ side: each struct
// mirrors the `layout(push_constant) uniform Params` block of the shaders listed beside it
// (engine/shaders/*.comp, shared bodies in engine/shaders/common/). The kernels fill these structs
// and nothing else; layouts() lists every shader with its struct's members, and the
// test engine.PushConstants reads each embedded shader's SPIR-V and compares the block's member
// offsets, types and size (and names, where the SPIR-V keeps them) with it. A field added, removed
// or retyped on one side only fails that test.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sb::push {

// Inference (VulkanKernels).
struct Embed { // embed, embed_s16
    uint32_t dim, tokenCount, rowStart, rows, rowBytes;
};
struct QuantizeQ8 { // quantize_q8
    uint32_t cols;
    float eps;
};
struct MatvecDp { // matvec_dp, matvec_dp_s16
    uint32_t cols, rows, rowBytes, outOffset;
};
struct Matvec { // matvec, matvec_s16, matvec_sg, matvec_s16_sg
    uint32_t cols, rows, rowBytes, outOffset;
    float eps;
};
struct Matmul { // matmul, matmul_s16, matmul_cm
    uint32_t cols, rows, tokens, rowBytes, outStride, outOffset, splitHalf, splitOffset;
};
struct RmsNorm { // rms_norm, rms_norm_sg, train_rmsnorm_fwd
    uint32_t dim, rows;
    float eps;
};
struct Rope { // rope
    uint32_t tokens, heads, headDim, rowStride, flags;
};
struct KvStore { // kv_store
    uint32_t tokens, kvDim, rowStride, kOffset, vOffset;
};
struct AttentionDecode { // attention_decode, attention_decode_sg
    uint32_t nHeads, nKvHeads, headDim, maxChunks;
    float scale;
};
struct AttentionCombine { // attention_combine
    uint32_t nHeads, headDim, maxChunks;
};
struct AttentionPrefill { // attention_prefill
    uint32_t tokens, nHeads, nKvHeads, headDim, rowStride, outStride;
    float scale;
};
struct Swiglu { // swiglu
    uint32_t tokens, ffn;
};
struct Count { // add, train_swiglu_fwd, train_swiglu_bwd
    uint32_t n;
};
struct Sample { // sample, sample_sg
    uint32_t n, slices;
};

// Training (TrainKernels, TrainAttention).
struct TrainMatmulBwd { // train_matmul_bwd
    uint32_t cols, rows, tokens, rowBytes, dyStride, dyOffset, accumulate;
};
struct TrainGemm { // train_gemm
    uint32_t m, n, k, lda, ldb, ldc, offA, offB, offC;
    float alpha;
    uint32_t accumulate;
};
struct RowsDim { // train_rmsnorm_bwd
    uint32_t dim, rows;
};
struct TrainEltwise { // train_eltwise
    uint32_t n, offA, offB, offY, maskOffset;
    float keep;
};
struct TrainXent { // train_xent
    uint32_t vocab, rows, rowBase;
    float dScale;
};
struct TrainSdpa { // train_sdpa_fwd, train_sdpa_bwd_ds, train_sdpa_bwd_dq, train_sdpa_bwd_dkv
    uint32_t tokens, heads, kvHeads, headDim;
    float scale;
};
struct TrainAttn { // train_attn_fwd, train_attn_bwd_dq, train_attn_bwd_dkdv
    uint32_t tokens, nHeads, nKvHeads;
    float scale;
    uint32_t flags;
};
struct TrainAttnBwdDelta { // train_attn_bwd_delta
    uint32_t tokens, nHeads, headDim;
};
struct RopeBwd { // rope_bwd
    uint32_t tokens, heads, headDim, rowStride, posBase, flags;
};

// One member of a block as the C++ struct lays it out. type: 'u' uint32, 'i' int32, 'f' float.
struct Member {
    std::string_view name;
    uint32_t offset;
    uint32_t size;
    char type;
};

struct Layout {
    std::string_view shader; // embedded shader name (file name without .comp)
    uint32_t size; // sizeof the struct; 0 with no members: the shader has no push constants
    std::vector<Member> members;
};

template <typename T> constexpr char memberType()
{
    static_assert(sizeof(T) == 4, "push constants here are 32-bit scalars");
    return std::is_floating_point_v<T> ? 'f' : std::is_signed_v<T> ? 'i' : 'u';
}

// Every shader the engine embeds, with its block (pushConstantLayouts.cpp keeps the list).
std::span<const Layout> layouts();

} // namespace sb::push
