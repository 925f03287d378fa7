// Vulkan kernels for quantised weights and uploads, against CPU references on random inputs:
// Q4_K/Q6_K read in place (matvec, fused SwiGLU, prefill matmul, embedding) against the
// dequantised weights (1e-4); the int8 dot-product matvec for Q8_0/Q4_0 against the same
// quantisation of x (1e-5) and against unquantised x (2e-2, its own error ~5e-3); the upload
// ring with a payload many times its size.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <random>

#include "VulkanOpsSupport.h"
#include "engine/model/Dequant.h"
#include "engine/ops/Matmul.h"
#include "engine/vulkan/DeviceInfo.h"
#include "engine/vulkan/train/TrainKernels.h"

using namespace sb;
using namespace sb::test;

Q_DECLARE_METATYPE(sb::DType)

class TestVulkanQuantOps : public QObject, private VulkanOpsFixture {
    Q_OBJECT

private:
    std::unique_ptr<VulkanKernels> m_kernels[2][2]; // [16-bit storage][subgroups]
    std::unique_ptr<VulkanKernels> m_dot[2]; // [16-bit storage], int8 dot products forced on

    VulkanKernels &kernels(bool s16, bool sg) { return *m_kernels[s16][sg]; }

    // LoRA training's dX = dY W through the weight as stored (TrainKernels) against the
    // dequantised values, for random dY: the normalised error (infinity if the dispatch failed).
    double backwardInputError(
        const DeviceWeight &dw, const std::vector<float> &values, int tokens, uint32_t seed)
    {
        const int rows = int(dw.rows), cols = int(dw.cols);
        const std::vector<float> dy = randomVec(size_t(tokens * rows), seed);
        const std::vector<double> refDx = referenceDx(dy, values, tokens, rows, cols);
        TrainKernels tk(*m_ctx);
        Buffer bdy = upload(dy), bdx = buffer(refDx.size() * 4);
        auto rb = run([&](VkCommandBuffer cmd) {
            return tk.matmulBackwardInput(cmd, dw, bdy, uint32_t(tokens), uint32_t(rows), bdx, false);
        });
        return rb.ok() ? normErr(download(bdx, refDx.size()), refDx) : INFINITY;
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
        for (bool s16 : { false, true }) {
            for (bool sg : { false, true })
                m_kernels[s16][sg] = std::make_unique<VulkanKernels>(
                    *m_ctx, s16, sg ? SubgroupUse::WhenSupported : SubgroupUse::Never);
            m_dot[s16] = std::make_unique<VulkanKernels>(
                *m_ctx, s16, SubgroupUse::WhenSupported, IntegerDotUse::WhenSupported);
        }
        qInfo("device %s, integer dot product %s (accelerated: %s)", m_ctx->info().name.c_str(),
            m_ctx->info().integerDotProduct ? "yes" : "no",
            m_ctx->info().integerDotProductAccelerated ? "yes" : "no");
    }

    void cleanup() { release(); }

    void cleanupTestCase()
    {
        for (auto &row : m_kernels)
            for (auto &k : row)
                k.reset();
        for (auto &k : m_dot)
            k.reset();
        m_ctx.reset();
    }

    void kQuants_data()
    {
        QTest::addColumn<DType>("dtype");
        QTest::addColumn<bool>("s16");
        QTest::addColumn<bool>("sg");
        for (DType t : { DType::Q4_K, DType::Q6_K })
            for (bool s16 : { true, false })
                for (bool sg : { true, false })
                    QTest::addRow("%s %s %s", dtypeName(t), s16 ? "u16" : "u32", sg ? "sg" : "smem")
                        << t << s16 << sg;
    }

