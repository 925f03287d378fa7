#include "router/ledger/LedgerSchema.h"

#include <QVector>

namespace sb::ledgerschema {

namespace {

// Never edit a shipped step; append a new one. %INT% is the 64-bit integer type, %REAL% the
// floating type, %ID% an auto-incrementing primary key: the only differences between dialects.
const QVector<QStringList> &steps()
{
    static const QVector<QStringList> all = {
        // 1: the attempts table (unchanged from the desktop's first ledger).
        {
            QStringLiteral(R"(CREATE TABLE attempts (
                id              %ID%,
                request_id      TEXT    NOT NULL,
                attempt         INTEGER NOT NULL,
                started_at      %INT%   NOT NULL,   -- ms since the Unix epoch, UTC
                provider        TEXT    NOT NULL,
                model           TEXT    NOT NULL,
                provider_model  TEXT    NOT NULL DEFAULT '',
                policy          TEXT    NOT NULL DEFAULT '',
                status          TEXT    NOT NULL,   -- pending | ok | error | cancelled | refused | interrupted
                http_status     INTEGER NOT NULL DEFAULT 0,
                error_class     TEXT    NOT NULL DEFAULT '',
                error_text      TEXT    NOT NULL DEFAULT '',
                ttft_ms         %INT%,              -- NULL: no token arrived
                duration_ms     %INT%   NOT NULL DEFAULT 0,
                tokens_in       %INT%   NOT NULL DEFAULT 0,
                tokens_out      %INT%   NOT NULL DEFAULT 0,
                tokens_cached   %INT%   NOT NULL DEFAULT 0,
                tokens_estimated INTEGER NOT NULL DEFAULT 0,
                cost_usd        %REAL%  NOT NULL DEFAULT 0,
                currency        TEXT    NOT NULL DEFAULT 'USD'
            ))"),
            QStringLiteral("CREATE INDEX attempts_started ON attempts(started_at)"),
            QStringLiteral("CREATE INDEX attempts_provider_started ON attempts(provider, started_at)"),
            QStringLiteral("CREATE INDEX attempts_request ON attempts(request_id, attempt)"),
        },
        // 2: crash recovery (who wrote a pending row, what it reserved) and the team gateway
        // (people, teams, virtual keys, budgets per scope).
        {
            QStringLiteral("ALTER TABLE attempts ADD COLUMN user_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE attempts ADD COLUMN team_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE attempts ADD COLUMN reserved_usd %REAL% NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE attempts ADD COLUMN instance_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX attempts_status ON attempts(status)"),
            QStringLiteral("CREATE INDEX attempts_user_started ON attempts(user_name, started_at)"),
            QStringLiteral("CREATE INDEX attempts_team_started ON attempts(team_name, started_at)"),
            // One row per process that has the ledger open for writing; a pending row whose
            // writer is gone is settled by whoever notices (at start, or the periodic sweep).
            QStringLiteral(R"(CREATE TABLE ledger_instances (
                id           TEXT  PRIMARY KEY,
                host         TEXT  NOT NULL,
                pid          %INT% NOT NULL,
                lock_path    TEXT  NOT NULL DEFAULT '',
                started_at   %INT% NOT NULL,
                heartbeat_at %INT% NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE gw_teams (
                name       TEXT  PRIMARY KEY,
                created_at %INT% NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE gw_users (
                name                TEXT    PRIMARY KEY,
                team_name           TEXT    NOT NULL DEFAULT '',
                is_admin            INTEGER NOT NULL DEFAULT 0,
                requests_per_minute %INT%   NOT NULL DEFAULT 0,   -- 0: unlimited
                tokens_per_minute   %INT%   NOT NULL DEFAULT 0,
                created_at          %INT%   NOT NULL
            ))"),
            // The secret half of a key is stored only as SHA-256(salt || secret).
            QStringLiteral(R"(CREATE TABLE gw_keys (
                id         TEXT  PRIMARY KEY,
                user_name  TEXT  NOT NULL,
                label      TEXT  NOT NULL DEFAULT '',
                salt       TEXT  NOT NULL,
                hash       TEXT  NOT NULL,
                created_at %INT% NOT NULL,
                expires_at %INT% NOT NULL DEFAULT 0,   -- 0: never
                revoked_at %INT% NOT NULL DEFAULT 0    -- 0: valid
            ))"),
            QStringLiteral(R"(CREATE TABLE gw_budgets (
                id        %ID%,
                scope     TEXT   NOT NULL,   -- global | user | team | provider
                subject   TEXT   NOT NULL DEFAULT '',
                period    TEXT   NOT NULL,   -- daily | monthly
                limit_usd %REAL% NOT NULL,
                UNIQUE (scope, subject, period)
            ))"),
        },
    };
    return all;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

QStringList step(LedgerBackend backend, int fromVersion)
{
    QStringList out;
    const bool pg = backend == LedgerBackend::PostgreSql;
    for (QString sql : steps().value(fromVersion)) {
        sql.replace(QLatin1String("%ID%"),
            pg ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("%INT%"), pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
        sql.replace(QLatin1String("%REAL%"), pg ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
        out << sql;
    }
    return out;
}

} // namespace sb::ledgerschema
