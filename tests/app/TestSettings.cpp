// The Settings dialog as a person uses it: theme and font size change the running app at once,
// language and data folder are remembered for the next start (the folder checked writable), the
// Vulkan device choice reaches the engine's device selection; the data folder override (option,
// environment, setting) is where AppServices and the chat put their files.
#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

#include "app/common/ConversationStore.h"
#include "app/common/DataPaths.h"
#include "app/common/Settings.h"
#include "app/gui/AppServices.h"
#include "app/gui/MainWindow.h"
#include "app/gui/models/ModelsArea.h"
#include "app/gui/settings/Appearance.h"
#include "app/gui/settings/SettingsDialog.h"
#include "app/local/EngineLocalProvider.h"
#include "engine/model/TinyModel.h"
#include "engine/vulkan/DeviceInfo.h"
#include "router/keys/KeyStore.h"

using namespace sb;

class TestSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model;
    QPalette m_systemPalette;
    QFont m_systemFont;

    QString makeTinyModel()
    {
        if (m_model.isEmpty()) {
            TinyModelOptions options;
            options.config = TinyModelOptions::tinyModelConfig(128256);
            options.tokenizerJsonPath = SB_TEST_DATA_DIR "/smollm3/tokenizer.json";
            const QString path = m_dir.filePath(QStringLiteral("tiny"));
            if (writeTinyModelHf(options, path.toStdString()).ok())
                m_model = path;
        }
        return m_model;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestSettings"));
        QSettings().clear();
        qunsetenv(dataPaths::kEnvironmentVariable);
        m_systemPalette = QApplication::palette();
        m_systemFont = QApplication::font();
        appearance::applyFromSettings(); // remembers the platform look; the defaults change nothing
        QCOMPARE(QApplication::palette(), m_systemPalette);
    }

    void cleanup()
    {
        dataPaths::setOverride(QString());
        qunsetenv(dataPaths::kEnvironmentVariable);
    }

    void themeChangesThePaletteLive_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<bool>("darkWindow");
        QTest::addRow("dark") << QStringLiteral("dark") << true;
        QTest::addRow("light") << QStringLiteral("light") << false;
    }

    void themeChangesThePaletteLive()
    {
        QFETCH(QString, theme);
        QFETCH(bool, darkWindow);
        SettingsDialog dialog;
        QWidget someWidget; // an existing widget follows the application palette
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(theme));
        QCOMPARE(Settings().theme(), theme);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        const QColor window = QApplication::palette().color(QPalette::Window);
        QCOMPARE(window.lightness() < 100, darkWindow);
        QTRY_COMPARE(someWidget.palette().color(QPalette::Window), window); // delivered as an event
        const QColor text = QApplication::palette().color(QPalette::Text);
        QVERIFY2(std::abs(text.lightness() - QApplication::palette().color(QPalette::Base).lightness()) > 150,
            "text must stand out from its background");
        QCOMPARE(QApplication::palette(),
            theme == QLatin1String("dark") ? appearance::darkPalette() : appearance::lightPalette());

        // Back to the platform's own look.
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("system")));
        QCOMPARE(Settings().theme(), QStringLiteral("system"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
        // A new dialog shows what was saved.
        Settings().setValue(Settings::Key::Theme, theme);
        SettingsDialog again;
        QCOMPARE(again.themeBox()->currentData().toString(), theme);
        Settings().setValue(Settings::Key::Theme, QStringLiteral("system"));
    }

    void themeFromSettingsAtStart()
    {
        Settings().setValue(Settings::Key::Theme, QStringLiteral("dark"));
        appearance::applyFromSettings();
        QCOMPARE(QApplication::palette().color(QPalette::Window),
            appearance::darkPalette().color(QPalette::Window));
        appearance::applyTheme(appearance::Theme::System);
        Settings().setValue(Settings::Key::Theme, QStringLiteral("system"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
    }

    void fontSizeChangesTheAppFont()
    {
        SettingsDialog dialog;
        QLabel label(QStringLiteral("text"));
        dialog.fontSizeBox()->setValue(17);
        QCOMPARE(QApplication::font().pointSize(), 17);
        QTRY_COMPARE(label.font().pointSize(), 17); // delivered as an event
        QCOMPARE(Settings().fontSize(), 17);
        QLabel later(QStringLiteral("made after the change"));
        QCOMPARE(later.font().pointSize(), 17);

        dialog.fontSizeBox()->setValue(SettingsDialog::kSystemFontSize);
        QCOMPARE(Settings().fontSize(), 0);
        QCOMPARE(QApplication::font().pointSize(), m_systemFont.pointSize());
        QVERIFY(dialog.fontSizeBox()->text().startsWith(QStringLiteral("System")));

        Settings().setValue(Settings::Key::FontSize, 13);
        appearance::applyFromSettings();
        QCOMPARE(QApplication::font().pointSize(), 13);
        SettingsDialog again;
        QCOMPARE(again.fontSizeBox()->value(), 13);
        appearance::applyFontSize(0);
        Settings().setValue(Settings::Key::FontSize, 0);
    }

    void languageIsRemembered_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        for (const auto &[code, name] : SettingsDialog::languages())
            if (!code.isEmpty())
                QTest::addRow("%s", qPrintable(code)) << code << name;
    }

    void languageIsRemembered()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        {
            SettingsDialog dialog;
            auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
            QVERIFY(note);
            QVERIFY(note->isHidden());
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(code));
            QCOMPARE(dialog.languageBox()->currentText(), name);
            QVERIFY(!note->isHidden());
            QVERIFY(note->text().contains(QStringLiteral("restart")));
        }
        QCOMPARE(Settings().uiLanguage(), code);
        SettingsDialog again;
        QCOMPARE(again.languageBox()->currentData().toString(), code);
        QCOMPARE(again.languageBox()->currentText(), name);
    }

    void dataDirectoryOverrideIsUsedByAppServices()
    {
        QTemporaryDir dir;
        dataPaths::setOverride(dir.path());
        QCOMPARE(dataPaths::directory(), QDir::cleanPath(dir.path()));
        InMemoryKeyStore keys;
        {
            AppServices services({}, {}, &keys);
            QVERIFY(services.ledger());
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("ledger.sqlite"))));
        QCOMPARE(ConversationStore::defaultPath(),
            QDir(dir.path()).filePath(QStringLiteral("conversations.sqlite")));
        QCOMPARE(dataPaths::modelsDirectory(), QDir(dir.path()).filePath(QStringLiteral("models")));
        QVERIFY(QFileInfo(dataPaths::modelsDirectory()).isDir());
    }

    void dataDirectoryFromEnvironmentAndSettings()
    {
        QTemporaryDir fromEnv, fromSettings;
        // The Settings dialog's choice...
        Settings().setValue(Settings::Key::DataDirectory, fromSettings.path());
        dataPaths::setOverride(QString());
        QCOMPARE(dataPaths::directory(), QDir::cleanPath(fromSettings.path()));
        InMemoryKeyStore keys;
        {
            AppServices services({}, {}, &keys);
        }
        QVERIFY(QFile::exists(QDir(fromSettings.path()).filePath(QStringLiteral("ledger.sqlite"))));
        // ...is latched: changing it while running applies at the next start only.
        Settings().setValue(Settings::Key::DataDirectory, fromEnv.path());
        QCOMPARE(dataPaths::directory(), QDir::cleanPath(fromSettings.path()));
        QCOMPARE(dataPaths::resolve(), QDir::cleanPath(fromEnv.path()));
        // The environment wins over the setting.
        Settings().setValue(Settings::Key::DataDirectory, fromSettings.path());
        qputenv(dataPaths::kEnvironmentVariable, fromEnv.path().toUtf8());
        dataPaths::setOverride(QString());
        QCOMPARE(dataPaths::directory(), QDir::cleanPath(fromEnv.path()));
        {
            AppServices services({}, {}, &keys);
        }
        QVERIFY(QFile::exists(QDir(fromEnv.path()).filePath(QStringLiteral("ledger.sqlite"))));
        // Nothing set: the platform's folder.
        qunsetenv(dataPaths::kEnvironmentVariable);
        Settings().setValue(Settings::Key::DataDirectory, QString());
        dataPaths::setOverride(QString());
        QCOMPARE(
            dataPaths::directory(), QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    }

    void dataDirectoryIsCheckedWritable_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message");
        QTest::addRow("new folder") << "new/data" << true << "used from the next start";
        QTest::addRow("a file") << "file.txt" << false << "is a file, not a folder";
        QTest::addRow("under a file") << "file.txt/sub" << false << "cannot be created";
    }

    void dataDirectoryIsCheckedWritable()
    {
        QFETCH(QString, relative);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Settings().setValue(Settings::Key::DataDirectory, QString());
        SettingsDialog dialog;
        const QString target = dir.filePath(relative);
        QCOMPARE(dialog.setDataDirectory(target), accepted);
        QVERIFY2(dialog.dataDirectoryMessage().contains(message), qPrintable(dialog.dataDirectoryMessage()));
        QCOMPARE(Settings().dataDirectory(), accepted ? QDir::cleanPath(target) : QString());
        if (accepted) {
            QVERIFY(QFileInfo(target).isDir());
            QCOMPARE(dialog.dataDirectoryEdit()->text(), QDir::toNativeSeparators(QDir::cleanPath(target)));
            // "Default" goes back to the platform folder.
            dialog.findChild<QPushButton *>(QStringLiteral("defaultDataDirectory"))->click();
            QCOMPARE(Settings().dataDirectory(), QString());
            QVERIFY(dialog.dataDirectoryEdit()->text().isEmpty());
        }
        // Typing a folder and leaving the field does the same as choosing it.
        dialog.dataDirectoryEdit()->setText(dir.filePath(QStringLiteral("typed")));
        Q_EMIT dialog.dataDirectoryEdit()->editingFinished();
        QCOMPARE(Settings().dataDirectory(), QDir::cleanPath(dir.filePath(QStringLiteral("typed"))));
        Settings().setValue(Settings::Key::DataDirectory, QString());
    }

    void vulkanDeviceChoiceIsOfferedAndSaved()
    {
        Settings().setValue(Settings::Key::VulkanDevice, QString());
        SettingsDialog dialog;
        QComboBox *box = dialog.deviceBox();
        QCOMPARE(box->currentIndex(), 0);
        QCOMPARE(box->currentData().toString(), QString());
        auto devices = enumerateDevices();
        if (!devices) {
            QCOMPARE(box->count(), 1);
            QVERIFY(!box->isEnabled());
            return;
        }
        QCOMPARE(box->count(), int(devices->size()) + 1);
        QSignalSpy changed(&dialog, &SettingsDialog::vulkanDeviceChanged);
        box->setCurrentIndex(1);
        QCOMPARE(changed.count(), 1);
        const QString selector = changed.at(0).at(0).toString();
        QVERIFY(!selector.isEmpty());
        QCOMPARE(Settings().vulkanDevice(), selector);
        QVERIFY(selectDevice(devices.value(), selector.toStdString()).ok());
        Settings().setValue(Settings::Key::VulkanDevice, QString());
    }

    void vulkanDeviceChoiceReachesTheBackendSelection()
    {
        const QString model = makeTinyModel();
        QVERIFY(!model.isEmpty());
        // A device that is not there: listed as "not found", and loading names it.
        Settings().setValue(Settings::Key::VulkanDevice, QStringLiteral("no-such-gpu"));
        {
            SettingsDialog dialog;
            QCOMPARE(dialog.deviceBox()->currentText(), QStringLiteral("no-such-gpu (not found)"));
        }
        EngineLocalProvider provider;
        ModelsArea area;
        area.setLocalProvider(&provider);
        auto *backend = area.findChild<QComboBox *>(QStringLiteral("backend"));
        backend->setCurrentIndex(backend->findData(int(BackendKind::Vulkan)));
        auto *device = area.findChild<QComboBox *>(QStringLiteral("device"));
        QCOMPARE(device->currentData().toString(), QStringLiteral("no-such-gpu"));
        area.setModelPath(model);
        QSignalSpy failed(&area, &ModelsArea::loadFailed);
        area.startLoading();
        QVERIFY(failed.wait(60000));
        const QString message = failed.at(0).at(0).toString();
        if (!enumerateDevices())
            QVERIFY2(message.contains(QStringLiteral("Vulkan")), qPrintable(message));
        else
            QVERIFY2(message.contains(QStringLiteral("no-such-gpu")), qPrintable(message));

        auto devices = enumerateDevices();
        if (!devices) {
            qInfo("No Vulkan device: the loading on a chosen device is not checked (%s)",
                devices.error().message.c_str());
            return;
        }
        // A device that is there, chosen in Settings while the Models area is open.
        const QString name = QString::fromStdString(devices->front().name);
        area.setDeviceSelector(name);
        QCOMPARE(Settings().vulkanDevice(), device->currentData().toString());
        QVERIFY(device->currentText().startsWith(name));
        QSignalSpy loaded(&area, &ModelsArea::modelLoaded);
        area.startLoading();
        QVERIFY(loaded.wait(120000));
        QCOMPARE(loaded.at(0).at(1).toString(), QStringLiteral("vulkan"));
        Settings().setValue(Settings::Key::VulkanDevice, QString());
    }

    void settingsDialogDeviceChoiceReachesTheModelsArea()
    {
        Settings().setValue(Settings::Key::WelcomeDismissed, true);
        QTemporaryDir dir;
        dataPaths::setOverride(dir.path());
        MainWindow w;
        w.showSettings();
        SettingsDialog *dialog = w.settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *device
            = w.areaWidget(MainWindow::Area::Models)->findChild<QComboBox *>(QStringLiteral("device"));
        QVERIFY(device);
        const int last = dialog->deviceBox()->count() - 1;
        dialog->deviceBox()->setCurrentIndex(last);
        QCOMPARE(device->currentData().toString(), dialog->deviceBox()->currentData().toString());
        dialog->deviceBox()->setCurrentIndex(0);
        QCOMPARE(device->currentData().toString(), QString());
        dialog->close();
    }
};

QTEST_MAIN(TestSettings)
#include "TestSettings.moc"
