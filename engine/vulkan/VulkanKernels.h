#pragma once
// The Vulkan ops: one method per kernel, each recording its dispatch(es) into a command buffer
// with explicit shapes (the GPU side of engine/ops; they know nothing of layers or models).
// Pipelines are created on first use for each (shader, spec constants) and kept.
// Position-dependent kernels read posBase/kvLen/sampling values from a "step" buffer (see
// shaders/common/step.glsl) so a recorded decode step can be replayed unchanged.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/vulkan/DeviceWeight.h"
#include "engine/vulkan/PipelineCache.h"
#include "engine/vulkan/VulkanContext.h"

namespace sb {

// Mirrors StepParams in shaders/common/step.glsl.
struct StepParams {
    uint32_t posBase = 0;
    uint32_t kvLen = 0;
    float randomU = 0.0f;
    float temperature = 0.0f;
    uint32_t topK = 1;
    uint32_t pad[3] = {};
};

enum class MatMode : uint32_t {
    Store = 0, // y = W x
    Accumulate = 1, // y += W x (fused residual add)
    SwiGlu = 2, // paired gate+up weight: matvec writes silu(g) * u; matmul writes [g | u] halves
};

constexpr uint32_t kMatvecRows = 8; // weight rows per matvec workgroup (ROWS in matvec_body.glsl)
constexpr uint32_t kAttentionChunk = 64; // positions per decode-attention workgroup
constexpr uint32_t kPrefillQueryBlock = 64; // queries per prefill-attention workgroup (BQ)
constexpr uint32_t kSampleSlice = 2048; // logits per sampling workgroup (shaders/sample.comp)
constexpr uint32_t kMaxTopK = 64;
constexpr uint32_t kMaxHeadDim = 256;

// When reductions (matvec, RMSNorm, attention, sampling) use subgroupAdd/subgroupMax instead of
// shared-memory trees. On lavapipe (a CPU device) the subgroup variants measured slower (decode
// device time about 2x, docs/benchmarks.md), so by default only GPUs use them.
enum class SubgroupUse : uint8_t {
    Never,
    GpusOnly, // devices that are not CPU implementations, with subgroup arithmetic
    WhenSupported, // any device with subgroup arithmetic in compute (tests, comparisons)
};

// When Q8_0/Q4_0/Q4_K/Q6_K decode matvecs quantise their input to int8 blocks and use packed
// 4x8-bit integer dot products (shaders/common/matvec_dp_body.glsl) instead of the fp32 path.
enum class IntegerDotUse : uint8_t {
    Never,
    WhenAccelerated, // the device says its 4x8-bit packed dot products are accelerated
    WhenSupported, // any device with shaderIntegerDotProduct (tests; lavapipe emulates them)
};

// When prefill matmuls run on cooperative matrices (shaders/matmul_cm.comp): fp16 inputs, fp32
// accumulation, the device's matrix units. Needs VK_KHR_cooperative_matrix with an fp16 x fp16 ->
// fp32 subgroup shape, fp16 arithmetic, 16-bit storage, full subgroups and the shader (built
// only where a glslc knows GL_KHR_cooperative_matrix, cmake/Shaders.cmake).
enum class CoopMatUse : uint8_t {
    Never,
    GpusOnly, // devices that are not CPU implementations (lavapipe emulates the matrices)
    WhenSupported, // any capable device (tests, comparisons)
};

// The weight types the int8 dot-product matvec reads (the others keep the fp32 matvec).
bool integerDotReads(DType t);

// Whether `info` can run the cooperative-matrix matmul at all (see CoopMatUse), and why not.
bool coopMatCapable(const DeviceInfo &info, std::string *whyNot = nullptr);

class VulkanKernels {
public:
    // use16BitStorage: read weights as 16-bit words (requires the device feature); false forces
    // the 32-bit word path that every device supports. subgroups: see SubgroupUse (needs subgroup
    // arithmetic in compute, DeviceInfo::subgroupArithmetic); Never forces the shared-memory path.
    // integerDot: see IntegerDotUse; the int8 path adds the activations' quantisation error
    // (per 32-block, max|x| / 127 steps: ~1e-3 relative on a dot product).
    // coopMat: see CoopMatUse; rounding X and W to fp16 costs ~1e-3 relative per product.
    VulkanKernels(VulkanContext &ctx, bool use16BitStorage, SubgroupUse subgroups = SubgroupUse::GpusOnly,
        IntegerDotUse integerDot = IntegerDotUse::WhenAccelerated, CoopMatUse coopMat = CoopMatUse::GpusOnly);
    ~VulkanKernels();
    VulkanKernels(const VulkanKernels &) = delete;
    VulkanKernels &operator=(const VulkanKernels &) = delete;

    bool uses16BitStorage() const { return m_s16; }
    bool usesSubgroups() const { return m_sg; }
    bool usesIntegerDot() const { return m_dp; }
    bool usesCoopMat() const { return m_cm; }
    VulkanContext &context() { return m_ctx; }

