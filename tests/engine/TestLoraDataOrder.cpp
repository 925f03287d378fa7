// The order LoRA training visits its data: every epoch a seeded permutation; length bucketing
// keeps micro-batches whole and cuts their padding; the order depends only on (seed, epoch,
// lengths, batching), so a run resumed mid-epoch or across an epoch boundary continues the exact
// loss curve, and a state saved with other batching, seed or data is refused. Truncated records
// are counted for the CLI's warning.

#include <QtTest>

#include <algorithm>
#include <numeric>

#include "CpuTestModel.h"
#include "engine/lora/LoraBatching.h"
#include "engine/lora/LoraDataset.h"
#include "engine/lora/LoraTrainer.h"
#include "engine/sampling/Rng.h"

using namespace sb;
using namespace sb::test;

namespace {

std::vector<int64_t> randomLengths(size_t n, uint64_t seed, int64_t lo = 4, int64_t hi = 400)
{
    Rng rng(seed);
    std::vector<int64_t> out(n);
    for (int64_t &v : out)
        v = lo + static_cast<int64_t>(rng.next() % static_cast<uint64_t>(hi - lo + 1));
    return out;
}

bool isPermutation(std::vector<size_t> order, size_t n)
{
    std::sort(order.begin(), order.end());
    std::vector<size_t> id(n);
    std::iota(id.begin(), id.end(), size_t(0));
    return order == id;
}

TestModelSpec tinySpec()
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
    s.dtype = DType::BF16;
    s.seed = 17;
    return s;
}

// 7 examples of lengths 3..16 (7 is prime: micro-batches of 2 or 3 straddle epoch ends).
std::vector<TrainExample> variedDataset()
{
    std::vector<TrainExample> out;
    Rng rng(99);
    for (int i = 0; i < 7; ++i) {
        TrainExample e;
        e.line = i + 1;
        const size_t n = 3 + static_cast<size_t>(rng.next() % 14);
        for (size_t t = 0; t < n; ++t)
            e.tokens.push_back(static_cast<int32_t>(rng.next() % 64));
        e.targets.assign(n, -1);
        for (size_t t = 0; t + 1 < n; ++t)
            e.targets[t] = e.tokens[t + 1];
        out.push_back(std::move(e));
    }
    return out;
}

TrainerOptions trainerOptions(int64_t batch, int64_t window, uint64_t seed = 4)
{
    TrainerOptions o;
    o.lora.rank = 4;
    o.lora.alpha = 8;
    o.lora.dropout = 0.1;
    o.optimizer.lr = 5e-3;
    o.optimizer.schedule = LrSchedule::Cosine;
    o.optimizer.warmupSteps = 2;
    o.batch = batch;
    o.gradAccum = 1;
    o.epochs = 4;
    o.bucketWindow = window;
    o.seed = seed;
    o.threads = 1;
    return o;
}

std::vector<double> losses(LoraTrainer &t, int64_t steps)
{
    std::vector<double> out;
    for (int64_t i = 0; i < steps && !t.finished(); ++i) {
        auto r = t.step();
        if (!r)
            qFatal("step failed: %s", r.error().message.c_str());
        out.push_back(r.value().loss);
    }
    return out;
}

} // namespace

