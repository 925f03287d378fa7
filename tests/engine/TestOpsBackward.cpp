// Every backward op on the LoRA path against central finite differences of its forward op.
// The scalar checked is L = Σ out ⊙ r for a fixed random r (so dOut = r), accumulated in double.
// Finite differences use step h = 1e-2 on fp32 forward ops; the error is normalised by the
// largest numerical gradient and must stay below 1e-3 (measured: about 2e-5, from the fp32
// rounding of L divided by 2h; a 1% error in a gradient fails).
#include <QtTest>

#include <cmath>
#include <functional>

#include "CpuTestModel.h"
#include "NumericCheck.h"
#include "engine/model/Dequant.h"
#include "engine/ops/CpuOps.h"

using namespace sb;
using namespace sb::test;

namespace {

constexpr float kStep = 1e-2f;
constexpr double kTol = 1e-3;

double weightedSum(const std::vector<float> &out, const std::vector<float> &r)
{
    double s = 0.0;
    for (size_t i = 0; i < out.size(); ++i)
        s += double(out[i]) * r[i];
    return s;
}

// Numerical gradient of L(x) = Σ forward(x) ⊙ r with respect to x, by central differences.
std::vector<double> numericalGradient(
    std::vector<float> &x, const std::function<std::vector<float>()> &forward, const std::vector<float> &r)
{
    std::vector<double> g(x.size());
    for (size_t i = 0; i < x.size(); ++i) {
        const float orig = x[i];
        x[i] = orig + kStep;
        const double plus = weightedSum(forward(), r);
        x[i] = orig - kStep;
        const double minus = weightedSum(forward(), r);
        x[i] = orig;
        g[i] = (plus - minus) / (2.0 * kStep);
    }
    return g;
}

#define CHECK_GRAD(analytic, numeric)                                                                        \
    do {                                                                                                     \
        const double err_ = normalizedError(analytic, numeric, 1e-3);                                        \
        QVERIFY2(err_ < kTol, qPrintable(QStringLiteral(#analytic ": normalised error %1").arg(err_)));      \
    } while (0)

} // namespace

class TestOpsBackward : public QObject {
    Q_OBJECT

private slots:
    void matmulF32()
    {
        const int64_t rows = 3, inDim = 7, outDim = 5;
        auto in = randomFloats(sz(rows * inDim), 1);
        auto w = randomFloats(sz(outDim * inDim), 2);
        auto b = randomFloats(sz(outDim), 3);
        const auto r = randomFloats(sz(rows * outDim), 4);
        const auto forward = [&] {
            std::vector<float> out(sz(rows * outDim));
            matmulForward(out.data(), in.data(), w.data(), b.data(), rows, inDim, outDim);
            return out;
        };
        std::vector<float> dIn(in.size(), 0.0f), dW(w.size(), 0.0f), dB(b.size(), 0.0f);
        ThreadPool pool(2);
        matmulBackward(
            dIn.data(), dW.data(), dB.data(), r.data(), in.data(), w.data(), rows, inDim, outDim, &pool);
        CHECK_GRAD(dIn, numericalGradient(in, forward, r));
        CHECK_GRAD(dW, numericalGradient(w, forward, r));
        CHECK_GRAD(dB, numericalGradient(b, forward, r));

        // Gradients accumulate: a second call doubles them.
        std::vector<float> twice = dIn;
        matmulBackward(twice.data(), nullptr, nullptr, r.data(), in.data(), w.data(), rows, inDim, outDim);
        for (size_t i = 0; i < dIn.size(); ++i)
            QVERIFY(std::fabs(twice[i] - 2.0f * dIn[i]) <= 1e-6f * (1.0f + std::fabs(dIn[i])));
    }

    void matmulFrozenWeight_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addRow("bf16") << int(DType::BF16);
        QTest::addRow("q8_0") << int(DType::Q8_0);
        QTest::addRow("q4_0") << int(DType::Q4_0);
        QTest::addRow("f32") << int(DType::F32);
    }

    void matmulFrozenWeight()
    {
        QFETCH(int, dtype);
        const int64_t rows = 2, inDim = 64, outDim = 6;
        auto in = randomFloats(sz(rows * inDim), 5);
        const auto wf = randomFloats(sz(outDim * inDim), 6);
        std::vector<std::byte> bytes(dtypeRowBytes(DType(dtype), inDim) * outDim);
        for (int64_t o = 0; o < outDim; ++o)
            (void)quantizeRow(DType(dtype), wf.data() + o * inDim,
                bytes.data() + o * dtypeRowBytes(DType(dtype), inDim), inDim);
        TensorView w;
        w.dtype = DType(dtype);
        w.shape = { outDim, inDim };
        w.data = bytes.data();
        w.nbytes = bytes.size();
        const auto r = randomFloats(sz(rows * outDim), 7);
        const auto forward = [&] {
            std::vector<float> out(sz(rows * outDim));
            matmulForward(out.data(), in.data(), w, rows);
            return out;
        };
        std::vector<float> dIn(in.size(), 0.0f);
        ThreadPool pool(2);
        matmulBackwardInput(dIn.data(), r.data(), w, rows, &pool);
        CHECK_GRAD(dIn, numericalGradient(in, forward, r));
    }

    // PEFT's LoRA Linear: forward against the naive formula, backward against finite differences
    // for the input (base and adapter paths), lora_A and lora_B, over a quantised frozen base.
    void loraMatmul()
    {
        const int64_t rows = 3, inDim = 32, outDim = 5, rank = 4;
        const float scale = 16.0f / float(rank); // alpha 16
        auto in = randomFloats(sz(rows * inDim), 91);
        const auto wf = randomFloats(sz(outDim * inDim), 92);
        std::vector<std::byte> bytes(dtypeRowBytes(DType::Q8_0, inDim) * outDim);
        for (int64_t o = 0; o < outDim; ++o)
            (void)quantizeRow(DType::Q8_0, wf.data() + o * inDim,
                bytes.data() + o * dtypeRowBytes(DType::Q8_0, inDim), inDim);
        TensorView w;
        w.dtype = DType::Q8_0;
        w.shape = { outDim, inDim };
        w.data = bytes.data();
        w.nbytes = bytes.size();
        auto a = randomFloats(sz(rank * inDim), 93, 0.3f);
        auto b = randomFloats(sz(outDim * rank), 94, 0.3f); // PEFT starts B at zero; random here to test it
        const auto r = randomFloats(sz(rows * outDim), 95);
        std::vector<float> mid(sz(rows * rank));
        const auto forward = [&] {
            std::vector<float> out(sz(rows * outDim));
            loraMatmulForward(
                out.data(), mid.data(), in.data(), in.data(), w, a.data(), b.data(), rows, rank, scale);
            return out;
        };
        const auto out = forward();
        const auto wd = dequantizeTensor(w);
        std::vector<double> ref(out.size());
        for (int64_t i = 0; i < rows; ++i)
            for (int64_t o = 0; o < outDim; ++o) {
                double base = 0.0, delta = 0.0;
                for (int64_t k = 0; k < inDim; ++k)
                    base += double(in[i * inDim + k]) * wd[o * inDim + k];
                for (int64_t j = 0; j < rank; ++j) {
                    double m = 0.0;
                    for (int64_t k = 0; k < inDim; ++k)
                        m += double(in[i * inDim + k]) * a[j * inDim + k];
                    delta += m * b[o * rank + j];
                }
                ref[i * outDim + o] = base + scale * delta;
            }
        QVERIFY(normalizedError(out, ref) < 1e-5);

        std::vector<float> dIn(in.size(), 0.0f), dA(a.size(), 0.0f), dB(b.size(), 0.0f);
        ThreadPool pool(2);
        loraMatmulBackward(dIn.data(), dIn.data(), dA.data(), dB.data(), r.data(), in.data(), mid.data(), w,
            a.data(), b.data(), rows, rank, scale, &pool);
        CHECK_GRAD(dIn, numericalGradient(in, forward, r));
        CHECK_GRAD(dA, numericalGradient(a, forward, r));
        CHECK_GRAD(dB, numericalGradient(b, forward, r));
    }

    void rmsNorm()
    {
        const int64_t rows = 3, dim = 16;
        const float eps = 1e-5f;
        auto x = randomFloats(sz(rows * dim), 11, 2.0f);
        auto w = randomFloats(sz(dim), 12);
        const auto r = randomFloats(x.size(), 13);
        const auto forward = [&] {
            std::vector<float> out(x.size());
            rmsNormForward(out.data(), x.data(), w.data(), rows, dim, eps);
            return out;
        };
        std::vector<float> out(x.size()), rstd(sz(rows));
        rmsNormForward(out.data(), x.data(), w.data(), rows, dim, eps, rstd.data());
        std::vector<float> dx(x.size(), 0.0f), dw(w.size(), 0.0f);
        rmsNormBackward(dx.data(), dw.data(), r.data(), x.data(), w.data(), rstd.data(), rows, dim);
        CHECK_GRAD(dx, numericalGradient(x, forward, r));
        CHECK_GRAD(dw, numericalGradient(w, forward, r));
    }

    void rope_data()
    {
        QTest::addColumn<bool>("interleaved");
        QTest::addRow("split-half") << false;
        QTest::addRow("interleaved") << true;
    }

    void rope()
    {
        QFETCH(bool, interleaved);
        const int64_t T = 4, H = 3, D = 8;
        const std::vector<int64_t> pos = { 0, 3, 4, 17 };
        auto x = randomFloats(sz(T * H * D), 21);
        const auto r = randomFloats(x.size(), 22);
        const auto forward = [&] {
            std::vector<float> out = x;
            ropeForward(out.data(), pos.data(), T, H, D, 1e4, interleaved);
            return out;
        };
        std::vector<float> d = r;
        ropeBackward(d.data(), pos.data(), T, H, D, 1e4, interleaved);
        CHECK_GRAD(d, numericalGradient(x, forward, r));
    }

    void attention_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addRow("MHA 2/2") << 2 << 2;
        QTest::addRow("GQA 4/2") << 4 << 2;
        QTest::addRow("MQA 3/1") << 3 << 1;
    }

    void attention()
    {
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        const int64_t T = 5, D = 4;
        auto q = randomFloats(sz(T * heads * D), 31, 1.5f);
        auto k = randomFloats(sz(T * kvHeads * D), 32, 1.5f);
        auto v = randomFloats(sz(T * kvHeads * D), 33);
        const auto r = randomFloats(q.size(), 34);
        const auto forward = [&] {
            std::vector<float> out(q.size());
            attentionForward(out.data(), nullptr, q.data(), k.data(), v.data(), T, 0, heads, kvHeads, D);
            return out;
        };
        std::vector<float> out(q.size()), probs(sz(heads * T * T));
        attentionForward(out.data(), probs.data(), q.data(), k.data(), v.data(), T, 0, heads, kvHeads, D);
        std::vector<float> dq(q.size(), 0.0f), dk(k.size(), 0.0f), dv(v.size(), 0.0f);
        ThreadPool pool(2);
        attentionBackward(dq.data(), dk.data(), dv.data(), r.data(), q.data(), k.data(), v.data(),
            probs.data(), T, heads, kvHeads, D, &pool);
        CHECK_GRAD(dq, numericalGradient(q, forward, r));
        CHECK_GRAD(dk, numericalGradient(k, forward, r));
        CHECK_GRAD(dv, numericalGradient(v, forward, r));
    }

    void swiglu()
    {
        const int64_t n = 40;
        auto g = randomFloats(sz(n), 41, 4.0f);
        auto u = randomFloats(sz(n), 42, 2.0f);
        const auto r = randomFloats(sz(n), 43);
        const auto forward = [&] {
            std::vector<float> out(sz(n));
            swigluForward(out.data(), g.data(), u.data(), n);
            return out;
        };
        std::vector<float> dg(sz(n), 0.0f), du(sz(n), 0.0f);
        swigluBackward(dg.data(), du.data(), r.data(), g.data(), u.data(), n);
        CHECK_GRAD(dg, numericalGradient(g, forward, r));
        CHECK_GRAD(du, numericalGradient(u, forward, r));
    }

    void crossEntropy()
    {
        const int64_t rows = 3, vocab = 11;
        auto logits = randomFloats(sz(rows * vocab), 51, 3.0f);
        const std::vector<int32_t> targets = { 4, -1, 10 };
        const auto r = randomFloats(sz(rows), 52);
        const auto forward = [&] {
            std::vector<float> losses(sz(rows));
            crossEntropyForward(losses.data(), logits.data(), targets.data(), rows, vocab);
            return losses;
        };
        std::vector<float> d(logits.size(), 0.0f);
        crossEntropyBackward(d.data(), logits.data(), targets.data(), r.data(), rows, vocab);
        CHECK_GRAD(d, numericalGradient(logits, forward, r));
        for (int64_t i = 0; i < vocab; ++i) // the ignored row gets no gradient
            QCOMPARE(d[sz(vocab + i)], 0.0f);
    }

    // A small chain (norm -> matmul -> swiglu -> cross-entropy) checks that the pairs compose.
    void chainComposes()
    {
        const int64_t T = 2, dim = 8, ffn = 6, vocab = 5;
        auto x = randomFloats(sz(T * dim), 61);
        const auto nw = randomFloats(sz(dim), 62);
        const auto wg = randomFloats(sz(ffn * dim), 63), wu = randomFloats(sz(ffn * dim), 64);
        const auto wo = randomFloats(sz(vocab * ffn), 65);
        const std::vector<int32_t> targets = { 1, 3 };
        const std::vector<float> one = { 1.0f, 1.0f };
        std::vector<float> xn(x.size()), rstd(sz(T)), g(sz(T * ffn)), u(g.size()), h(g.size()),
            logits(sz(T * vocab)), losses(sz(T));
        const auto forward = [&] {
            rmsNormForward(xn.data(), x.data(), nw.data(), T, dim, 1e-6f, rstd.data());
            matmulForward(g.data(), xn.data(), wg.data(), nullptr, T, dim, ffn);
            matmulForward(u.data(), xn.data(), wu.data(), nullptr, T, dim, ffn);
            swigluForward(h.data(), g.data(), u.data(), T * ffn);
            matmulForward(logits.data(), h.data(), wo.data(), nullptr, T, ffn, vocab);
            crossEntropyForward(losses.data(), logits.data(), targets.data(), T, vocab);
            return losses;
        };
        forward();
        std::vector<float> dLogits(logits.size(), 0.0f), dh(h.size(), 0.0f), dg(g.size(), 0.0f),
            du(u.size(), 0.0f), dxn(xn.size(), 0.0f), dx(x.size(), 0.0f);
        crossEntropyBackward(dLogits.data(), logits.data(), targets.data(), one.data(), T, vocab);
        matmulBackward(dh.data(), nullptr, nullptr, dLogits.data(), h.data(), wo.data(), T, ffn, vocab);
        swigluBackward(dg.data(), du.data(), dh.data(), g.data(), u.data(), T * ffn);
        matmulBackward(dxn.data(), nullptr, nullptr, dg.data(), xn.data(), wg.data(), T, dim, ffn);
        matmulBackward(dxn.data(), nullptr, nullptr, du.data(), xn.data(), wu.data(), T, dim, ffn);
        rmsNormBackward(dx.data(), nullptr, dxn.data(), x.data(), nw.data(), rstd.data(), T, dim);
        CHECK_GRAD(dx, numericalGradient(x, forward, one));
    }

    // One whole SmolLM3 decoder layer (RMSNorm, q/k/v, RoPE, GQA attention, o_proj, residual,
    // RMSNorm, SwiGLU MLP, residual) with its backward pass chained from the op pairs, the way
    // a LoRA trainer will chain them; checked against finite differences w.r.t. the layer input
    // and the q_proj weight (where a LoRA adapter's gradient would flow).
    void decoderLayerComposes_data()
    {
        QTest::addColumn<bool>("useRope");
        QTest::addRow("RoPE layer") << true;
        QTest::addRow("NoPE layer") << false;
    }

    void decoderLayerComposes()
    {
        QFETCH(bool, useRope);
        const int64_t T = 4, dim = 12, H = 4, KV = 2, hd = 4, ffn = 10, qDim = H * hd, kvDim = KV * hd;
        const float eps = 1e-6f;
        const double theta = 1e4;
        auto x = randomFloats(sz(T * dim), 71);
        auto wq = randomFloats(sz(qDim * dim), 72, 0.5f);
        const auto wk = randomFloats(sz(kvDim * dim), 73, 0.5f), wv = randomFloats(sz(kvDim * dim), 74, 0.5f);
        const auto wo = randomFloats(sz(dim * qDim), 75, 0.5f);
        const auto wg = randomFloats(sz(ffn * dim), 76, 0.5f), wu = randomFloats(sz(ffn * dim), 77, 0.5f);
        const auto wd = randomFloats(sz(dim * ffn), 78, 0.5f);
        auto n1 = randomFloats(sz(dim), 79, 0.2f), n2 = randomFloats(sz(dim), 80, 0.2f);
        for (size_t i = 0; i < n1.size(); ++i)
            n1[i] += 1.0f, n2[i] += 1.0f;
        const std::vector<int64_t> pos = { 0, 1, 2, 3 };
        const auto r = randomFloats(sz(T * dim), 81);

        // Saved activations.
        std::vector<float> a(x.size()), rstd1(sz(T)), q(sz(T * qDim)), k(sz(T * kvDim)), v(k.size()),
            att(q.size()), probs(sz(H * T * T)), o(x.size()), h(x.size()), b(x.size()), rstd2(sz(T)),
            g(sz(T * ffn)), u(g.size()), act(g.size()), dn(x.size()), out(x.size());
        const auto forward = [&] {
            rmsNormForward(a.data(), x.data(), n1.data(), T, dim, eps, rstd1.data());
            matmulForward(q.data(), a.data(), wq.data(), nullptr, T, dim, qDim);
            matmulForward(k.data(), a.data(), wk.data(), nullptr, T, dim, kvDim);
            matmulForward(v.data(), a.data(), wv.data(), nullptr, T, dim, kvDim);
            if (useRope) {
                ropeForward(q.data(), pos.data(), T, H, hd, theta, false);
                ropeForward(k.data(), pos.data(), T, KV, hd, theta, false);
            }
            attentionForward(att.data(), probs.data(), q.data(), k.data(), v.data(), T, 0, H, KV, hd);
            matmulForward(o.data(), att.data(), wo.data(), nullptr, T, qDim, dim);
            residualForward(h.data(), x.data(), o.data(), T * dim);
            rmsNormForward(b.data(), h.data(), n2.data(), T, dim, eps, rstd2.data());
            matmulForward(g.data(), b.data(), wg.data(), nullptr, T, dim, ffn);
            matmulForward(u.data(), b.data(), wu.data(), nullptr, T, dim, ffn);
            swigluForward(act.data(), g.data(), u.data(), T * ffn);
            matmulForward(dn.data(), act.data(), wd.data(), nullptr, T, ffn, dim);
            residualForward(out.data(), h.data(), dn.data(), T * dim);
            return out;
        };
        forward();

        // Backward, dOut = r. The residual stream's gradient flows straight through each add.
        std::vector<float> dh = r, dAct(act.size(), 0.0f), dg(g.size(), 0.0f), du(u.size(), 0.0f),
                           db(b.size(), 0.0f), dAtt(att.size(), 0.0f), dq(q.size(), 0.0f), dk(k.size(), 0.0f),
                           dv(v.size(), 0.0f), da(a.size(), 0.0f), dWq(wq.size(), 0.0f);
        matmulBackward(dAct.data(), nullptr, nullptr, r.data(), act.data(), wd.data(), T, ffn, dim);
        swigluBackward(dg.data(), du.data(), dAct.data(), g.data(), u.data(), T * ffn);
        matmulBackward(db.data(), nullptr, nullptr, dg.data(), b.data(), wg.data(), T, dim, ffn);
        matmulBackward(db.data(), nullptr, nullptr, du.data(), b.data(), wu.data(), T, dim, ffn);
        rmsNormBackward(dh.data(), nullptr, db.data(), h.data(), n2.data(), rstd2.data(), T, dim);
        std::vector<float> dx = dh; // x -> h through the first residual
        matmulBackward(dAtt.data(), nullptr, nullptr, dh.data(), att.data(), wo.data(), T, qDim, dim);
        attentionBackward(dq.data(), dk.data(), dv.data(), dAtt.data(), q.data(), k.data(), v.data(),
            probs.data(), T, H, KV, hd);
        if (useRope) {
            ropeBackward(dq.data(), pos.data(), T, H, hd, theta, false);
            ropeBackward(dk.data(), pos.data(), T, KV, hd, theta, false);
        }
        matmulBackward(da.data(), dWq.data(), nullptr, dq.data(), a.data(), wq.data(), T, dim, qDim);
        matmulBackward(da.data(), nullptr, nullptr, dk.data(), a.data(), wk.data(), T, dim, kvDim);
        matmulBackward(da.data(), nullptr, nullptr, dv.data(), a.data(), wv.data(), T, dim, kvDim);
        rmsNormBackward(dx.data(), nullptr, da.data(), x.data(), n1.data(), rstd1.data(), T, dim);

        CHECK_GRAD(dx, numericalGradient(x, forward, r));
        CHECK_GRAD(dWq, numericalGradient(wq, forward, r));
    }
};

QTEST_GUILESS_MAIN(TestOpsBackward)
#include "TestOpsBackward.moc"
