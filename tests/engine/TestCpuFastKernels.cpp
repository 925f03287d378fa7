// The fast CPU backend's kernels (engine/cpufast/Kernels.h) against the reference's arithmetic,
// for every kernel set this CPU runs (scalar everywhere; AVX2 and AVX-512 VNNI where present, so
// CI on any x86 machine checks the paths it can run), on random inputs:
//  - activation quantisation equals the reference's MatmulInputs::Q8Blocks rounding exactly;
//  - every weight type's product (F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q6_K), for 1 to 9 tokens
//    (whole tiles of four and every remainder) and with the fused residual add, matches
//    Σ dequant(w) · x' in double, x' being the activations the kernel sees (quantised for the
//    int8 types). Tolerance: normalised error (max abs error / max |reference|) < 1e-5; the
//    integer block sums are exact, so what remains is fp32 accumulation order (~1e-7).
#include <QtTest>

#include <cmath>

#include "CpuTestModel.h"
#include "NumericCheck.h"
#include "engine/cpufast/CpuFeatures.h"
#include "engine/cpufast/Kernels.h"
#include "engine/model/Dequant.h"
#include "engine/ops/Matmul.h"

using namespace sb;
using namespace sb::test;
using namespace sb::cpufast;

Q_DECLARE_METATYPE(sb::DType)
Q_DECLARE_METATYPE(sb::CpuIsa)

namespace {

constexpr double kTol = 1e-5;

std::vector<CpuIsa> runnableIsas()
{
    std::vector<CpuIsa> out;
    for (CpuIsa isa : { CpuIsa::Scalar, CpuIsa::Avx2, CpuIsa::Avx512 })
        if (cpuSupports(isa))
            out.push_back(isa);
    return out;
}

} // namespace

