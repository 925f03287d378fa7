// AdamW, clipping and the learning-rate schedules against torch's formulas evaluated in double;
// LoRA adapters on GGUF-ordered (interleaved Q/K rows) bases saved, loaded and merged in
// Hugging Face order.

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "CpuTestModel.h"
#include "NumericCheck.h"
#include "engine/cpu/CpuModel.h"
#include "engine/lora/LoraFiles.h"
#include "engine/lora/LoraModel.h"
#include "engine/lora/LoraOptimizer.h"
#include "engine/model/ModelLoader.h"

using namespace sb;
using namespace sb::test;

namespace {

ModelConfig smallConfig()
{
    ModelConfig c;
    c.vocabSize = 16;
    c.hiddenSize = 8;
    c.intermediateSize = 12;
    c.numLayers = 1;
    c.numHeads = 2;
    c.numKvHeads = 1;
    c.headDim = 4;
    return c;
}

} // namespace

class TestLoraOptimizer : public QObject {
    Q_OBJECT

private slots:
    void scheduleValues_data()
    {
        QTest::addColumn<int>("schedule");
        QTest::addColumn<int>("step");
        QTest::addColumn<double>("expected");
        // lr 1, warm-up 10, total 110
        QTest::addRow("warm-up start") << int(LrSchedule::Linear) << 0 << 0.0;
        QTest::addRow("warm-up middle") << int(LrSchedule::Cosine) << 5 << 0.5;
        QTest::addRow("peak") << int(LrSchedule::Linear) << 10 << 1.0;
        QTest::addRow("linear half") << int(LrSchedule::Linear) << 60 << 0.5;
        QTest::addRow("cosine half") << int(LrSchedule::Cosine) << 60 << 0.5;
        QTest::addRow("cosine quarter") << int(LrSchedule::Cosine) << 35 << 0.5 * (1 + std::cos(M_PI / 4));
        QTest::addRow("linear end") << int(LrSchedule::Linear) << 110 << 0.0;
        QTest::addRow("past end") << int(LrSchedule::Cosine) << 500 << 0.0;
        QTest::addRow("constant") << int(LrSchedule::Constant) << 80 << 1.0;
    }

    void scheduleValues()
    {
        QFETCH(int, schedule);
        QFETCH(int, step);
        QFETCH(double, expected);
        OptimizerConfig c;
        c.lr = 1.0;
        c.warmupSteps = 10;
        c.totalSteps = 110;
        c.schedule = static_cast<LrSchedule>(schedule);
        QVERIFY(std::fabs(scheduledLr(c, step) - expected) < 1e-12);
    }

