// The Fine-tune area with real widgets on a tiny random SmolLM3 (synthetic byte-level tokenizer)
// and a tiny chat JSONL that teaches one answer: the preview's records and token counts match
// the engine's dataset; a malformed line is reported with its number; training runs on the
// worker thread with the chart filling and the loss falling; pause holds the step, resume goes
// on; cancel checkpoints and a new area (an app restart) resumes at the same step; then "Chat
// with this adapter" serves base + adapter beside the base, and only the adapter gives the answer.
#include <QtTest>

#include <cmath>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QStandardItemModel>

#include "app/gui/chat/ModelPicker.h"
#include "app/gui/finetune/FineTuneArea.h"
#include "app/gui/finetune/FineTuneSettingsForm.h"
#include "app/gui/finetune/LossChart.h"
#include "app/local/EngineLocalProvider.h"
#include "app/local/FineTuneJob.h"
#include "engine/lora/LoraDataset.h"
#include "engine/model/FileIo.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/TinyModel.h"
#include "engine/runtime/LoraBackendSelect.h"
#include "router/catalog/Catalog.h"

using namespace sb;

namespace {

std::string chatLine(const char *question, const char *answer)
{
    return std::string("{\"messages\": [{\"role\": \"system\", \"content\": \"/no_think\"}, {\"role\": "
                       "\"user\", \"content\": \"")
        + question + "\"}, {\"role\": \"assistant\", \"content\": \"" + answer + "\"}]}\n";
}

ChatRequest question(const char *text)
{
    ChatRequest r;
    sb::ChatMessage system;
    system.role = QStringLiteral("system");
    system.content = QStringLiteral("/no_think");
    sb::ChatMessage user;
    user.role = QStringLiteral("user");
    user.content = QString::fromLatin1(text);
    r.messages = { system, user };
    r.maxTokens = 12;
    r.temperature = 0.0;
    return r;
}

} // namespace

