// A training run's directory: log records round-trip bit-exactly (shortest round-trip decimal); reopening
// the log for a resume keeps the records up to the checkpoint's step and drops later ones and a
// torn last line; a checkpoint is a loadable trainer state plus a loadable PEFT adapter, and
// leftovers of a write that was killed (temp files) do not disturb the last good checkpoint.

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "CpuTestModel.h"
#include "engine/lora/LoraFiles.h"
#include "engine/lora/LoraRunDir.h"
#include "engine/lora/LoraTrainer.h"

using namespace sb;
using namespace sb::test;

namespace {

TrainLogRecord stepRecord(int64_t step)
{
    TrainLogRecord r;
    r.step = step;
    r.loss = 1.0 / 3.0 + static_cast<double>(step);
    r.lr = 2e-4 * std::sqrt(static_cast<double>(step));
    r.gradNorm = 0.1 * static_cast<double>(step) + 1e-17;
    r.tokens = 100 + step;
    return r;
}

TrainLogRecord evalRecord(int64_t step)
{
    TrainLogRecord r;
    r.step = step;
    r.valLoss = std::exp(-static_cast<double>(step));
    return r;
}

std::vector<TrainExample> tinyData()
{
    std::vector<TrainExample> out;
    for (int i = 0; i < 5; ++i) {
        TrainExample e;
        e.line = i + 1;
        for (int t = 0; t < 6 + i; ++t)
            e.tokens.push_back((i * 7 + t * 3) % 64);
        e.targets.assign(e.tokens.size(), -1);
        for (size_t t = 0; t + 1 < e.tokens.size(); ++t)
            e.targets[t] = e.tokens[t + 1];
        out.push_back(e);
    }
    return out;
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
    s.dtype = DType::F32;
    s.seed = 3;
    return s;
}

} // namespace

class TestLoraRunDir : public QObject {
    Q_OBJECT

private slots:
    void recordsRoundTripExactly()
    {
        QTemporaryDir tmp;
        LoraRunDir run(tmp.path().toStdString());
        QVERIFY(run.openLog(0).ok());
        for (int64_t s = 1; s <= 4; ++s) {
            QVERIFY(run.appendLog(stepRecord(s)).ok());
            if (s % 2 == 0)
                QVERIFY(run.appendLog(evalRecord(s)).ok());
        }
        auto log = LoraRunDir::readLog(run.logPath());
        QVERIFY(log.ok());
        QCOMPARE(log.value().size(), size_t(6));
        const TrainLogRecord &a = log.value()[0];
        QVERIFY(a.isStep() && !a.isEvaluation());
        QCOMPARE(a.loss, stepRecord(1).loss); // bit-exact
        QCOMPARE(a.lr, stepRecord(1).lr);
        QCOMPARE(a.gradNorm, stepRecord(1).gradNorm);
        QCOMPARE(a.tokens, int64_t(101));
        const TrainLogRecord &e = log.value()[2];
        QVERIFY(!e.isStep() && e.isEvaluation());
        QCOMPARE(e.step, int64_t(2));
        QCOMPARE(e.valLoss, evalRecord(2).valLoss);
        const QString line = QString::fromStdString(LoraRunDir::formatRecord(evalRecord(2)));
        QVERIFY2(
            line.startsWith("{\"step\":2,\"val_loss\":0.13533528") && line.endsWith("}\n"), qPrintable(line));
    }

    void resumeKeepsTheLogUpToTheCheckpoint_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("expectedRecords");
        QTest::addRow("new run clears the log") << 0 << 0;
        QTest::addRow("checkpoint at step 2") << 2 << 3;
        QTest::addRow("checkpoint at step 5 (all kept)") << 5 << 7;
    }

    void resumeKeepsTheLogUpToTheCheckpoint()
    {
        QFETCH(int, keep);
        QFETCH(int, expectedRecords);
        QTemporaryDir tmp;
        {
            LoraRunDir run(tmp.path().toStdString());
            QVERIFY(run.openLog(0).ok());
            for (int64_t s = 1; s <= 5; ++s) {
                QVERIFY(run.appendLog(stepRecord(s)).ok());
                if (s % 2 == 0)
                    QVERIFY(run.appendLog(evalRecord(s)).ok());
            }
        }
        // The killed run was writing step 6 when it died.
        QFile f(tmp.filePath("finetune_log.jsonl"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"step\":6,\"loss\":0.12");
        f.close();

        LoraRunDir run(tmp.path().toStdString());
        QVERIFY(run.openLog(keep).ok());
        QVERIFY(run.appendLog(stepRecord(keep + 1)).ok());
        auto log = LoraRunDir::readLog(run.logPath());
        QVERIFY(log.ok());
        QCOMPARE(log.value().size(), size_t(expectedRecords + 1));
        for (const TrainLogRecord &r : log.value())
            QVERIFY(r.step <= keep + 1);
        QCOMPARE(log.value().back().step, int64_t(keep + 1));
        QCOMPARE(log.value().back().loss, stepRecord(keep + 1).loss);
    }

    void checkpointIsLoadableAndSurvivesLeftovers()
    {
        QTemporaryDir tmp;
        const std::string dir = tmp.filePath("run").toStdString();
        auto model = makeTestModel(tinySpec());
        TrainerOptions o;
        o.lora.rank = 4;
        o.lora.alpha = 8;
        o.lora.targets = { LoraTarget::Q, LoraTarget::Down };
        o.optimizer.lr = 1e-2;
        o.threads = 1;
        o.epochs = 3;
        auto t = LoraTrainer::create(model->weights, tinyData(), {}, o).value();
        QVERIFY(t->step().ok());
        QVERIFY(t->step().ok());
        LoraRunDir run(dir);
        QVERIFY(!run.hasState());
        QVERIFY(run.saveCheckpoint(*t, 0).ok());
        QVERIFY(run.hasState());

        // A later save killed mid-write leaves temp files behind: garbage beside the good files.
        QFile junk(QString::fromStdString(run.statePath() + ".tmp"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("SBLORAS2 torn");
        junk.close();
        QVERIFY(QDir().mkpath(QString::fromStdString(dir + "/.checkpoint.tmp")));
        QFile junk2(QString::fromStdString(dir + "/.checkpoint.tmp/adapter_model.safetensors"));
        QVERIFY(junk2.open(QIODevice::WriteOnly));
        junk2.write("\x10\x00");
        junk2.close();

        auto resumed = LoraTrainer::create(model->weights, tinyData(), {}, o).value();
        QVERIFY(resumed->loadState(run.statePath()).ok());
        QCOMPARE(resumed->stepsDone(), int64_t(2));
        auto adapter = loadLoraAdapterPeft(dir, model->weights.config);
        QVERIFY2(adapter.ok(), adapter.ok() ? "" : adapter.error().message.c_str());
        QCOMPARE(adapter.value().pair(1, LoraTarget::Down).b, t->adapter().pair(1, LoraTarget::Down).b);
        QCOMPARE(resumed->adapter().pair(0, LoraTarget::Q).a, t->adapter().pair(0, LoraTarget::Q).a);

        // The next save goes through the leftovers.
        QVERIFY(resumed->step().ok());
        QVERIFY(run.saveCheckpoint(*resumed, 0).ok());
        auto again = LoraTrainer::create(model->weights, tinyData(), {}, o).value();
        QVERIFY(again->loadState(run.statePath()).ok());
        QCOMPARE(again->stepsDone(), int64_t(3));
    }
};

QTEST_GUILESS_MAIN(TestLoraRunDir)
#include "TestLoraRunDir.moc"
