// Opening a ledger on PostgreSQL (the team gateway): the URL, the QPSQL connection, the session's
// time zone (so local-time buckets match the desktop's) and an optional schema per ledger.
#include "router/ledger/Ledger.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace sb {

bool Ledger::isDatabaseUrl(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

QString Ledger::displayName(const QString &path)
{
    if (!isDatabaseUrl(path))
        return path;
    QUrl url(path);
    url.setPassword(QString());
    return url.toString();
}

Outcome<void> Ledger::openPostgres(const Options &options)
{
    const QUrl url(m_path);
    if (!url.isValid() || url.path().size() < 2)
        return Outcome<void>::failure(
            QStringLiteral("ledger %1: expected postgresql://user@host[:port]/database")
                .arg(displayName(m_path)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Outcome<void>::failure(QStringLiteral("ledger %1: Qt's PostgreSQL driver (QPSQL) is not "
                                                     "installed (Debian: libqt6sql6-psql)")
                                          .arg(displayName(m_path)));
    const QUrlQuery query(url);
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    // A host given as ?host=/run/postgresql (a socket folder) wins over the URL's host.
    d.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"))
                                                             : url.host());
    if (url.port() > 0)
        d.setPort(url.port());
    d.setDatabaseName(url.path().mid(1));
    d.setUserName(url.userName());
    if (!url.password().isEmpty())
        d.setPassword(url.password()); // otherwise libpq reads PGPASSWORD or ~/.pgpass
    QStringList connectOptions {
        QStringLiteral("connect_timeout=%1").arg(std::max(1, options.busyTimeoutMs / 1000))
    };
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        connectOptions << QStringLiteral("sslmode=") + query.queryItemValue(QStringLiteral("sslmode"));
    d.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!d.open())
        return Outcome<void>::failure(fail(QStringLiteral("cannot connect"), d.lastError().text()));
    QSqlQuery q(d);
    // Buckets are in local time, like the desktop's; IANA names are what PostgreSQL accepts.
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (!zone.isEmpty()
        && QRegularExpression(QStringLiteral("^[A-Za-z0-9_+\\-/]+$"))
               .match(QString::fromLatin1(zone))
               .hasMatch())
        q.exec(QStringLiteral("SET TIME ZONE '%1'").arg(QString::fromLatin1(zone)));
    const QString schema = query.queryItemValue(QStringLiteral("schema"));
    if (!schema.isEmpty()) {
        if (!QRegularExpression(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$")).match(schema).hasMatch())
            return Outcome<void>::failure(
                fail(QStringLiteral("bad schema name '%1'").arg(schema), QStringLiteral("use [a-z0-9_]")));
        if (!options.readOnly && !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema))) {
            // Two instances creating it at once: the loser's error is harmless if it now exists.
            const QString err = q.lastError().text();
            QSqlQuery check(d);
            check.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"));
            check.addBindValue(schema);
            if (!check.exec() || !check.next())
                return Outcome<void>::failure(
                    fail(QStringLiteral("cannot create schema %1").arg(schema), err));
        }
        if (!q.exec(QStringLiteral("SET search_path TO %1").arg(schema)))
            return Outcome<void>::failure(
                fail(QStringLiteral("cannot use schema %1").arg(schema), q.lastError().text()));
    }
    if (options.readOnly)
        q.exec(QStringLiteral("SET default_transaction_read_only = on"));
    return {};
}

} // namespace sb