    void adamWMatchesTorchFormula()
    {
        LoraConfig lc;
        lc.rank = 2;
        lc.targets = { LoraTarget::V };
        LoraAdapter p = LoraAdapter::create(smallConfig(), lc, 4).value();
        p.layers[0][size_t(LoraTarget::V)].b = randomFloats(8, 3, 0.5f);
        OptimizerConfig oc;
        oc.lr = 1e-2;
        oc.weightDecay = 0.1;
        oc.maxGradNorm = 0.5;
        oc.schedule = LrSchedule::Constant;
        AdamW opt(oc, p);
        // Reference in double: torch.optim.AdamW after clip_grad_norm_.
        std::vector<double> ref, m, v;
        p.forEachTensor([&](const std::vector<float> &x) { ref.insert(ref.end(), x.begin(), x.end()); });
        m.assign(ref.size(), 0.0);
        v.assign(ref.size(), 0.0);
        for (int step = 1; step <= 4; ++step) {
            LoraAdapter g = p.zerosLike();
            uint64_t s = 50 + uint64_t(step);
            g.forEachTensor([&](std::vector<float> &x) { x = randomFloats(x.size(), ++s, 1.0f); });
            std::vector<double> gd;
            g.forEachTensor([&](const std::vector<float> &x) { gd.insert(gd.end(), x.begin(), x.end()); });
            double norm = 0;
            for (double x : gd)
                norm += x * x;
            norm = std::sqrt(norm);
            const double clip = norm > 0.5 ? 0.5 / (norm + 1e-6) : 1.0;
            const double returned = opt.update(p, g);
            QVERIFY(std::fabs(returned - norm) < 1e-9 * norm + 1e-12);
            for (size_t i = 0; i < ref.size(); ++i) {
                const double gi = float(gd[i] * clip);
                ref[i] *= 1.0 - 1e-2 * 0.1;
                m[i] = 0.9 * m[i] + 0.1 * gi;
                v[i] = 0.999 * v[i] + 0.001 * gi * gi;
                const double mh = m[i] / (1 - std::pow(0.9, step)), vh = v[i] / (1 - std::pow(0.999, step));
                ref[i] -= 1e-2 * mh / (std::sqrt(vh) + 1e-8);
            }
        }
        std::vector<float> got;
        p.forEachTensor([&](const std::vector<float> &x) { got.insert(got.end(), x.begin(), x.end()); });
        QCOMPARE(opt.step(), int64_t(4));
        const double err = normalizedError(got, ref);
        qInfo("AdamW vs double reference: normalised error %.3g", err);
        QVERIFY(err < 1e-5);
    }

    void interleavedBaseRoundTripsInHfOrder()
    {
        TestModelSpec s;
        s.layers = 2;
        s.noRopeLayers = { 1, 0 };
        s.dtype = DType::F32;
        auto hf = makeTestModel(s);
        auto gguf = permuteForInterleavedRope(*hf);
        LoraConfig lc;
        lc.rank = 4;
        LoraAdapter adapter = LoraAdapter::create(hf->weights.config, lc, 2).value();
        uint64_t seed = 30;
        adapter.forEachTensor([&](std::vector<float> &x) { x = randomFloats(x.size(), ++seed, 0.3f); });
        const std::vector<int32_t> tokens = { 3, 1, 4, 1, 5, 9, 2, 6 };
        auto lmHf = LoraModel::create(hf->weights, 1).value();
        const auto want = lmHf->logits(adapter, tokens).value();

        QTemporaryDir dir;
        const std::string d = dir.path().toStdString() + "/adapter";
        QVERIFY(saveLoraAdapterPeft(adapter, d).ok());
        // Loaded for the GGUF base: B rows of q/k follow its interleaved order.
        auto onGguf = loadLoraAdapterPeft(d, gguf->weights.config, true).value();
        auto lmGguf = LoraModel::create(gguf->weights, 1).value();
        const auto got = lmGguf->logits(onGguf, tokens).value();
        QVERIFY(normalizedError(got, want) < 1e-5);
        // Saved from the GGUF side, the file is in HF order again.
        const std::string d2 = dir.path().toStdString() + "/adapter2";
        QVERIFY(saveLoraAdapterPeft(onGguf, d2, gguf->weights.config.headDim).ok());
        auto back = loadLoraAdapterPeft(d2, hf->weights.config).value();
        QCOMPARE(back.pair(1, LoraTarget::K).b, adapter.pair(1, LoraTarget::K).b);
        // Merging onto the GGUF base writes an HF model that computes the same logits.
        const std::string merged = dir.path().toStdString() + "/merged";
        QVERIFY(writeMergedModelHf(gguf->weights, onGguf, merged, DType::F32).ok());
        auto loaded = loadModel(merged).value();
        QVERIFY(!loaded.weights.qkInterleaved);
        auto cpu = CpuModel::create(loaded.weights, { 64, 1 }).value();
        std::vector<float> logits;
        QVERIFY(cpu->forwardAll(tokens, 0, logits).ok());
        QVERIFY(normalizedError(logits, want) < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestLoraOptimizer)
#include "TestLoraOptimizer.moc"