    // Q4_K/Q6_K are read in place (no widening on upload): matvec (plain and fused SwiGLU),
    // prefill matmul over 5 tokens and the embedding lookup against the dequantised weights,
    // 1e-4 (lookup exact up to fp32 rounding of d * scale * q).
    void kQuants()
    {
        QFETCH(DType, dtype);
        QFETCH(bool, s16);
        QFETCH(bool, sg);
        const int rows = 9, cols = 512, tokens = 5;
        HostTensor w = makeKQuant(dtype, rows, cols, 77), w2 = makeKQuant(dtype, rows, cols, 78);
        const std::vector<float> x = randomVec(size_t(tokens * cols), 3);
        std::vector<double> ref(size_t(tokens * rows)), refGlu(static_cast<size_t>(rows));
        for (int t = 0; t < tokens; ++t)
            for (int r = 0; r < rows; ++r)
                for (int i = 0; i < cols; ++i)
                    ref[size_t(t * rows + r)]
                        += double(w.values[size_t(r) * cols + i]) * x[size_t(t * cols + i)];
        for (int r = 0; r < rows; ++r) {
            double u = 0;
            for (int i = 0; i < cols; ++i)
                u += double(w2.values[size_t(r) * cols + i]) * x[size_t(i)];
            refGlu[size_t(r)] = ref[size_t(r)] / (1 + std::exp(-ref[size_t(r)])) * u;
        }
        const DeviceWeight &dw = deviceWeight({ &w.view }, false, dtypeRowBytes(dtype, cols) * 4); // 3 chunks
        QCOMPARE(dw.dtype, dtype);
        QCOMPARE(dw.bytes(), uint64_t(w.bytes.size())); // in place, not widened
        const DeviceWeight &pair = deviceWeight({ &w.view, &w2.view }, true);
        Buffer bx = upload(x), bx0 = upload(std::vector<float>(x.begin(), x.begin() + cols));
        Buffer by = buffer(size_t(rows) * 4), bh = buffer(size_t(rows) * 4),
               bm = buffer(size_t(tokens * rows) * 4);
        std::vector<uint32_t> ids { 3, 0, 8 };
        Buffer bt = upload(ids), be = buffer(ids.size() * cols * 4);
        auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(kernels(s16, sg).matvec(cmd, dw, bx0, by, MatMode::Store));
            SB_TRY(kernels(s16, sg).matvec(cmd, pair, bx0, bh, MatMode::SwiGlu));
            SB_TRY(
                kernels(s16, sg).matmul(cmd, dw, bx, uint32_t(tokens), bm, uint32_t(rows), MatMode::Store));
            return kernels(s16, sg).embed(cmd, dw, bt, uint32_t(ids.size()), be);
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const double e
            = normErr(download(by, size_t(rows)), std::vector<double>(ref.begin(), ref.begin() + rows));
        const double eGlu = normErr(download(bh, size_t(rows)), refGlu);
        const double eMm = normErr(download(bm, ref.size()), ref);
        QVERIFY2(e < 1e-4 && eGlu < 1e-4 && eMm < 1e-4,
            qPrintable(QString("matvec %1, swiglu %2, matmul %3").arg(e).arg(eGlu).arg(eMm)));
        std::vector<double> refE;
        for (uint32_t id : ids)
            for (int i = 0; i < cols; ++i)
                refE.push_back(w.values[size_t(id) * cols + i]);
        const double eE = normErr(download(be, refE.size()), refE);
        QVERIFY2(eE < 1e-6, qPrintable(QString("embed %1").arg(eE)));

        // LoRA training reads the same in-place K-quant weights: dX = dY W (TrainKernels).
        const double eDx = backwardInputError(dw, w.values, tokens, 4);
        QVERIFY2(eDx < 1e-4, qPrintable(QString("matmulBackwardInput %1").arg(eDx)));
    }

    void mixedStorage_data()
    {
        QTest::addColumn<bool>("s16");
        QTest::addColumn<bool>("int8");
        QTest::addRow("u16") << true << false;
        QTest::addRow("u32") << false << false;
        QTest::addRow("u16, int8 dot for the Q8_0 part") << true << true;
    }

