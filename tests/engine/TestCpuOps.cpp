// The CPU reference ops against naive double-precision loops on random inputs.
// Tolerance: normalised error (max |got - ref| / max |ref|) < 1e-5 for fp32 paths; quantised
// weights are compared with the naive product over their dequantised values (same tolerance).
#include <QtTest>

#include <cmath>

#include "CpuTestModel.h"
#include "NumericCheck.h"
#include "engine/model/Dequant.h"
#include "engine/ops/CpuOps.h"

using namespace sb;
using namespace sb::test;

namespace {

constexpr double kTol = 1e-5;

struct StoredTensor {
    std::vector<std::byte> bytes;
    TensorView view;
};

StoredTensor storeMatrix(const std::vector<float> &values, int64_t rows, int64_t cols, DType dtype)
{
    StoredTensor s;
    const size_t rowBytes = dtypeRowBytes(dtype, cols);
    s.bytes.resize(rowBytes * static_cast<size_t>(rows));
    for (int64_t r = 0; r < rows; ++r)
        (void)quantizeRow(
            dtype, values.data() + r * cols, s.bytes.data() + static_cast<size_t>(r) * rowBytes, cols);
    s.view.name = "test.weight";
    s.view.dtype = dtype;
    s.view.shape = { rows, cols };
    s.view.data = s.bytes.data();
    s.view.nbytes = s.bytes.size();
    return s;
}

std::vector<double> naiveMatmul(
    const std::vector<float> &in, const std::vector<float> &w, int64_t rows, int64_t inDim, int64_t outDim)
{
    std::vector<double> out(static_cast<size_t>(rows * outDim));
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t o = 0; o < outDim; ++o) {
            double s = 0.0;
            for (int64_t i = 0; i < inDim; ++i)
                s += static_cast<double>(in[r * inDim + i]) * w[o * inDim + i];
            out[r * outDim + o] = s;
        }
    return out;
}

// Attention written the way transformers writes it: repeat_kv, scores, causal mask, softmax.
std::vector<double> naiveAttention(const std::vector<float> &q, const std::vector<float> &k,
    const std::vector<float> &v, int64_t T, int64_t start, int64_t H, int64_t KV, int64_t D)
{
    const int64_t L = start + T;
    std::vector<double> out(static_cast<size_t>(T * H * D), 0.0);
    for (int64_t h = 0; h < H; ++h) {
        const int64_t kvh = h / (H / KV);
        for (int64_t t = 0; t < T; ++t) {
            std::vector<double> s(static_cast<size_t>(L), -INFINITY);
            double m = -INFINITY;
            for (int64_t j = 0; j <= start + t; ++j) {
                double dot = 0.0;
                for (int64_t d = 0; d < D; ++d)
                    dot += static_cast<double>(q[(t * H + h) * D + d]) * k[(j * KV + kvh) * D + d];
                s[j] = dot / std::sqrt(static_cast<double>(D));
                m = std::max(m, s[j]);
            }
            double sum = 0.0;
            for (int64_t j = 0; j <= start + t; ++j)
                sum += s[j] = std::exp(s[j] - m);
            for (int64_t j = 0; j <= start + t; ++j)
                for (int64_t d = 0; d < D; ++d)
                    out[(t * H + h) * D + d] += s[j] / sum * v[(j * KV + kvh) * D + d];
        }
    }
    return out;
}

} // namespace

