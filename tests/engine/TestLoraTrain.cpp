// LoRA training end to end on a tiny random SmolLM3 (2 layers, one NoPE): teaching it a fixed
// answer phrase makes the loss fall by far more than 10x and greedy decoding of the merged
// model produce the phrase; runs are bit-for-bit reproducible from their seed; resuming from a
// saved state continues the exact loss curve; PEFT files round-trip and merged == adapter.

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

#include "CpuTestModel.h"
#include "NumericCheck.h"
#include "engine/cpu/CpuModel.h"
#include "engine/lora/LoraFiles.h"
#include "engine/lora/LoraTrainer.h"
#include "engine/model/FileIo.h"
#include "engine/model/ModelLoader.h"

using namespace sb;
using namespace sb::test;

namespace {

TestModelSpec tinySpec(DType dtype = DType::BF16)
{
    TestModelSpec s;
    s.layers = 2;
    s.dim = 32;
    s.heads = 4;
    s.kvHeads = 2;
    s.headDim = 8;
    s.ffn = 64;
    s.vocab = 64;
    s.noRopeLayers = { 1, 0 };
    s.dtype = dtype;
    s.seed = 11;
    return s;
}

const std::vector<int32_t> kAnswer = { 20, 33, 41, 7, 50, 2 };

// Prompts of 3 tokens, each followed by the answer; loss only on the answer tokens.
std::vector<TrainExample> phraseDataset()
{
    std::vector<TrainExample> out;
    const int32_t prompts[4][3] = { { 5, 9, 12 }, { 6, 9, 13 }, { 17, 3, 12 }, { 29, 30, 31 } };
    for (int p = 0; p < 4; ++p) {
        TrainExample e;
        e.line = p + 1;
        e.tokens.assign(prompts[p], prompts[p] + 3);
        e.tokens.insert(e.tokens.end(), kAnswer.begin(), kAnswer.end());
        e.targets.assign(e.tokens.size(), -1);
        for (size_t t = 2; t + 1 < e.tokens.size(); ++t)
            e.targets[t] = e.tokens[t + 1];
        out.push_back(e);
    }
    return out;
}

TrainerOptions phraseOptions(uint64_t seed, double dropout = 0.0)
{
    TrainerOptions o;
    o.lora.rank = 8;
    o.lora.alpha = 16;
    o.lora.dropout = dropout;
    o.optimizer.lr = 1e-2;
    o.optimizer.warmupSteps = 5;
    o.optimizer.schedule = LrSchedule::Cosine;
    o.optimizer.weightDecay = 0.01;
    o.batch = 2;
    o.gradAccum = 2;
    o.epochs = 60;
    o.seed = seed;
    o.threads = 1;
    return o;
}

std::vector<double> train(LoraTrainer &t, int64_t steps)
{
    std::vector<double> losses;
    for (int64_t i = 0; i < steps && !t.finished(); ++i) {
        auto r = t.step();
        if (!r)
            qFatal("step failed: %s", r.error().message.c_str());
        losses.push_back(r.value().loss);
    }
    return losses;
}

std::vector<int32_t> greedy(CpuModel &m, std::vector<int32_t> prompt, size_t n)
{
    std::vector<int32_t> out;
    auto logits = m.forward(prompt, 0).value();
    int64_t pos = static_cast<int64_t>(prompt.size());
    for (size_t i = 0; i < n; ++i) {
        const int32_t next
            = static_cast<int32_t>(std::max_element(logits.begin(), logits.end()) - logits.begin());
        out.push_back(next);
        const std::vector<int32_t> one = { next };
        logits = m.forward(one, pos++).value();
    }
    return out;
}

} // namespace

class TestLoraTrain : public QObject {
    Q_OBJECT

private slots:
    void learnsFixedPhrase()
    {
        auto model = makeTestModel(tinySpec());
        auto trainer
            = LoraTrainer::create(model->weights, phraseDataset(), { phraseDataset()[0] }, phraseOptions(1));
        QVERIFY(trainer.ok());
        LoraTrainer &t = *trainer.value();
        QCOMPARE(t.totalSteps(), int64_t(60));
        const double valBefore = t.validationLoss().value();
        const auto losses = train(t, t.totalSteps());
        const double first = losses.front(), last = losses.back();
        const double valAfter = t.validationLoss().value();
        qInfo("loss %.4f -> %.4f (%.0fx); validation %.4f -> %.4f", first, last, first / last, valBefore,
            valAfter);
        QVERIFY2(first / last > 10.0, qPrintable(QString("loss fell only %1x").arg(first / last)));
        QVERIFY(valAfter < valBefore / 10.0);

        // The merged model, through the inference backend, greedily answers every prompt.
        auto merged = mergeLoraAdapter(model->weights, t.adapter());
        QVERIFY(merged.ok());
        auto cpu = CpuModel::create(merged.value()->weights, { 64, 1 });
        QVERIFY(cpu.ok());
        for (const TrainExample &e : phraseDataset()) {
            const std::vector<int32_t> prompt(e.tokens.begin(), e.tokens.begin() + 3);
            QCOMPARE(greedy(*cpu.value(), prompt, kAnswer.size()), kAnswer);
        }
        // The base model does not.
        auto base = CpuModel::create(model->weights, { 64, 1 }).value();
        QVERIFY(greedy(*base, { 5, 9, 12 }, kAnswer.size()) != kAnswer);
    }

    void sameSeedReproducesLossesBitForBit_data()
    {
        QTest::addColumn<double>("dropout");
        QTest::addColumn<bool>("checkpoint");
        QTest::addRow("no dropout") << 0.0 << false;
        QTest::addRow("dropout 0.1, checkpointed") << 0.1 << true;
    }

