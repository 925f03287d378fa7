// Loading a local model from the Models area as a person would: path, backend, Load, progress,
// what was loaded; a broken path is reported in the area, not a crash.
#include <QLabel>
#include <QtTest>

#include <QComboBox>
#include <QPushButton>

#include "app/gui/models/ModelsArea.h"
#include "app/local/EngineLocalProvider.h"
#include "engine/model/TinyModel.h"
#include "engine/runtime/DevicePlan.h"
#include "engine/vulkan/DeviceInfo.h"

using namespace sb;

class TestModelsArea : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model;

private:
    static QString detailsText(const ModelsArea &area)
    {
        QStringList parts;
        for (const QLabel *l : area.findChildren<QLabel *>())
            parts << l->text();
        return parts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestModelsArea"));
        TinyModelOptions options;
        options.config = TinyModelOptions::tinyModelConfig(128256);
        options.tokenizerJsonPath = SB_TEST_DATA_DIR "/smollm3/tokenizer.json";
        m_model = m_dir.path() + "/tiny";
        QVERIFY(writeTinyModelHf(options, m_model.toStdString()).ok());
    }

    void loadsOnTheCpuAndShowsDetails()
    {
        EngineLocalProvider provider;
        ModelsArea area;
        area.setLocalProvider(&provider);
        QSignalSpy loaded(&area, &ModelsArea::modelLoaded);
        auto *backend = area.findChild<QComboBox *>(QStringLiteral("backend"));
        QVERIFY(backend);
        backend->setCurrentIndex(backend->findData(int(BackendKind::Cpu)));
        area.setModelPath(m_model);
        area.findChild<QPushButton *>(QStringLiteral("loadButton"))->click();
        QVERIFY(area.isLoading());
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.at(0).at(1).toString(), QStringLiteral("cpu"));
        QVERIFY(provider.canServe(QStringLiteral("smollm3-3b")));
        QVERIFY2(area.statusText().contains(QStringLiteral("cpu backend")), qPrintable(area.statusText()));
        const LocalModelInfo info = provider.modelInfo();
        QCOMPARE(info.layers, 4);
        QCOMPARE(info.vocabSize, 128256);
        QVERIFY(info.parameters > 8'000'000);
        QCOMPARE(info.format, QStringLiteral("safetensors"));
        QCOMPARE(info.name, QStringLiteral("tiny"));
        QCOMPARE(info.quantisation, QStringLiteral("BF16"));
        QCOMPARE(info.device, QStringLiteral("CPU"));
        QCOMPARE(info.deviceBytes, quint64(0));
        // The fast CPU backend says which SIMD kernels run (AVX-512 VNNI, AVX2 or portable).
        QVERIFY(!info.kernels.isEmpty());
        QVERIFY(detailsText(area).contains(QStringLiteral("none (runs on the CPU)")));
        QVERIFY2(detailsText(area).contains(info.kernels), qPrintable(detailsText(area)));
        QVERIFY2(detailsText(area).contains(QStringLiteral("the CPU backend was asked for")),
            qPrintable(detailsText(area)));
        // The path is remembered for the next start.
        QCOMPARE(QSettings().value(QStringLiteral("engine/localModelPath")).toString(), m_model);
    }

    // On a Vulkan device (lavapipe in CI) the details name the device and the memory held there:
    // at least the weights, plus the KV cache and work buffers.
    void loadsOnVulkanAndShowsDeviceMemory()
    {
        if (auto devices = enumerateDevices(); !devices || devices->empty())
            QSKIP("no Vulkan device on this machine");
        EngineLocalProvider provider;
        ModelsArea area;
        area.setLocalProvider(&provider);
        QSignalSpy loaded(&area, &ModelsArea::modelLoaded);
        QSignalSpy failed(&area, &ModelsArea::loadFailed);
        auto *backend = area.findChild<QComboBox *>(QStringLiteral("backend"));
        backend->setCurrentIndex(backend->findData(int(BackendKind::Vulkan)));
        area.setModelPath(m_model);
        area.findChild<QPushButton *>(QStringLiteral("loadButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 120000);
        QVERIFY2(loaded.count() == 1, qPrintable(area.statusText()));
        const LocalModelInfo info = provider.modelInfo();
        QVERIFY(!info.device.isEmpty() && info.device != QStringLiteral("CPU"));
        QVERIFY2(info.deviceBytes > info.weightBytes / 2, qPrintable(QString::number(info.deviceBytes)));
        QVERIFY2(detailsText(area).contains(info.device), qPrintable(detailsText(area)));
        QVERIFY2(detailsText(area).contains(QStringLiteral("MiB")), qPrintable(detailsText(area)));
        // Which fast paths run: a CPU device like lavapipe keeps the default fp32 kernels.
        QVERIFY2(info.kernels.startsWith(QStringLiteral("subgroups ")), qPrintable(info.kernels));
        const auto devices = enumerateDevices();
        const bool onCpuDevice = std::any_of(devices->begin(), devices->end(), [&](const DeviceInfo &d) {
            return QString::fromStdString(d.name) == info.device && d.type == DeviceType::Cpu
                && !d.integerDotProductAccelerated;
        });
        if (onCpuDevice)
            QCOMPARE(info.kernels, QStringLiteral("subgroups off, int8 dot off, cooperative matrix off"));
        QVERIFY2(detailsText(area).contains(info.kernels), qPrintable(detailsText(area)));
    }

    // The automatic choice says which device runs and why: a software Vulkan device (lavapipe in
    // CI) is passed over for the CPU backend, a GPU is used, no device at all means the CPU; the
    // area shows the reason the engine's rule (engine/runtime/DevicePlan.h) gives.
    void automaticBackendSaysWhichDeviceAndWhy()
    {
        const auto devices = enumerateDevices();
        auto plan = planDevice(BackendKind::Auto, devices, std::string());
        QVERIFY(plan.ok());
        EngineLocalProvider provider;
        ModelsArea area;
        area.setLocalProvider(&provider);
        QSignalSpy loaded(&area, &ModelsArea::modelLoaded);
        QSignalSpy failed(&area, &ModelsArea::loadFailed);
        auto *backend = area.findChild<QComboBox *>(QStringLiteral("backend"));
        backend->setCurrentIndex(backend->findData(int(BackendKind::Auto)));
        area.setModelPath(m_model);
        area.findChild<QPushButton *>(QStringLiteral("loadButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 120000);
        QVERIFY2(loaded.count() == 1, qPrintable(area.statusText()));
        const QString details = detailsText(area);
        QCOMPARE(
            loaded.at(0).at(1).toString(), plan->vulkan ? QStringLiteral("vulkan") : QStringLiteral("cpu"));
        QVERIFY2(details.contains(QStringLiteral("Why this device:")), qPrintable(details));
        QVERIFY2(details.contains(QString::fromStdString(plan->reason)), qPrintable(details));
        QCOMPARE(provider.backendReason(), QString::fromStdString(plan->reason));
        const bool onlySoftware = devices && !devices->empty()
            && std::all_of(devices->begin(), devices->end(),
                [](const DeviceInfo &d) { return d.type == DeviceType::Cpu; });
        if (onlySoftware) {
            QCOMPARE(loaded.at(0).at(1).toString(), QStringLiteral("cpu"));
            QVERIFY2(
                details.contains(QStringLiteral("is a software implementation; the CPU backend is faster")),
                qPrintable(details));
            // Worth a note in the status line too: Vulkan was there but not used.
            QVERIFY2(area.statusText().contains(QStringLiteral("software implementation")),
                qPrintable(area.statusText()));
        }
    }

    void brokenModelIsReported()
    {
        ModelsArea area;
        QSignalSpy failed(&area, &ModelsArea::loadFailed);
        area.setModelPath(m_dir.path() + "/does-not-exist");
        area.startLoading();
        QVERIFY(failed.wait(30000));
        QVERIFY(area.statusText().startsWith(QStringLiteral("Could not load the model")));
        QVERIFY(area.statusText().contains(QStringLiteral("does-not-exist")));
        QVERIFY(!area.localProvider()->isLoaded());
    }
};

QTEST_MAIN(TestModelsArea)
#include "TestModelsArea.moc"
