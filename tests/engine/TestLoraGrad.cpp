// Whole-model LoRA gradients (every A and B of every target, through RMSNorm, RoPE and NoPE
// layers, GQA attention, SwiGLU and the cross-entropy over masked targets) against central
// finite differences of the loss, on tiny random models with frozen bases of several dtypes.

#include <QtTest>

#include <cmath>

#include "CpuTestModel.h"
#include "NumericCheck.h"
#include "engine/lora/LoraModel.h"
#include "engine/lora/LoraOptimizer.h"
#include "engine/sampling/Rng.h"

using namespace sb;
using namespace sb::test;

namespace {

TestModelSpec tinySpec(DType dtype)
{
    TestModelSpec s;
    s.layers = 2;
    s.dim = 32;
    s.heads = 4;
    s.kvHeads = 2;
    s.headDim = 8;
    s.ffn = 64;
    s.vocab = 48;
    s.noRopeLayers = { 1, 0 }; // layer 1 is NoPE, as SmolLM3's every 4th layer
    s.dtype = dtype;
    s.seed = 7;
    return s;
}

// A with PEFT's init and B random (B = 0 would make every dA vanish).
LoraAdapter randomAdapter(const ModelConfig &c, double dropout)
{
    LoraConfig lc;
    lc.rank = 4;
    lc.alpha = 8;
    lc.dropout = dropout;
    LoraAdapter a = LoraAdapter::create(c, lc, 3).value();
    uint64_t seed = 100;
    for (auto &layer : a.layers)
        for (LoraPair &p : layer)
            if (p.enabled())
                p.b = randomFloats(p.b.size(), ++seed, 0.2f);
    return a;
}

const std::vector<int32_t> kTokens = { 1, 7, 3, 22, 40, 5, 9, 11 };
const std::vector<int32_t> kTargets = { -1, -1, 3, 22, 40, -1, 9, 2 };

} // namespace

