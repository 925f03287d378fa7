// The training attention kernels (vulkan/train/TrainAttention) against the CPU ops on random
// inputs: forward (out, and the logsumexp against a double-precision reference), backward (dq,
// dk, dv against ops/Attention.cpp's attentionBackward), RoPE forward/backward (against
// ops/Rope.cpp, both pair layouts, NoPE), and the composite rope -> attention -> backward -> rope
// backward against central finite differences of a double-precision reference.
// Errors are normalised: max|got - ref| / max|ref|. Tolerances: kernels vs CPU fp32 ops 1e-5;
// gradients vs central differences (eps 1e-4) of the double-precision composite 1e-5 (seen: ~3e-7).
// Shapes are small (lavapipe): T odd/even, 1, not a multiple of the tile; GQA 1, 2, 4; head_dim
// 32/64/128; some rows force other tile sizes so every tiling path is exercised on one device.
// With SB_BENCH_TRAIN_ATTN=1 in the environment, bench() also prints the kernel times at
// SmolLM3-3B's attention shape for T = 256 and 512 (figures for docs/benchmarks.md, no asserts).
#include <QtTest>

#include <cmath>
#include <cstring>
#include <random>

#include "engine/bench/TrainAttentionBench.h"
#include "engine/ops/Attention.h"
#include "engine/ops/Rope.h"
#include "engine/vulkan/DeviceInfo.h"
#include "engine/vulkan/VulkanContext.h"
#include "engine/vulkan/VulkanKernels.h"
#include "engine/vulkan/train/TrainAttention.h"

using namespace sb;

Q_DECLARE_METATYPE(sb::RopeMode)

namespace {

std::vector<float> randomVec(size_t n, uint32_t seed, float scale = 1.0f)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> d(-scale, scale);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

double normErr(const std::vector<float> &got, const std::vector<double> &ref, double floor = 1e-6)
{
    if (got.size() != ref.size())
        return INFINITY;
    double m = floor, e = 0;
    for (size_t i = 0; i < ref.size(); ++i) {
        m = std::max(m, std::abs(ref[i]));
        e = std::max(e, std::abs(double(got[i]) - ref[i]));
    }
    return e / m;
}

double normErr(const std::vector<float> &got, const std::vector<float> &ref, double floor = 1e-6)
{
    return normErr(got, std::vector<double>(ref.begin(), ref.end()), floor);
}

// Gradients are normalised by at least this: with T = 1, dq and dk are exactly 0 (a softmax over
// one key), and the kernels' dp = dOut·v and delta = dOut·out round differently (~1e-7 to
// 1e-6 at head_dim 128). Where T > 1 the test checks that the gradients exceed the floor.
constexpr double kGradFloor = 0.1;

// Double-precision causal GQA attention after RoPE (the composite the gradient check differentiates):
// L = Σ w ∘ attention(rope(q), rope(k), v). Angles are the fp32 angles the kernels use.
struct Composite {
    int T, H, KV, D;
    RopeMode mode;

    void rope(std::vector<double> &x, int heads) const
    {
        if (mode == RopeMode::None)
            return;
        const int half = D / 2;
        for (int t = 0; t < T; ++t)
            for (int i = 0; i < half; ++i) {
                const float angle = float(t) * ropeInvFreq(i, D, 10000.0);
                const double c = std::cos(double(angle)), s = std::sin(double(angle));
                for (int h = 0; h < heads; ++h) {
                    double *v = x.data() + (size_t(t) * heads + h) * D;
                    const int a = mode == RopeMode::Interleaved ? 2 * i : i;
                    const int b = mode == RopeMode::Interleaved ? 2 * i + 1 : i + half;
                    const double x0 = v[a], x1 = v[b];
                    v[a] = x0 * c - x1 * s;
                    v[b] = x1 * c + x0 * s;
                }
            }
    }

