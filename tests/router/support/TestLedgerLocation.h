#pragma once
// Where a test's ledger lives: a SQLite file in a temporary folder, or, when the test runs with
// SB_TEST_LEDGER=postgresql (ctest's *.postgresql entries), a fresh schema in the throwaway
// PostgreSQL cluster of tools/pg-test-cluster.sh (SB_PG_TEST_DIR names its folder). The same test
// code thereby runs against both backends.

#include <QString>

namespace sb::test {

bool ledgerTestWantsPostgres();
// The cluster's URL, or empty with the reason (PostgreSQL not installed, fixture not run).
QString postgresTestUrl(QString *whyNot);
// A ledger location no other test uses: `sqlitePath` itself, or the cluster's URL with a new
// ?schema=. Empty with the reason when PostgreSQL is wanted and missing.
QString freshLedgerLocation(const QString &sqlitePath, QString *whyNot);
// The same for PostgreSQL only (tests that need several processes on one database).
QString freshPostgresLedger(QString *whyNot);

} // namespace sb::test
