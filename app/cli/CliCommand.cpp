#include "app/cli/CliCommand.h"

#include <cstdio>

namespace sb::cli {

std::vector<Command> &commands()
{
    static std::vector<Command> all;
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

Registrar::Registrar(const char *name, const char *summary, int (*fn)(const QStringList &))
{
    commands().push_back({ QString::fromUtf8(name), QString::fromUtf8(summary), fn });
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace sb::cli
