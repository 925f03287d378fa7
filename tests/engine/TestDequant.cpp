// Dequantisation and quantisation against hand-built ggml blocks, fp16/bf16 rounding, and
// quantise -> dequantise error bounds on random rows.

#include <QtTest>

#include <cmath>
#include <cstring>
#include <random>

#include "engine/model/Dequant.h"
#include "engine/model/GgmlBlocks.h"

using namespace sb;

namespace {

template <typename Block> std::vector<std::byte> toBytes(const Block &b)
{
    std::vector<std::byte> out(sizeof(Block));
    std::memcpy(out.data(), &b, sizeof(Block));
    return out;
}

std::vector<float> randomRow(int64_t n, uint32_t seed, float scale)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> dist(0.0f, scale);
    std::vector<float> v(static_cast<size_t>(n));
    for (float &x : v)
        x = dist(rng);
    return v;
}

} // namespace

class TestDequant : public QObject {
    Q_OBJECT

private slots:
    void dtypeSizes_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addColumn<qint64>("blockSize");
        QTest::addColumn<qint64>("blockBytes");
        QTest::addRow("F32") << int(DType::F32) << qint64(1) << qint64(4);
        QTest::addRow("F16") << int(DType::F16) << qint64(1) << qint64(2);
        QTest::addRow("BF16") << int(DType::BF16) << qint64(1) << qint64(2);
        QTest::addRow("Q8_0") << int(DType::Q8_0) << qint64(32) << qint64(34);
        QTest::addRow("Q4_0") << int(DType::Q4_0) << qint64(32) << qint64(18);
        QTest::addRow("Q4_K") << int(DType::Q4_K) << qint64(256) << qint64(144);
        QTest::addRow("Q6_K") << int(DType::Q6_K) << qint64(256) << qint64(210);
    }
    void dtypeSizes()
    {
        QFETCH(int, dtype);
        QFETCH(qint64, blockSize);
        QFETCH(qint64, blockBytes);
        const DType t = DType(dtype);
        QCOMPARE(dtypeBlockSize(t), blockSize);
        QCOMPARE(qint64(dtypeBlockBytes(t)), blockBytes);
        QCOMPARE(qint64(dtypeRowBytes(t, blockSize * 3)), blockBytes * 3);
        QCOMPARE(QString(dtypeName(t)), QString(QTest::currentDataTag()));
    }

    void f16KnownValues_data()
    {
        QTest::addColumn<float>("value");
        QTest::addColumn<int>("bits");
        QTest::addRow("one") << 1.0f << 0x3c00;
        QTest::addRow("minus two") << -2.0f << 0xc000;
        QTest::addRow("max") << 65504.0f << 0x7bff;
        QTest::addRow("rounds to inf") << 65520.0f << 0x7c00;
        QTest::addRow("just below inf") << 65519.0f << 0x7bff;
        QTest::addRow("smallest subnormal") << std::ldexp(1.0f, -24) << 0x0001;
        QTest::addRow("half of smallest ties to zero") << std::ldexp(1.0f, -25) << 0x0000;
        QTest::addRow("1.5x half smallest rounds up") << std::ldexp(1.5f, -25) << 0x0001;
        QTest::addRow("tie to even stays") << 1.0f + std::ldexp(1.0f, -11) << 0x3c00;
        QTest::addRow("tie to even rounds up") << 1.0f + 3 * std::ldexp(1.0f, -11) << 0x3c02;
        QTest::addRow("smallest normal") << std::ldexp(1.0f, -14) << 0x0400;
        QTest::addRow("subnormal rounding into normal")
            << std::ldexp(1.0f, -14) - std::ldexp(1.0f, -26) << 0x0400;
        QTest::addRow("negative zero") << -0.0f << 0x8000;
        QTest::addRow("infinity") << INFINITY << 0x7c00;
    }
    void f16KnownValues()
    {
        QFETCH(float, value);
        QFETCH(int, bits);
        QCOMPARE(int(f32ToF16(value)), bits);
    }

    void f16RoundTripsEveryHalf()
    {
        for (uint32_t h = 0; h < 65536; ++h) {
            const float f = f16ToF32(static_cast<uint16_t>(h));
            if (std::isnan(f)) {
                QVERIFY(std::isnan(f16ToF32(f32ToF16(f))));
                continue;
            }
            if (f32ToF16(f) != h)
                QFAIL(qPrintable(QString("half 0x%1 does not round-trip").arg(h, 4, 16, QChar('0'))));
        }
    }

    void f16RoundsToNearest()
    {
        // Against the neighbours: the chosen half is never farther than the next one either side.
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> exp(-26.0f, 16.0f);
        for (int i = 0; i < 100000; ++i) {
            const float x = std::exp2(exp(rng)) * ((i & 1) ? -1.0f : 1.0f);
            const uint16_t h = f32ToF16(x);
            const double err = std::fabs(double(f16ToF32(h)) - x);
            if ((h & 0x7fff) >= 0x7c00)
                continue; // overflowed to infinity (checked above)
            for (int d : { -1, 1 }) {
                const uint16_t n = static_cast<uint16_t>(h + d);
                if ((n & 0x7fff) >= 0x7c00 || ((h & 0x7fff) == 0 && d < 0))
                    continue;
                QVERIFY2(err <= std::fabs(double(f16ToF32(n)) - x), qPrintable(QString::number(x)));
            }
        }
    }

    void bf16Rounding_data()
    {
        QTest::addColumn<quint32>("bits");
        QTest::addColumn<int>("expected");
        QTest::addRow("one") << quint32(0x3f800000) << 0x3f80;
        QTest::addRow("tie to even down") << quint32(0x3f808000) << 0x3f80;
        QTest::addRow("tie to even up") << quint32(0x3f818000) << 0x3f82;
        QTest::addRow("above tie") << quint32(0x3f808001) << 0x3f81;
        QTest::addRow("below tie") << quint32(0x3f807fff) << 0x3f80;
        QTest::addRow("max float to inf") << quint32(0x7f7fffff) << 0x7f80;
        QTest::addRow("nan stays nan") << quint32(0x7f800001) << 0x7fc0;
    }
    void bf16Rounding()
    {
        QFETCH(quint32, bits);
        QFETCH(int, expected);
        QCOMPARE(int(f32ToBf16(bitsFloat(bits))), expected);
        QCOMPARE(floatBits(bf16ToF32(static_cast<uint16_t>(expected))), quint32(expected) << 16);
    }

    void q8_0HandBlock()
    {
        BlockQ8_0 b;
        b.d = 0x3800; // 0.5
        for (int j = 0; j < 32; ++j)
            b.qs[j] = static_cast<int8_t>(j * 8 - 128);
        const auto bytes = toBytes(b);
        float y[32];
        dequantizeRow(DType::Q8_0, bytes.data(), y, 32);
        for (int j = 0; j < 32; ++j)
            QCOMPARE(y[j], float(j * 8 - 128) * 0.5f);
    }

    void q4_0HandBlock()
    {
        BlockQ4_0 b;
        b.d = 0xc000; // -2.0
        for (int j = 0; j < 16; ++j)
            b.qs[j] = static_cast<uint8_t>(j | ((15 - j) << 4));
        const auto bytes = toBytes(b);
        float y[32];
        dequantizeRow(DType::Q4_0, bytes.data(), y, 32);
        for (int j = 0; j < 16; ++j) {
            QCOMPARE(y[j], float(j - 8) * -2.0f);
            QCOMPARE(y[j + 16], float(15 - j - 8) * -2.0f);
        }
    }

    void q4_KHandBlock()
    {
        BlockQ4_K b;
        b.d = 0x3c00; // 1.0
        b.dmin = 0x3800; // 0.5
        // Sub-blocks 0-3: 6-bit scale in scales[j], min in scales[j+4]; sub-blocks 4-7: low
        // nibbles in scales[j+4] with the top two bits of scales[j-4] / scales[j] (here 0 and 1).
        const uint8_t packed[12] = { 1, 2, 3, 4, 5 | 0x40, 6, 7, 8, 0x21, 0x43, 0x65, 0x87 };
        std::memcpy(b.scales, packed, 12);
        const float sc[8] = { 1, 2, 3, 4, 1, 3, 5, 7 };
        const float mn[8] = { 5, 6, 7, 8, 2 + 16, 4, 6, 8 }; // scales[4] bit 6 -> min 4 gets +16
        for (int l = 0; l < 128; ++l)
            b.qs[l] = static_cast<uint8_t>((l % 16) | (((l / 8) % 16) << 4));
        const auto bytes = toBytes(b);
        float y[256];
        dequantizeRow(DType::Q4_K, bytes.data(), y, 256);
        for (int e = 0; e < 256; ++e) {
            const int chunk = e / 64, within = e % 64, sub = 2 * chunk + within / 32, l = within % 32;
            const uint8_t byte = b.qs[chunk * 32 + l];
            const int q = within < 32 ? (byte & 15) : (byte >> 4);
            QCOMPARE(y[e], 1.0f * sc[sub] * float(q) - 0.5f * mn[sub]);
        }
        QCOMPARE(y[0], -2.5f); // q 0, scale 1, min 5 * 0.5
    }

    void q6_KHandBlock()
    {
        BlockQ6_K b;
        for (int i = 0; i < 128; ++i)
            b.ql[i] = static_cast<uint8_t>(i * 37 + 11);
        for (int i = 0; i < 64; ++i)
            b.qh[i] = static_cast<uint8_t>(i * 91 + 5);
        for (int i = 0; i < 16; ++i)
            b.scales[i] = static_cast<int8_t>(i * 9 - 70);
        b.d = 0x3400; // 0.25
        const auto bytes = toBytes(b);
        float y[256];
        dequantizeRow(DType::Q6_K, bytes.data(), y, 256);
        for (int e = 0; e < 256; ++e) {
            // Per element: 128-element halves, four 32-element groups each reading low nibbles
            // (groups 0, 1) or high nibbles (2, 3) of ql and bit pair `group` of qh.
            const int n = e / 128, r = e % 128, group = r / 32, l = r % 32;
            const uint8_t low = b.ql[n * 64 + l + (group & 1) * 32];
            const int lowBits = group >= 2 ? low >> 4 : low & 15;
            const int highBits = (b.qh[n * 32 + l] >> (2 * group)) & 3;
            const int q = (lowBits | (highBits << 4)) - 32;
            const int scale = b.scales[n * 8 + l / 16 + 2 * group];
            QCOMPARE(y[e], 0.25f * float(scale) * float(q));
        }
    }

    void halfRows()
    {
        const float values[4] = { 1.0f, -0.5f, 3.140625f, 65504.0f };
        std::vector<std::byte> f16(8), bf16(8);
        QVERIFY(quantizeRow(DType::F16, values, f16.data(), 4).ok());
        QVERIFY(quantizeRow(DType::BF16, values, bf16.data(), 4).ok());
        float back[4];
        dequantizeRow(DType::F16, f16.data(), back, 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(back[i], values[i]);
        dequantizeRow(DType::BF16, bf16.data(), back, 4);
        QCOMPARE(back[0], 1.0f);
        QCOMPARE(back[1], -0.5f);
        QCOMPARE(back[2], 3.140625f);
        QCOMPARE(back[3], 65536.0f); // bf16 has 8 bits of mantissa: 65504 rounds up
    }

    void q8_0ReferenceQuantiser()
    {
        float x[32];
        for (int j = 0; j < 32; ++j)
            x[j] = float(j - 16);
        std::vector<std::byte> q(34);
        quantizeRowQ8_0(x, q.data(), 32);
        BlockQ8_0 b;
        std::memcpy(&b, q.data(), 34);
        QCOMPARE(f16ToF32(b.d), f16ToF32(f32ToF16(16.0f / 127.0f)));
        for (int j = 0; j < 32; ++j)
            QCOMPARE(int(b.qs[j]), int(std::roundf(float(j - 16) * (127.0f / 16.0f))));
    }

    void q4_0ReferenceQuantiser()
    {
        float x[32];
        for (int j = 0; j < 16; ++j) {
            x[j] = float(j - 8); // -8 .. 7: the largest magnitude (-8) sets d = 1
            x[j + 16] = float(7 - j); // 7 .. -8
        }
        std::vector<std::byte> q(18);
        quantizeRowQ4_0(x, q.data(), 32);
        BlockQ4_0 b;
        std::memcpy(&b, q.data(), 18);
        QCOMPARE(f16ToF32(b.d), 1.0f);
        for (int j = 0; j < 16; ++j)
            QCOMPARE(int(b.qs[j]), j | ((15 - j) << 4));
        float y[32];
        dequantizeRow(DType::Q4_0, q.data(), y, 32);
        for (int j = 0; j < 32; ++j)
            QCOMPARE(y[j], x[j]);
    }

    void quantiseRoundTripBounds_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addColumn<float>("scale");
        for (float s : { 1e-3f, 1.0f, 300.0f }) {
            QTest::addRow("Q8_0 scale %g", double(s)) << int(DType::Q8_0) << s;
            QTest::addRow("Q4_0 scale %g", double(s)) << int(DType::Q4_0) << s;
        }
    }
    void quantiseRoundTripBounds()
    {
        QFETCH(int, dtype);
        QFETCH(float, scale);
        const DType t = DType(dtype);
        const int64_t n = 32 * 64;
        const std::vector<float> x = randomRow(n, 42, scale);
        std::vector<std::byte> q(dtypeRowBytes(t, n));
        QVERIFY(quantizeRow(t, x.data(), q.data(), n).ok());
        std::vector<float> y(static_cast<size_t>(n));
        dequantizeRow(t, q.data(), y.data(), n);
        double sumSq = 0, errSq = 0;
        for (int64_t blk = 0; blk < n / 32; ++blk) {
            float amax = 0;
            for (int j = 0; j < 32; ++j)
                amax = std::max(amax, std::fabs(x[size_t(blk * 32 + j)]));
            // Q8_0: half a step (amax/127/2) plus the fp16 rounding of d (relative 2^-11, or
            // 2^-25 absolute once d is an fp16 subnormal) times up to 127 steps.
            // Q4_0: one step (amax/8; the positive extreme clamps at 7) plus the same fp16 slack.
            const float fp16Slack = 127.0f * std::ldexp(1.0f, -25);
            const float bound = t == DType::Q8_0 ? amax * (0.5f / 127.0f + 1.0f / 1024.0f) + fp16Slack
                                                 : amax * (1.0f / 8.0f + 1.0f / 128.0f) + fp16Slack;
            for (int j = 0; j < 32; ++j) {
                const size_t k = size_t(blk * 32 + j);
                QVERIFY2(std::fabs(y[k] - x[k]) <= bound,
                    qPrintable(QString("element %1: %2 vs %3").arg(k).arg(y[k]).arg(x[k])));
                sumSq += double(x[k]) * x[k];
                errSq += double(y[k] - x[k]) * (y[k] - x[k]);
            }
        }
        // Relative RMS error: ~0.5% for Q8_0, ~10% for Q4_0 on Gaussian data.
        QVERIFY(std::sqrt(errSq / sumSq) < (t == DType::Q8_0 ? 0.01 : 0.12));
    }

    void zeroBlockQuantises()
    {
        const std::vector<float> zeros(32, 0.0f);
        for (DType t : { DType::Q8_0, DType::Q4_0 }) {
            std::vector<std::byte> q(dtypeRowBytes(t, 32));
            QVERIFY(quantizeRow(t, zeros.data(), q.data(), 32).ok());
            float y[32];
            dequantizeRow(t, q.data(), y, 32);
            for (float v : y)
                QCOMPARE(v, 0.0f);
        }
    }

    void quantizeRowRejects()
    {
        float x[48] = {};
        std::vector<std::byte> q(1024);
        auto r = quantizeRow(DType::Q8_0, x, q.data(), 48);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        auto k = quantizeRow(DType::Q4_K, x, q.data(), 48); // k-quants need whole 256-element super-blocks
        QVERIFY(!k.ok());
        QCOMPARE(k.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(k.error().message).contains("Q4_K"));
    }

    void kQuantRoundTrip_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("bound");
        QTest::addColumn<double>("smallBound");
        // RMS error over RMS value for uniform values: a 4-bit step of a 32-element sub-block's
        // range, a 6-bit step of a 16-element group's (about 0.07 and 0.017 expected). A sub-block
        // 100x smaller than its neighbours keeps a 6-bit scale of its own in Q4_K, but only an
        // 8-bit fraction (1/127) of the block's largest scale in Q6_K: there its step is coarser.
        QTest::addRow("Q4_K") << int(DType::Q4_K) << 0.09 << 0.15;
        QTest::addRow("Q6_K") << int(DType::Q6_K) << 0.025 << 0.1;
    }

    // Quantising to Q4_K/Q6_K and reading back through dequantizeRow (the layouts' reference):
    // the error of the type's step, sub-blocks of different ranges each keeping their own scale
    // (a block of zeros stays exactly zero, a small-range sub-block beside a large one keeps its
    // relative precision), and a Q4_K sub-block of only positive values is not shifted.
    void kQuantRoundTrip()
    {
        QFETCH(int, type);
        QFETCH(double, bound);
        QFETCH(double, smallBound);
        const DType t = DType(type);
        std::vector<float> x = randomRow(1024, 21, 1.0f);
        for (int j = 256; j < 288; ++j)
            x[size_t(j)] *= 0.01f; // one small-range sub-block
        for (int j = 512; j < 544; ++j)
            x[size_t(j)] = 0.0f;
        for (int j = 768; j < 800; ++j)
            x[size_t(j)] = 0.5f + 0.25f * std::fabs(x[size_t(j)]);
        std::vector<std::byte> q(dtypeRowBytes(t, 1024));
        QVERIFY(quantizeRow(t, x.data(), q.data(), 1024).ok());
        std::vector<float> y(1024);
        dequantizeRow(t, q.data(), y.data(), 1024);
        const auto relRms = [&](int from, int to) {
            double e = 0, v = 0;
            for (int j = from; j < to; ++j) {
                e += double(y[size_t(j)] - x[size_t(j)]) * (y[size_t(j)] - x[size_t(j)]);
                v += double(x[size_t(j)]) * x[size_t(j)];
            }
            return std::sqrt(e / std::max(v, 1e-30));
        };
        const double all = relRms(0, 1024), small = relRms(256, 288), positive = relRms(768, 800);
        qInfo("%s: relative RMS error %.4f overall, %.4f in the small-range sub-block, %.4f positive-only",
            dtypeName(t), all, small, positive);
        QVERIFY2(all < bound, qPrintable(QString::number(all)));
        QVERIFY2(small < smallBound, qPrintable(QString::number(small)));
        QVERIFY2(positive < bound, qPrintable(QString::number(positive)));
        for (int j = 512; j < 544; ++j)
            QCOMPARE(y[size_t(j)], 0.0f);
    }

    void dequantizeTensorRows()
    {
        // A (3, 64) Q8_0 tensor: row r dequantises from block 2r.
        const std::vector<float> x = randomRow(3 * 64, 3, 1.0f);
        std::vector<std::byte> q(dtypeRowBytes(DType::Q8_0, 3 * 64));
        quantizeRowQ8_0(x.data(), q.data(), 3 * 64);
        TensorView v;
        v.name = "t";
        v.dtype = DType::Q8_0;
        v.shape = { 3, 64 };
        v.data = q.data();
        v.nbytes = q.size();
        const std::vector<float> all = dequantizeTensor(v);
        float row[64];
        dequantizeRows(v, 2, 1, row);
        for (int j = 0; j < 64; ++j)
            QCOMPARE(row[j], all[size_t(128 + j)]);
    }
};

QTEST_GUILESS_MAIN(TestDequant)
#include "TestDequant.moc"
