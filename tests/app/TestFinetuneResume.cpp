// `switchboard-cli finetune` killed with SIGKILL and resumed gives the run an uninterrupted one
// gives: the same per-step loss log (finetune_log.jsonl) and the same final adapter. The kill lands
// mid-step or mid-checkpoint (right after an odd or an even step is logged; checkpoints follow
// even steps). The same seed reproduces a run; another seed gives another one.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

#include "app/local/FineTuneJob.h"
#include "engine/lora/LoraFiles.h"
#include "engine/model/ModelLoader.h"

namespace {

struct LogLine {
    qint64 step = 0;
    bool isStep = false; // else an evaluation
    double loss = 0.0, lr = 0.0, gradNorm = 0.0, valLoss = 0.0;
    qint64 tokens = 0;
};

std::vector<LogLine> readLog(const QString &dir)
{
    std::vector<LogLine> out;
    QFile f(QDir(dir).filePath(QStringLiteral("finetune_log.jsonl")));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        LogLine l;
        l.step = o.value(QStringLiteral("step")).toInteger(-1);
        l.isStep = o.contains(QStringLiteral("loss"));
        l.loss = o.value(QStringLiteral("loss")).toDouble();
        l.lr = o.value(QStringLiteral("lr")).toDouble();
        l.gradNorm = o.value(QStringLiteral("grad_norm")).toDouble();
        l.tokens = o.value(QStringLiteral("tokens")).toInteger();
        l.valLoss = o.value(QStringLiteral("val_loss")).toDouble();
        out.push_back(l);
    }
    return out;
}

qint64 lastLoggedStep(const QString &dir)
{
    const auto log = readLog(dir);
    return log.empty() ? 0 : log.back().step;
}

bool close(double a, double b, double rel = 1e-6)
{
    return std::fabs(a - b) <= rel * std::max({ std::fabs(a), std::fabs(b), 1e-12 });
}

} // namespace