    double loss(const std::vector<double> &q0, const std::vector<double> &k0, const std::vector<double> &v,
        const std::vector<double> &w) const
    {
        std::vector<double> q = q0, k = k0;
        rope(q, H);
        rope(k, KV);
        const double scale = 1.0 / std::sqrt(double(D));
        double L = 0;
        std::vector<double> s(static_cast<size_t>(T));
        for (int h = 0; h < H; ++h) {
            const int kvh = h / (H / KV);
            for (int t = 0; t < T; ++t) {
                double mx = -INFINITY;
                for (int j = 0; j <= t; ++j) {
                    double d = 0;
                    for (int e = 0; e < D; ++e)
                        d += q[(size_t(t) * H + h) * D + e] * k[(size_t(j) * KV + kvh) * D + e];
                    s[size_t(j)] = d * scale;
                    mx = std::max(mx, s[size_t(j)]);
                }
                double sum = 0;
                for (int j = 0; j <= t; ++j)
                    sum += (s[size_t(j)] = std::exp(s[size_t(j)] - mx));
                for (int e = 0; e < D; ++e) {
                    double o = 0;
                    for (int j = 0; j <= t; ++j)
                        o += s[size_t(j)] / sum * v[(size_t(j) * KV + kvh) * D + e];
                    L += w[(size_t(t) * H + h) * D + e] * o;
                }
            }
        }
        return L;
    }
};

} // namespace