    // A fused q/k/v as Q4_K_M files store it (q and k Q4_K, v Q6_K), here with a Q8_0 part too:
    // each part stays in its own storage, in chunks that never straddle a change of type (two
    // chunks for the Q4_K stretch under a small buffer cap), and matvec (fused RMSNorm), prefill
    // matmul and dX = dY W match the dequantised weights (1e-4; Q8_0 through int8 x: 2e-2).
    void mixedStorage()
    {
        QFETCH(bool, s16);
        QFETCH(bool, int8);
        if (int8 && !m_ctx->info().integerDotProduct)
            QSKIP("the device has no shaderIntegerDotProduct");
        const int cols = 256, tokens = 6;
        HostTensor q = makeKQuant(DType::Q4_K, 12, cols, 61), k = makeKQuant(DType::Q4_K, 6, cols, 62);
        HostTensor v = makeKQuant(DType::Q6_K, 6, cols, 63), o = makeTensor(DType::Q8_0, 5, cols, 64);
        const std::vector<const HostTensor *> parts { &q, &k, &v, &o };
        std::vector<float> values;
        uint64_t storedBytes = 0;
        for (const HostTensor *h : parts) {
            values.insert(values.end(), h->values.begin(), h->values.end());
            storedBytes += h->bytes.size();
        }
        const int rows = int(values.size() / cols);
        const DeviceWeight &dw = deviceWeight(
            { &q.view, &k.view, &v.view, &o.view }, false, dtypeRowBytes(DType::Q4_K, cols) * 10);
        QVERIFY(dw.mixed());
        QCOMPARE(dw.rows, int64_t(rows));
        std::vector<std::pair<DType, int64_t>> layout; // (dtype, rows) per chunk
        for (const DeviceWeight::Chunk &c : dw.chunks)
            layout.emplace_back(c.dtype, c.rows);
        const std::vector<std::pair<DType, int64_t>> expected { { DType::Q4_K, 10 }, { DType::Q4_K, 8 },
            { DType::Q6_K, 6 }, { DType::Q8_0, 5 } };
        QVERIFY(layout == expected);
        QVERIFY(dw.bytes() < storedBytes + 4 * dw.chunks.size()); // in place: word rounding only
        const TensorView *views[] = { &q.view, &k.view, &v.view, &o.view };
        QCOMPARE(deviceWeightBytes(views), storedBytes);

        const std::vector<float> x = randomVec(size_t(tokens * cols), 65), nw = randomVec(size_t(cols), 66);
        double ss = 0;
        for (int i = 0; i < cols; ++i)
            ss += double(x[size_t(i)]) * x[size_t(i)];
        const double rstd = 1.0 / std::sqrt(ss / cols + 1e-6);
        std::vector<double> refNorm(static_cast<size_t>(rows)), refMm(static_cast<size_t>(tokens * rows));
        for (int r = 0; r < rows; ++r)
            for (int i = 0; i < cols; ++i)
                refNorm[size_t(r)]
                    += double(values[size_t(r) * cols + i]) * x[size_t(i)] * rstd * nw[size_t(i)];
        for (int t = 0; t < tokens; ++t)
            for (int r = 0; r < rows; ++r)
                for (int i = 0; i < cols; ++i)
                    refMm[size_t(t * rows + r)]
                        += double(values[size_t(r) * cols + i]) * x[size_t(t * cols + i)];
        VulkanKernels &kern = int8 ? *m_dot[s16] : kernels(s16, false);
        QCOMPARE(kern.usesIntegerDot(), int8);
        Buffer bx = upload(x), bx0 = upload(std::vector<float>(x.begin(), x.begin() + cols)),
               bnw = upload(nw);
        Buffer by = buffer(size_t(rows) * 4), bm = buffer(refMm.size() * 4);
        auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(kern.matvec(cmd, dw, bx0, by, MatMode::Store, &bnw, 1e-6f));
            return kern.matmul(cmd, dw, bx, uint32_t(tokens), bm, uint32_t(rows), MatMode::Store);
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const double eMv = normErr(download(by, size_t(rows)), refNorm);
        const double eMm = normErr(download(bm, refMm.size()), refMm);
        QVERIFY2(eMv < (int8 ? 2e-2 : 1e-4) && eMm < 1e-4,
            qPrintable(QString("matvec %1, matmul %2").arg(eMv).arg(eMm)));

        const double eDx = backwardInputError(dw, values, tokens, 67);
        QVERIFY2(eDx < 1e-4, qPrintable(QString("matmulBackwardInput %1").arg(eDx)));
    }

