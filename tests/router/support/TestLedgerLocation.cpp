#include "TestLedgerLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace sb::test {

bool ledgerTestWantsPostgres()
{
    return qEnvironmentVariable("SB_TEST_LEDGER") == QLatin1String("postgresql");
}

QString postgresTestUrl(QString *whyNot)
{
    const QString dir = qEnvironmentVariable("SB_PG_TEST_DIR");
    if (dir.isEmpty()) {
        *whyNot = QStringLiteral("SB_PG_TEST_DIR is not set (run through ctest, which starts the cluster)");
        return {};
    }
    QFile skip(QDir(dir).filePath(QStringLiteral("skip")));
    if (skip.open(QIODevice::ReadOnly)) {
        *whyNot = QString::fromUtf8(skip.readAll().trimmed());
        return {};
    }
    QFile url(QDir(dir).filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::ReadOnly)) {
        *whyNot = QStringLiteral("no PostgreSQL test cluster in %1 (the postgres.start fixture did not run)")
                      .arg(dir);
        return {};
    }
    return QString::fromUtf8(url.readAll().trimmed());
}

QString freshPostgresLedger(QString *whyNot)
{
    const QString base = postgresTestUrl(whyNot);
    if (base.isEmpty())
        return {};
    static int counter = 0;
    return base
        + QStringLiteral("?schema=t_%1_%2_%3")
              .arg(QCoreApplication::applicationPid())
              .arg(++counter)
              .arg(QRandomGenerator::global()->bounded(1'000'000));
}

QString freshLedgerLocation(const QString &sqlitePath, QString *whyNot)
{
    return ledgerTestWantsPostgres() ? freshPostgresLedger(whyNot) : sqlitePath;
}

} // namespace sb::test
