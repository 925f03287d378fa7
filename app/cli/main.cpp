// switchboard-cli: the headless front end. `switchboard-cli <command> [options]`.
#include <QCoreApplication>
#include <algorithm>

#include "app/cli/CliCommand.h"

using namespace sb::cli;

namespace {

void printHelp()
{
    out() << "Usage: switchboard-cli [--version | --help] <command> [options]\n\n"
          << "One place to talk to language models: the local SmolLM3 on Vulkan and remote providers\n"
          << "through one router.\n\nCommands:\n";
    std::vector<Command> sorted = commands();
    std::sort(
        sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &c : sorted)
        out() << "  " << c.name.leftJustified(16) << c.summary << "\n";
    out() << "\nRun `switchboard-cli <command> --help` for the options of a command.\n";
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Switchboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SB_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printHelp();
        return Usage;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "switchboard-cli " << SB_VERSION << "\n";
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp();
        return Ok;
    }
    const Command *cmd = findCommand(first);
    if (!cmd) {
        err() << "switchboard-cli: unknown command '" << first << "'. Run `switchboard-cli --help`.\n";
        return Usage;
    }
    const int rc = cmd->run(args);
    out().flush();
    err().flush();
    return rc;
}
