// switchboard: the desktop app.
#include <QApplication>

#include "common/Settings.h"
#include "gui/MainWindow.h"
#include "gui/Translations.h"

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("switchboard"));

    const QString language = sb::Settings().uiLanguage();
    sb::installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    sb::MainWindow window;
    window.show();
    return app.exec();
}
