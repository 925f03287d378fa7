#pragma once
// The ledger's schema, one list of migration steps per SQL dialect (SQLite for the desktop,
// PostgreSQL for a team gateway). Step v migrates from version v to v + 1 inside one transaction;
// both dialects always have the same number of steps and the same tables and columns, so every
// query outside this file is written once.

#include <QStringList>

namespace sb {

enum class LedgerBackend { Sqlite, PostgreSql };

namespace ledgerschema {

int latestVersion();
// The statements of step `fromVersion` (0-based) in the dialect of `backend`.
QStringList step(LedgerBackend backend, int fromVersion);

} // namespace ledgerschema
} // namespace sb
