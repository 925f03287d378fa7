// Every Vulkan kernel against a CPU computation on random inputs (llama.cpp test-backend-ops
// style): one data-driven table per op over dtype x shape x read path (16-bit storage words or
// 32-bit words). Errors are normalised by the reference's magnitude: max|got - ref| / max|ref|.
// Tolerances: fp32 weights and activations 1e-5; F16/BF16 weights (exact in fp32) 1e-5;
// Q8_0/Q4_0 against the dequantised weights 1e-4; paths through the fp16 KV cache 1e-3.
// Kernels with reductions (matvec, RMSNorm, attention, sampling) run both variants: subgroup
// arithmetic ("sg") where the device has it, and the shared-memory fallback ("smem").
// K-quants, the int8 dot-product matvec and the upload ring: TestVulkanQuantOps.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <deque>
#include <iterator>
#include <random>

#include "VulkanOpsSupport.h"
#include "engine/model/Dequant.h"
#include "engine/model/GgmlBlocks.h"
#include "engine/model/Half.h"
#include "engine/vulkan/DeviceInfo.h"
#include "engine/vulkan/DeviceWeight.h"
#include "engine/vulkan/VulkanContext.h"
#include "engine/vulkan/VulkanKernels.h"

using namespace sb;
using namespace sb::test;

Q_DECLARE_METATYPE(sb::DType)

namespace {

// Columns dtype, rows, cols, tokens, s16, sg. bothReductions: each row with subgroup and
// shared-memory reductions (for kernels that reduce), else subgroups only where available.
void addDTypeRows(const char *shape, int rows, int cols, int tokens = 1, bool bothReductions = false)
{
    for (DType t : { DType::F32, DType::F16, DType::BF16, DType::Q8_0, DType::Q4_0 })
        for (bool s16 : { true, false })
            for (bool sg : { true, false })
                if (sg || bothReductions)
                    QTest::addRow("%s %s %s %s", dtypeName(t), shape, s16 ? "u16" : "u32", sg ? "sg" : "smem")
                        << t << rows << cols << tokens << s16 << sg;
}

void addWeightColumns()
{
    QTest::addColumn<DType>("dtype");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("tokens");
    QTest::addColumn<bool>("s16");
    QTest::addColumn<bool>("sg");
}

} // namespace

class TestVulkanOps : public QObject, private VulkanOpsFixture {
    Q_OBJECT

private:
    std::unique_ptr<VulkanKernels> m_kernels[2][2]; // [16-bit storage][subgroups]
    VulkanKernels *m_k32 = nullptr; // 32-bit words, subgroups where available
    VulkanKernels &kernels(bool s16, bool sg = true) { return *m_kernels[s16][sg]; }

private Q_SLOTS:
    void initTestCase()
    {
        auto devices = enumerateDevices();
        if (!devices)
            QSKIP(qPrintable("no Vulkan device at all: " + QString::fromStdString(devices.error().message)));
        auto ctx = VulkanContext::create();
        QVERIFY2(ctx.ok(), ctx.ok() ? "" : ctx.error().message.c_str());
        m_ctx = std::move(ctx.value());
        for (bool s16 : { false, true })
            for (bool sg : { false, true })
                m_kernels[s16][sg] = std::make_unique<VulkanKernels>(
                    *m_ctx, s16, sg ? SubgroupUse::WhenSupported : SubgroupUse::Never);
        m_k32 = m_kernels[0][1].get();
        QVERIFY(!m_kernels[0][0]->usesSubgroups());
        qInfo("device %s, 16-bit storage %s, subgroup arithmetic %s (size %u)", m_ctx->info().name.c_str(),
            kernels(true).uses16BitStorage() ? "yes" : "no", m_k32->usesSubgroups() ? "yes" : "no",
            m_ctx->info().subgroupSize);
    }

    void cleanup() { release(); }

    void cleanupTestCase()
    {
        for (auto &row : m_kernels)
            for (auto &k : row)
                k.reset();
        m_ctx.reset();
    }

