// Which push-constant struct (PushConstants.h) each embedded shader uses. Every shader in
// engine/shaders/ has a row; engine.PushConstants fails for a shader without one.
#include "engine/vulkan/PushConstants.h"

namespace sb::push {

namespace {

// One member of struct S: its name, where C++ puts it, its size and scalar type.
// clang-format off
#define SB_MEMBER(S, m) Member { #m, uint32_t(offsetof(S, m)), uint32_t(sizeof(S::m)), memberType<decltype(S::m)>() }
// clang-format on

Layout embedLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(Embed)),
        { SB_MEMBER(Embed, dim), SB_MEMBER(Embed, tokenCount), SB_MEMBER(Embed, rowStart),
            SB_MEMBER(Embed, rows), SB_MEMBER(Embed, rowBytes) } };
}

Layout quantizeQ8Layout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(QuantizeQ8)),
        { SB_MEMBER(QuantizeQ8, cols), SB_MEMBER(QuantizeQ8, eps) } };
}

Layout matvecDpLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(MatvecDp)),
        { SB_MEMBER(MatvecDp, cols), SB_MEMBER(MatvecDp, rows), SB_MEMBER(MatvecDp, rowBytes),
            SB_MEMBER(MatvecDp, outOffset) } };
}

Layout matvecLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(Matvec)),
        { SB_MEMBER(Matvec, cols), SB_MEMBER(Matvec, rows), SB_MEMBER(Matvec, rowBytes),
            SB_MEMBER(Matvec, outOffset), SB_MEMBER(Matvec, eps) } };
}

Layout matmulLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(Matmul)),
        { SB_MEMBER(Matmul, cols), SB_MEMBER(Matmul, rows), SB_MEMBER(Matmul, tokens),
            SB_MEMBER(Matmul, rowBytes), SB_MEMBER(Matmul, outStride), SB_MEMBER(Matmul, outOffset),
            SB_MEMBER(Matmul, splitHalf), SB_MEMBER(Matmul, splitOffset) } };
}

Layout rmsNormLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(RmsNorm)),
        { SB_MEMBER(RmsNorm, dim), SB_MEMBER(RmsNorm, rows), SB_MEMBER(RmsNorm, eps) } };
}

Layout ropeLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(Rope)),
        { SB_MEMBER(Rope, tokens), SB_MEMBER(Rope, heads), SB_MEMBER(Rope, headDim),
            SB_MEMBER(Rope, rowStride), SB_MEMBER(Rope, flags) } };
}

Layout kvStoreLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(KvStore)),
        { SB_MEMBER(KvStore, tokens), SB_MEMBER(KvStore, kvDim), SB_MEMBER(KvStore, rowStride),
            SB_MEMBER(KvStore, kOffset), SB_MEMBER(KvStore, vOffset) } };
}

Layout attentionDecodeLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(AttentionDecode)),
        { SB_MEMBER(AttentionDecode, nHeads), SB_MEMBER(AttentionDecode, nKvHeads),
            SB_MEMBER(AttentionDecode, headDim), SB_MEMBER(AttentionDecode, maxChunks),
            SB_MEMBER(AttentionDecode, scale) } };
}

Layout attentionCombineLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(AttentionCombine)),
        { SB_MEMBER(AttentionCombine, nHeads), SB_MEMBER(AttentionCombine, headDim),
            SB_MEMBER(AttentionCombine, maxChunks) } };
}

Layout attentionPrefillLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(AttentionPrefill)),
        { SB_MEMBER(AttentionPrefill, tokens), SB_MEMBER(AttentionPrefill, nHeads),
            SB_MEMBER(AttentionPrefill, nKvHeads), SB_MEMBER(AttentionPrefill, headDim),
            SB_MEMBER(AttentionPrefill, rowStride), SB_MEMBER(AttentionPrefill, outStride),
            SB_MEMBER(AttentionPrefill, scale) } };
}

Layout swigluLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(Swiglu)), { SB_MEMBER(Swiglu, tokens), SB_MEMBER(Swiglu, ffn) } };
}

Layout countLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(Count)), { SB_MEMBER(Count, n) } };
}

Layout sampleLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(Sample)), { SB_MEMBER(Sample, n), SB_MEMBER(Sample, slices) } };
}

Layout trainMatmulBwdLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(TrainMatmulBwd)),
        { SB_MEMBER(TrainMatmulBwd, cols), SB_MEMBER(TrainMatmulBwd, rows), SB_MEMBER(TrainMatmulBwd, tokens),
            SB_MEMBER(TrainMatmulBwd, rowBytes), SB_MEMBER(TrainMatmulBwd, dyStride),
            SB_MEMBER(TrainMatmulBwd, dyOffset), SB_MEMBER(TrainMatmulBwd, accumulate) } };
}

