#pragma once
// The team gateway's people, teams, virtual keys and budgets, kept in the ledger's database (SQLite
// or PostgreSQL, the same tables: LedgerSchema.h), and its spend reports.
//
// Virtual keys: "sbk-" + a 12-character public id + "-" + 43 characters of base64url from 32
// random bytes. Only SHA-256(salt || secret) and a per-key random salt are stored; the key text
// exists once, in createKey()'s result, to be shown to its owner. Why not a slow password hash
// (argon2, bcrypt): the secret is 256 random bits, not something a person chose, so there is no
// dictionary to try and a fast hash is already beyond brute force; a slow one would only add its
// cost to every request (the key is checked on each), and Qt has none built in.

#include "router/base/Outcome.h"
#include "router/ledger/ScopedBudget.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace sb {

class Ledger;

struct GatewayUser {
    QString name;
    QString team; // empty: in no team
    bool admin = false; // reads every user's and team's spend
    qint64 requestsPerMinute = 0; // 0: unlimited
    qint64 tokensPerMinute = 0;
};

struct GatewayKey {
    QString id; // public half
    QString user;
    QString label;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0; // 0: never
    qint64 revokedAtMs = 0; // 0: valid
};

struct CreatedKey {
    GatewayKey key;
    QString text; // the whole key: show once, store nowhere
};

enum class KeyCheck { Valid, Unknown, Revoked, Expired };

struct SpendRow {
    QString group; // the user, team, provider or model
    qint64 requests = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    double costUsd = 0; // settled
    double reservedUsd = 0; // held by requests in flight
};

class GatewayStore {
public:
    // The ledger must outlive the store; same thread.
    explicit GatewayStore(Ledger *ledger);

    Outcome<void> addTeam(const QString &name, qint64 nowMs);
    Outcome<void> removeTeam(const QString &name); // refused while users are in it
    Outcome<QStringList> teams() const;

    Outcome<void> addUser(const GatewayUser &user, qint64 nowMs);
    Outcome<void> updateUser(const GatewayUser &user);
    Outcome<void> removeUser(const QString &name); // revokes nothing by itself: keys stop with the user
    Outcome<QVector<GatewayUser>> users() const;
    Outcome<GatewayUser> user(const QString &name) const;

    Outcome<CreatedKey> createKey(
        const QString &user, const QString &label, qint64 expiresAtMs, qint64 nowMs);
    Outcome<void> revokeKey(const QString &id, qint64 nowMs);
    Outcome<QVector<GatewayKey>> keys(const QString &user = {}) const;
    // Who the key text belongs to. Unknown also for malformed text and removed users.
    Outcome<KeyCheck> verify(const QString &keyText, qint64 nowMs, GatewayUser *owner, QString *keyId) const;

    // Budgets: set replaces the limit of the same scope, subject and period.
    Outcome<qint64> setBudget(const ScopedBudget &budget);
    Outcome<void> removeBudget(qint64 id);
    Outcome<QVector<ScopedBudget>> budgets() const;

    // Requests started and tokens used by `user` in the minute before nowMs (rate limits).
    Outcome<QPair<qint64, qint64>> lastMinute(const QString &user, qint64 nowMs) const;
    // Spend in [fromMs, toMs) grouped by user | team | provider | model, optionally only one
    // user's or one team's rows (filterBy user | team, filterValue).
    Outcome<QVector<SpendRow>> spend(const QString &groupBy, qint64 fromMs, qint64 toMs,
        const QString &filterBy = {}, const QString &filterValue = {}) const;

    static QString hashSecret(const QByteArray &salt, const QString &secret);

private:
    Outcome<void> exec(
        const QString &what, const QString &sql, const QVariantList &values, int mustAffect = -1);
    Ledger *m_ledger;
};

} // namespace sb
