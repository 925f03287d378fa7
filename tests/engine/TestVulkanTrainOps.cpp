// Every Vulkan training kernel (engine/vulkan/train/TrainKernels.h) against its CPU reference op
// (engine/ops) on random inputs of odd and even shapes, forward and backward, with gradients
// accumulated into random initial values (the ops' += contract). Errors are normalised by the
// reference's magnitude (max|got - ref| / max|ref|). Tolerances: fp32 paths < 1e-5; the frozen
// base read as Q8_0/Q4_0 (dequantised on the fly, compared with the dequantised weights) < 1e-4.
#include <QtTest>

#include <cmath>
#include <cstring>
#include <functional>

#include "CpuTestModel.h"
#include "NumericCheck.h"
#include "engine/model/Dequant.h"
#include "engine/ops/CpuOps.h"
#include "engine/vulkan/DeviceInfo.h"
#include "engine/vulkan/DeviceWeight.h"
#include "engine/vulkan/VulkanContext.h"
#include "engine/vulkan/VulkanKernels.h"
#include "engine/vulkan/train/TrainKernels.h"

using namespace sb;
using namespace sb::test;

Q_DECLARE_METATYPE(sb::DType)

namespace {

double tolFor(DType t)
{
    return (t == DType::Q8_0 || t == DType::Q4_0) ? 1e-4 : 1e-5;
}

struct HostTensor {
    std::vector<std::byte> bytes;
    TensorView view;
};

HostTensor makeTensor(DType t, int64_t rows, int64_t cols, uint64_t seed, const char *name = "weight")
{
    HostTensor h;
    const std::vector<float> src = randomFloats(sz(rows * cols), seed);
    const size_t rb = dtypeRowBytes(t, cols);
    h.bytes.resize(rb * sz(rows));
    for (int64_t r = 0; r < rows; ++r)
        (void)quantizeRow(t, src.data() + r * cols, h.bytes.data() + sz(r) * rb, cols);
    h.view.name = name;
    h.view.dtype = t;
    h.view.shape = { rows, cols };
    h.view.data = h.bytes.data();
    h.view.nbytes = h.bytes.size();
    return h;
}

} // namespace