class TestCpuOps : public QObject {
    Q_OBJECT

private slots:
    void matmulMatchesNaive_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("inDim");
        QTest::addColumn<int>("outDim");
        QTest::addRow("f32 1x7x5") << int(DType::F32) << 1 << 7 << 5;
        QTest::addRow("f32 9x33x17") << int(DType::F32) << 9 << 33 << 17;
        QTest::addRow("f16 3x40x31") << int(DType::F16) << 3 << 40 << 31;
        QTest::addRow("bf16 5x64x13") << int(DType::BF16) << 5 << 64 << 13;
        QTest::addRow("q8_0 4x96x11") << int(DType::Q8_0) << 4 << 96 << 11;
        QTest::addRow("q4_0 2x64x19") << int(DType::Q4_0) << 2 << 64 << 19;
        QTest::addRow("q4_0 decode 1x256x64") << int(DType::Q4_0) << 1 << 256 << 64;
    }

    void matmulMatchesNaive()
    {
        QFETCH(int, dtype);
        QFETCH(int, rows);
        QFETCH(int, inDim);
        QFETCH(int, outDim);
        const auto in = randomFloats(sz(rows * inDim), 11);
        const auto w = randomFloats(sz(outDim * inDim), 12);
        const StoredTensor st = storeMatrix(w, outDim, inDim, DType(dtype));
        const auto ref = naiveMatmul(in, dequantizeTensor(st.view), rows, inDim, outDim);

        std::vector<float> out(sz(rows * outDim));
        matmulForward(out.data(), in.data(), st.view, rows);
        QVERIFY2(normalizedError(out, ref) < kTol, qPrintable(QString::number(normalizedError(out, ref))));

        // Threads split output features; every element is summed in the same order.
        ThreadPool pool(3);
        std::vector<float> threaded(out.size());
        matmulForward(threaded.data(), in.data(), st.view, rows, &pool);
        QCOMPARE(threaded, out);
    }

    void matmulF32WithBias()
    {
        const int64_t rows = 3, inDim = 10, outDim = 6;
        const auto in = randomFloats(sz(rows * inDim), 1);
        const auto w = randomFloats(sz(outDim * inDim), 2);
        const auto b = randomFloats(sz(outDim), 3);
        auto ref = naiveMatmul(in, w, rows, inDim, outDim);
        for (int64_t r = 0; r < rows; ++r)
            for (int64_t o = 0; o < outDim; ++o)
                ref[r * outDim + o] += b[o];
        std::vector<float> out(sz(rows * outDim));
        matmulForward(out.data(), in.data(), w.data(), b.data(), rows, inDim, outDim);
        QVERIFY(normalizedError(out, ref) < kTol);
    }

    void rmsNormMatchesNaive_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dim");
        QTest::addColumn<double>("scale");
        QTest::addRow("1x8") << 1 << 8 << 1.0;
        QTest::addRow("5x37") << 5 << 37 << 1.0;
        QTest::addRow("3x2048 large values") << 3 << 2048 << 300.0;
        QTest::addRow("2x64 tiny values") << 2 << 64 << 1e-4;
    }

    void rmsNormMatchesNaive()
    {
        QFETCH(int, rows);
        QFETCH(int, dim);
        QFETCH(double, scale);
        const double eps = 1e-6;
        const auto x = randomFloats(sz(rows * dim), 5, float(scale));
        const auto w = randomFloats(sz(dim), 6);
        std::vector<double> ref(x.size());
        for (int r = 0; r < rows; ++r) {
            double ss = 0.0;
            for (int i = 0; i < dim; ++i)
                ss += double(x[r * dim + i]) * x[r * dim + i];
            const double s = 1.0 / std::sqrt(ss / dim + eps);
            for (int i = 0; i < dim; ++i)
                ref[r * dim + i] = w[i] * x[r * dim + i] * s;
        }
        std::vector<float> out(x.size()), rstd(sz(rows));
        rmsNormForward(out.data(), x.data(), w.data(), rows, dim, float(eps), rstd.data());
        QVERIFY(normalizedError(out, ref) < kTol);
    }

    void ropeMatchesRotateHalf_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<double>("theta");
        QTest::addRow("2 heads x 8, theta 1e4") << 2 << 8 << 1e4;
        QTest::addRow("3 heads x 64, theta 5e6 (SmolLM3)") << 3 << 64 << 5e6;
        QTest::addRow("1 head x 2") << 1 << 2 << 100.0;
    }

    void ropeMatchesRotateHalf()
    {
        QFETCH(int, heads);
        QFETCH(int, headDim);
        QFETCH(double, theta);
        const std::vector<int64_t> pos = { 0, 1, 2, 7, 50, 99 };
        const int64_t T = int64_t(pos.size());
        const auto x = randomFloats(sz(T * heads * headDim), 7);
        // transformers: q * cos + rotate_half(q) * sin, cos/sin = cat(freqs, freqs).
        std::vector<double> ref(x.size());
        const int half = headDim / 2;
        for (int64_t t = 0; t < T; ++t)
            for (int h = 0; h < heads; ++h)
                for (int d = 0; d < headDim; ++d) {
                    const int i = d % half;
                    const double angle = double(pos[t]) * std::pow(theta, -2.0 * i / headDim);
                    const float *v = x.data() + (t * heads + h) * headDim;
                    const double rot = d < half ? -double(v[d + half]) : double(v[d - half]);
                    ref[(t * heads + h) * headDim + d] = v[d] * std::cos(angle) + rot * std::sin(angle);
                }
        std::vector<float> got = x;
        ropeForward(got.data(), pos.data(), T, heads, headDim, theta, false);
        // transformers computes the angle in fp32: a relative error of ~6e-8 times position 99.
        QVERIFY2(normalizedError(got, ref) < 2e-5, qPrintable(QString::number(normalizedError(got, ref))));

        // Interleaved RoPE on rows permuted llama.cpp's way is the same rotation, exactly.
        std::vector<float> perm(x.size());
        for (int64_t t = 0; t < T; ++t)
            for (int h = 0; h < heads; ++h)
                for (int i = 0; i < half; ++i)
                    for (int a = 0; a < 2; ++a)
                        perm[(t * heads + h) * headDim + 2 * i + a]
                            = x[(t * heads + h) * headDim + a * half + i];
        ropeForward(perm.data(), pos.data(), T, heads, headDim, theta, true);
        for (int64_t t = 0; t < T; ++t)
            for (int h = 0; h < heads; ++h)
                for (int i = 0; i < half; ++i)
                    for (int a = 0; a < 2; ++a)
                        QCOMPARE(perm[(t * heads + h) * headDim + 2 * i + a],
                            got[(t * heads + h) * headDim + a * half + i]);
    }

    void ropePositionZeroIsIdentity()
    {
        const std::vector<int64_t> pos = { 0 };
        auto x = randomFloats(16, 8);
        const auto orig = x;
        ropeForward(x.data(), pos.data(), 1, 2, 8, 1e4, false);
        QCOMPARE(x, orig);
    }

    void attentionMatchesNaive_data()
    {
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("headDim");
        QTest::addRow("prefill MHA") << 5 << 0 << 2 << 2 << 8;
        QTest::addRow("prefill GQA 4/2") << 6 << 0 << 4 << 2 << 16;
        QTest::addRow("decode GQA 8/2 after 9") << 1 << 9 << 8 << 2 << 8;
        QTest::addRow("chunk MQA 3/1 after 4") << 3 << 4 << 3 << 1 << 4;
        QTest::addRow("SmolLM3 heads 16/4 x 128") << 3 << 2 << 16 << 4 << 128;
    }

    void attentionMatchesNaive()
    {
        QFETCH(int, tokens);
        QFETCH(int, start);
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, headDim);
        const int L = start + tokens;
        const auto q = randomFloats(sz(tokens * heads * headDim), 21, 2.0f);
        const auto k = randomFloats(sz(L * kvHeads * headDim), 22, 2.0f);
        const auto v = randomFloats(sz(L * kvHeads * headDim), 23);
        const auto ref = naiveAttention(q, k, v, tokens, start, heads, kvHeads, headDim);
        std::vector<float> out(q.size()), probs(sz(heads * tokens * L));
        ThreadPool pool(2);
        attentionForward(out.data(), probs.data(), q.data(), k.data(), v.data(), tokens, start, heads,
            kvHeads, headDim, &pool);
        QVERIFY2(normalizedError(out, ref) < kTol, qPrintable(QString::number(normalizedError(out, ref))));
        // Saved probabilities: rows sum to one, masked entries are zero.
        for (int h = 0; h < heads; ++h)
            for (int t = 0; t < tokens; ++t) {
                double sum = 0.0;
                for (int j = 0; j < L; ++j) {
                    const float p = probs[(sz(h) * tokens + t) * L + j];
                    if (j > start + t)
                        QCOMPARE(p, 0.0f);
                    sum += p;
                }
                QVERIFY(std::fabs(sum - 1.0) < 1e-5);
            }
    }

    // Query head h reads KV head h / (heads / kvHeads): the same as MHA over repeat_kv'd keys.
    void gqaEqualsRepeatedKv()
    {
        const int T = 4, H = 6, KV = 2, D = 8;
        const auto q = randomFloats(sz(T * H * D), 31);
        const auto k = randomFloats(sz(T * KV * D), 32);
        const auto v = randomFloats(sz(T * KV * D), 33);
        std::vector<float> kr(sz(T * H * D)), vr(kr.size());
        for (int t = 0; t < T; ++t)
            for (int h = 0; h < H; ++h)
                for (int d = 0; d < D; ++d) {
                    kr[(t * H + h) * D + d] = k[(t * KV + h / (H / KV)) * D + d];
                    vr[(t * H + h) * D + d] = v[(t * KV + h / (H / KV)) * D + d];
                }
        std::vector<float> gqa(q.size()), mha(q.size());
        attentionForward(gqa.data(), nullptr, q.data(), k.data(), v.data(), T, 0, H, KV, D);
        attentionForward(mha.data(), nullptr, q.data(), kr.data(), vr.data(), T, 0, H, H, D);
        QCOMPARE(gqa, mha);
    }

    void swigluMatchesNaive()
    {
        const auto g = randomFloats(100, 41, 6.0f);
        const auto u = randomFloats(100, 42, 2.0f);
        std::vector<double> ref(g.size());
        for (size_t i = 0; i < g.size(); ++i)
            ref[i] = double(g[i]) / (1.0 + std::exp(-double(g[i]))) * u[i];
        std::vector<float> out(g.size());
        swigluForward(out.data(), g.data(), u.data(), int64_t(g.size()));
        QVERIFY(normalizedError(out, ref) < kTol);
    }

    void softmaxMatchesNaive()
    {
        const int rows = 3, cols = 50;
        const auto x = randomFloats(sz(rows * cols), 43, 30.0f);
        std::vector<double> ref(x.size());
        for (int r = 0; r < rows; ++r) {
            double sum = 0.0;
            for (int i = 0; i < cols; ++i)
                sum += std::exp(double(x[r * cols + i]));
            for (int i = 0; i < cols; ++i)
                ref[r * cols + i] = std::exp(double(x[r * cols + i])) / sum;
        }
        std::vector<float> out = x;
        softmaxForward(out.data(), out.data(), rows, cols); // in place
        QVERIFY(normalizedError(out, ref) < kTol);
    }

    void residualAndEmbedding()
    {
        const auto a = randomFloats(20, 51), b = randomFloats(20, 52);
        std::vector<float> out(20);
        residualForward(out.data(), a.data(), b.data(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(out[i], a[i] + b[i]);

        const int vocab = 9, dim = 12;
        const auto table = randomFloats(sz(vocab * dim), 53);
        const StoredTensor st = storeMatrix(table, vocab, dim, DType::BF16);
        const auto stored = dequantizeTensor(st.view);
        const std::vector<int32_t> ids = { 3, 0, 8, 3 };
        std::vector<float> emb(ids.size() * dim);
        embeddingForward(emb.data(), ids.data(), int64_t(ids.size()), st.view);
        for (size_t t = 0; t < ids.size(); ++t)
            for (int i = 0; i < dim; ++i)
                QCOMPARE(emb[t * dim + i], stored[ids[t] * dim + i]);
    }

    void crossEntropyMatchesNaive()
    {
        const int rows = 4, vocab = 33;
        const auto logits = randomFloats(sz(rows * vocab), 61, 8.0f);
        const std::vector<int32_t> targets = { 5, -1, 0, 32 };
        std::vector<float> losses(rows);
        crossEntropyForward(losses.data(), logits.data(), targets.data(), rows, vocab);
        for (int r = 0; r < rows; ++r) {
            if (targets[r] < 0) {
                QCOMPARE(losses[r], 0.0f);
                continue;
            }
            double sum = 0.0;
            for (int i = 0; i < vocab; ++i)
                sum += std::exp(double(logits[r * vocab + i]));
            const double ref = std::log(sum) - logits[r * vocab + targets[r]];
            QVERIFY(std::fabs(losses[r] - ref) < kTol * std::max(1.0, std::fabs(ref)));
        }
    }

    void threadPoolCoversRangeOnce()
    {
        ThreadPool pool(4);
        for (int n : { 1, 3, 17, 1000 }) {
            std::vector<int> hits(sz(n), 0);
            pool.parallelFor(n, [&](int64_t b, int64_t e) {
                for (int64_t i = b; i < e; ++i)
                    ++hits[sz(i)];
            });
            QCOMPARE(std::count(hits.begin(), hits.end(), 1), n);
        }
    }

    void checkWeightNamesTensor()
    {
        const StoredTensor st = storeMatrix(randomFloats(12, 1), 3, 4, DType::F32);
        QVERIFY(checkWeight(st.view, { 3, 4 }).ok());
        const auto wrong = checkWeight(st.view, { 4, 3 });
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.find("test.weight") != std::string::npos);
        TensorView truncated = st.view;
        truncated.nbytes -= 4;
        QVERIFY(!checkWeight(truncated, { 3, 4 }).ok());
        QVERIFY(!checkWeight(TensorView {}, { 3, 4 }).ok());
    }
};

QTEST_GUILESS_MAIN(TestCpuOps)
#include "TestCpuOps.moc"