class TestFineTuneArea : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_modelDir, m_data, m_out;
    EngineLocalProvider m_provider;
    std::unique_ptr<FineTuneArea> m_area;
    qint64 m_cancelledAt = 0;

    // The answer the provider streams for `modelId`.
    QString answer(const QString &modelId, const char *text)
    {
        QString out;
        bool done = false, failed = false;
        auto gen = m_provider.start(modelId, question(text), [&](const ChatEvent &e) {
            if (e.kind == ChatEvent::Kind::TextDelta)
                out += e.text;
            failed |= e.kind == ChatEvent::Kind::Error;
            done |= e.kind == ChatEvent::Kind::Finish || e.kind == ChatEvent::Kind::Error;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000) || failed)
            return QStringLiteral("<no answer>");
        return out.trimmed();
    }

    static void configure(FineTuneArea &area)
    {
        FineTuneSettings s;
        s.trainer.lora.rank = 8;
        s.trainer.lora.alpha = 16;
        s.trainer.lora.dropout = 0.0;
        s.trainer.optimizer.lr = 1e-2;
        s.trainer.optimizer.warmupSteps = 3;
        s.trainer.optimizer.schedule = LrSchedule::Cosine;
        s.trainer.batch = 3;
        s.trainer.epochs = 30;
        s.trainer.seed = 4;
        s.seqLen = 512;
        s.validationFraction = 0.25;
        s.saveEvery = 5;
        area.settingsForm()->setSettings(s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestFineTuneArea"));
        QSettings().clear();
        m_modelDir = m_dir.filePath(QStringLiteral("tiny-model"));
        TinyModelOptions mo;
        mo.config = TinyModelOptions::tinyModelConfig(288);
        mo.config.numLayers = 2;
        mo.config.hiddenSize = 32;
        mo.config.numHeads = 4;
        mo.config.numKvHeads = 2;
        mo.config.headDim = 8;
        mo.config.intermediateSize = 64;
        mo.config.noRopeLayers = { 1, 0 };
        QVERIFY(writeTinyModelHf(mo, m_modelDir.toStdString(), DType::BF16).ok());
        ChatRuntimeOptions rt;
        rt.backend.kind = BackendKind::Cpu;
        rt.backend.cpuModel.contextLength = 512;
        auto loaded = m_provider.load(m_modelDir, rt);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());

        m_data = m_dir.filePath(QStringLiteral("capital.jsonl"));
        std::string jsonl;
        for (const char *q : { "capital?", "Capital?", "the capital", "capital city?" })
            jsonl += chatLine(q, "Paris");
        QVERIFY(writeTextFile(m_data.toStdString(), jsonl).ok());
        m_out = m_dir.filePath(QStringLiteral("runs/capital-lora"));
    }

    void defaultsAreTheUsualLora()
    {
        FineTuneArea area;
        const FineTuneSettings s = area.settingsForm()->settings();
        QCOMPARE(s.trainer.lora.rank, int64_t(16));
        QCOMPARE(s.trainer.lora.alpha, 32.0);
        QCOMPARE(s.trainer.optimizer.lr, 2e-4);
        QCOMPARE(s.trainer.lora.dropout, 0.05);
        QCOMPARE(s.trainer.lora.targets.size(), size_t(kLoraTargetCount));
        area.settingsForm()->targetBox(LoraTarget::Gate)->setChecked(false);
        QVERIFY(!area.settingsForm()->settings().trainer.lora.hasTarget(LoraTarget::Gate));
        QCOMPARE(area.settingsForm()->settings().backend, QStringLiteral("CPU"));
        // The area leaves the main window (200 px of navigation) resizable down to 900 px.
        QVERIFY2(area.minimumSizeHint().width() <= 680,
            qPrintable(QString::number(area.minimumSizeHint().width())));
    }

    void settingsRoundTripThroughTheRunFile()
    {
        FineTuneSettings s;
        s.modelPath = QStringLiteral("/models/SmolLM3-3B");
        s.dataPath = QStringLiteral("/data/train.jsonl");
        s.trainer.lora.rank = 4;
        s.trainer.lora.targets = { LoraTarget::Q, LoraTarget::Down };
        s.trainer.optimizer.schedule = LrSchedule::Cosine;
        s.trainer.optimizer.warmupSteps = 7;
        s.trainer.seed = 0xfedcba9876543210ull; // beyond a double's 53 bits
        s.saveEvery = 3;
        auto back = FineTuneSettings::fromJson(s.toJson(), QStringLiteral("run.json"));
        QVERIFY(back.ok());
        QCOMPARE(back.value().toJson(), s.toJson());
        QCOMPARE(back.value().trainer.seed, s.trainer.seed);
        QJsonObject bad = s.toJson();
        bad.insert(QStringLiteral("rank"), QStringLiteral("sixteen"));
        auto refused = FineTuneSettings::fromJson(bad, QStringLiteral("run.json"));
        QVERIFY(!refused.ok());
        QVERIFY2(
            QString::fromStdString(refused.error().message).contains(QStringLiteral("run.json: \"rank\"")),
            refused.error().message.c_str());
    }

    void previewShowsRecordsAndTokenCounts()
    {
        FineTuneArea area;
        QAbstractItemModelTester tester(
            area.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        area.setLocalProvider(&m_provider); // the loaded model is the default base
        QCOMPARE(area.effectiveModelPath(), m_modelDir);
        QSignalSpy ready(&area, &FineTuneArea::previewReady);
        area.setDataPath(m_data);
        QVERIFY(ready.wait(30000));
        QStandardItemModel *model = area.previewModel();
        QCOMPARE(model->rowCount(), 4);

        // The counts are the engine's: the chat template applied, assistant tokens apart.
        auto tok = Tokenizer::fromFile((m_modelDir + QStringLiteral("/tokenizer.json")).toStdString());
        QVERIFY(tok.ok());
        DatasetOptions dopt;
        dopt.seqLen = area.settingsForm()->settings().seqLen;
        auto examples = loadJsonlDataset(m_data.toStdString(), tok.value(), dopt);
        QVERIFY(examples.ok());
        qint64 total = 0, trained = 0;
        for (int r = 0; r < 4; ++r) {
            const TrainExample &e = examples.value()[size_t(r)];
            QCOMPARE(model->item(r, 0)->text(), QString::number(r + 1));
            QCOMPARE(model->item(r, 3)->data(Qt::UserRole).toLongLong(), qint64(e.tokens.size()));
            QCOMPARE(model->item(r, 4)->data(Qt::UserRole).toLongLong(), e.targetCount());
            QVERIFY(e.targetCount() > 0 && e.targetCount() < qint64(e.tokens.size()));
            total += qint64(e.tokens.size());
            trained += e.targetCount();
            // One child per message: role and content.
            QStandardItem *first = model->item(r, 0);
            QCOMPARE(first->rowCount(), 3);
            QCOMPARE(first->child(0, 1)->text(), QStringLiteral("system"));
            QCOMPARE(first->child(2, 1)->text(), QStringLiteral("assistant"));
            QCOMPARE(first->child(2, 2)->text(), QStringLiteral("Paris"));
        }
        QVERIFY(model->item(0, 2)->text().contains(QStringLiteral("user: capital?")));
        const QString summary = area.previewSummary();
        QVERIFY2(summary.contains(QStringLiteral("4 records")), qPrintable(summary));
        QVERIFY2(
            summary.contains(QLocale().toString(total) + QStringLiteral(" tokens")), qPrintable(summary));
        QVERIFY2(summary.contains(QLocale().toString(trained) + QStringLiteral(" assistant tokens")),
            qPrintable(summary));
    }

    void malformedLineIsReportedWithItsNumber_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("why");
        QTest::addRow("invalid JSON") << QByteArray("{\"messages\": [") << QStringLiteral("invalid JSON");
        QTest::addRow("no messages or text")
            << QByteArray("{\"prompt\": \"hi\"}") << QStringLiteral("\"messages\"");
        QTest::addRow("unknown role")
            << QByteArray("{\"messages\": [{\"role\": \"robot\", \"content\": \"x\"}]}")
            << QStringLiteral("unknown role");
    }

    void malformedLineIsReportedWithItsNumber()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, why);
        // Line 1 good, line 2 blank (skipped, still counted), line 3 bad, line 4 good.
        const QString path = m_dir.filePath(QStringLiteral("bad.jsonl"));
        const std::string text = chatLine("capital?", "Paris") + "\n" + badLine.toStdString() + "\n"
            + chatLine("Capital?", "Paris");
        QVERIFY(writeTextFile(path.toStdString(), text).ok());
        FineTuneArea area;
        area.setModelPath(m_modelDir);
        QSignalSpy ready(&area, &FineTuneArea::previewReady);
        area.setDataPath(path);
        QVERIFY(ready.wait(30000));
        const QString summary = area.previewSummary();
        QVERIFY2(summary.contains(QStringLiteral("line 3")), qPrintable(summary));
        QVERIFY2(summary.contains(path + QStringLiteral(":3:")), qPrintable(summary));
        QVERIFY2(summary.contains(why.toHtmlEscaped()), qPrintable(summary));
        QStandardItemModel *model = area.previewModel();
        QCOMPARE(model->rowCount(), 3); // the blank line has no row
        QCOMPARE(model->item(1, 0)->text(), QStringLiteral("3"));
        QCOMPARE(model->item(1, 1)->text(), QStringLiteral("error"));
        QVERIFY2(model->item(1, 2)->text().contains(why), qPrintable(model->item(1, 2)->text()));
        QVERIFY(model->item(0, 3)->data(Qt::UserRole).toLongLong() > 0);
        QCOMPARE(model->item(2, 0)->text(), QStringLiteral("4"));
    }

    void vulkanBackendTrainsAndShowsDeviceMemory()
    {
        {
            auto model = loadModel(m_modelDir.toStdString());
            QVERIFY(model.ok());
            LoraBackendOptions o;
            o.kind = BackendKind::Vulkan;
            auto probe = createLoraCompute(model.value().weights, o);
            if (!probe && probe.error().code == ErrorCode::NoDevice)
                QSKIP(qPrintable(
                    QStringLiteral("no Vulkan device: ") + QString::fromStdString(probe.error().message)));
        }
        FineTuneArea area;
        QTemporaryDir out;
        area.setModelPath(m_modelDir);
        area.setDataPath(m_data);
        area.setOutputDir(out.filePath(QStringLiteral("vk-run")));
        configure(area);
        FineTuneSettings s = area.settingsForm()->settings();
        s.backend = QStringLiteral("Vulkan");
        s.trainer.epochs = 2; // 2 steps
        area.settingsForm()->setSettings(s);
        QCOMPARE(area.settingsForm()->settings().backend, QStringLiteral("Vulkan"));
        QString runningStatus;
        connect(&area, &FineTuneArea::runStateChanged, &area, [&](FineTuneArea::RunState state) {
            if (state == FineTuneArea::RunState::Running)
                runningStatus = area.statusText();
        });
        area.start();
        QTRY_VERIFY_WITH_TIMEOUT(area.runState() == FineTuneArea::RunState::Finished
                || area.runState() == FineTuneArea::RunState::Idle,
            300000);
        QVERIFY2(area.runState() == FineTuneArea::RunState::Finished, qPrintable(area.statusText()));
        QVERIFY2(runningStatus.contains(QStringLiteral("Vulkan")), qPrintable(runningStatus));
        const QString vram = area.findChild<QLabel *>(QStringLiteral("vramStat"))->text();
        QVERIFY2(vram.startsWith(QStringLiteral("VRAM ")) && vram.endsWith(QStringLiteral(" MiB")),
            qPrintable(vram));
        QCOMPARE(area.lossChart()->trainingSeries()->count(), 2);
    }

    void startRunsOnTheWorkerAndPauseHoldsTheStep()
    {
        m_area = std::make_unique<FineTuneArea>();
        m_area->setLocalProvider(&m_provider);
        m_area->setDataPath(m_data);
        m_area->setOutputDir(m_out);
        configure(*m_area);
        auto *start = m_area->findChild<QPushButton *>(QStringLiteral("startTraining"));
        QVERIFY(start && start->isEnabled());
        // Pause as soon as step 3 is seen (the worker may finish one more step meanwhile).
        FineTuneArea *area = m_area.get();
        const auto pauseAt3 = connect(area, &FineTuneArea::stepCompleted, area, [area](qint64 step) {
            if (step >= 3)
                area->pause();
        });
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(m_area->runState(), FineTuneArea::RunState::Starting);
        QVERIFY(!start->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_area->runState(), FineTuneArea::RunState::Paused, 60000);
        disconnect(pauseAt3);
        QCOMPARE(m_area->totalSteps(), qint64(30)); // 3 training records, batch 3, 30 epochs
        const qint64 pausedAt = m_area->stepsDone();
        QVERIFY2(pausedAt >= 3 && pausedAt < 30, qPrintable(QString::number(pausedAt)));
        QCOMPARE(m_area->lossChart()->trainingSeries()->count(), int(pausedAt));
        QVERIFY(FineTuneJob::hasCheckpoint(m_out)); // the run is findable from its first moment
        QTest::qWait(400);
        QCOMPARE(m_area->stepsDone(), pausedAt);
        QCOMPARE(m_area->lossChart()->trainingSeries()->count(), int(pausedAt));
    }

    void resumeContinuesAndCancelCheckpoints()
    {
        QVERIFY(m_area);
        const qint64 pausedAt = m_area->stepsDone();
        auto *resume = m_area->findChild<QPushButton *>(QStringLiteral("resumeTraining"));
        QVERIFY(resume->isEnabled());
        FineTuneArea *area = m_area.get();
        connect(area, &FineTuneArea::stepCompleted, area, [area, pausedAt](qint64 step) {
            if (step >= pausedAt + 2)
                area->cancel();
        });
        QSignalSpy steps(area, &FineTuneArea::stepCompleted);
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(m_area->runState(), FineTuneArea::RunState::Running);
        QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 60000);
        QCOMPARE(steps.first().at(0).toLongLong(), pausedAt + 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_area->runState(), FineTuneArea::RunState::Idle, 30000);
        const qint64 cancelledAt = m_area->stepsDone();
        QVERIFY2(cancelledAt >= pausedAt + 2 && cancelledAt < 30, qPrintable(QString::number(cancelledAt)));
        QCOMPARE(FineTuneJob::checkpointStep(m_out), int64_t(cancelledAt));
        m_cancelledAt = cancelledAt;
        // Issue 14, point 16: the log's grad_norm is the real norm (it read 0 on every line).
        int training = 0;
        for (const FineTuneLogEntry &e : FineTuneJob::readLog(m_out, cancelledAt)) {
            if (std::isnan(e.loss))
                continue;
            ++training;
            QVERIFY2(e.gradNorm > 0 && std::isfinite(e.gradNorm), qPrintable(QString::number(e.gradNorm)));
        }
        QVERIFY(training > 0);
    }

    void aRestartFindsTheRunAndResumesAtTheSameStep()
    {
        const qint64 cancelledAt = m_cancelledAt;
        QVERIFY(cancelledAt > 0);
        m_area.reset(); // the app closes

        m_area = std::make_unique<FineTuneArea>();
        m_area->setLocalProvider(&m_provider);
        // The last run's directory comes back by itself, and the run is found in it.
        QCOMPARE(m_area->findChild<QLineEdit *>(QStringLiteral("outputDir"))->text(), m_out);
        QCOMPARE(m_area->stepsDone(), cancelledAt);
        QCOMPARE(m_area->totalSteps(), qint64(30));
        QCOMPARE(m_area->lossChart()->trainingSeries()->count(), int(cancelledAt)); // the curve so far
        auto *resume = m_area->findChild<QPushButton *>(QStringLiteral("resumeTraining"));
        QVERIFY(resume->isEnabled());
        QSignalSpy steps(m_area.get(), &FineTuneArea::stepCompleted);
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 60000);
        QCOMPARE(steps.first().at(0).toLongLong(), cancelledAt + 1);
        // The saved settings came back with the run.
        QCOMPARE(m_area->settingsForm()->settings().trainer.lora.rank, int64_t(8));

        QTRY_COMPARE_WITH_TIMEOUT(m_area->runState(), FineTuneArea::RunState::Finished, 300000);
        QCOMPARE(m_area->stepsDone(), qint64(30));
        QLineSeries *train = m_area->lossChart()->trainingSeries();
        QCOMPARE(train->count(), 30);
        const double first = train->at(0).y(), last = train->at(train->count() - 1).y();
        qInfo("training loss %.4f -> %.4f", first, last);
        QVERIFY2(first / last > 10.0, qPrintable(QStringLiteral("loss fell only %1x").arg(first / last)));
        QLineSeries *val = m_area->lossChart()->validationSeries();
        QVERIFY(val->count() >= 5); // every 5 steps
        QVERIFY(val->at(val->count() - 1).y() < val->at(0).y());
    }

    void chatWithTheAdapterGivesTheTrainedAnswer()
    {
        QVERIFY(m_area);
        auto *chat = m_area->findChild<QPushButton *>(QStringLiteral("chatWithAdapter"));
        QVERIFY(chat->isEnabled());
        QSignalSpy ready(m_area.get(), &FineTuneArea::adapterReady);
        QTest::mouseClick(chat, Qt::LeftButton);
        QVERIFY(ready.wait(60000));
        const QString id = ready.first().at(0).toString();
        QCOMPARE(id, QStringLiteral("HuggingFaceTB/SmolLM3-3B+capital-lora"));
        QVERIFY(m_provider.canServe(id));
        QVERIFY(m_provider.canServe(QStringLiteral("smollm3-3b")));
        QCOMPARE(answer(id, "capital?"), QStringLiteral("Paris"));
        QVERIFY(answer(QStringLiteral("smollm3-3b"), "capital?") != QStringLiteral("Paris"));

        // The chat's picker lists base + adapter as a local model beside the base (as MainWindow
        // registers it in the local provider's catalog entry).
        Catalog catalog = Catalog::loadBuiltin().value();
        ProviderInfo *local = catalog.provider(ModelPicker::localProviderId());
        QVERIFY(local && !local->models.isEmpty());
        ModelEntry entry = local->models.front();
        entry.id = id;
        entry.providerModelId = id;
        local->models.append(entry);
        ModelPicker picker;
        picker.setCatalog(catalog, QStringLiteral("HuggingFaceTB/SmolLM3-3B"));
        QCOMPARE(picker.findLocal(QStringLiteral("HuggingFaceTB/SmolLM3-3B")), 1); // after "On this computer"
        QCOMPARE(picker.findLocal(id), 2);
        picker.setModelSpec(id + QStringLiteral(":local"));
        QCOMPARE(picker.modelSpec(), id + QStringLiteral(":local"));
        QVERIFY(!picker.routeCombo()->isEnabled());
        picker.setCatalog(catalog, QString()); // no base loaded: the adapter model stays
        QCOMPARE(picker.findLocal(id), 1);
        QCOMPARE(picker.findLocal(QStringLiteral("HuggingFaceTB/SmolLM3-3B")), -1);
    }

    void cleanupTestCase() { m_area.reset(); }
};

QTEST_MAIN(TestFineTuneArea)
#include "TestFineTuneArea.moc"