class TestLoraGrad : public QObject {
    Q_OBJECT

private slots:
    void gradientsMatchFiniteDifferences_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addColumn<double>("dropout");
        QTest::addColumn<bool>("checkpoint");
        QTest::addRow("f32") << int(DType::F32) << 0.0 << false;
        QTest::addRow("f32 checkpointed") << int(DType::F32) << 0.0 << true;
        QTest::addRow("bf16 base, dropout 0.2") << int(DType::BF16) << 0.2 << false;
        QTest::addRow("q8_0 base, checkpointed, dropout 0.1") << int(DType::Q8_0) << 0.1 << true;
        QTest::addRow("q4_0 base") << int(DType::Q4_0) << 0.0 << false;
    }

    void gradientsMatchFiniteDifferences()
    {
        QFETCH(int, dtype);
        QFETCH(double, dropout);
        QFETCH(bool, checkpoint);
        auto model = makeTestModel(tinySpec(static_cast<DType>(dtype)));
        auto lm = LoraModel::create(model->weights, 2);
        QVERIFY2(lm.ok(), lm.ok() ? "" : lm.error().message.c_str());
        LoraAdapter adapter = randomAdapter(model->weights.config, dropout);
        LoraAdapter grads = adapter.zerosLike();
        const uint64_t dropSeed = 99;
        auto r = lm.value()->step(adapter, kTokens, kTargets, &grads, 1.0f, dropSeed, checkpoint);
        QVERIFY(r.ok());
        QCOMPARE(r.value().targets, int64_t(5));

        // Sample entries of every tensor; the loss is a sum over 5 rows in fp32 logits, so a
        // step of 1e-2 keeps rounding noise (~1e-5 / 2e-2) well below the tolerance.
        // The training-mode loss (with a gradient buffer) uses the dropout masks of dropSeed.
        LoraAdapter scratch = adapter.zerosLike();
        const auto loss = [&] {
            return lm.value()
                ->step(adapter, kTokens, kTargets, &scratch, 1.0f, dropSeed, false)
                .value()
                .lossSum;
        };
        const float h = 1e-2f;
        std::vector<float> analytic, numeric;
        Rng pick(5);
        for (size_t l = 0; l < adapter.layers.size(); ++l)
            for (size_t t = 0; t < kLoraTargetCount; ++t) {
                for (int which = 0; which < 2; ++which) {
                    std::vector<float> &w = which == 0 ? adapter.layers[l][t].a : adapter.layers[l][t].b;
                    const std::vector<float> &g = which == 0 ? grads.layers[l][t].a : grads.layers[l][t].b;
                    for (int k = 0; k < 3; ++k) {
                        const size_t i = static_cast<size_t>(pick.next() % w.size());
                        const float saved = w[i];
                        w[i] = saved + h;
                        const double up = loss();
                        w[i] = saved - h;
                        const double down = loss();
                        w[i] = saved;
                        analytic.push_back(g[i]);
                        numeric.push_back(static_cast<float>((up - down) / (2.0 * h)));
                    }
                }
            }
        const double err = normalizedError(analytic, numeric);
        qInfo("normalised gradient error %.3g over %zu entries", err, analytic.size());
        QVERIFY2(err < 2e-2, qPrintable(QString("normalised error %1").arg(err)));
    }

    void checkpointingGivesIdenticalGradients()
    {
        auto model = makeTestModel(tinySpec(DType::BF16));
        auto lm = LoraModel::create(model->weights, 2).value();
        LoraAdapter adapter = randomAdapter(model->weights.config, 0.1);
        LoraAdapter g1 = adapter.zerosLike(), g2 = adapter.zerosLike();
        const auto r1 = lm->step(adapter, kTokens, kTargets, &g1, 0.5f, 8, false).value();
        const auto r2 = lm->step(adapter, kTokens, kTargets, &g2, 0.5f, 8, true).value();
        QCOMPARE(r1.lossSum, r2.lossSum);
        for (size_t l = 0; l < g1.layers.size(); ++l)
            for (size_t t = 0; t < kLoraTargetCount; ++t) {
                QCOMPARE(g1.layers[l][t].a, g2.layers[l][t].a);
                QCOMPARE(g1.layers[l][t].b, g2.layers[l][t].b);
            }
        QVERIFY(gradientNorm(g1) > 0.0);
    }

    void zeroAdapterMatchesBaseLogits()
    {
        // PEFT's init (B = 0) leaves the model unchanged: logits equal those of a plain forward.
        auto model = makeTestModel(tinySpec(DType::F32));
        auto lm = LoraModel::create(model->weights, 1).value();
        LoraConfig lc;
        lc.rank = 2;
        LoraAdapter fresh = LoraAdapter::create(model->weights.config, lc, 1).value();
        LoraConfig none = lc;
        none.targets = { LoraTarget::Q };
        LoraAdapter qOnly = LoraAdapter::create(model->weights.config, none, 1).value();
        const auto a = lm->logits(fresh, kTokens).value();
        const auto b = lm->logits(qOnly, kTokens).value();
        QCOMPARE(a.size(), kTokens.size() * 48);
        QVERIFY(maxAbsError(a, b) < 1e-5);
    }

    void rejectsBadInputs()
    {
        auto model = makeTestModel(tinySpec(DType::F32));
        auto lm = LoraModel::create(model->weights, 1).value();
        LoraAdapter adapter = randomAdapter(model->weights.config, 0.0);
        const std::vector<int32_t> bad = { 1, 48 };
        const auto r = lm->step(adapter, bad, std::vector<int32_t> { 1, 2 }, nullptr, 1, 0, false);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("48") != std::string::npos);
        LoraConfig lc;
        lc.rank = 0;
        QVERIFY(!LoraAdapter::create(model->weights.config, lc, 1).ok());
        QVERIFY(!parseLoraTarget("attn").ok());
        QCOMPARE(parseLoraTarget("gate").value(), LoraTarget::Gate);
        QCOMPARE(parseLoraTarget("down_proj").value(), LoraTarget::Down);
    }
};

QTEST_GUILESS_MAIN(TestLoraGrad)
#include "TestLoraGrad.moc"
