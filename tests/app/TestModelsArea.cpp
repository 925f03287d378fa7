// Loading a local model from the Models area as a person would: path, backend, Load, progress,
// what was loaded; a broken path is reported in the area, not a crash.
#include <QtTest>

#include <QComboBox>
#include <QPushButton>

#include "gui/areas/ModelsArea.h"
#include "local/EngineLocalProvider.h"
#include "model/TinyModel.h"

using namespace sb;

class TestModelsArea : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model;

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
        // The path is remembered for the next start.
        QCOMPARE(QSettings().value(QStringLiteral("engine/localModelPath")).toString(), m_model);
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
