// The Models area's Hugging Face download panel driven as a person would, against a fake Hub on
// 127.0.0.1: list the files (sizes, total, default selection), download with progress to 100%,
// pause and resume, a gated repository explained, and the first-run path: ModelsArea's
// startDefaultDownload() fetches "SmolLM3" (a tiny model here) and "Open model" loads it.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>

#include "FakeHub.h"
#include "app/common/download/HubDownloader.h"
#include "app/gui/models/DownloadPanel.h"
#include "app/gui/models/ModelsArea.h"
#include "app/local/EngineLocalProvider.h"
#include "engine/model/TinyModel.h"

using namespace sb;
using test::FakeHub;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template <typename T> T *child(QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestDownloadPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_model; // the tiny model the fake Hub serves
    QStringList m_modelFiles;

    // Serves the tiny model's files as `repo` at main, plus a README that is not selected by default.
    void publish(FakeHub &hub, const QString &repo)
    {
        for (const QString &name : m_modelFiles)
            hub.addFile(repo, QStringLiteral("main"), name, readAll(QDir(m_model.path()).filePath(name)),
                name.endsWith(QLatin1String(".safetensors")));
        hub.addFile(repo, QStringLiteral("main"), QStringLiteral("README.md"), "# SmolLM3\n", false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestDownloadPanel"));
        TinyModelOptions options;
        options.config = TinyModelOptions::tinyModelConfig(128256);
        options.tokenizerJsonPath = SB_TEST_DATA_DIR "/smollm3/tokenizer.json";
        QVERIFY(writeTinyModelHf(options, m_model.path().toStdString()).ok());
        m_modelFiles = QDir(m_model.path()).entryList(QDir::Files, QDir::Name);
        QVERIFY(m_modelFiles.contains(QStringLiteral("model.safetensors")));
    }

    void listDownloadPauseResume()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        const QString repo = QStringLiteral("TestOrg/Tiny-SmolLM3");
        publish(hub, repo);
        QTemporaryDir dest;
        DownloadPanel panel;
        panel.setEndpoint(QUrl(hub.endpoint()));
        panel.show();

        // The defaults a person sees first.
        QCOMPARE(child<QLineEdit>(panel, "hubRepo")->text(), QStringLiteral("HuggingFaceTB/SmolLM3-3B"));
        QCOMPARE(child<QLineEdit>(panel, "hubRevision")->text(), QStringLiteral("main"));
        QVERIFY(child<QLineEdit>(panel, "hubDestination")
                    ->text()
                    .endsWith(QStringLiteral("models/HuggingFaceTB/SmolLM3-3B")));
        QVERIFY(!child<QPushButton>(panel, "hubDownload")->isEnabled());

        child<QLineEdit>(panel, "hubRepo")->clear();
        QTest::keyClicks(child<QLineEdit>(panel, "hubRepo"), repo);
        QVERIFY(child<QLineEdit>(panel, "hubDestination")
                    ->text()
                    .endsWith(QStringLiteral("models/TestOrg/Tiny-SmolLM3")));
        panel.setDestination(dest.path());
        child<QPushButton>(panel, "hubList")->click();
        auto *tree = child<QTreeWidget>(panel, "hubFiles");
        QAbstractItemModelTester tester(
            tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(tree->topLevelItemCount(), m_modelFiles.size() + 1);
        qint64 expectedBytes = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            const bool readme = item->text(0) == QLatin1String("README.md");
            QCOMPARE(item->checkState(0), readme ? Qt::Unchecked : Qt::Checked);
            QVERIFY(!item->text(1).isEmpty());
            if (!readme)
                expectedBytes += QFileInfo(QDir(m_model.path()).filePath(item->text(0))).size();
        }
        const QString total = child<QLabel>(panel, "hubTotal")->text();
        QVERIFY2(total.startsWith(QStringLiteral("%1 files selected").arg(m_modelFiles.size())),
            qPrintable(total));

        // Download slowly enough to pause half-way.
        hub.throttleBytes = 64 * 1024;
        auto *totalBar = child<QProgressBar>(panel, "hubTotalProgress");
        auto *fileBar = child<QProgressBar>(panel, "hubFileProgress");
        child<QPushButton>(panel, "hubDownload")->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.downloader()->progress().file == QLatin1String("model.safetensors")
                && panel.downloader()->progress().fileDone > 0,
            30000);
        QVERIFY(child<QPushButton>(panel, "hubPause")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "hubResume")->isEnabled());
        child<QPushButton>(panel, "hubPause")->click();
        QCOMPARE(panel.downloader()->state(), DownloadState::Paused);
        QVERIFY(child<QPushButton>(panel, "hubResume")->isEnabled());
        QVERIFY(panel.statusText().startsWith(QStringLiteral("Paused")));
        QVERIFY(totalBar->value() < 1000);
        QVERIFY(fileBar->value() < 1000);

        hub.throttleBytes = 0;
        QSignalSpy finished(&panel, &DownloadPanel::downloadFinished);
        child<QPushButton>(panel, "hubResume")->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toString(), dest.path());
        QCOMPARE(totalBar->value(), 1000);
        QCOMPARE(panel.downloader()->progress().done, expectedBytes);
        QVERIFY(child<QPushButton>(panel, "hubOpen")->isEnabled());
        for (const QString &name : m_modelFiles)
            QCOMPARE(readAll(QDir(dest.path()).filePath(name)), readAll(QDir(m_model.path()).filePath(name)));
        QVERIFY(!QFile::exists(QDir(dest.path()).filePath(QStringLiteral("README.md"))));
        // The resumed request continued with Range.
        bool ranged = false;
        for (const FakeHub::Request &r : hub.fileRequests())
            ranged = ranged || r.range.startsWith("bytes=");
        QVERIFY(ranged);
        QVERIFY(panel.statusText().contains(QStringLiteral("verified")));
    }

    void gatedRepositoryIsExplained()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        const QString repo = QStringLiteral("TestOrg/Gated");
        publish(hub, repo);
        hub.gatedRepo = repo.toUtf8();
        hub.acceptedToken = "hf_secret";
        DownloadPanel panel;
        panel.setEndpoint(QUrl(hub.endpoint()));
        panel.setRepo(repo);
        child<QPushButton>(panel, "hubList")->click();
        QTRY_VERIFY(!panel.errorText().isEmpty());
        QVERIFY2(panel.errorText().contains(QStringLiteral("token")) && panel.errorText().contains(repo),
            qPrintable(panel.errorText()));
        QVERIFY(!child<QPushButton>(panel, "hubDownload")->isEnabled());
    }

    void defaultDownloadThenOpenModel()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        publish(hub, HubRepo::defaultRepo());
        qputenv("SB_HF_ENDPOINT", hub.endpoint().toUtf8());
        QTemporaryDir dest;
        EngineLocalProvider provider;
        ModelsArea area;
        area.setLocalProvider(&provider);
        auto *backend = child<QComboBox>(area, "backend");
        backend->setCurrentIndex(backend->findData(int(BackendKind::Cpu)));
        area.downloadPanel()->setDestination(dest.path());
        QSignalSpy finished(area.downloadPanel(), &DownloadPanel::downloadFinished);
        QSignalSpy loaded(&area, &ModelsArea::modelLoaded);
        area.startDefaultDownload();
        QVERIFY(finished.wait(30000));
        qunsetenv("SB_HF_ENDPOINT");
        QVERIFY(hub.requests.first().path.startsWith("/api/models/HuggingFaceTB/SmolLM3-3B/tree/main"));
        QVERIFY(child<QPushButton>(area, "hubOpen")->isEnabled());
        child<QPushButton>(area, "hubOpen")->click();
        QVERIFY2(loaded.wait(60000), qPrintable(area.statusText()));
        QCOMPARE(provider.modelPath(), dest.path());
        QVERIFY(provider.canServe(QStringLiteral("smollm3-3b")));
    }
};

QTEST_MAIN(TestDownloadPanel)
#include "TestDownloadPanel.moc"