class TestFinetuneResume : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_model, m_data;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    QStringList trainArgs(
        const QString &out, int seed = 7, const QString &backend = QStringLiteral("cpu")) const
    {
        return { "finetune", "--model", m_model, "--data", m_data, "--out", out, "--backend", backend,
            "--threads", "1", "--rank", "4", "--alpha", "8", "--dropout", "0.1", "--lr", "3e-3", "--schedule",
            "cosine", "--warmup", "3", "--epochs", "3", "--batch", "2", "--grad-accum", "2", "--seq-len",
            "64", "--bucket", "2", "--save-every", "2", "--val-split", "0.1", "--seed",
            QString::number(seed) };
    }

    static QString runCli(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(QStringLiteral(SB_CLI_PATH), args);
        if (!p.waitForFinished(timeoutMs))
            return QStringLiteral("timed out");
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("exit %1: %2")
                .arg(p.exitCode())
                .arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }

    static void compareLogs(const std::vector<LogLine> &a, const std::vector<LogLine> &b)
    {
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].step, b[i].step);
            QCOMPARE(a[i].isStep, b[i].isStep);
            QCOMPARE(a[i].tokens, b[i].tokens);
            QVERIFY2(close(a[i].loss, b[i].loss) && close(a[i].lr, b[i].lr)
                    && close(a[i].gradNorm, b[i].gradNorm) && close(a[i].valLoss, b[i].valLoss),
                qPrintable(QString("line %1 (step %2): loss %3 vs %4, val %5 vs %6")
                               .arg(i + 1)
                               .arg(a[i].step)
                               .arg(a[i].loss, 0, 'g', 17)
                               .arg(b[i].loss, 0, 'g', 17)
                               .arg(a[i].valLoss, 0, 'g', 17)
                               .arg(b[i].valLoss, 0, 'g', 17)));
        }
    }

    void compareAdapters(const QString &a, const QString &b)
    {
        auto model = sb::loadModel(m_model.toStdString());
        QVERIFY(model.ok());
        auto la = sb::loadLoraAdapterPeft(a.toStdString(), model.value().weights.config);
        auto lb = sb::loadLoraAdapterPeft(b.toStdString(), model.value().weights.config);
        QVERIFY2(la.ok(), la.ok() ? "" : la.error().message.c_str());
        QVERIFY2(lb.ok(), lb.ok() ? "" : lb.error().message.c_str());
        std::vector<const std::vector<float> *> ta, tb;
        la.value().forEachTensor([&](const std::vector<float> &v) { ta.push_back(&v); });
        lb.value().forEachTensor([&](const std::vector<float> &v) { tb.push_back(&v); });
        QCOMPARE(ta.size(), tb.size());
        QVERIFY(!ta.empty());
        for (size_t i = 0; i < ta.size(); ++i) {
            QCOMPARE(ta[i]->size(), tb[i]->size());
            for (size_t j = 0; j < ta[i]->size(); ++j)
                QVERIFY2(
                    std::fabs((*ta[i])[j] - (*tb[i])[j]) <= 1e-6f * std::max(1.0f, std::fabs((*ta[i])[j])),
                    qPrintable(QString("tensor %1 element %2").arg(i).arg(j)));
        }
    }

    static qint64 stepsOf(const std::vector<LogLine> &log)
    {
        qint64 n = 0;
        for (const LogLine &l : log)
            n = std::max(n, l.step);
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_model = path("model");
        QCOMPARE(
            runCli({ "make-test-model", "--out", m_model, "--layers", "2", "--hidden", "64", "--heads", "4",
                "--kv-heads", "2", "--ffn", "128", "--vocab", "300", "--seed", "5", "--dtype", "f32" }),
            QString());
        // 30 plain-text records of 1 to 12 words (about 5 to 80 tokens): some longer than
        // --seq-len (truncated).
        m_data = path("data.jsonl");
        QFile f(m_data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const char *words[] = { "alpha", "beta", "gamma", "delta", "switch", "board", "lora", "tiny" };
        for (int r = 0; r < 30; ++r) {
            QString text;
            const int n = 1 + (r * 7) % 12;
            for (int w = 0; w < n; ++w)
                text += QString::fromLatin1(words[(r * 7 + w * 3) % 8]) + ' ';
            f.write(QJsonDocument(QJsonObject { { "text", text.trimmed() } }).toJson(QJsonDocument::Compact)
                + '\n');
        }
        f.close();
        QCOMPARE(runCli(trainArgs(path("reference"))), QString());
        const auto log = readLog(path("reference"));
        QVERIFY(stepsOf(log) >= 20); // long enough to be killed mid-run
    }

    void resumeAfterSigkillMatchesAnUninterruptedRun_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("killAfterStep");
        QTest::addRow("cpu, mid-step") << "cpu" << 3;
        QTest::addRow("cpu, during a checkpoint") << "cpu" << 4;
        QTest::addRow("cpu, later, twice") << "cpu" << 9;
        QTest::addRow("vulkan, mid-step") << "vulkan" << 3;
    }

    void resumeAfterSigkillMatchesAnUninterruptedRun()
    {
        QFETCH(QString, backend);
        QFETCH(int, killAfterStep);
        QString referenceDir = path("reference");
        if (backend == QLatin1String("vulkan")) {
            QProcess devices;
            devices.start(QStringLiteral(SB_CLI_PATH), { "devices" });
            QVERIFY(devices.waitForFinished(60000));
            if (devices.exitCode() == 3)
                QSKIP(qPrintable("no Vulkan device on this machine: "
                    + QString::fromUtf8(devices.readAllStandardError())));
            // The Vulkan backend is deterministic too (fixed reduction order): its own reference.
            referenceDir = path("reference-vulkan");
            QCOMPARE(runCli(trainArgs(referenceDir, 7, backend), 600000), QString());
        }
        const QString out = path(QStringLiteral("killed-%1-%2").arg(backend).arg(killAfterStep));
        const QStringList args = trainArgs(out, 7, backend);
        const auto reference = readLog(referenceDir);
        const qint64 total = stepsOf(reference);

        // Kill twice for the last row: the resumed run is itself killed and resumed.
        const int kills = killAfterStep == 9 ? 2 : 1;
        for (int k = 0; k < kills; ++k) {
            const qint64 killAt = killAfterStep + 6 * k;
            QProcess p;
            p.start(QStringLiteral(SB_CLI_PATH), k == 0 ? args : args + QStringList { "--resume" });
            QVERIFY(p.waitForStarted());
            while (p.state() != QProcess::NotRunning && lastLoggedStep(out) < killAt)
                p.waitForFinished(1); // polls every millisecond
            QVERIFY2(p.state() != QProcess::NotRunning,
                "the run ended before it could be killed: make the test run longer");
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            QVERIFY(lastLoggedStep(out) < total);
        }
        QVERIFY(QFile::exists(QDir(out).filePath("trainer_state.bin")));

        QProcess p;
        p.start(QStringLiteral(SB_CLI_PATH), args + QStringList { "--resume" });
        QVERIFY(p.waitForFinished(600000));
        const QString stdOut = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
            qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(stdOut.contains("resumed at step "), qPrintable(stdOut));
        for (const QString &line : stdOut.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("resumed at step ")))
                qInfo("killed after step %lld was logged; %s", qlonglong(killAfterStep), qPrintable(line));

        compareLogs(readLog(out), reference);
        compareAdapters(out, referenceDir);
    }

    void sameSeedReproducesAnotherSeedDiffers()
    {
        QCOMPARE(runCli(trainArgs(path("same"))), QString());
        compareLogs(readLog(path("same")), readLog(path("reference")));
        compareAdapters(path("same"), path("reference"));

        QCOMPARE(runCli(trainArgs(path("other"), 8)), QString());
        const auto a = readLog(path("reference")), b = readLog(path("other"));
        bool differs = a.size() != b.size();
        for (size_t i = 0; !differs && i < a.size(); ++i)
            differs = !close(a[i].loss, b[i].loss);
        QVERIFY(differs);
    }

    void theAppFindsAndResumesACliRun()
    {
        // The Fine-tune area's FineTuneJob reads the CLI's run file, state and log.
        const QString bucketed = path("reference");
        QVERIFY(sb::FineTuneJob::hasCheckpoint(bucketed));
        auto settings = sb::FineTuneJob::readSettings(bucketed);
        QVERIFY2(settings.ok(), settings.ok() ? "" : settings.error().message.c_str());
        QCOMPARE(settings.value().trainer.seed, uint64_t(7));
        QCOMPARE(settings.value().trainer.batch, int64_t(2));
        QCOMPARE(settings.value().trainer.lora.rank, int64_t(4));
        QCOMPARE(settings.value().seqLen, int64_t(64));
        QCOMPARE(settings.value().trainer.bucketWindow, int64_t(2)); // the run file carries bucketing now
        const auto log = readLog(bucketed);
        QCOMPARE(sb::FineTuneJob::checkpointStep(bucketed), stepsOf(log));
        QCOMPARE(qint64(sb::FineTuneJob::readLog(bucketed).size()), qint64(log.size()));

        // A run without bucketing too: the app resumes it.
        const QString plain = path("for-app");
        QStringList args = trainArgs(plain);
        const qsizetype bucket = args.indexOf(QStringLiteral("--bucket"));
        args.remove(bucket, 2);
        QCOMPARE(runCli(args), QString());
        auto s = sb::FineTuneJob::readSettings(plain);
        QVERIFY(s.ok());
        auto job = sb::FineTuneJob::create(s.value());
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().message.c_str());
        auto resumed = job.value()->resume();
        QVERIFY2(resumed.ok(), resumed.ok() ? "" : resumed.error().message.c_str());
        QVERIFY(job.value()->trainer().finished());
        QCOMPARE(job.value()->trainer().stepsDone(), stepsOf(readLog(plain)));
    }

    void finetuneMergeWritesAModel()
    {
        const QString merged = path("merged");
        QCOMPARE(runCli({ "finetune", "merge", "--model", m_model, "--adapter", path("reference"), "--out",
                     merged, "--dtype", "f32" }),
            QString());
        auto m = sb::loadModel(merged.toStdString());
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().message.c_str());
        QCOMPARE(m.value().weights.config.numLayers, int64_t(2));
    }

    void backendChoiceWithoutAVulkanDriver()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("VK_ICD_FILENAMES", "/nonexistent/icd.json");
        env.insert("VK_DRIVER_FILES", "/nonexistent/icd.json");
        QStringList args = trainArgs(path("nodriver"));
        const int backend = int(args.indexOf(QStringLiteral("--backend"))) + 1;

        args[backend] = QStringLiteral("vulkan"); // asked for: an error
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SB_CLI_PATH), args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!QString::fromUtf8(p.readAllStandardError()).trimmed().isEmpty());
        QVERIFY(!QFile::exists(QDir(path("nodriver")).filePath("trainer_state.bin")));

        args[backend] = QStringLiteral("auto"); // the CPU reference, with a notice
        p.start(QStringLiteral(SB_CLI_PATH), args);
        QVERIFY(p.waitForFinished(120000));
        const QString stdOut = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(stdOut.contains("notice: ") && stdOut.contains("on CPU reference"), qPrintable(stdOut));
        // Records over --seq-len are counted in a warning.
        const QString stdErr = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(
            stdErr.contains(QRegularExpression("warning: \\d+ of 30 records are longer than --seq-len 64")),
            qPrintable(stdErr));
        compareLogs(readLog(path("nodriver")), readLog(path("reference")));
    }

    void badBackendIsAUsageError()
    {
        QStringList args = trainArgs(path("bad"));
        args[args.indexOf(QStringLiteral("--backend")) + 1] = QStringLiteral("tpu");
        QProcess p;
        p.start(QStringLiteral(SB_CLI_PATH), args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(
            QString::fromUtf8(p.readAllStandardError()).contains("--backend must be cpu, vulkan or auto"));
    }
};

QTEST_GUILESS_MAIN(TestFinetuneResume)
#include "TestFinetuneResume.moc"