Layout trainGemmLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(TrainGemm)),
        { SB_MEMBER(TrainGemm, m), SB_MEMBER(TrainGemm, n), SB_MEMBER(TrainGemm, k),
            SB_MEMBER(TrainGemm, lda), SB_MEMBER(TrainGemm, ldb), SB_MEMBER(TrainGemm, ldc),
            SB_MEMBER(TrainGemm, offA), SB_MEMBER(TrainGemm, offB), SB_MEMBER(TrainGemm, offC),
            SB_MEMBER(TrainGemm, alpha), SB_MEMBER(TrainGemm, accumulate) } };
}

Layout rowsDimLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(RowsDim)), { SB_MEMBER(RowsDim, dim), SB_MEMBER(RowsDim, rows) } };
}

Layout trainEltwiseLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(TrainEltwise)),
        { SB_MEMBER(TrainEltwise, n), SB_MEMBER(TrainEltwise, offA), SB_MEMBER(TrainEltwise, offB),
            SB_MEMBER(TrainEltwise, offY), SB_MEMBER(TrainEltwise, maskOffset),
            SB_MEMBER(TrainEltwise, keep) } };
}

Layout trainXentLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(TrainXent)),
        { SB_MEMBER(TrainXent, vocab), SB_MEMBER(TrainXent, rows), SB_MEMBER(TrainXent, rowBase),
            SB_MEMBER(TrainXent, dScale) } };
}

Layout trainSdpaLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(TrainSdpa)),
        { SB_MEMBER(TrainSdpa, tokens), SB_MEMBER(TrainSdpa, heads), SB_MEMBER(TrainSdpa, kvHeads),
            SB_MEMBER(TrainSdpa, headDim), SB_MEMBER(TrainSdpa, scale) } };
}

Layout trainAttnLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(TrainAttn)),
        { SB_MEMBER(TrainAttn, tokens), SB_MEMBER(TrainAttn, nHeads), SB_MEMBER(TrainAttn, nKvHeads),
            SB_MEMBER(TrainAttn, scale), SB_MEMBER(TrainAttn, flags) } };
}

Layout trainAttnBwdDeltaLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(TrainAttnBwdDelta)),
        { SB_MEMBER(TrainAttnBwdDelta, tokens), SB_MEMBER(TrainAttnBwdDelta, nHeads),
            SB_MEMBER(TrainAttnBwdDelta, headDim) } };
}

Layout ropeBwdLayout(std::string_view shader)
{
    return { shader, uint32_t(sizeof(RopeBwd)),
        { SB_MEMBER(RopeBwd, tokens), SB_MEMBER(RopeBwd, heads), SB_MEMBER(RopeBwd, headDim),
            SB_MEMBER(RopeBwd, rowStride), SB_MEMBER(RopeBwd, posBase), SB_MEMBER(RopeBwd, flags) } };
}

#undef SB_MEMBER

} // namespace

std::span<const Layout> layouts()
{
    static const std::vector<Layout> all {
        countLayout("add"),
        attentionCombineLayout("attention_combine"),
        attentionDecodeLayout("attention_decode"),
        attentionDecodeLayout("attention_decode_sg"),
        attentionPrefillLayout("attention_prefill"),
        embedLayout("embed"),
        embedLayout("embed_s16"),
        kvStoreLayout("kv_store"),
        matmulLayout("matmul"),
        matmulLayout("matmul_cm"),
        matmulLayout("matmul_s16"),
        matvecLayout("matvec"),
        matvecDpLayout("matvec_dp"),
        matvecDpLayout("matvec_dp_s16"),
        matvecLayout("matvec_s16"),
        matvecLayout("matvec_s16_sg"),
        matvecLayout("matvec_sg"),
        quantizeQ8Layout("quantize_q8"),
        rmsNormLayout("rms_norm"),
        rmsNormLayout("rms_norm_sg"),
        ropeLayout("rope"),
        ropeBwdLayout("rope_bwd"),
        sampleLayout("sample"),
        sampleLayout("sample_sg"),
        swigluLayout("swiglu"),
        trainAttnBwdDeltaLayout("train_attn_bwd_delta"),
        trainAttnLayout("train_attn_bwd_dkdv"),
        trainAttnLayout("train_attn_bwd_dq"),
        trainAttnLayout("train_attn_fwd"),
        trainEltwiseLayout("train_eltwise"),
        trainGemmLayout("train_gemm"),
        trainMatmulBwdLayout("train_matmul_bwd"),
        rowsDimLayout("train_rmsnorm_bwd"),
        rmsNormLayout("train_rmsnorm_fwd"),
        trainSdpaLayout("train_sdpa_bwd_dkv"),
        trainSdpaLayout("train_sdpa_bwd_dq"),
        trainSdpaLayout("train_sdpa_bwd_ds"),
        trainSdpaLayout("train_sdpa_fwd"),
        countLayout("train_swiglu_bwd"),
        countLayout("train_swiglu_fwd"),
        trainXentLayout("train_xent"),
    };
    return all;
}

} // namespace sb::push
