// switchboard-cli as a user runs it: a real process, its exit codes and output.
#include <QtTest>

class TestCli : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(
        const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SB_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return {};
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({ "--version" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("switchboard-cli " SB_VERSION));
    }

    void helpListsCommands()
    {
        const Run r = run({ "--help" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: switchboard-cli"));
        QVERIFY(r.out.contains("devices"));
    }

    void unknownCommandIsAUsageError()
    {
        const Run r = run({ "frobnicate" });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown command 'frobnicate'"));
    }

    // `bench model --backend cpu` measures the fast CPU backend (not a Vulkan device) and reports the
    // same figures: prefill/decode medians, bytes per token and the read-bandwidth roofline;
    // `--backend cpu-reference` measures the reference.
    void benchModelOnTheCpu()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("m"));
        QCOMPARE(run({ "make-test-model", "--out", model, "--layers", "2", "--hidden", "64", "--heads", "4",
                         "--kv-heads", "2", "--ffn", "128", "--vocab", "300" })
                     .exitCode,
            0);
        const Run r = run({ "bench", "model", "--model", model, "--backend", "cpu", "--threads", "1",
            "--prompt-tokens", "16", "--gen-tokens", "4", "--runs", "2", "--json" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("device").toString(), QStringLiteral("CPU"));
        QVERIFY2(o.value("kernels").toString().contains("kernels, 1 threads"), qPrintable(r.out));
        QCOMPARE(o.value("threads").toInt(), 1);
        QVERIFY(o.value("read_gbps").toDouble() > 0);
        const Run ref = run({ "bench", "model", "--model", model, "--backend", "cpu-reference", "--threads",
            "1", "--prompt-tokens", "8", "--gen-tokens", "2", "--runs", "1", "--json" });
        QVERIFY2(ref.exitCode == 0, qPrintable(ref.err));
        QCOMPARE(QJsonDocument::fromJson(ref.out.toUtf8()).object().value("device").toString(),
            QStringLiteral("CPU reference"));
        QCOMPARE(o.value("prompt_tokens").toInt(), 16);
        QVERIFY(o.value("prefill_tokens_per_s").toDouble() > 0);
        QVERIFY(o.value("decode_tokens_per_s").toDouble() > 0);
        QVERIFY(o.value("weight_bytes_per_token").toDouble() > 0);
        QVERIFY(o.value("roofline_fraction").toDouble() > 0);
    }

    // `bench model` and `generate` say which device runs and why (engine/runtime/DevicePlan.h):
    // without a Vulkan driver the automatic choice is the CPU backend, with the reason on stderr;
    // on this machine's devices it follows the same rule (a software device is passed over).
    void benchAndGenerateSayWhichDeviceAndWhy()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("m"));
        QCOMPARE(run({ "make-test-model", "--out", model, "--layers", "2", "--hidden", "64", "--heads", "4",
                         "--kv-heads", "2", "--ffn", "128", "--vocab", "300" })
                     .exitCode,
            0);
        QProcessEnvironment noDriver = QProcessEnvironment::systemEnvironment();
        noDriver.insert("VK_ICD_FILENAMES", "/nonexistent/icd.json");
        noDriver.insert("VK_DRIVER_FILES", "/nonexistent/icd.json");
        const QStringList bench { "bench", "model", "--model", model, "--threads", "1", "--prompt-tokens",
            "8", "--gen-tokens", "2", "--runs", "1", "--context", "64", "--json" };
        const Run cpu = run(bench, noDriver);
        QVERIFY2(cpu.exitCode == 0, qPrintable(cpu.err));
        QVERIFY2(cpu.err.contains("backend: Vulkan unavailable ("), qPrintable(cpu.err));
        QVERIFY2(cpu.err.contains("running on the CPU backend"), qPrintable(cpu.err));
        QCOMPARE(QJsonDocument::fromJson(cpu.out.toUtf8()).object().value("device").toString(),
            QStringLiteral("CPU"));

        const Run here = run(bench);
        QVERIFY2(here.exitCode == 0, qPrintable(here.err));
        QVERIFY2(here.err.contains("backend: "), qPrintable(here.err));
        const bool software = here.err.contains("is a software implementation; the CPU backend is faster");
        const bool gpu = here.err.contains("backend: Vulkan device ");
        QVERIFY2(software || gpu || here.err.contains("Vulkan unavailable"), qPrintable(here.err));
        if (software)
            QCOMPARE(QJsonDocument::fromJson(here.out.toUtf8()).object().value("device").toString(),
                QStringLiteral("CPU"));

        const Run gen = run({ "generate", "--model", model, "--prompt", "hi", "--max-tokens", "2",
                                "--context", "4096", "--temperature", "0" },
            noDriver);
        QVERIFY2(gen.exitCode == 0, qPrintable(gen.err));
        QVERIFY2(gen.err.contains("backend: cpu (Vulkan unavailable ("), qPrintable(gen.err));
    }

    // The Vulkan kernel-path flags: a wrong value names the flag and its choices; on the device,
    // bench model says which paths ran (int8 dot products forced on, the others off).
    void kernelPathFlags()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("m.gguf"));
        QCOMPARE(
            run({ "make-test-model", "--out", model, "--format", "gguf", "--dtype", "q8_0", "--layers", "2",
                    "--hidden", "64", "--heads", "4", "--kv-heads", "2", "--ffn", "128", "--vocab", "300" })
                .exitCode,
            0);
        const Run bad = run({ "bench", "model", "--model", model, "--coop-matrix", "sometimes" });
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("--coop-matrix must be gpu, always, never (got 'sometimes')"),
            qPrintable(bad.err));
        const Run badDot = run({ "bench", "model", "--model", model, "--int8-dot", "yes" });
        QVERIFY2(
            badDot.err.contains("--int8-dot must be accelerated, always, never"), qPrintable(badDot.err));
        if (run({ "devices" }).exitCode == 3)
            QSKIP("no Vulkan device on this machine");
        const Run r = run({ "bench", "model", "--model", model, "--backend", "vulkan", "--prompt-tokens", "8",
            "--gen-tokens", "2", "--runs", "1", "--context", "64", "--int8-dot", "always", "--subgroups",
            "never", "--coop-matrix", "never", "--json" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("kernels").toString(),
            QStringLiteral("subgroups off, int8 dot on, cooperative matrix off"));
    }

    void devicesListsTheDevices()
    {
        const Run r = run({ "devices" });
        if (r.exitCode == 3)
            QSKIP(qPrintable("no Vulkan device on this machine: " + r.err));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("[0] "));
        QVERIFY(r.out.contains("subgroup size:"));
        QVERIFY(r.out.contains("maxStorageBufferRange:"));
        QVERIFY(r.out.contains("fp16 arithmetic:"));
        QVERIFY(r.out.contains("(selected by default)"));
    }

    void devicesWithoutLoaderFailsClearly()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("SB_VULKAN_LIBRARY", "/nonexistent/libvulkan.so.1");
        const Run r = run({ "devices" }, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("no Vulkan loader found"), qPrintable(r.err));
        QVERIFY(r.err.contains("CPU"));
    }

    void devicesWithoutDriverFailsClearly()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("VK_ICD_FILENAMES", "/nonexistent/icd.json");
        env.insert("VK_DRIVER_FILES", "/nonexistent/icd.json");
        const Run r = run({ "devices" }, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(!r.err.isEmpty(), "expected an explanation on stderr");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