class TestVulkanTrainOps : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VulkanContext> m_ctx;
    std::unique_ptr<TrainKernels> m_k;
    std::vector<Buffer> m_buffers;
    std::vector<DeviceWeight> m_weights;

    Buffer buffer(size_t bytes)
    {
        auto b = m_ctx->createBuffer(std::max<size_t>(bytes, 16), MemoryKind::DeviceLocal, "test");
        if (!b)
            qFatal("%s", b.error().message.c_str());
        m_buffers.push_back(b.value());
        return b.value();
    }
    template <typename T> Buffer upload(const std::vector<T> &v)
    {
        Buffer b = buffer(v.size() * sizeof(T));
        if (!v.empty() && !m_ctx->upload(b, v.data(), v.size() * sizeof(T)))
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
    const DeviceWeight &deviceWeight(const TensorView &view, uint64_t maxChunk)
    {
        StagingUploader up(*m_ctx, 0, {});
        if (!up.init(1 << 20))
            qFatal("staging");
        const TensorView *parts[] = { &view };
        auto w = uploadWeight(*m_ctx, up, "w", parts, false, maxChunk);
        if (!w || !up.flush())
            qFatal("%s", w ? "flush" : w.error().message.c_str());
        m_weights.push_back(w.value());
        return m_weights.back();
    }
    void run(const std::function<Result<void>(VkCommandBuffer)> &f)
    {
        auto r = m_ctx->submitAndWait(f);
        if (!r)
            QFAIL(r.error().message.c_str());
    }

private slots:
    void initTestCase()
    {
        auto devices = enumerateDevices();
        if (!devices)
            QSKIP(qPrintable("no Vulkan device at all: " + QString::fromStdString(devices.error().message)));
        auto ctx = VulkanContext::create();
        QVERIFY2(ctx.ok(), ctx.ok() ? "" : ctx.error().message.c_str());
        m_ctx = std::move(ctx.value());
        m_k = std::make_unique<TrainKernels>(*m_ctx);
        qInfo("device %s", m_ctx->info().name.c_str());
    }

    void cleanup()
    {
        for (Buffer &b : m_buffers)
            m_ctx->destroyBuffer(b);
        m_buffers.clear();
        for (DeviceWeight &w : m_weights)
            destroyWeight(*m_ctx, w);
        m_weights.clear();
    }

    void cleanupTestCase()
    {
        m_k.reset();
        m_ctx.reset();
    }

    void frozenMatmulBackward_data()
    {
        QTest::addColumn<DType>("dtype");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("tokens");
        for (DType t : { DType::F32, DType::F16, DType::BF16, DType::Q8_0, DType::Q4_0 }) {
            QTest::addRow("%s 67x96 T5", dtypeName(t)) << t << 67 << 96 << 5;
            QTest::addRow("%s 64x128 T32", dtypeName(t)) << t << 64 << 128 << 32;
            QTest::addRow("%s 130x160 T33", dtypeName(t)) << t << 130 << 160 << 33;
        }
        QTest::addRow("F32 odd cols 37x45 T7") << DType::F32 << 37 << 45 << 7;
    }

    // dX += dY · W through a frozen weight, whole and split into 3+ row chunks; and dX = dY · W.
    void frozenMatmulBackward()
    {
        QFETCH(DType, dtype);
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, tokens);
        HostTensor w = makeTensor(dtype, rows, cols, uint64_t(rows * 31 + cols));
        const std::vector<float> dY = randomFloats(sz(tokens * rows), 3);
        const std::vector<float> dX0 = randomFloats(sz(tokens * cols), 4);
        std::vector<float> ref = dX0, refStore(sz(tokens * cols), 0.0f);
        matmulBackwardInput(ref.data(), dY.data(), w.view, tokens);
        matmulBackwardInput(refStore.data(), dY.data(), w.view, tokens);
        for (uint64_t maxChunk : { uint64_t(0), uint64_t(dtypeRowBytes(dtype, cols) * sz((rows + 2) / 3)) }) {
            const DeviceWeight &dw = deviceWeight(w.view, maxChunk);
            if (maxChunk)
                QVERIFY(dw.chunks.size() >= 3);
            Buffer bdy = upload(dY), bdx = upload(dX0), bst = upload(dX0);
            run([&](VkCommandBuffer cmd) -> Result<void> {
                SB_TRY(m_k->matmulBackwardInput(cmd, dw, bdy, uint32_t(tokens), uint32_t(rows), bdx, true));
                return m_k->matmulBackwardInput(cmd, dw, bdy, uint32_t(tokens), uint32_t(rows), bst, false);
            });
            const double e1
                = normalizedError(download(bdx, ref.size()), std::vector<double>(ref.begin(), ref.end()));
            const double e2 = normalizedError(
                download(bst, ref.size()), std::vector<double>(refStore.begin(), refStore.end()));
            QVERIFY2(e1 < tolFor(dtype),
                qPrintable(QString("accumulate err %1 chunks %2").arg(e1).arg(dw.chunks.size())));
            QVERIFY2(e2 < tolFor(dtype), qPrintable(QString("store err %1").arg(e2)));
        }
    }

    void gemm_data()
    {
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("ta");
        QTest::addColumn<bool>("tb");
        for (bool ta : { false, true })
            for (bool tb : { false, true }) {
                QTest::addRow("5x7x3 %s%s", ta ? "T" : "N", tb ? "T" : "N") << 5 << 7 << 3 << ta << tb;
                QTest::addRow("33x8x64 %s%s", ta ? "T" : "N", tb ? "T" : "N") << 33 << 8 << 64 << ta << tb;
                QTest::addRow("64x48x17 %s%s", ta ? "T" : "N", tb ? "T" : "N") << 64 << 48 << 17 << ta << tb;
                QTest::addRow("16x96x40 %s%s", ta ? "T" : "N", tb ? "T" : "N") << 16 << 96 << 40 << ta << tb;
            }
    }

    // C = alpha opA opB stored, and accumulated, with operands at offsets inside larger buffers.
    void gemm()
    {
        QFETCH(int, m);
        QFETCH(int, n);
        QFETCH(int, k);
        QFETCH(bool, ta);
        QFETCH(bool, tb);
        const uint32_t offA = 13, offB = 5, offC = 7;
        const uint32_t lda = uint32_t(ta ? m : k) + 3, ldb = uint32_t(tb ? k : n) + 1, ldc = uint32_t(n) + 2;
        const int aRows = ta ? k : m, bRows = tb ? n : k;
        const std::vector<float> a = randomFloats(offA + sz(aRows) * lda, 10),
                                 b = randomFloats(offB + sz(bRows) * ldb, 11);
        const std::vector<float> c0 = randomFloats(offC + sz(m) * ldc, 12);
        const float alpha = 0.75f;
        std::vector<double> refAcc(c0.begin(), c0.end()), refStore(c0.begin(), c0.end());
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                double s = 0;
                for (int q = 0; q < k; ++q) {
                    const float av = ta ? a[offA + sz(q) * lda + sz(i)] : a[offA + sz(i) * lda + sz(q)];
                    const float bv = tb ? b[offB + sz(j) * ldb + sz(q)] : b[offB + sz(q) * ldb + sz(j)];
                    s += double(av) * bv;
                }
                refAcc[offC + sz(i) * ldc + sz(j)] += alpha * s;
                refStore[offC + sz(i) * ldc + sz(j)] = alpha * s;
            }
        Buffer ba = upload(a), bb = upload(b), bacc = upload(c0), bst = upload(c0);
        run([&](VkCommandBuffer cmd) -> Result<void> {
            const GemmOperand oa { &ba, offA, lda, ta }, ob { &bb, offB, ldb, tb };
            SB_TRY(m_k->gemm(cmd, uint32_t(m), uint32_t(n), uint32_t(k), oa, ob, { &bacc, offC, ldc, false },
                alpha, true));
            return m_k->gemm(
                cmd, uint32_t(m), uint32_t(n), uint32_t(k), oa, ob, { &bst, offC, ldc, false }, alpha, false);
        });
        const double e1 = normalizedError(download(bacc, c0.size()), refAcc);
        const double e2 = normalizedError(download(bst, c0.size()), refStore);
        QVERIFY2(e1 < 1e-5, qPrintable(QString("accumulate err %1").arg(e1)));
        QVERIFY2(e2 < 1e-5, qPrintable(QString("store err %1").arg(e2)));
    }

    void rmsNorm_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dim");
        QTest::addRow("3x96") << 3 << 96;
        QTest::addRow("8x64") << 8 << 64;
        QTest::addRow("5x300") << 5 << 300;
        QTest::addRow("1x1") << 1 << 1;
    }

    void rmsNorm()
    {
        QFETCH(int, rows);
        QFETCH(int, dim);
        const float eps = 1e-6f;
        const std::vector<float> x = randomFloats(sz(rows * dim), 20), w = randomFloats(sz(dim), 21);
        const std::vector<float> dy = randomFloats(sz(rows * dim), 22),
                                 dx0 = randomFloats(sz(rows * dim), 23);
        std::vector<float> y(x.size()), rstd(sz(rows)), dx = dx0;
        rmsNormForward(y.data(), x.data(), w.data(), rows, dim, eps, rstd.data());
        rmsNormBackward(dx.data(), nullptr, dy.data(), x.data(), w.data(), rstd.data(), rows, dim);
        Buffer bx = upload(x), bw = upload(w), by = buffer(x.size() * 4), br = buffer(sz(rows) * 4);
        Buffer bdy = upload(dy), bdx = upload(dx0);
        run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(m_k->rmsNormForward(cmd, bx, bw, by, br, uint32_t(rows), uint32_t(dim), eps));
            VulkanContext::computeBarrier(cmd);
            return m_k->rmsNormBackward(cmd, bdx, bdy, bx, bw, br, uint32_t(rows), uint32_t(dim));
        });
        const double ey = normalizedError(download(by, y.size()), y),
                     er = normalizedError(download(br, rstd.size()), rstd);
        const double ed = normalizedError(download(bdx, dx.size()), dx);
        QVERIFY2(ey < 1e-5 && er < 1e-5, qPrintable(QString("forward err %1, rstd err %2").arg(ey).arg(er)));
        QVERIFY2(ed < 1e-5, qPrintable(QString("backward err %1").arg(ed)));
    }

    void swiglu_data()
    {
        QTest::addColumn<int>("n");
        QTest::addRow("1") << 1;
        QTest::addRow("1000") << 1000;
        QTest::addRow("4097") << 4097;
    }

    void swiglu()
    {
        QFETCH(int, n);
        const std::vector<float> g = randomFloats(sz(n), 30, 4.0f), u = randomFloats(sz(n), 31, 2.0f);
        const std::vector<float> ds = randomFloats(sz(n), 32), dg0 = randomFloats(sz(n), 33),
                                 du0 = randomFloats(sz(n), 34);
        std::vector<float> s(sz(n)), dg = dg0, du = du0;
        swigluForward(s.data(), g.data(), u.data(), n);
        swigluBackward(dg.data(), du.data(), ds.data(), g.data(), u.data(), n);
        Buffer bg = upload(g), bu = upload(u), bs = buffer(sz(n) * 4), bds = upload(ds), bdg = upload(dg0),
               bdu = upload(du0);
        run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(m_k->swigluForward(cmd, bg, bu, bs, uint32_t(n)));
            return m_k->swigluBackward(cmd, bds, bg, bu, bdg, bdu, uint32_t(n));
        });
        const double es = normalizedError(download(bs, s.size()), s);
        const double eg = normalizedError(download(bdg, dg.size()), dg),
                     eu = normalizedError(download(bdu, du.size()), du);
        QVERIFY2(es < 1e-5, qPrintable(QString("forward err %1").arg(es)));
        QVERIFY2(eg < 1e-5 && eu < 1e-5, qPrintable(QString("backward err %1 / %2").arg(eg).arg(eu)));
    }

    // Residual add and its backward (accumulate), dropout with a bit mask and its backward.
    void elementwise()
    {
        const int n = 1234;
        const std::vector<float> a = randomFloats(sz(n), 40), b = randomFloats(sz(n), 41),
                                 y0 = randomFloats(sz(n) + 9, 42);
        std::vector<uint32_t> mask(sz((n + 31) / 32) + 3);
        for (size_t i = 0; i < mask.size(); ++i)
            mask[i] = uint32_t(0x9e3779b9u * (i + 1)) ^ uint32_t(i * 2654435761u);
        const uint32_t maskOffset = 2;
        const float keep = 1.0f / 0.8f;
        std::vector<float> sum(sz(n)), acc = y0, drop(sz(n)), dropAcc(y0.begin(), y0.begin() + n);
        residualForward(sum.data(), a.data(), b.data(), n);
        for (int i = 0; i < n; ++i) {
            acc[sz(i) + 9] += a[sz(i)];
            const bool kept = (mask[maskOffset + sz(i) / 32] >> (i % 32)) & 1u;
            drop[sz(i)] = a[sz(i)] * (kept ? keep : 0.0f);
            dropAcc[sz(i)] += a[sz(i)] * (kept ? keep : 0.0f);
        }
        Buffer ba = upload(a), bb = upload(b), bsum = buffer(sz(n) * 4), bacc = upload(y0), bm = upload(mask);
        Buffer bdrop = buffer(sz(n) * 4), bdacc = upload(std::vector<float>(y0.begin(), y0.begin() + n));
        run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(m_k->add(cmd, ba, bb, bsum, uint32_t(n)));
            SB_TRY(m_k->accumulate(cmd, ba, bacc, uint32_t(n), 0, 9));
            SB_TRY(m_k->dropout(cmd, ba, bm, maskOffset, keep, bdrop, uint32_t(n)));
            return m_k->dropoutBackward(cmd, ba, bm, maskOffset, keep, bdacc, uint32_t(n));
        });
        QCOMPARE(normalizedError(download(bsum, sum.size()), sum), 0.0);
        QCOMPARE(normalizedError(download(bacc, acc.size()), acc), 0.0);
        QCOMPARE(normalizedError(download(bdrop, drop.size()), drop), 0.0);
        QCOMPARE(normalizedError(download(bdacc, dropAcc.size()), dropAcc), 0.0);
    }

    void crossEntropy_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("vocab");
        QTest::addRow("7x100") << 7 << 100;
        QTest::addRow("4x1000") << 4 << 1000;
        QTest::addRow("16x64") << 16 << 64;
    }

    // Loss per row (ignored rows 0) and the fused backward overwriting the logits, on a row chunk
    // that starts inside the sequence (rowBase 3).
    void crossEntropy()
    {
        QFETCH(int, rows);
        QFETCH(int, vocab);
        const int rowBase = 3, total = rows + rowBase;
        const std::vector<float> logits = randomFloats(sz(rows * vocab), 50, 6.0f);
        std::vector<int32_t> targets(sz(total));
        for (int t = 0; t < total; ++t)
            targets[sz(t)] = (t % 3 == 1) ? -1 : (t * 37) % vocab;
        const float dScale = 0.37f;
        std::vector<float> losses(sz(rows)), dLogits(logits.size(), 0.0f), dl(sz(rows), dScale);
        crossEntropyForward(losses.data(), logits.data(), targets.data() + rowBase, rows, vocab);
        crossEntropyBackward(dLogits.data(), logits.data(), targets.data() + rowBase, dl.data(), rows, vocab);
        Buffer bl = upload(logits), bf = upload(logits), bt = upload(targets), bloss = buffer(sz(total) * 4);
        Buffer bloss2 = buffer(sz(total) * 4);
        run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(
                m_k->crossEntropy(cmd, bf, bt, bloss, uint32_t(rows), uint32_t(vocab), rowBase, false, 0.0f));
            return m_k->crossEntropy(
                cmd, bl, bt, bloss2, uint32_t(rows), uint32_t(vocab), rowBase, true, dScale);
        });
        const std::vector<float> gotLoss = download(bloss, sz(total)), gotLoss2 = download(bloss2, sz(total));
        const std::vector<float> l1(gotLoss.begin() + rowBase, gotLoss.end()),
            l2(gotLoss2.begin() + rowBase, gotLoss2.end());
        QVERIFY2(normalizedError(l1, losses) < 1e-5,
            qPrintable(QString("loss err %1").arg(normalizedError(l1, losses))));
        QVERIFY(normalizedError(l2, losses) < 1e-5);
        QCOMPARE(download(bf, logits.size()), logits); // forward only leaves the logits alone
        const double ed = normalizedError(download(bl, logits.size()), dLogits);
        QVERIFY2(ed < 1e-5, qPrintable(QString("dLogits err %1").arg(ed)));
    }

    void attention_data()
    {
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("headDim");
        QTest::addRow("T7 H4/2 hd8") << 7 << 4 << 2 << 8;
        QTest::addRow("T16 H4/4 hd16") << 16 << 4 << 4 << 16;
        QTest::addRow("T33 H6/2 hd10") << 33 << 6 << 2 << 10;
        QTest::addRow("T1 H2/1 hd4") << 1 << 2 << 1 << 4;
    }

    void attention()
    {
        QFETCH(int, tokens);
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, headDim);
        const int qDim = heads * headDim, kvDim = kvHeads * headDim;
        const std::vector<float> q = randomFloats(sz(tokens * qDim), 60, 2.0f),
                                 k = randomFloats(sz(tokens * kvDim), 61, 2.0f);
        const std::vector<float> v = randomFloats(sz(tokens * kvDim), 62),
                                 dOut = randomFloats(sz(tokens * qDim), 63);
        const std::vector<float> dq0 = randomFloats(q.size(), 64), dk0 = randomFloats(k.size(), 65),
                                 dv0 = randomFloats(v.size(), 66);
        std::vector<float> out(q.size()), probs(sz(heads * tokens * tokens)), dq = dq0, dk = dk0, dv = dv0;
        attentionForward(
            out.data(), probs.data(), q.data(), k.data(), v.data(), tokens, 0, heads, kvHeads, headDim);
        attentionBackward(dq.data(), dk.data(), dv.data(), dOut.data(), q.data(), k.data(), v.data(),
            probs.data(), tokens, heads, kvHeads, headDim);
        Buffer bq = upload(q), bk = upload(k), bv = upload(v), bo = buffer(q.size() * 4),
               bp = buffer(probs.size() * 4);
        Buffer bds = buffer(probs.size() * 4), bgo = upload(dOut), bdq = upload(dq0), bdk = upload(dk0),
               bdv = upload(dv0);
        const auto T = uint32_t(tokens), H = uint32_t(heads), KvH = uint32_t(kvHeads), hd = uint32_t(headDim);
        run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(m_k->attentionForward(cmd, bq, bk, bv, bo, bp, T, H, KvH, hd));
            VulkanContext::computeBarrier(cmd);
            return m_k->attentionBackward(cmd, bgo, bq, bk, bv, bp, bds, bdq, bdk, bdv, T, H, KvH, hd);
        });
        const double eo = normalizedError(download(bo, out.size()), out),
                     ep = normalizedError(download(bp, probs.size()), probs);
        QVERIFY2(eo < 1e-5 && ep < 1e-5, qPrintable(QString("forward err %1, probs err %2").arg(eo).arg(ep)));
        const double eq = normalizedError(download(bdq, dq.size()), dq),
                     ek = normalizedError(download(bdk, dk.size()), dk);
        const double ev = normalizedError(download(bdv, dv.size()), dv);
        QVERIFY2(eq < 1e-5 && ek < 1e-5 && ev < 1e-5,
            qPrintable(QString("dq %1 dk %2 dv %3").arg(eq).arg(ek).arg(ev)));
    }
};

QTEST_GUILESS_MAIN(TestVulkanTrainOps)
#include "TestVulkanTrainOps.moc"