class TestLoraDataOrder : public QObject {
    Q_OBJECT

private slots:
    void everyEpochIsASeededPermutation_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("consumedBefore");
        QTest::addRow("plain shuffle") << 50 << 4 << 0 << 0;
        QTest::addRow("bucketed, aligned") << 50 << 4 << 4 << 0;
        QTest::addRow("bucketed, epoch starts mid-batch") << 50 << 4 << 4 << 101;
        QTest::addRow("window larger than the data") << 9 << 2 << 100 << 9;
        QTest::addRow("batch larger than the data") << 3 << 8 << 2 << 5;
        QTest::addRow("one example") << 1 << 4 << 2 << 0;
    }

    void everyEpochIsASeededPermutation()
    {
        QFETCH(int, n);
        QFETCH(int, batch);
        QFETCH(int, window);
        QFETCH(int, consumedBefore);
        const auto lengths = randomLengths(size_t(n), 3);
        const BatchingOptions b { batch, window };
        for (int64_t epoch = 0; epoch < 3; ++epoch) {
            const auto order = epochOrder(lengths, 42, epoch, b, consumedBefore);
            QVERIFY(isPermutation(order, size_t(n)));
            QCOMPARE(epochOrder(lengths, 42, epoch, b, consumedBefore), order); // a pure function
            if (n >= 9) {
                QVERIFY(epochOrder(lengths, 43, epoch, b, consumedBefore) != order); // another seed
                QVERIFY(epochOrder(lengths, 42, epoch + 1, b, consumedBefore) != order); // another epoch
            }
        }
    }

    void withoutBucketingTheShuffleIsUnchanged()
    {
        // The plain order does not depend on the batch, and a window with batch 1 is a no-op:
        // runs that do not ask for bucketing keep the order (and loss curve) they always had.
        const auto lengths = randomLengths(40, 5);
        const auto plain = epochOrder(lengths, 7, 2, { 1, 0 });
        QCOMPARE(epochOrder(lengths, 7, 2, { 4, 0 }), plain);
        QCOMPARE(epochOrder(lengths, 7, 2, { 1, 8 }), plain);
    }

    void paddingShareOfAHandExample()
    {
        const std::vector<int64_t> lengths = { 2, 4, 10, 10, 1 };
        const std::vector<size_t> order = { 0, 1, 2, 3, 4 };
        // (2, 4) -> 8 laid out; (10, 10) -> 20; (1) -> 1: real 27 of 29.
        QCOMPARE(paddingShare(lengths, order, 2), 1.0 - 27.0 / 29.0);
        QCOMPARE(paddingShare(lengths, order, 1), 0.0);
    }

    void bucketingCutsPadding_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("window");
        QTest::addRow("batch 4, window 8") << 4 << 8;
        QTest::addRow("batch 8, window 16") << 8 << 16;
        QTest::addRow("batch 2, window 50") << 2 << 50;
    }

    void bucketingCutsPadding()
    {
        QFETCH(int, batch);
        QFETCH(int, window);
        const auto lengths = randomLengths(400, 11);
        const double plain = paddingShare(lengths, epochOrder(lengths, 1, 0, { batch, 0 }), batch);
        const double bucketed = paddingShare(lengths, epochOrder(lengths, 1, 0, { batch, window }), batch);
        qInfo("padding %.1f%% -> %.1f%%", plain * 100, bucketed * 100);
        QVERIFY(plain > 0.2);
        QVERIFY2(bucketed < plain / 4, qPrintable(QString("%1 vs %2").arg(bucketed).arg(plain)));
    }

    void microBatchesStayWhole()
    {
        // An epoch that starts 1 example into a micro-batch of 4: its first 3 examples finish
        // that micro-batch and are left in their shuffled order; the rest are whole micro-batches,
        // each drawn from one sorted window (so sorted longest first inside).
        const auto lengths = randomLengths(23, 8);
        const int64_t batch = 4;
        const auto plain = epochOrder(lengths, 9, 1, { batch, 0 }, 1);
        const auto order = epochOrder(lengths, 9, 1, { batch, 3 }, 1);
        QVERIFY(std::equal(order.begin(), order.begin() + 3, plain.begin()));
        for (size_t g = 3; g + size_t(batch) <= order.size(); g += size_t(batch))
            for (size_t i = g + 1; i < g + size_t(batch); ++i)
                QVERIFY(lengths[order[i - 1]] >= lengths[order[i]]);
    }

    void bucketedRunResumesExactly_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("stopAt");
        QTest::addRow("batch 2, window 2, mid-epoch") << 2 << 2 << 2;
        QTest::addRow("batch 3, window 1, across an epoch end") << 3 << 1 << 5;
        QTest::addRow("plain, batch 3") << 3 << 0 << 4;
    }

    void bucketedRunResumesExactly()
    {
        QFETCH(int, batch);
        QFETCH(int, window);
        QFETCH(int, stopAt);
        QTemporaryDir dir;
        const std::string state = dir.filePath("state.bin").toStdString();
        auto model = makeTestModel(tinySpec());
        const auto opts = trainerOptions(batch, window);
        auto full = LoraTrainer::create(model->weights, variedDataset(), {}, opts).value();
        const auto reference = losses(*full, full->totalSteps());
        QVERIFY(reference.size() >= 8);

        auto first = LoraTrainer::create(model->weights, variedDataset(), {}, opts).value();
        auto curve = losses(*first, stopAt);
        QVERIFY(first->saveState(state).ok());
        first.reset();
        auto resumed = LoraTrainer::create(model->weights, variedDataset(), {}, opts).value();
        QVERIFY(resumed->loadState(state).ok());
        const auto rest = losses(*resumed, resumed->totalSteps());
        curve.insert(curve.end(), rest.begin(), rest.end());
        QCOMPARE(curve, reference);
    }

    void stateWithOtherBatchingSeedOrDataIsRefused_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("otherData");
        QTest::addColumn<QString>("expected");
        QTest::addRow("other window") << 2 << 3 << 4 << false << "bucket window 2";
        QTest::addRow("other batch") << 3 << 2 << 4 << false << "batch 2";
        QTest::addRow("other seed") << 2 << 2 << 5 << false << "seed 4";
        QTest::addRow("same count, other tokens") << 2 << 2 << 4 << true << "other training data";
    }

    void stateWithOtherBatchingSeedOrDataIsRefused()
    {
        QFETCH(int, batch);
        QFETCH(int, window);
        QFETCH(int, seed);
        QFETCH(bool, otherData);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string state = dir.filePath("state.bin").toStdString();
        auto model = makeTestModel(tinySpec());
        auto saved = LoraTrainer::create(model->weights, variedDataset(), {}, trainerOptions(2, 2)).value();
        losses(*saved, 1);
        QVERIFY(saved->saveState(state).ok());
        auto data = variedDataset();
        if (otherData)
            data[3].tokens[0] = (data[3].tokens[0] + 1) % 64;
        auto other
            = LoraTrainer::create(model->weights, data, {}, trainerOptions(batch, window, uint64_t(seed)))
                  .value();
        auto r = other->loadState(state);
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error().message).contains(expected), r.error().message.c_str());
    }

    void truncatedRecordsAreCounted()
    {
        const Tokenizer tok = Tokenizer::fromFile(SB_TEST_DATA_DIR "/smollm3/tokenizer.json").value();
        DatasetOptions o;
        o.seqLen = 6;
        o.vars.today = "25 November 2026";
        const char *jsonl = R"({"text": "one two three four five six seven eight nine ten"}
{"text": "short one"}
{"messages": [{"role": "user", "content": "a long question with many words in it"}, {"role": "assistant", "content": "yes"}]}
)";
        auto r = parseJsonlDataset(jsonl, tok, o, "d.jsonl");
        QVERIFY(r.ok());
        const auto &ex = r.value();
        QCOMPARE(ex[0].tokens.size(), size_t(6));
        QVERIFY(ex[0].truncatedFrom > 6);
        QCOMPARE(ex[1].truncatedFrom, int64_t(0));
        const DatasetSummary s = summarizeDataset(ex);
        QCOMPARE(s.records, int64_t(3));
        QCOMPARE(s.truncated, int64_t(2));
        QCOMPARE(s.longest, int64_t(6));
        QCOMPARE(s.untrained, int64_t(1)); // the chat's answer was cut off
        QCOMPARE(s.tokens, int64_t(ex[0].tokens.size() + ex[1].tokens.size() + ex[2].tokens.size()));
        QCOMPARE(s.trainedTokens, ex[0].targetCount() + ex[1].targetCount());
    }
};

QTEST_GUILESS_MAIN(TestLoraDataOrder)
#include "TestLoraDataOrder.moc"
