#pragma once
// `switchboard-cli bench catalog` lives with the catalog command (CmdCatalog.cpp).

#include <QStringList>

namespace sb::cli {

int runBenchCatalog(const QStringList &args);

} // namespace sb::cli