    void matvec_data()
    {
        addWeightColumns();
        addDTypeRows("1x32", 1, 32, 1, true);
        addDTypeRows("67x96", 67, 96, 1, true);
        addDTypeRows("130x1024", 130, 1024, 1, true);
    }

    // y = W x, then y += W x (fused residual), and the same on a weight split into 3+ chunks.
    void matvec()
    {
        QFETCH(DType, dtype);
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(bool, s16);
        QFETCH(bool, sg);
        HostTensor w = makeTensor(dtype, rows, cols, uint32_t(rows * 7 + cols));
        const std::vector<float> x = randomVec(size_t(cols), 5);
        const std::vector<float> y0 = randomVec(size_t(rows), 6);
        std::vector<double> ref(static_cast<size_t>(rows)), refAcc(static_cast<size_t>(rows));
        for (int r = 0; r < rows; ++r) {
            double s = 0;
            for (int i = 0; i < cols; ++i)
                s += double(w.values[size_t(r) * cols + i]) * x[size_t(i)];
            ref[size_t(r)] = s;
            refAcc[size_t(r)] = s + y0[size_t(r)];
        }
        const TensorView *parts[] = { &w.view };
        for (uint64_t maxChunk : { uint64_t(0), uint64_t(dtypeRowBytes(dtype, cols) * ((rows + 2) / 3)) }) {
            const DeviceWeight &dw = deviceWeight({ parts[0] }, false, maxChunk);
            if (maxChunk && rows >= 3)
                QVERIFY(dw.chunks.size() >= 3);
            Buffer bx = upload(x), by = buffer(size_t(rows) * 4), bacc = upload(y0);
            auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
                SB_TRY(kernels(s16, sg).matvec(cmd, dw, bx, by, MatMode::Store));
                return kernels(s16, sg).matvec(cmd, dw, bx, bacc, MatMode::Accumulate);
            });
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
            const double e = normErr(download(by, size_t(rows)), ref);
            const double e2 = normErr(download(bacc, size_t(rows)), refAcc);
            QVERIFY2(
                e < tolFor(dtype) && e2 < tolFor(dtype), qPrintable(QString("errors %1 %2").arg(e).arg(e2)));
        }
        // Fused RMSNorm: y = W (x / rms(x) * nw), eps 1e-6.
        const std::vector<float> nw = randomVec(size_t(cols), 8);
        double ss = 0;
        for (float v : x)
            ss += double(v) * v;
        const double rstd = 1.0 / std::sqrt(ss / cols + 1e-6);
        std::vector<double> refNorm(static_cast<size_t>(rows));
        for (int r = 0; r < rows; ++r)
            for (int i = 0; i < cols; ++i)
                refNorm[size_t(r)]
                    += double(w.values[size_t(r) * cols + i]) * x[size_t(i)] * rstd * nw[size_t(i)];
        const DeviceWeight &dw = deviceWeight({ parts[0] }, false);
        Buffer bx = upload(x), bnw = upload(nw), by = buffer(size_t(rows) * 4);
        QVERIFY(run([&](VkCommandBuffer cmd) {
            return kernels(s16, sg).matvec(cmd, dw, bx, by, MatMode::Store, &bnw, 1e-6f);
        }).ok());
        const double e = normErr(download(by, size_t(rows)), refNorm);
        QVERIFY2(e < tolFor(dtype), qPrintable(QString("fused norm error %1").arg(e)));
    }

    void matmul_data()
    {
        addWeightColumns();
        addDTypeRows("5 tokens x 70x64", 70, 64, 5);
        addDTypeRows("33 tokens x 129x160", 129, 160, 33);
        // Rows that are not whole 32-element slices take the per-element load path.
        for (DType t : { DType::F32, DType::F16, DType::BF16 })
            QTest::addRow("%s 7 tokens x 20x50 u32", dtypeName(t)) << t << 20 << 50 << 7 << false << true;
    }

    // Y = X Wᵀ and Y += X Wᵀ for several tokens (tiles with ragged edges), chunked weights too.
    void matmul()
    {
        QFETCH(DType, dtype);
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, tokens);
        QFETCH(bool, s16);
        QFETCH(bool, sg);
        HostTensor w = makeTensor(dtype, rows, cols, uint32_t(rows + cols * 3));
        const std::vector<float> x = randomVec(size_t(tokens * cols), 11);
        const int stride = rows + 3; // outputs into a wider row, as the model's fused buffers do
        const std::vector<float> y0 = randomVec(size_t(tokens * stride), 12);
        std::vector<double> ref(y0.begin(), y0.end()), refAcc(y0.begin(), y0.end());
        for (int t = 0; t < tokens; ++t)
            for (int r = 0; r < rows; ++r) {
                double s = 0;
                for (int i = 0; i < cols; ++i)
                    s += double(w.values[size_t(r) * cols + i]) * x[size_t(t) * cols + i];
                ref[size_t(t) * stride + r] = s;
                refAcc[size_t(t) * stride + r] += s;
            }
        const TensorView *part = &w.view;
        for (uint64_t maxChunk : { uint64_t(0), uint64_t(dtypeRowBytes(dtype, cols) * ((rows + 1) / 2)) }) {
            const DeviceWeight &dw = deviceWeight({ part }, false, maxChunk);
            Buffer bx = upload(x), by = upload(y0), bacc = upload(y0);
            auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
                SB_TRY(kernels(s16, sg).matmul(
                    cmd, dw, bx, uint32_t(tokens), by, uint32_t(stride), MatMode::Store));
                return kernels(s16, sg).matmul(
                    cmd, dw, bx, uint32_t(tokens), bacc, uint32_t(stride), MatMode::Accumulate);
            });
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
            const double e = normErr(download(by, y0.size()), ref);
            const double e2 = normErr(download(bacc, y0.size()), refAcc);
            QVERIFY2(
                e < tolFor(dtype) && e2 < tolFor(dtype), qPrintable(QString("errors %1 %2").arg(e).arg(e2)));
        }
    }

    void swiglu_data()
    {
        addWeightColumns();
        addDTypeRows("ffn 96, dim 64, 3 tokens", 96, 64, 3, true);
    }

    // Fused gate+up+SwiGLU: decode matvec (one kernel) and prefill matmul + swiglu, on a paired
    // weight split into two chunks, against silu(Wg x) * (Wu x).
    void swiglu()
    {
        QFETCH(DType, dtype);
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, tokens);
        QFETCH(bool, s16);
        QFETCH(bool, sg);
        HostTensor g = makeTensor(dtype, rows, cols, 21, "gate"), u = makeTensor(dtype, rows, cols, 22, "up");
        const std::vector<float> x = randomVec(size_t(tokens * cols), 23);
        std::vector<double> ref(static_cast<size_t>(tokens * rows));
        for (int t = 0; t < tokens; ++t)
            for (int r = 0; r < rows; ++r) {
                double a = 0, b = 0;
                for (int i = 0; i < cols; ++i) {
                    a += double(g.values[size_t(r) * cols + i]) * x[size_t(t) * cols + i];
                    b += double(u.values[size_t(r) * cols + i]) * x[size_t(t) * cols + i];
                }
                ref[size_t(t) * rows + r] = a / (1 + std::exp(-a)) * b;
            }
        const DeviceWeight &dw
            = deviceWeight({ &g.view, &u.view }, true, dtypeRowBytes(dtype, cols) * 2 * (rows / 2 + 1));
        QCOMPARE(dw.chunks.size(), size_t(2));
        Buffer bx = upload(x), bgu = buffer(size_t(tokens * rows * 2) * 4),
               bh = buffer(size_t(tokens * rows) * 4);
        Buffer bx0 = upload(std::vector<float>(x.begin(), x.begin() + cols)), bh0 = buffer(size_t(rows) * 4);
        auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(kernels(s16, sg).matvec(cmd, dw, bx0, bh0, MatMode::SwiGlu));
            SB_TRY(kernels(s16, sg).matmul(
                cmd, dw, bx, uint32_t(tokens), bgu, uint32_t(2 * rows), MatMode::SwiGlu));
            VulkanContext::computeBarrier(cmd);
            return kernels(s16, sg).swiglu(cmd, bgu, bh, uint32_t(tokens), uint32_t(rows));
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const double e = normErr(download(bh, ref.size()), ref);
        const double e0
            = normErr(download(bh0, size_t(rows)), std::vector<double>(ref.begin(), ref.begin() + rows));
        QVERIFY2(e < tolFor(dtype) && e0 < tolFor(dtype), qPrintable(QString("errors %1 %2").arg(e).arg(e0)));
    }

    void embed_data()
    {
        addWeightColumns();
        addDTypeRows("vocab 300, dim 96, 7 tokens", 300, 96, 7);
    }

    // Exact: a lookup converts each stored value to fp32 once; the table is split in 4 chunks.
    void embed()
    {
        QFETCH(DType, dtype);
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, tokens);
        QFETCH(bool, s16);
        QFETCH(bool, sg);
        HostTensor table = makeTensor(dtype, rows, cols, 31, "embed");
        const DeviceWeight &dw
            = deviceWeight({ &table.view }, false, dtypeRowBytes(dtype, cols) * (rows / 4 + 1));
        QCOMPARE(dw.chunks.size(), size_t(4));
        std::vector<uint32_t> ids;
        for (int t = 0; t < tokens; ++t)
            ids.push_back(uint32_t((t * 89 + 3) % rows));
        ids.back() = uint32_t(rows - 1);
        Buffer bt = upload(ids), bo = buffer(size_t(tokens * cols) * 4);
        QVERIFY(run([&](VkCommandBuffer cmd) {
            return kernels(s16, sg).embed(cmd, dw, bt, uint32_t(tokens), bo);
        }).ok());
        const std::vector<float> got = download(bo, size_t(tokens * cols));
        for (int t = 0; t < tokens; ++t)
            for (int i = 0; i < cols; ++i)
                QCOMPARE(got[size_t(t * cols + i)], table.values[size_t(ids[size_t(t)]) * cols + i]);
    }

    void rope_data()
    {
        QTest::addColumn<bool>("interleaved");
        QTest::addColumn<bool>("nope");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<int>("posBase");
        QTest::addRow("split-half hd64") << false << false << 64 << 0;
        QTest::addRow("interleaved hd64") << true << false << 64 << 5;
        QTest::addRow("split-half hd128 pos 900") << false << false << 128 << 900;
        QTest::addRow("NoPE leaves x untouched") << false << true << 32 << 3;
    }

    void rope()
    {
        QFETCH(bool, interleaved);
        QFETCH(bool, nope);
        QFETCH(int, headDim);
        QFETCH(int, posBase);
        const int tokens = 3, heads = 6, stride = heads * headDim + 10;
        const double theta = 5000000.0;
        const std::vector<float> x = randomVec(size_t(tokens * stride), 41);
        std::vector<double> ref(x.begin(), x.end());
        if (!nope)
            for (int t = 0; t < tokens; ++t)
                for (int h = 0; h < heads; ++h)
                    for (int i = 0; i < headDim / 2; ++i) {
                        const float inv = 1.0f / std::pow(float(theta), float(2 * i) / float(headDim));
                        const float ang = float(posBase + t) * inv;
                        const int a = t * stride + h * headDim + (interleaved ? 2 * i : i);
                        const int b = t * stride + h * headDim + (interleaved ? 2 * i + 1 : i + headDim / 2);
                        ref[size_t(a)] = x[size_t(a)] * std::cos(ang) - x[size_t(b)] * std::sin(ang);
                        ref[size_t(b)] = x[size_t(b)] * std::cos(ang) + x[size_t(a)] * std::sin(ang);
                    }
        Buffer bx = upload(x), table = upload(ropeTable(posBase + tokens, headDim, theta));
        StepParams sp;
        sp.posBase = uint32_t(posBase);
        Buffer step = stepBuffer(sp);
        QVERIFY(run([&](VkCommandBuffer cmd) {
            return m_k32->rope(
                cmd, bx, table, step, tokens, heads, uint32_t(headDim), stride, interleaved, nope);
        }).ok());
        const double e = normErr(download(bx, x.size()), ref);
        QVERIFY2(e < 1e-6, qPrintable(QString("error %1").arg(e)));
    }

    void attention_data()
    {
        QTest::addColumn<int>("tokens"); // new query tokens (1 = decode kernel)
        QTest::addColumn<int>("posBase"); // cached positions before them
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<bool>("kvF16");
        QTest::addColumn<bool>("sg");
        for (bool sg : { true, false })
            for (bool f16 : { true, false }) {
                const char *kv = f16 ? "fp16 KV" : "fp32 KV", *red = sg ? "sg" : "smem";
                QTest::addRow("decode pos 0, MHA, %s, %s", kv, red) << 1 << 0 << 2 << 2 << 32 << f16 << sg;
                QTest::addRow("decode 63 cached, GQA 4:1, %s, %s", kv, red)
                    << 1 << 63 << 8 << 2 << 64 << f16 << sg;
                QTest::addRow("decode 200 cached (4 chunks), GQA 3:1 hd128, %s, %s", kv, red)
                    << 1 << 200 << 6 << 2 << 128 << f16 << sg;
                QTest::addRow("prefill 9 tokens from 0, %s, %s", kv, red)
                    << 9 << 0 << 4 << 2 << 64 << f16 << sg;
                QTest::addRow("prefill 70 tokens after 5 cached, %s, %s", kv, red)
                    << 70 << 5 << 4 << 1 << 32 << f16 << sg;
                QTest::addRow("prefill 64 tokens (one query tile) after 3 cached, %s, %s", kv, red)
                    << 64 << 3 << 2 << 2 << 64 << f16 << sg;
                QTest::addRow("prefill 129 tokens (3 query tiles), GQA 4:1 hd128, %s, %s", kv, red)
                    << 129 << 0 << 4 << 1 << 128 << f16 << sg;
                QTest::addRow("prefill 10 tokens after 13 cached, hd256, %s, %s", kv, red)
                    << 10 << 13 << 2 << 1 << 256 << f16 << sg;
            }
    }

    // Keys/values go through kv_store into the cache; compared with fp32 causal GQA attention
    // (scale 1/sqrt(headDim)). Tolerance 1e-3 with the fp16 cache, 1e-5 with the fp32 one.
    // Prefill is tiled (64 queries x 8 keys): token counts odd, even, one whole query tile and
    // not a multiple of it, after 0 or an odd number of cached positions. (The prefill kernel
    // has no reductions across invocations, so its sg and smem rows run the same code.)
    void attention()
    {
        QFETCH(bool, kvF16);
        QFETCH(bool, sg);
        QFETCH(int, tokens);
        QFETCH(int, posBase);
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, headDim);
        const int total = posBase + tokens, qDim = heads * headDim, kvDim = kvHeads * headDim;
        const int stride = qDim + 2 * kvDim;
        const std::vector<float> qkv = randomVec(size_t(total * stride), uint32_t(97 + total), 2.0f);
        std::vector<double> ref(static_cast<size_t>(tokens * qDim));
        const int group = heads / kvHeads;
        for (int t = 0; t < tokens; ++t) {
            const int qpos = posBase + t;
            for (int h = 0; h < heads; ++h) {
                const float *q = &qkv[size_t(qpos * stride + h * headDim)];
                std::vector<double> s(static_cast<size_t>(qpos + 1));
                double mx = -1e300;
                for (int p = 0; p <= qpos; ++p) {
                    const float *k = &qkv[size_t(p * stride + qDim + (h / group) * headDim)];
                    double d = 0;
                    for (int i = 0; i < headDim; ++i)
                        d += double(q[i]) * k[i];
                    s[size_t(p)] = d / std::sqrt(double(headDim));
                    mx = std::max(mx, s[size_t(p)]);
                }
                double sum = 0;
                for (double &v : s)
                    sum += (v = std::exp(v - mx));
                for (int i = 0; i < headDim; ++i) {
                    double o = 0;
                    for (int p = 0; p <= qpos; ++p)
                        o += s[size_t(p)]
                            * qkv[size_t(p * stride + qDim + kvDim + (h / group) * headDim + i)];
                    ref[size_t(t * qDim + h * headDim + i)] = o / sum;
                }
            }
        }
        const int capacity = total + 7;
        Buffer all = upload(qkv);
        Buffer fresh = upload(std::vector<float>(qkv.begin() + posBase * stride, qkv.end()));
        Buffer kc = buffer(size_t(capacity * kvDim) * 4), vc = buffer(size_t(capacity * kvDim) * 4);
        Buffer out = buffer(size_t(tokens * qDim) * 4);
        StepParams fill;
        fill.posBase = 0;
        StepParams sp;
        sp.posBase = uint32_t(posBase);
        sp.kvLen = uint32_t(total);
        Buffer fillStep = stepBuffer(fill), step = stepBuffer(sp);
        const uint32_t maxChunks = (capacity + kAttentionChunk - 1) / kAttentionChunk;
        Buffer partial = buffer(size_t(heads) * maxChunks * (headDim + 2) * 4);
        auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(m_k32->kvStore(cmd, all, kc, vc, fillStep, uint32_t(total), uint32_t(kvDim),
                uint32_t(stride), uint32_t(qDim), uint32_t(qDim + kvDim), kvF16));
            VulkanContext::computeBarrier(cmd);
            if (tokens == 1)
                return kernels(false, sg).attentionDecode(cmd, fresh, kc, vc, partial, out, step,
                    uint32_t(heads), uint32_t(kvHeads), uint32_t(headDim), maxChunks, kvF16);
            return kernels(false, sg).attentionPrefill(cmd, fresh, kc, vc, out, step, uint32_t(tokens),
                uint32_t(heads), uint32_t(kvHeads), uint32_t(headDim), uint32_t(stride), uint32_t(qDim),
                kvF16);
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const double e = normErr(download(out, ref.size()), ref);
        QVERIFY2(e < (kvF16 ? 1e-3 : 1e-5), qPrintable(QString("error %1").arg(e)));
    }

    void sample_data()
    {
        QTest::addColumn<int>("vocab");
        QTest::addColumn<int>("topK");
        QTest::addColumn<float>("temperature");
        QTest::addColumn<float>("u");
        QTest::addColumn<bool>("sg");
        for (bool sg : { true, false }) {
            const char *red = sg ? "sg" : "smem";
            QTest::addRow("greedy, vocab 1000, %s", red) << 1000 << 1 << 0.0f << 0.5f << sg;
            QTest::addRow("greedy, vocab 70000 (35 slices), %s", red) << 70000 << 1 << 0.0f << 0.5f << sg;
            QTest::addRow("top-40 t=0.8 u=0.3, %s", red) << 70000 << 40 << 0.8f << 0.3f << sg;
            QTest::addRow("top-5 t=1.5 u=0.97, %s", red) << 5000 << 5 << 1.5f << 0.97f << sg;
            QTest::addRow("top-64 t=1 u=0.0, %s", red) << 3000 << 64 << 1.0f << 0.0f << sg;
        }
    }

    // The device picks what the CPU picks: sort the logits, keep the top k, softmax(v / T),
    // walk the cumulative sum to u * total. Ties resolve to the lower id (logits include ties).
    void sample()
    {
        QFETCH(int, vocab);
        QFETCH(int, topK);
        QFETCH(float, temperature);
        QFETCH(float, u);
        QFETCH(bool, sg);
        std::vector<float> logits = randomVec(size_t(vocab), uint32_t(vocab + topK), 8.0f);
        const int best = vocab / 3;
        logits[size_t(best)] = 20.0f;
        logits[size_t(vocab - 1)] = 20.0f; // a tie: the lower id wins
        std::vector<int> order(static_cast<size_t>(vocab));
        for (int i = 0; i < vocab; ++i)
            order[size_t(i)] = i;
        std::stable_sort(
            order.begin(), order.end(), [&](int a, int b) { return logits[size_t(a)] > logits[size_t(b)]; });
        int expected = order[0];
        if (topK > 1 && temperature > 0) {
            std::vector<double> w(static_cast<size_t>(topK));
            double sum = 0;
            for (int k = 0; k < topK; ++k)
                sum += (w[size_t(k)]
                    = std::exp(
                        (double(logits[size_t(order[size_t(k)])]) - logits[size_t(order[0])]) / temperature));
            double cum = 0;
            for (int k = 0; k < topK; ++k) {
                cum += w[size_t(k)];
                expected = order[size_t(k)];
                if (cum > u * sum)
                    break;
            }
        }
        Buffer bl = upload(logits),
               cands = buffer(VulkanKernels::sampleSlices(uint32_t(vocab)) * kMaxTopK * 8);
        Buffer result = buffer(4, true);
        StepParams sp;
        sp.topK = uint32_t(topK);
        sp.temperature = temperature;
        sp.randomU = u;
        Buffer step = stepBuffer(sp);
        QVERIFY(run([&](VkCommandBuffer cmd) {
            return kernels(false, sg).sample(cmd, bl, cands, result, step, uint32_t(vocab));
        }).ok());
        uint32_t got = 0;
        std::memcpy(&got, result.mapped, 4);
        if (topK == 1)
            QCOMPARE(int(got), best);
        QCOMPARE(int(got), expected);
    }

    void rmsNorm_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dim");
        QTest::addColumn<bool>("sg");
        for (bool sg : { true, false }) {
            const char *red = sg ? "sg" : "smem";
            QTest::addRow("1x64, %s", red) << 1 << 64 << sg;
            QTest::addRow("5x100, %s", red) << 5 << 100 << sg;
            QTest::addRow("3x2048, %s", red) << 3 << 2048 << sg;
        }
    }

    // y = x / sqrt(mean(x^2) + eps) * w per row, eps 1e-6, fp32: 1e-5.
    void rmsNorm()
    {
        QFETCH(int, rows);
        QFETCH(int, dim);
        QFETCH(bool, sg);
        const std::vector<float> x = randomVec(size_t(rows * dim), 51, 3.0f), w = randomVec(size_t(dim), 52);
        std::vector<double> ref(x.size());
        for (int r = 0; r < rows; ++r) {
            double ss = 0;
            for (int i = 0; i < dim; ++i)
                ss += double(x[size_t(r * dim + i)]) * x[size_t(r * dim + i)];
            const double rstd = 1.0 / std::sqrt(ss / dim + 1e-6);
            for (int i = 0; i < dim; ++i)
                ref[size_t(r * dim + i)] = x[size_t(r * dim + i)] * rstd * w[size_t(i)];
        }
        Buffer bx = upload(x), bw = upload(w), by = buffer(x.size() * 4);
        QVERIFY(run([&](VkCommandBuffer cmd) {
            return kernels(false, sg).rmsNorm(cmd, bx, bw, by, uint32_t(rows), uint32_t(dim), 1e-6f);
        }).ok());
        const double e = normErr(download(by, x.size()), ref);
        QVERIFY2(e < 1e-5, qPrintable(QString("error %1").arg(e)));
    }

    void add()
    {
        const std::vector<float> a = randomVec(1000, 1), b = randomVec(1000, 2);
        Buffer ba = upload(a), bb = upload(b), bo = buffer(4000);
        QVERIFY(run([&](VkCommandBuffer cmd) { return m_k32->add(cmd, ba, bb, bo, 1000); }).ok());
        const std::vector<float> got = download(bo, 1000);
        for (size_t i = 0; i < 1000; ++i)
            QCOMPARE(got[i], a[i] + b[i]);
    }

    void rejectsMismatchedModes()
    {
        HostTensor w = makeTensor(DType::F32, 4, 32, 1);
        const DeviceWeight &dw = deviceWeight({ &w.view }, false);
        Buffer x = buffer(128), y = buffer(16);
        auto r = run([&](VkCommandBuffer cmd) { return m_k32->matvec(cmd, dw, x, y, MatMode::SwiGlu); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        auto r2 = run([&](VkCommandBuffer cmd) {
            return m_k32->attentionPrefill(cmd, x, x, x, y, y, 1, 3, 2, 64, 1, 1); // 3 heads over 2 KV heads
        });
        QVERIFY(!r2.ok());
    }
};

QTEST_GUILESS_MAIN(TestVulkanOps)
#include "TestVulkanOps.moc"