    // out (count, cols) fp32 = table rows tokens[0..count).
    Result<void> embed(VkCommandBuffer cmd, const DeviceWeight &table, const Buffer &tokens, uint32_t count,
        const Buffer &out);
    // Decode: y (rows) from x (cols); SwiGlu needs a paired weight. With normWeight (cols), x is
    // RMS-normalised (eps) inside the kernel first (fused RMSNorm). Chunks of integerDotReads()
    // types take the integer dot-product path when usesIntegerDot(): x is quantised into a scratch buffer the
    // kernels own (a barrier before and after that dispatch).
    Result<void> matvec(VkCommandBuffer cmd, const DeviceWeight &w, const Buffer &x, const Buffer &y,
        MatMode mode, const Buffer *normWeight = nullptr, float eps = 0.0f);
    // Prefill: Y (tokens, outStride) from X (tokens, cols). SwiGlu (paired weight) writes gate
    // results to columns [0, rows) and up results to [rows, 2 rows).
    Result<void> matmul(VkCommandBuffer cmd, const DeviceWeight &w, const Buffer &x, uint32_t tokens,
        const Buffer &y, uint32_t outStride, MatMode mode);
    Result<void> rmsNorm(VkCommandBuffer cmd, const Buffer &x, const Buffer &weight, const Buffer &y,
        uint32_t rows, uint32_t dim, float eps);
    // In place on the first `heads` heads of each of `tokens` rows of x (row stride rowStride).
    // table: (positions, headDim/2) of (cos, sin).
    Result<void> rope(VkCommandBuffer cmd, const Buffer &x, const Buffer &table, const Buffer &step,
        uint32_t tokens, uint32_t heads, uint32_t headDim, uint32_t rowStride, bool interleaved, bool nope);
    // KV caches are fp16 (kvF16) or fp32, (capacity, kvDim) each; see shaders/common/kv.glsl.
    Result<void> kvStore(VkCommandBuffer cmd, const Buffer &qkv, const Buffer &kCache, const Buffer &vCache,
        const Buffer &step, uint32_t tokens, uint32_t kvDim, uint32_t rowStride, uint32_t kOffset,
        uint32_t vOffset, bool kvF16 = true);
    // One query token (q at the start of `q`); partial holds nHeads * maxChunks * (headDim + 2).
    Result<void> attentionDecode(VkCommandBuffer cmd, const Buffer &q, const Buffer &kCache,
        const Buffer &vCache, const Buffer &partial, const Buffer &out, const Buffer &step, uint32_t nHeads,
        uint32_t nKvHeads, uint32_t headDim, uint32_t maxChunks, bool kvF16 = true);
    Result<void> attentionPrefill(VkCommandBuffer cmd, const Buffer &qkv, const Buffer &kCache,
        const Buffer &vCache, const Buffer &out, const Buffer &step, uint32_t tokens, uint32_t nHeads,
        uint32_t nKvHeads, uint32_t headDim, uint32_t rowStride, uint32_t outStride, bool kvF16 = true);
    // out (tokens, ffn) = silu(gu[:, :ffn]) * gu[:, ffn:]
    Result<void> swiglu(
        VkCommandBuffer cmd, const Buffer &gateUp, const Buffer &out, uint32_t tokens, uint32_t ffn);
    Result<void> add(VkCommandBuffer cmd, const Buffer &a, const Buffer &b, const Buffer &out, uint32_t n);
    // Greedy/top-k over logits (n); the token id lands in result (4 bytes). candidates holds
    // sampleSlices(n) * kMaxTopK * 8 bytes.
    Result<void> sample(VkCommandBuffer cmd, const Buffer &logits, const Buffer &candidates,
        const Buffer &result, const Buffer &step, uint32_t n);
    static uint32_t sampleSlices(uint32_t n) { return (n + kSampleSlice - 1) / kSampleSlice; }

private:
    std::string weightShader(const char *base) const { return m_s16 ? std::string(base) + "_s16" : base; }
    // The subgroup variant of a shader with reductions (name + "_sg") when in use.
    std::string reduceShader(std::string base) const { return m_sg ? base + "_sg" : base; }

    // Scratch for int8 activations of at least `bytes`; earlier (smaller) ones stay alive until
    // the kernels are destroyed, because recorded command buffers may still use them.
    Result<const Buffer *> activationScratch(uint64_t bytes);

    VulkanContext &m_ctx;
    PipelineCache &m_pipelines; // the context's (one per device)
    bool m_s16 = false;
    bool m_sg = false;
    bool m_dp = false;
    bool m_cm = false;
    std::vector<Buffer> m_scratch;
};

// The rope table for positions 0 .. positions-1 as the CPU reference computes it:
// (cos, sin) of float(pos) * ropeInvFreq(i) in fp32.
std::vector<float> ropeTable(int64_t positions, int64_t headDim, double theta);

} // namespace sb