class TestVulkanTrainAttention : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VulkanContext> m_ctx;
    std::unique_ptr<TrainAttention> m_attn;
    std::vector<Buffer> m_buffers;

    Buffer buffer(size_t floats)
    {
        auto b = m_ctx->createBuffer(std::max<size_t>(floats * 4, 16), MemoryKind::DeviceLocal, "test");
        if (!b)
            qFatal("%s", b.error().message.c_str());
        m_buffers.push_back(b.value());
        return b.value();
    }
    Buffer upload(const std::vector<float> &v)
    {
        Buffer b = buffer(v.size());
        if (!m_ctx->upload(b, v.data(), v.size() * 4))
            qFatal("upload failed");
        return b;
    }
    std::vector<float> download(const Buffer &b, size_t n)
    {
        std::vector<float> v(n);
        if (!m_ctx->download(b, v.data(), n * 4))
            qFatal("download failed");
        return v;
    }
    Result<void> run(const std::function<Result<void>(VkCommandBuffer)> &f)
    {
        return m_ctx->submitAndWait(f);
    }

    static void addShapes()
    {
        QTest::addColumn<int>("T");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<int>("tile"); // 0 = the device's choice; else rows x keys = tile x tile
        const auto row = [](int T, int h, int kv, int d, int tile = 0) {
            QTest::addRow("T%d h%d/%d d%d tile%d", T, h, kv, d, tile) << T << h << kv << d << tile;
        };
        row(1, 2, 2, 32);
        row(1, 4, 1, 128);
        row(7, 4, 2, 32);
        row(16, 2, 1, 64);
        row(33, 4, 1, 64);
        row(20, 2, 2, 128);
        row(45, 4, 1, 128);
        row(37, 4, 2, 64, 8);
        row(50, 2, 1, 32, 32);
        row(19, 2, 2, 32, 16);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto devices = enumerateDevices();
        if (!devices)
            QSKIP(qPrintable("no Vulkan device at all: " + QString::fromStdString(devices.error().message)));
        auto ctx = VulkanContext::create();
        QVERIFY2(ctx.ok(), ctx.ok() ? "" : ctx.error().message.c_str());
        m_ctx = std::move(ctx.value());
        m_attn = std::make_unique<TrainAttention>(*m_ctx);
        for (uint32_t d : { 32u, 64u, 128u })
            qInfo("%s head_dim %u tiles: forward %ux%u, dq %ux%u, dk/dv %ux%u", m_ctx->info().name.c_str(), d,
                m_attn->forwardTile(d).rows, m_attn->forwardTile(d).keys, m_attn->dqTile(d).rows,
                m_attn->dqTile(d).keys, m_attn->dkdvTile(d).rows, m_attn->dkdvTile(d).keys);
    }

    void cleanup()
    {
        for (Buffer &b : m_buffers)
            m_ctx->destroyBuffer(b);
        m_buffers.clear();
        if (m_attn)
            QVERIFY(m_attn->setTileOverride({ 0, 0 }).ok());
    }

    void cleanupTestCase()
    {
        m_attn.reset();
        m_ctx.reset();
    }

    void forward_data() { addShapes(); }

    // out against attentionForward; lse against log Σ exp(scale q·k) in double.
    void forward()
    {
        QFETCH(int, T);
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, headDim);
        QFETCH(int, tile);
        QVERIFY(m_attn->setTileOverride({ uint32_t(tile), uint32_t(tile) }).ok());
        const size_t qn = size_t(T) * heads * headDim, kvn = size_t(T) * kvHeads * headDim;
        const std::vector<float> q = randomVec(qn, 1, 2.0f), k = randomVec(kvn, 2, 2.0f),
                                 v = randomVec(kvn, 3);
        std::vector<float> ref(qn);
        attentionForward(ref.data(), nullptr, q.data(), k.data(), v.data(), T, 0, heads, kvHeads, headDim);
        std::vector<double> refLse(size_t(heads) * T);
        const double scale = 1.0 / std::sqrt(float(headDim));
        for (int h = 0; h < heads; ++h)
            for (int t = 0; t < T; ++t) {
                std::vector<double> s;
                for (int j = 0; j <= t; ++j) {
                    double d = 0;
                    for (int e = 0; e < headDim; ++e)
                        d += double(q[(size_t(t) * heads + h) * headDim + e])
                            * k[(size_t(j) * kvHeads + h / (heads / kvHeads)) * headDim + e];
                    s.push_back(d * float(scale));
                }
                const double mx = *std::max_element(s.begin(), s.end());
                double sum = 0;
                for (double x : s)
                    sum += std::exp(x - mx);
                refLse[size_t(h) * T + t] = mx + std::log(sum);
            }

        const AttentionShape s { uint32_t(T), uint32_t(heads), uint32_t(kvHeads), uint32_t(headDim) };
        Buffer bq = upload(q), bk = upload(k), bv = upload(v), bo = buffer(qn), bl = buffer(refLse.size());
        auto r = run([&](VkCommandBuffer cmd) { return m_attn->forward(cmd, s, bq, bk, bv, bo, bl); });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const double eOut = normErr(download(bo, qn), std::vector<double>(ref.begin(), ref.end()));
        const double eLse = normErr(download(bl, refLse.size()), refLse);
        QVERIFY2(eOut < 1e-5, qPrintable(QString("out error %1").arg(eOut)));
        QVERIFY2(eLse < 1e-5, qPrintable(QString("lse error %1").arg(eLse)));
    }

    void backward_data() { addShapes(); }

    // GPU forward + backward against attentionForward (probs) + attentionBackward; then the
    // accumulate mode adds the same gradients onto what dq/dk/dv held.
    void backward()
    {
        QFETCH(int, T);
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, headDim);
        QFETCH(int, tile);
        QVERIFY(m_attn->setTileOverride({ uint32_t(tile), uint32_t(tile) }).ok());
        const size_t qn = size_t(T) * heads * headDim, kvn = size_t(T) * kvHeads * headDim;
        const std::vector<float> q = randomVec(qn, 11, 2.0f), k = randomVec(kvn, 12, 2.0f),
                                 v = randomVec(kvn, 13), dOut = randomVec(qn, 14);
        std::vector<float> out(qn), probs(size_t(heads) * T * T);
        attentionForward(
            out.data(), probs.data(), q.data(), k.data(), v.data(), T, 0, heads, kvHeads, headDim);
        std::vector<float> dq(qn, 0.0f), dk(kvn, 0.0f), dv(kvn, 0.0f);
        attentionBackward(dq.data(), dk.data(), dv.data(), dOut.data(), q.data(), k.data(), v.data(),
            probs.data(), T, heads, kvHeads, headDim);

        const AttentionShape s { uint32_t(T), uint32_t(heads), uint32_t(kvHeads), uint32_t(headDim) };
        Buffer bq = upload(q), bk = upload(k), bv = upload(v), bdo = upload(dOut), bo = buffer(qn),
               bl = buffer(size_t(heads) * T), bdelta = buffer(size_t(heads) * T), bdq = buffer(qn),
               bdk = buffer(kvn), bdv = buffer(kvn);
        auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(m_attn->forward(cmd, s, bq, bk, bv, bo, bl));
            VulkanContext::computeBarrier(cmd);
            return m_attn->backward(cmd, s, bdo, bq, bk, bv, bo, bl, bdelta, bdq, bdk, bdv);
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const double eq = normErr(download(bdq, qn), dq, kGradFloor),
                     ek = normErr(download(bdk, kvn), dk, kGradFloor),
                     ev = normErr(download(bdv, kvn), dv, kGradFloor);
        QVERIFY2(eq < 1e-5 && ek < 1e-5 && ev < 1e-5,
            qPrintable(QString("dq %1 dk %2 dv %3").arg(eq).arg(ek).arg(ev)));
        const auto maxAbs = [](const std::vector<float> &x) {
            float m = 0;
            for (float f : x)
                m = std::max(m, std::abs(f));
            return m;
        };
        if (T > 1) // the floor only matters where the gradient vanishes
            QVERIFY(maxAbs(dq) > kGradFloor && maxAbs(dk) > kGradFloor);

        // Accumulate onto random initial gradients.
        const std::vector<float> q0 = randomVec(qn, 21), k0 = randomVec(kvn, 22), v0 = randomVec(kvn, 23);
        QVERIFY(m_ctx->upload(bdq, q0.data(), qn * 4).ok());
        QVERIFY(m_ctx->upload(bdk, k0.data(), kvn * 4).ok());
        QVERIFY(m_ctx->upload(bdv, v0.data(), kvn * 4).ok());
        r = run([&](VkCommandBuffer cmd) {
            return m_attn->backward(cmd, s, bdo, bq, bk, bv, bo, bl, bdelta, bdq, bdk, bdv, true);
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        for (size_t i = 0; i < qn; ++i)
            dq[i] += q0[i];
        for (size_t i = 0; i < kvn; ++i) {
            dk[i] += k0[i];
            dv[i] += v0[i];
        }
        const double aq = normErr(download(bdq, qn), dq, kGradFloor),
                     ak = normErr(download(bdk, kvn), dk, kGradFloor),
                     av = normErr(download(bdv, kvn), dv, kGradFloor);
        QVERIFY2(aq < 1e-5 && ak < 1e-5 && av < 1e-5,
            qPrintable(QString("accumulate: dq %1 dk %2 dv %3").arg(aq).arg(ak).arg(av)));
    }

    void rope_data()
    {
        QTest::addColumn<RopeMode>("mode");
        QTest::addColumn<int>("T");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<int>("extraCols"); // row stride = heads * headDim + extraCols (untouched)
        QTest::addColumn<int>("posBase");
        for (RopeMode m : { RopeMode::SplitHalf, RopeMode::Interleaved, RopeMode::None }) {
            const char *name = m == RopeMode::SplitHalf ? "split"
                : m == RopeMode::Interleaved            ? "interleaved"
                                                        : "nope";
            QTest::addRow("%s T1 h1 d32", name) << m << 1 << 1 << 32 << 0 << 0;
            QTest::addRow("%s T9 h4 d64", name) << m << 9 << 4 << 64 << 0 << 0;
            QTest::addRow("%s T5 h2 d128 stride+96 pos300", name) << m << 5 << 2 << 128 << 96 << 300;
        }
    }

    // Forward and backward against ropeForward/ropeBackward; NoPE leaves x as it was; columns past
    // the rotated heads are never written.
    void rope()
    {
        QFETCH(RopeMode, mode);
        QFETCH(int, T);
        QFETCH(int, heads);
        QFETCH(int, headDim);
        QFETCH(int, extraCols);
        QFETCH(int, posBase);
        const double theta = 10000.0;
        const int stride = heads * headDim + extraCols;
        const std::vector<float> x = randomVec(size_t(T) * stride, 31, 3.0f);
        std::vector<int64_t> positions(static_cast<size_t>(T));
        for (int t = 0; t < T; ++t)
            positions[size_t(t)] = posBase + t;
        std::vector<float> fwd = x, bwd = x;
        for (int t = 0; mode != RopeMode::None && t < T; ++t) {
            const bool inter = mode == RopeMode::Interleaved;
            ropeForward(
                fwd.data() + size_t(t) * stride, &positions[size_t(t)], 1, heads, headDim, theta, inter);
            ropeBackward(
                bwd.data() + size_t(t) * stride, &positions[size_t(t)], 1, heads, headDim, theta, inter);
        }
        const Buffer table = upload(ropeTable(posBase + T, headDim, theta));
        const RopeShape s { uint32_t(T), uint32_t(heads), uint32_t(headDim), uint32_t(stride),
            uint32_t(posBase) };
        Buffer bf = upload(x), bb = upload(x);
        auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(m_attn->ropeForward(cmd, bf, table, s, mode));
            return m_attn->ropeBackward(cmd, bb, table, s, mode);
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const std::vector<float> gf = download(bf, x.size()), gb = download(bb, x.size());
        const double ef = normErr(gf, fwd), eb = normErr(gb, bwd);
        QVERIFY2(ef < 1e-5 && eb < 1e-5, qPrintable(QString("forward %1 backward %2").arg(ef).arg(eb)));
        for (int t = 0; t < T; ++t)
            for (int c = heads * headDim; c < stride; ++c)
                QCOMPARE(gf[size_t(t) * stride + c], x[size_t(t) * stride + c]);
        if (mode == RopeMode::None)
            QVERIFY(gf == x && gb == x);
        // Backward undoes forward (orthogonal rotation).
        auto r2 = run([&](VkCommandBuffer cmd) { return m_attn->ropeBackward(cmd, bf, table, s, mode); });
        QVERIFY(r2.ok());
        QVERIFY(normErr(download(bf, x.size()), x) < 1e-5);
    }

    void compositeGradient_data()
    {
        QTest::addColumn<RopeMode>("mode");
        QTest::addColumn<int>("T");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("headDim");
        QTest::addRow("split T5 h2/1 d8") << RopeMode::SplitHalf << 5 << 2 << 1 << 8;
        QTest::addRow("interleaved T4 h2/2 d16") << RopeMode::Interleaved << 4 << 2 << 2 << 16;
        QTest::addRow("nope T3 h4/1 d8") << RopeMode::None << 3 << 4 << 1 << 8;
    }

    // L = Σ w ∘ attention(rope(q), rope(k), v): the chain rope -> forward -> backward(dOut = w) ->
    // rope backward on the device against central differences of the double-precision L.
    void compositeGradient()
    {
        QFETCH(RopeMode, mode);
        QFETCH(int, T);
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, headDim);
        const size_t qn = size_t(T) * heads * headDim, kvn = size_t(T) * kvHeads * headDim;
        const std::vector<float> q = randomVec(qn, 41, 1.5f), k = randomVec(kvn, 42, 1.5f),
                                 v = randomVec(kvn, 43), w = randomVec(qn, 44);
        const AttentionShape s { uint32_t(T), uint32_t(heads), uint32_t(kvHeads), uint32_t(headDim) };
        const Buffer table = upload(ropeTable(T, headDim, 10000.0));
        Buffer bq = upload(q), bk = upload(k), bv = upload(v), bw = upload(w), bo = buffer(qn),
               bl = buffer(size_t(heads) * T), bdelta = buffer(size_t(heads) * T), bdq = buffer(qn),
               bdk = buffer(kvn), bdv = buffer(kvn);
        auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(m_attn->ropeForward(cmd, bq, table, { s.tokens, s.nHeads, s.headDim, 0, 0 }, mode));
            SB_TRY(m_attn->ropeForward(cmd, bk, table, { s.tokens, s.nKvHeads, s.headDim, 0, 0 }, mode));
            VulkanContext::computeBarrier(cmd);
            SB_TRY(m_attn->forward(cmd, s, bq, bk, bv, bo, bl));
            VulkanContext::computeBarrier(cmd);
            SB_TRY(m_attn->backward(cmd, s, bw, bq, bk, bv, bo, bl, bdelta, bdq, bdk, bdv));
            VulkanContext::computeBarrier(cmd);
            SB_TRY(m_attn->ropeBackward(cmd, bdq, table, { s.tokens, s.nHeads, s.headDim, 0, 0 }, mode));
            return m_attn->ropeBackward(cmd, bdk, table, { s.tokens, s.nKvHeads, s.headDim, 0, 0 }, mode);
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());

        const Composite c { T, heads, kvHeads, headDim, mode };
        std::vector<double> dq(q.begin(), q.end()), dk(k.begin(), k.end()), dv(v.begin(), v.end()),
            dw(w.begin(), w.end());
        const double eps = 1e-4;
        const auto fd = [&](std::vector<double> &x) {
            std::vector<double> g(x.size());
            for (size_t i = 0; i < x.size(); ++i) {
                const double x0 = x[i];
                x[i] = x0 + eps;
                const double lp = c.loss(dq, dk, dv, dw);
                x[i] = x0 - eps;
                const double lm = c.loss(dq, dk, dv, dw);
                x[i] = x0;
                g[i] = (lp - lm) / (2 * eps);
            }
            return g;
        };
        const std::vector<double> gq = fd(dq), gk = fd(dk), gv = fd(dv);
        const double eq = normErr(download(bdq, qn), gq), ek = normErr(download(bdk, kvn), gk),
                     ev = normErr(download(bdv, kvn), gv);
        qInfo("finite differences: dq %.2g dk %.2g dv %.2g", eq, ek, ev);
        QVERIFY2(eq < 1e-5 && ek < 1e-5 && ev < 1e-5,
            qPrintable(QString("dq %1 dk %2 dv %3").arg(eq).arg(ek).arg(ev)));
    }

    // The bench function runs and reports consistent figures (no speed thresholds).
    void bench()
    {
        TrainAttentionBenchOptions o;
        o.reps = 2;
        o.cpuThreads = 1;
        auto r = benchTrainAttention(*m_ctx, { 24, 4, 2, 32 }, o);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QVERIFY(r->forwardMs > 0 && r->backwardMs > 0 && r->cpuForwardMs > 0 && r->cpuBackwardMs > 0);
        QVERIFY(r->forwardGflops > 0 && r->backwardGflops > 0);
        QCOMPARE(r->forwardTile.rows, m_attn->forwardTile(32).rows);
        qInfo("%s", r->toText().c_str());
        // SB_BENCH_TRAIN_ATTN=1: SmolLM3-3B's attention at T 256 and 512; or "T,heads,kvHeads,headDim;...".
        const QString env = qEnvironmentVariable("SB_BENCH_TRAIN_ATTN");
        if (env.isEmpty())
            return;
        std::vector<AttentionShape> shapes = { { 256, 16, 4, 128 }, { 512, 16, 4, 128 } };
        if (env != "1") {
            shapes.clear();
            for (const QString &item : env.split(';', Qt::SkipEmptyParts)) {
                const QStringList f = item.split(',');
                QVERIFY2(f.size() == 4, "SB_BENCH_TRAIN_ATTN: T,heads,kvHeads,headDim[;...]");
                shapes.push_back({ f[0].toUInt(), f[1].toUInt(), f[2].toUInt(), f[3].toUInt() });
            }
        }
        o.reps = 3;
        o.cpuThreads = 0;
        o.plain = true;
        for (const AttentionShape &shape : shapes) {
            auto big = benchTrainAttention(*m_ctx, shape, o);
            QVERIFY2(big.ok(), big.ok() ? "" : big.error().message.c_str());
            qInfo("%s", big->toText().c_str());
        }
    }

    // Bad shapes, short buffers and bad tiles are errors that say what is wrong, not crashes.
    void refusals()
    {
        Buffer small = buffer(4), big = buffer(4096);
        const auto fwd = [&](AttentionShape s, const Buffer &q) {
            return run([&](VkCommandBuffer cmd) { return m_attn->forward(cmd, s, q, big, big, big, big); });
        };
        auto r = fwd({ 4, 3, 2, 32 }, big);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("nHeads") != std::string::npos);
        r = fwd({ 4, 2, 1, 10 }, big); // head_dim not a multiple of 4
        QVERIFY(!r.ok());
        r = fwd({ 0, 2, 1, 32 }, big);
        QVERIFY(!r.ok());
        r = fwd({ 4, 2, 1, 32 }, small);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("buffer q") != std::string::npos, r.error().message.c_str());
        QVERIFY(m_attn->supports({ 4, 2, 1, 128 }) && m_attn->supports({ 1, 16, 4, 64 })
            && m_attn->supports({ 3, 2, 2, 8 }));
        QVERIFY(!m_attn->supports({ 4, 2, 1, 10 }) && !m_attn->supports({ 4, 3, 2, 32 })
            && !m_attn->supports({ 4, 2, 1, 12 }));
        QVERIFY(!m_attn->setTileOverride({ 12, 16 }).ok());
        QVERIFY(m_attn->setTileOverride({ 64, 64 }).ok());
        r = fwd({ 4, 2, 1, 256 }, big); // 64 x 64 tiles of head_dim 256 fit no device's shared memory
        QVERIFY(!r.ok());
        QVERIFY(m_attn->setTileOverride({ 0, 0 }).ok());
        const Buffer table = upload(ropeTable(2, 32, 10000.0));
        auto rr = run([&](VkCommandBuffer cmd) {
            return m_attn->ropeForward(cmd, big, table, { 4, 1, 32, 0, 0 }, RopeMode::SplitHalf);
        });
        QVERIFY(!rr.ok()); // the table covers 2 positions, not 4
        QVERIFY2(rr.error().message.find("rope table") != std::string::npos, rr.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestVulkanTrainAttention)
#include "TestVulkanTrainAttention.moc"
