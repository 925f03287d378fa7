#pragma once
// Sub-commands of switchboard-cli register themselves with a static Registrar in their own file
// (app/cli/Cmd*.cpp), so adding a command never touches main.cpp.

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <vector>

namespace sb::cli {

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2, NoDevice = 3 };

struct Command {
    QString name;
    QString summary;
    // args excludes the program name and the command name itself.
    std::function<int(const QStringList &args)> run;
};

std::vector<Command> &commands();
const Command *findCommand(const QString &name);

struct Registrar {
    Registrar(const char *name, const char *summary, int (*fn)(const QStringList &));
};

QTextStream &out();
QTextStream &err();

} // namespace sb::cli
