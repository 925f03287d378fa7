// switchboard: the desktop app.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

#include "app/common/DataPaths.h"
#include "app/common/Settings.h"
#include "app/gui/AppServices.h"
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

// The options the app reads (also what --help lists).
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Switchboard: chat with local and cloud language models in one place.\n"
        "switchboard-cli has the commands for terminals and scripts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep conversations, usage and models in <dir> for this run."),
        QCoreApplication::translate("main", "dir")));
    parser.addOption(QCommandLineOption(QStringLiteral("startup-probe"),
        QCoreApplication::translate(
            "main", "Print the start time and idle memory, then quit (benchmarks).")));
    parser.addOption(QCommandLineOption(QStringLiteral("bench-chat"),
        QCoreApplication::translate(
            "main", "Time opening and scrolling an <n>-message conversation, then quit."),
        QCoreApplication::translate("main", "n")));
}

// --help and --version print and exit before any window (or display connection) exists.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Switchboard")); // the same settings
        QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
        const QString language = sb::Settings().uiLanguage();
        sb::installTranslations(core, language.isEmpty() ? QLocale::system() : QLocale(language));
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(core); // prints and exits for --help and --version
        return 0;
    }
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
    // The live catalog (Hugging Face router list, providers' /models): synced in the background
    // when older than a day. Not for the startup probe, which measures the app alone.
    if (!QCoreApplication::arguments().contains(QStringLiteral("--startup-probe")))
        window.services()->startCatalogRefresh();

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