class TestCpuFastKernels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString list;
        for (CpuIsa isa : runnableIsas())
            list += QString(" ") + cpuIsaName(isa);
        qInfo("kernel sets this CPU runs:%s (best: %s)", qPrintable(list), cpuIsaName(bestCpuIsa()));
        QVERIFY(cpuSupports(CpuIsa::Scalar));
    }

    void isaNames()
    {
        for (CpuIsa isa : { CpuIsa::Scalar, CpuIsa::Avx2, CpuIsa::Avx512 }) {
            auto parsed = parseCpuIsa(cpuIsaName(isa));
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, isa);
        }
        QCOMPARE(*parseCpuIsa("auto"), bestCpuIsa());
        auto bad = parseCpuIsa("neon9");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.find("scalar") != std::string::npos);
    }

    void quantisationMatchesTheReference()
    {
        const int64_t tokens = 3, n = 256;
        std::vector<float> x = randomFloats(size_t(tokens * n), 5, 3.0f);
        x[7] = 0.0f;
        std::fill(x.begin() + 64, x.begin() + 96, 0.0f); // an all-zero block: scale 0
        QuantizedActs acts;
        acts.resize(tokens, n);
        quantizeActs(x.data(), 0, tokens, acts);
        std::vector<float> ref = x;
        for (int64_t t = 0; t < tokens; ++t)
            roundInputs(ref.data() + t * n, n, MatmulInputs::Q8Blocks);
        for (int64_t t = 0; t < tokens; ++t)
            for (int64_t i = 0; i < n; ++i) {
                const float d = acts.d[size_t(t * n / 32 + i / 32)];
                QCOMPARE(d * float(acts.qs[size_t(t * n + i)]), ref[size_t(t * n + i)]);
            }
        for (int64_t b = 0; b < tokens * n / 32; ++b) {
            int s = 0;
            for (int j = 0; j < 32; ++j)
                s += acts.qs[size_t(b * 32 + j)];
            QCOMPARE(acts.sum16[size_t(2 * b)] + acts.sum16[size_t(2 * b + 1)], s);
            QCOMPARE(acts.sum[size_t(b)], acts.d[size_t(b)] * float(s));
        }
    }

    void gemm_data()
    {
        QTest::addColumn<CpuIsa>("isa");
        QTest::addColumn<DType>("dtype");
        for (CpuIsa isa : runnableIsas())
            for (DType t :
                { DType::F32, DType::F16, DType::BF16, DType::Q8_0, DType::Q4_0, DType::Q4_K, DType::Q6_K })
                QTest::addRow("%s %s", cpuIsaName(isa), dtypeName(t)) << isa << t;
    }

    void gemm()
    {
        QFETCH(CpuIsa, isa);
        QFETCH(DType, dtype);
        const int64_t rows = 19, n = 512;
        const size_t rowBytes = dtypeRowBytes(dtype, n);
        std::vector<std::byte> w(rowBytes * size_t(rows));
        const std::vector<float> wf = randomFloats(size_t(rows * n), 11, 0.5f);
        for (int64_t r = 0; r < rows; ++r)
            QVERIFY(quantizeRow(dtype, wf.data() + r * n, w.data() + size_t(r) * rowBytes, n).ok());
        std::vector<float> wd(size_t(rows * n));
        dequantizeRow(dtype, w.data(), wd.data(), rows * n);

        const KernelTable &table = KernelTable::forIsa(isa);
        QCOMPARE(table.isa, isa);
        const GemmFn fn = table.gemmFor(dtype);
        QVERIFY(fn != nullptr);
        const bool quantised = takesQuantizedActs(dtype);
        for (int64_t tokens : { 1, 2, 3, 4, 5, 8, 9 }) {
            std::vector<float> x = randomFloats(size_t(tokens * n), 100 + uint64_t(tokens), 2.0f);
            QuantizedActs acts;
            acts.resize(tokens, n);
            quantizeActs(x.data(), 0, tokens, acts);
            std::vector<float> seen = x; // what the kernel multiplies by
            if (quantised)
                for (int64_t t = 0; t < tokens; ++t)
                    roundInputs(seen.data() + t * n, n, MatmulInputs::Q8Blocks);
            for (bool accumulate : { false, true }) {
                const int64_t stride = rows + 3; // outputs interleaved with untouched slots
                std::vector<float> out = randomFloats(size_t(tokens * stride), 7, 1.0f);
                const std::vector<float> before = out;
                GemmArgs a;
                a.w = w.data();
                a.wRowBytes = rowBytes;
                a.rows = rows;
                a.n = n;
                a.tokens = tokens;
                a.xf = x.data();
                bindActs(a, acts, 0);
                a.out = out.data();
                a.outStride = stride;
                a.accumulate = accumulate;
                fn(a);
                std::vector<double> ref;
                std::vector<float> got;
                for (int64_t t = 0; t < tokens; ++t) {
                    for (int64_t r = 0; r < rows; ++r) {
                        double s = 0.0;
                        for (int64_t i = 0; i < n; ++i)
                            s += double(wd[size_t(r * n + i)]) * double(seen[size_t(t * n + i)]);
                        const size_t o = size_t(t * stride + r);
                        ref.push_back(s);
                        got.push_back(accumulate ? out[o] - before[o] : out[o]);
                    }
                    for (int64_t r = rows; r < stride; ++r)
                        QCOMPARE(out[size_t(t * stride + r)], before[size_t(t * stride + r)]);
                }
                const double err = normalizedError(got, ref);
                QVERIFY2(err < kTol,
                    qPrintable(QString("%1 tokens%2: normalised error %3")
                                   .arg(tokens)
                                   .arg(accumulate ? " (accumulate)" : "")
                                   .arg(err)));
            }
        }
    }

    // The SIMD tables produce the scalar table's numbers up to fp32 accumulation order.
    void simdAgreesWithScalar_data() { gemm_data(); }
    void simdAgreesWithScalar()
    {
        QFETCH(CpuIsa, isa);
        QFETCH(DType, dtype);
        if (isa == CpuIsa::Scalar)
            QSKIP("the scalar table is the comparison");
        const int64_t rows = 64, n = 1024, tokens = 6;
        const size_t rowBytes = dtypeRowBytes(dtype, n);
        std::vector<std::byte> w(rowBytes * size_t(rows));
        const std::vector<float> wf = randomFloats(size_t(rows * n), 21, 1.0f);
        for (int64_t r = 0; r < rows; ++r)
            QVERIFY(quantizeRow(dtype, wf.data() + r * n, w.data() + size_t(r) * rowBytes, n).ok());
        const std::vector<float> x = randomFloats(size_t(tokens * n), 22, 4.0f);
        QuantizedActs acts;
        acts.resize(tokens, n);
        quantizeActs(x.data(), 0, tokens, acts);
        std::vector<float> outs[2];
        int i = 0;
        for (CpuIsa which : { CpuIsa::Scalar, isa }) {
            std::vector<float> &out = outs[i++];
            out.assign(size_t(tokens * rows), 0.0f);
            GemmArgs a;
            a.w = w.data();
            a.wRowBytes = rowBytes;
            a.rows = rows;
            a.n = n;
            a.tokens = tokens;
            a.xf = x.data();
            bindActs(a, acts, 0);
            a.out = out.data();
            a.outStride = rows;
            KernelTable::forIsa(which).gemmFor(dtype)(a);
        }
        const double err = normalizedError(outs[1], outs[0]);
        QVERIFY2(err < kTol, qPrintable(QString("normalised difference %1").arg(err)));
    }
};

QTEST_GUILESS_MAIN(TestCpuFastKernels)
#include "TestCpuFastKernels.moc"
