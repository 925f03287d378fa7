// switchboard: the desktop app.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

#include "app/common/DataPaths.h"
#include "app/common/Settings.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Translations.h"
#include "app/gui/chat/ChatBench.h"
#include "app/gui/settings/Appearance.h"
#include "engine/core/Platform.h"

namespace {

// Resident memory in MiB (engine/core/Platform: Linux, macOS, Windows); 0 where unknown.
double residentMiB()
{
    return double(sb::platform::residentBytes()) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.switchboard.Switchboard")); // packaging/linux

    // --bench-chat N: open and scroll timings of an N-message conversation (docs/benchmarks.md).
    if (const qsizetype at = QCoreApplication::arguments().indexOf(QStringLiteral("--bench-chat")); at > 0) {
        QTextStream out(stdout);
        return sb::runChatBench(
            QCoreApplication::arguments().value(at + 1, QStringLiteral("2000")).toInt(), out);
    }

    // --data-dir DIR: conversations, ledger and models in DIR for this run (over
    // SWITCHBOARD_DATA_DIR and the Settings dialog's choice).
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--data-dir") && i + 1 < args.size())
            sb::dataPaths::setOverride(args[++i]);
        else if (args[i].startsWith(QLatin1String("--data-dir=")))
            sb::dataPaths::setOverride(args[i].mid(11));
    }
    sb::appearance::applyFromSettings();

    const QString language = sb::Settings().uiLanguage();
    sb::installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    sb::MainWindow window;
    window.show();

    // --startup-probe: for docs/benchmarks.md. Reports when the first frame has been processed
    // (the window is usable), then idles two seconds and reports resident memory, and quits.
    if (QCoreApplication::arguments().contains(QStringLiteral("--startup-probe"))) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("startup_ms=%lld\n", static_cast<long long>(sinceStart.elapsed()));
            QTimer::singleShot(2000, &app, [] {
                std::printf("idle_rss_mib=%.1f\n", residentMiB());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        });
    }
    return app.exec();
}
