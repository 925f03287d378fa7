// `switchboard-cli finetune` and the Fine-tune area are two front ends on one driver
// (app/local/FineTuneJob): for the same model, data and settings they leave identical run folders,
// file for file and byte for byte (the files hold no timestamps), so a run started in one
// resumes in the other.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "app/gui/finetune/FineTuneArea.h"
#include "app/gui/finetune/FineTuneSettingsForm.h"
#include "app/local/FineTuneJob.h"
#include "engine/model/FileIo.h"
#include "engine/model/TinyModel.h"

using namespace sb;

namespace {

std::string chatLine(const char *question, const char *answer)
{
    return std::string("{\"messages\": [{\"role\": \"user\", \"content\": \"") + question
        + "\"}, {\"role\": \"assistant\", \"content\": \"" + answer + "\"}]}\n";
}

QStringList filesIn(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
    return names;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestFinetuneFrontEnds : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model, m_data;

    // The settings both front ends are given (the area's form holds all of them).
    static FineTuneSettings settings()
    {
        FineTuneSettings s;
        s.backend = QStringLiteral("CPU");
        s.trainer.lora.rank = 8;
        s.trainer.lora.alpha = 16;
        s.trainer.lora.dropout = 0.05;
        s.trainer.optimizer.lr = 1e-2;
        s.trainer.optimizer.warmupSteps = 2;
        s.trainer.optimizer.schedule = LrSchedule::Cosine;
        s.trainer.batch = 3;
        s.trainer.gradAccum = 1;
        s.trainer.epochs = 6; // 3 training records, batch 3: 6 steps
        s.trainer.seed = 4;
        s.seqLen = 256;
        s.validationFraction = 0.25;
        s.saveEvery = 4; // checkpoints at 4 and at the end
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestFinetuneFrontEnds"));
        QSettings().clear();
        m_model = m_dir.filePath(QStringLiteral("tiny-model"));
        TinyModelOptions mo;
        mo.config = TinyModelOptions::tinyModelConfig(288);
        mo.config.numLayers = 2;
        mo.config.hiddenSize = 32;
        mo.config.numHeads = 4;
        mo.config.numKvHeads = 2;
        mo.config.headDim = 8;
        mo.config.intermediateSize = 64;
        QVERIFY(writeTinyModelHf(mo, m_model.toStdString(), DType::BF16).ok());
        m_data = m_dir.filePath(QStringLiteral("capital.jsonl"));
        std::string jsonl;
        for (const char *q : { "capital?", "Capital?", "the capital", "capital city?" })
            jsonl += chatLine(q, "Paris");
        QVERIFY(writeTextFile(m_data.toStdString(), jsonl).ok());
    }

    void cliAndAreaWriteIdenticalRunFolders()
    {
        const FineTuneSettings s = settings();

        // The command line, with the same settings spelled as flags.
        const QString cliOut = m_dir.filePath(QStringLiteral("cli-run"));
        QProcess cli;
        cli.start(QStringLiteral(SB_CLI_PATH),
            { "finetune", "--model", m_model, "--data", m_data, "--out", cliOut, "--backend", "cpu", "--rank",
                "8", "--alpha", "16", "--dropout", "0.05", "--lr", "1e-2", "--schedule", "cosine", "--warmup",
                "2", "--batch", "3", "--grad-accum", "1", "--epochs", "6", "--seed", "4", "--seq-len", "256",
                "--val-split", "0.25", "--save-every", "4" });
        QVERIFY(cli.waitForFinished(300000));
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
            qPrintable(QString::fromUtf8(cli.readAllStandardError())));

        // The Fine-tune area, as a person fills it in and presses Start.
        const QString guiOut = m_dir.filePath(QStringLiteral("gui-run"));
        FineTuneArea area;
        area.setModelPath(m_model);
        area.setDataPath(m_data);
        area.setOutputDir(guiOut);
        area.settingsForm()->setSettings(s);
        area.start();
        QTRY_VERIFY_WITH_TIMEOUT(area.runState() == FineTuneArea::RunState::Finished
                || area.runState() == FineTuneArea::RunState::Idle,
            300000);
        QVERIFY2(area.runState() == FineTuneArea::RunState::Finished, qPrintable(area.statusText()));
        QCOMPARE(area.stepsDone(), qint64(6));

        const QStringList files = filesIn(cliOut);
        QCOMPARE(filesIn(guiOut), files);
        for (const char *expected : { "adapter_config.json", "adapter_model.safetensors",
                 "finetune_log.jsonl", "finetune_run.json", "trainer_state.bin" })
            QVERIFY2(files.contains(QLatin1String(expected)), qPrintable(files.join(QLatin1Char(' '))));
        for (const QString &name : files) {
            const QByteArray a = contents(QDir(cliOut).filePath(name)),
                             b = contents(QDir(guiOut).filePath(name));
            QVERIFY2(a == b,
                qPrintable(QStringLiteral("%1 differs:\n--- cli\n%2\n--- gui\n%3")
                               .arg(name, QString::fromUtf8(a.left(2000)), QString::fromUtf8(b.left(2000)))));
        }
        // And the run is the one asked for.
        auto saved = FineTuneJob::readSettings(cliOut);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().toJson(), [&] {
            FineTuneSettings expected = s;
            expected.modelPath = QFileInfo(m_model).absoluteFilePath();
            expected.dataPath = QFileInfo(m_data).absoluteFilePath();
            return expected.toJson();
        }());
        QCOMPARE(FineTuneJob::checkpointStep(cliOut), int64_t(6));
    }
};

QTEST_MAIN(TestFinetuneFrontEnds)
#include "TestFinetuneFrontEnds.moc"