    // The upload ring: 100 KiB and a few odd-sized writes through 3 slots of 4 KiB (many times
    // round the ring, each slot reused after its fence) land byte for byte; progress is reported
    // per slot, never decreasing, ending at the total.
    void uploadRingLargerThanItself()
    {
        std::vector<uint8_t> data(100 * 1024 + 13);
        std::mt19937 rng(9);
        for (uint8_t &b : data)
            b = uint8_t(rng());
        std::vector<uint64_t> reports;
        StagingUploader up(*m_ctx, data.size(), [&](uint64_t done, uint64_t total) {
            QCOMPARE(total, uint64_t(data.size()));
            reports.push_back(done);
        });
        QVERIFY(up.init(3 * 4096, 3).ok());
        QCOMPARE(up.slotBytes(), uint64_t(4096));
        Buffer dst = buffer(data.size() + 3);
        const uint64_t split[] = { 0, 5, 4096 + 7, 60000, data.size() };
        for (size_t i = 0; i + 1 < std::size(split); ++i)
            QVERIFY(up.write(dst, split[i], data.data() + split[i], split[i + 1] - split[i]).ok());
        QVERIFY(up.flush().ok());
        QVERIFY(up.submissions() >= data.size() / 4096);
        QVERIFY(reports.size() >= size_t(up.submissions()));
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));
        QCOMPARE(reports.back(), uint64_t(data.size()));
        std::vector<uint8_t> got(data.size());
        QVERIFY(m_ctx->download(dst, got.data(), got.size()).ok());
        QVERIFY(got == data);
        QVERIFY(!up.reserve(dst, 0, 4097).ok()); // larger than a slot
    }

    void integerDot_data()
    {
        QTest::addColumn<DType>("dtype");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<bool>("s16");
        for (DType t : { DType::Q8_0, DType::Q4_0 })
            for (bool s16 : { true, false }) {
                QTest::addRow("%s 67x96 %s", dtypeName(t), s16 ? "u16" : "u32") << t << 67 << 96 << s16;
                QTest::addRow("%s 130x1024 %s", dtypeName(t), s16 ? "u16" : "u32") << t << 130 << 1024 << s16;
            }
        for (DType t : { DType::Q4_K, DType::Q6_K }) // super-blocks of 256: every sub-block position
            for (bool s16 : { true, false }) {
                QTest::addRow("%s 9x256 %s", dtypeName(t), s16 ? "u16" : "u32") << t << 9 << 256 << s16;
                QTest::addRow("%s 70x1024 %s", dtypeName(t), s16 ? "u16" : "u32") << t << 70 << 1024 << s16;
            }
    }

    // Q8_0/Q4_0/Q4_K/Q6_K matvec through int8 activations and packed 4x8-bit dot products (plain, fused
    // residual, fused RMSNorm, fused SwiGLU on a weight in 2 chunks), two references:
    //  - the same product with x quantised as the kernel does (per 32-block d = max|x| / 127,
    //    q = roundEven(x / d)): 1e-5, i.e. the integer kernel itself is exact up to fp32 sums;
    //  - the dequantised weights times the unquantised x (what the fp32 path is held to at 1e-4):
    //    2e-2, the activation quantisation's own error (about 5e-3 on these random inputs), printed.
    void integerDot()
    {
        QFETCH(DType, dtype);
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(bool, s16);
        if (!m_ctx->info().integerDotProduct)
            QSKIP("the device has no shaderIntegerDotProduct; the fp32 matvec is used instead");
        VulkanKernels &k = *m_dot[s16];
        QVERIFY(k.usesIntegerDot());
        const bool kquant = dtype == DType::Q4_K || dtype == DType::Q6_K;
        const auto make = [&](uint32_t seed) {
            return kquant ? makeKQuant(dtype, rows, cols, seed) : makeTensor(dtype, rows, cols, seed);
        };
        HostTensor w = make(uint32_t(rows * 3 + cols)), u = make(99);
        const std::vector<float> x = randomVec(size_t(cols), 5, 2.0f), y0 = randomVec(size_t(rows), 6);
        const std::vector<float> nw = randomVec(size_t(cols), 8);
        double ss = 0;
        for (float v : x)
            ss += double(v) * v;
        const float rstd = float(1.0 / std::sqrt(ss / cols + 1e-6));
        std::vector<float> xn(x.size());
        for (int i = 0; i < cols; ++i)
            xn[size_t(i)] = x[size_t(i)] * rstd * nw[size_t(i)];
        // x as the kernel sees it after quantisation (the CPU reference's MatmulInputs::Q8Blocks)
        auto quantised = [](std::vector<float> v) {
            roundInputs(v.data(), int64_t(v.size()), MatmulInputs::Q8Blocks);
            return v;
        };
        auto product = [&](const HostTensor &m, const std::vector<float> &v) {
            std::vector<double> r(static_cast<size_t>(rows));
            for (int row = 0; row < rows; ++row)
                for (int i = 0; i < cols; ++i)
                    r[size_t(row)] += double(m.values[size_t(row) * cols + i]) * v[size_t(i)];
            return r;
        };
        const std::vector<float> xq = quantised(x), xnq = quantised(xn);
        const std::vector<double> exact = product(w, x), viaQ = product(w, xq);
        std::vector<double> accQ = viaQ, normQ = product(w, xnq), normExact = product(w, xn),
                            gluQ(static_cast<size_t>(rows));
        const std::vector<double> upQ = product(u, xq);
        for (int r = 0; r < rows; ++r) {
            accQ[size_t(r)] += y0[size_t(r)];
            gluQ[size_t(r)] = viaQ[size_t(r)] / (1 + std::exp(-viaQ[size_t(r)])) * upQ[size_t(r)];
        }
        const DeviceWeight &dw = deviceWeight({ &w.view }, false);
        const DeviceWeight &pair
            = deviceWeight({ &w.view, &u.view }, true, dtypeRowBytes(dtype, cols) * 2 * (rows / 2 + 1));
        Buffer bx = upload(x), bnw = upload(nw), by = buffer(size_t(rows) * 4), bacc = upload(y0);
        Buffer bn = buffer(size_t(rows) * 4), bg = buffer(size_t(rows) * 4);
        auto r = run([&](VkCommandBuffer cmd) -> Result<void> {
            SB_TRY(k.matvec(cmd, dw, bx, by, MatMode::Store));
            SB_TRY(k.matvec(cmd, dw, bx, bacc, MatMode::Accumulate));
            SB_TRY(k.matvec(cmd, dw, bx, bn, MatMode::Store, &bnw, 1e-6f));
            return k.matvec(cmd, pair, bx, bg, MatMode::SwiGlu);
        });
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        const std::vector<float> got = download(by, size_t(rows)), gotNorm = download(bn, size_t(rows));
        const double e = normErr(got, viaQ), eAcc = normErr(download(bacc, size_t(rows)), accQ);
        const double eNorm = normErr(gotNorm, normQ), eGlu = normErr(download(bg, size_t(rows)), gluQ);
        QVERIFY2(e < 1e-5 && eAcc < 1e-5 && eNorm < 1e-5 && eGlu < 1e-5,
            qPrintable(
                QString("vs quantised-x reference: %1 %2 %3 %4").arg(e).arg(eAcc).arg(eNorm).arg(eGlu)));
        const double eExact = std::max(normErr(got, exact), normErr(gotNorm, normExact));
        qInfo("vs the quantised-x reference %.2g; vs unquantised x %.2g", std::max({ e, eAcc, eNorm, eGlu }),
            eExact);
        QVERIFY2(eExact < 2e-2, qPrintable(QString("vs unquantised x: %1").arg(eExact)));
    }
};

QTEST_GUILESS_MAIN(TestVulkanQuantOps)
#include "TestVulkanQuantOps.moc"