    void sameSeedReproducesLossesBitForBit()
    {
        QFETCH(double, dropout);
        QFETCH(bool, checkpoint);
        auto model = makeTestModel(tinySpec(DType::Q8_0));
        auto opts = phraseOptions(5, dropout);
        opts.checkpoint = checkpoint;
        opts.threads = 2;
        auto a = LoraTrainer::create(model->weights, phraseDataset(), {}, opts).value();
        auto b = LoraTrainer::create(model->weights, phraseDataset(), {}, opts).value();
        opts.seed = 6;
        auto c = LoraTrainer::create(model->weights, phraseDataset(), {}, opts).value();
        const auto la = train(*a, 8), lb = train(*b, 8), lc = train(*c, 8);
        QCOMPARE(la, lb);
        QVERIFY(la != lc);
        QVERIFY(std::isnan(a->validationLoss().value()));
    }

    void resumeContinuesExactly()
    {
        QTemporaryDir dir;
        const std::string state = dir.filePath("state.bin").toStdString();
        auto model = makeTestModel(tinySpec());
        const auto opts = phraseOptions(3, 0.1);
        auto full = LoraTrainer::create(model->weights, phraseDataset(), {}, opts).value();
        const auto reference = train(*full, 10);

        auto first = LoraTrainer::create(model->weights, phraseDataset(), {}, opts).value();
        auto curve = train(*first, 3); // 3 steps = 12 examples: mid-epoch
        QVERIFY(first->saveState(state).ok());
        first.reset(); // the "crash"
        auto resumed = LoraTrainer::create(model->weights, phraseDataset(), {}, opts).value();
        QVERIFY(resumed->loadState(state).ok());
        QCOMPARE(resumed->stepsDone(), int64_t(3));
        const auto rest = train(*resumed, 7);
        curve.insert(curve.end(), rest.begin(), rest.end());
        QCOMPARE(curve, reference);

        // A state for another dataset is refused.
        std::vector<TrainExample> other = phraseDataset();
        other.pop_back();
        auto wrong = LoraTrainer::create(model->weights, other, {}, opts).value();
        QVERIFY(!wrong->loadState(state).ok());
    }

    void peftRoundTripAndMerge()
    {
        QTemporaryDir dir;
        auto model = makeTestModel(tinySpec(DType::F32));
        auto opts = phraseOptions(2);
        opts.lora.targets = { LoraTarget::Q, LoraTarget::V, LoraTarget::Down };
        opts.lora.baseModel = "HuggingFaceTB/SmolLM3-3B";
        auto t = LoraTrainer::create(model->weights, phraseDataset(), {}, opts).value();
        train(*t, 5);
        const std::string adapterDir = dir.filePath("adapter").toStdString();
        QVERIFY(saveLoraAdapterPeft(t->adapter(), adapterDir).ok());
        auto loaded = loadLoraAdapterPeft(adapterDir, model->weights.config);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QCOMPARE(loaded.value().config.rank, int64_t(8));
        QCOMPARE(loaded.value().config.alpha, 16.0);
        QCOMPARE(loaded.value().config.baseModel, opts.lora.baseModel);
        QCOMPARE(loaded.value().config.targets, opts.lora.targets);
        const std::vector<int32_t> tokens = { 5, 9, 12, 20, 33, 41 };
        const auto trained = t->model().logits(t->adapter(), tokens).value();
        QCOMPARE(t->model().logits(loaded.value(), tokens).value(), trained); // identical

        // Merged in memory and written as an HF model: same logits as base + adapter.
        auto merged = mergeLoraAdapter(model->weights, t->adapter()).value();
        auto cpu = CpuModel::create(merged->weights, { 64, 1 }).value();
        std::vector<float> logits;
        QVERIFY(cpu->forwardAll(tokens, 0, logits).ok());
        QVERIFY(normalizedError(logits, trained) < 1e-5);
        const std::string mergedDir = dir.filePath("merged").toStdString();
        QVERIFY(writeMergedModelHf(model->weights, t->adapter(), mergedDir, DType::F32).ok());
        auto reloaded = loadModel(mergedDir);
        QVERIFY2(reloaded.ok(), reloaded.ok() ? "" : reloaded.error().message.c_str());
        auto cpu2 = CpuModel::create(reloaded.value().weights, { 64, 1 }).value();
        std::vector<float> logits2;
        QVERIFY(cpu2->forwardAll(tokens, 0, logits2).ok());
        QVERIFY(normalizedError(logits2, trained) < 1e-5);
    }

    void peftLoadErrorsNameTheFault()
    {
        QTemporaryDir dir;
        auto model = makeTestModel(tinySpec(DType::F32));
        LoraConfig lc;
        lc.rank = 2;
        LoraAdapter a = LoraAdapter::create(model->weights.config, lc, 1).value();
        const std::string d = dir.path().toStdString();
        QVERIFY(saveLoraAdapterPeft(a, d).ok());
        // Another model's shape.
        ModelConfig bigger = model->weights.config;
        bigger.hiddenSize = 64;
        bigger.headDim = 16;
        auto r = loadLoraAdapterPeft(d, bigger);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("lora_A") != std::string::npos);
        // rsLoRA scales differently: refused rather than computed wrong.
        QVERIFY(writeTextFile(d + "/adapter_config.json", R"({"peft_type":"LORA","r":2,"use_rslora":true})")
                    .ok());
        r = loadLoraAdapterPeft(d, model->weights.config);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.find("use_rslora") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestLoraTrain)
#include "TestLoraTrain.moc"
