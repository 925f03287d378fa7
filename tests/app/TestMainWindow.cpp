// The main window as a person meets it: five areas, navigation, saved window state, About dialog,
// translations. Real widgets under QT_QPA_PLATFORM=offscreen.
#include <QtTest>

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTranslator>

#include "app/common/Settings.h"
#include "app/gui/AboutDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Translations.h"

using namespace sb;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
        QSettings().clear();
    }

    void hasTheFiveAreas()
    {
        MainWindow w;
        QListWidget *nav = w.navigation();
        QCOMPARE(nav->count(), 5);
        const QStringList expected { "Chat", "Models", "Fine-tune", "Providers & Budgets",
            "Usage & Billing" };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(nav->item(i)->text(), expected[i]);
        QCOMPARE(w.areaWidget(MainWindow::Area::Usage)->objectName(), QStringLiteral("UsageArea"));
    }

    void navigationSwitchesArea()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.navigation()->setCurrentRow(3);
        QCOMPARE(w.currentArea(), MainWindow::Area::Providers);
        w.showArea(MainWindow::Area::FineTune);
        QCOMPARE(w.currentArea(), MainWindow::Area::FineTune);
        auto *stack = w.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("FineTuneArea"));
    }

    void windowStateIsSavedAndRestored()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(900, 640);
            w.showArea(MainWindow::Area::Usage);
            w.close();
        }
        Settings settings;
        QVERIFY(!settings.windowGeometry().isEmpty());
        QCOMPARE(settings.lastArea(), int(MainWindow::Area::Usage));
        MainWindow again;
        QCOMPARE(again.currentArea(), MainWindow::Area::Usage);
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void aboutNamesVersionAndDevice()
    {
        AboutDialog about;
        const QString device = about.deviceText();
        QVERIFY2(device.startsWith("Vulkan device: ") || device.startsWith("No Vulkan device"),
            qPrintable(device));
        bool hasVersion = false;
        for (QLabel *l : about.findChildren<QLabel *>())
            hasVersion |= l->text().contains(QStringLiteral(SB_VERSION));
        QVERIFY(hasVersion);
    }

    void germanTranslationIsApplied()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
        MainWindow w;
        QCOMPARE(w.navigation()->item(4)->text(), QStringLiteral("Nutzung & Abrechnung"));
        QCOMPARE(w.navigation()->item(2)->text(), QStringLiteral("Feinabstimmung"));
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    }

    void everyShippedLanguageIsApplied_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("usage");
        QTest::addRow("fr") << QLocale(QLocale::French) << QStringLiteral("Utilisation et facturation");
        QTest::addRow("es") << QLocale(QLocale::Spanish, QLocale::Spain)
                            << QStringLiteral("Uso y facturación");
        QTest::addRow("ja") << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("使用量と請求");
        QTest::addRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("用量与账单");
    }

    void everyShippedLanguageIsApplied()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, usage);
        QVERIFY(installTranslations(*QCoreApplication::instance(), locale));
        MainWindow w;
        QCOMPARE(w.navigation()->item(4)->text(), usage);
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QVERIFY(!installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Swahili)));
        MainWindow w;
        QCOMPARE(w.navigation()->item(0)->text(), QStringLiteral("Chat"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
