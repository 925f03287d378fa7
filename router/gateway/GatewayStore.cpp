#include "router/gateway/GatewayStore.h"

#include "router/ledger/Ledger.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sb {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

bool validName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return re.match(name).hasMatch();
}

// Equal-time comparison: how long it takes says nothing about how much matched.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString groupColumn(const QString &by)
{
    if (by == QLatin1String("user"))
        return QStringLiteral("user_name");
    if (by == QLatin1String("team"))
        return QStringLiteral("team_name");
    if (by == QLatin1String("provider"))
        return QStringLiteral("provider");
    if (by == QLatin1String("model"))
        return QStringLiteral("model");
    return {};
}

} // namespace

GatewayStore::GatewayStore(Ledger *ledger)
    : m_ledger(ledger)
{
}

QString GatewayStore::hashSecret(const QByteArray &salt, const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(salt + secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Outcome<void> GatewayStore::exec(
    const QString &what, const QString &sql, const QVariantList &values, int mustAffect)
{
    QSqlQuery q(m_ledger->database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Outcome<void>::failure(QStringLiteral("gateway: %1: %2").arg(what, q.lastError().text()));
    if (mustAffect >= 0 && q.numRowsAffected() < mustAffect)
        return Outcome<void>::failure(QStringLiteral("gateway: %1: no such entry").arg(what));
    return {};
}

Outcome<void> GatewayStore::addTeam(const QString &name, qint64 nowMs)
{
    if (!validName(name))
        return Outcome<void>::failure(QStringLiteral("gateway: team names are 1-64 of A-Z a-z 0-9 . _ @ -"));
    return exec(QStringLiteral("cannot add team %1").arg(name),
        QStringLiteral("INSERT INTO gw_teams (name, created_at) VALUES (?, ?)"), { name, nowMs });
}

Outcome<void> GatewayStore::removeTeam(const QString &name)
{
    QSqlQuery q(m_ledger->database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM gw_users WHERE team_name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return Outcome<void>::failure(
            QStringLiteral("gateway: cannot read team %1: %2").arg(name, q.lastError().text()));
    if (q.value(0).toLongLong() > 0)
        return Outcome<void>::failure(
            QStringLiteral("gateway: team %1 still has %2 users").arg(name).arg(q.value(0).toLongLong()));
    return exec(QStringLiteral("cannot remove team %1").arg(name),
        QStringLiteral("DELETE FROM gw_teams WHERE name = ?"), { name }, 1);
}

Outcome<QStringList> GatewayStore::teams() const
{
    QSqlQuery q(m_ledger->database());
    if (!q.exec(QStringLiteral("SELECT name FROM gw_teams ORDER BY name")))
        return Outcome<QStringList>::failure(
            QStringLiteral("gateway: cannot list teams: %1").arg(q.lastError().text()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Outcome<void> GatewayStore::addUser(const GatewayUser &user, qint64 nowMs)
{
    if (!validName(user.name))
        return Outcome<void>::failure(QStringLiteral("gateway: user names are 1-64 of A-Z a-z 0-9 . _ @ -"));
    if (!user.team.isEmpty()) {
        auto all = teams();
        if (!all)
            return Outcome<void>::failure(all.error());
        if (!all->contains(user.team))
            return Outcome<void>::failure(
                QStringLiteral("gateway: no team %1 (add it first)").arg(user.team));
    }
    return exec(QStringLiteral("cannot add user %1").arg(user.name),
        QStringLiteral(
            "INSERT INTO gw_users (name, team_name, is_admin, requests_per_minute, tokens_per_minute, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { user.name, user.team, user.admin ? 1 : 0, user.requestsPerMinute, user.tokensPerMinute, nowMs });
}

Outcome<void> GatewayStore::updateUser(const GatewayUser &user)
{
    return exec(QStringLiteral("cannot update user %1").arg(user.name),
        QStringLiteral("UPDATE gw_users SET team_name = ?, is_admin = ?, requests_per_minute = ?, "
                       "tokens_per_minute = ? WHERE name = ?"),
        { user.team, user.admin ? 1 : 0, user.requestsPerMinute, user.tokensPerMinute, user.name }, 1);
}

Outcome<void> GatewayStore::removeUser(const QString &name)
{
    return exec(QStringLiteral("cannot remove user %1").arg(name),
        QStringLiteral("DELETE FROM gw_users WHERE name = ?"), { name }, 1);
}

Outcome<QVector<GatewayUser>> GatewayStore::users() const
{
    QSqlQuery q(m_ledger->database());
    if (!q.exec(
            QStringLiteral("SELECT name, team_name, is_admin, requests_per_minute, tokens_per_minute FROM "
                           "gw_users ORDER BY name")))
        return Outcome<QVector<GatewayUser>>::failure(
            QStringLiteral("gateway: cannot list users: %1").arg(q.lastError().text()));
    QVector<GatewayUser> out;
    while (q.next())
        out.append(GatewayUser { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
            q.value(3).toLongLong(), q.value(4).toLongLong() });
    return out;
}

Outcome<GatewayUser> GatewayStore::user(const QString &name) const
{
    auto all = users();
    if (!all)
        return Outcome<GatewayUser>::failure(all.error());
    for (const GatewayUser &u : all.value())
        if (u.name == name)
            return u;
    return Outcome<GatewayUser>::failure(QStringLiteral("gateway: no user %1").arg(name));
}

Outcome<CreatedKey> GatewayStore::createKey(
    const QString &userName, const QString &label, qint64 expiresAtMs, qint64 nowMs)
{
    if (auto u = user(userName); !u)
        return Outcome<CreatedKey>::failure(u.error());
    CreatedKey created;
    created.key.id = QString::fromLatin1(randomBytes(6).toHex());
    created.key.user = userName;
    created.key.label = label;
    created.key.createdAtMs = nowMs;
    created.key.expiresAtMs = expiresAtMs;
    const QString secret = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QByteArray salt = randomBytes(16);
    created.text = QStringLiteral("sbk-%1-%2").arg(created.key.id, secret);
    auto stored = exec(QStringLiteral("cannot store a key for %1").arg(userName),
        QStringLiteral(
            "INSERT INTO gw_keys (id, user_name, label, salt, hash, created_at, expires_at) VALUES (?, ?, "
            "?, ?, ?, ?, ?)"),
        { created.key.id, userName, label, QString::fromLatin1(salt.toHex()), hashSecret(salt, secret), nowMs,
            expiresAtMs });
    if (!stored)
        return Outcome<CreatedKey>::failure(stored.error());
    return created;
}

Outcome<void> GatewayStore::revokeKey(const QString &id, qint64 nowMs)
{
    return exec(QStringLiteral("cannot revoke key %1").arg(id),
        QStringLiteral("UPDATE gw_keys SET revoked_at = ? WHERE id = ? AND revoked_at = 0"), { nowMs, id },
        1);
}

Outcome<QVector<GatewayKey>> GatewayStore::keys(const QString &user) const
{
    QSqlQuery q(m_ledger->database());
    q.prepare(
        QStringLiteral("SELECT id, user_name, label, created_at, expires_at, revoked_at FROM gw_keys%1 ORDER "
                       "BY user_name, created_at")
            .arg(user.isEmpty() ? QString() : QStringLiteral(" WHERE user_name = ?")));
    if (!user.isEmpty())
        q.addBindValue(user);
    if (!q.exec())
        return Outcome<QVector<GatewayKey>>::failure(
            QStringLiteral("gateway: cannot list keys: %1").arg(q.lastError().text()));
    QVector<GatewayKey> out;
    while (q.next())
        out.append(GatewayKey { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong() });
    return out;
}

Outcome<KeyCheck> GatewayStore::verify(
    const QString &keyText, qint64 nowMs, GatewayUser *owner, QString *keyId) const
{
    // sbk-<12 hex>-<secret>
    if (!keyText.startsWith(QLatin1String("sbk-")) || keyText.size() < 4 + 12 + 1 + 16
        || keyText.at(16) != QLatin1Char('-'))
        return KeyCheck::Unknown;
    const QString id = keyText.mid(4, 12);
    const QString secret = keyText.mid(17);
    QSqlQuery q(m_ledger->database());
    q.prepare(QStringLiteral(
        "SELECT k.salt, k.hash, k.expires_at, k.revoked_at, u.name, u.team_name, u.is_admin, "
        "u.requests_per_minute, u.tokens_per_minute FROM gw_keys k JOIN gw_users u ON u.name = "
        "k.user_name WHERE k.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Outcome<KeyCheck>::failure(
            QStringLiteral("gateway: cannot check a key: %1").arg(q.lastError().text()));
    if (!q.next())
        return KeyCheck::Unknown;
    const QByteArray salt = QByteArray::fromHex(q.value(0).toString().toLatin1());
    if (!sameBytes(hashSecret(salt, secret).toLatin1(), q.value(1).toString().toLatin1()))
        return KeyCheck::Unknown;
    if (keyId)
        *keyId = id;
    if (q.value(3).toLongLong() != 0)
        return KeyCheck::Revoked;
    const qint64 expires = q.value(2).toLongLong();
    if (expires != 0 && expires <= nowMs)
        return KeyCheck::Expired;
    if (owner)
        *owner = GatewayUser { q.value(4).toString(), q.value(5).toString(), q.value(6).toInt() != 0,
            q.value(7).toLongLong(), q.value(8).toLongLong() };
    return KeyCheck::Valid;
}

Outcome<qint64> GatewayStore::setBudget(const ScopedBudget &b)
{
    if (b.limitUsd < 0)
        return Outcome<qint64>::failure(QStringLiteral("gateway: a budget cannot be negative"));
    if ((b.scope == BudgetScope::Global) != b.subject.isEmpty())
        return Outcome<qint64>::failure(QStringLiteral(
            "gateway: a global budget has no subject; user, team and provider budgets name one"));
    const QString period = b.daily ? QStringLiteral("daily") : QStringLiteral("monthly");
    QSqlDatabase d = m_ledger->database();
    QSqlQuery q(d);
    q.prepare(
        QStringLiteral("UPDATE gw_budgets SET limit_usd = ? WHERE scope = ? AND subject = ? AND period = ?"));
    for (const QVariant &v :
        { QVariant(b.limitUsd), QVariant(budgetScopeName(b.scope)), QVariant(b.subject), QVariant(period) })
        q.addBindValue(v);
    if (!q.exec())
        return Outcome<qint64>::failure(
            QStringLiteral("gateway: cannot set a budget: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() == 0) {
        QSqlQuery ins(d);
        ins.prepare(
            QStringLiteral("INSERT INTO gw_budgets (scope, subject, period, limit_usd) VALUES (?, ?, ?, ?)"));
        for (const QVariant &v : { QVariant(budgetScopeName(b.scope)), QVariant(b.subject), QVariant(period),
                 QVariant(b.limitUsd) })
            ins.addBindValue(v);
        if (!ins.exec())
            return Outcome<qint64>::failure(
                QStringLiteral("gateway: cannot set a budget: %1").arg(ins.lastError().text()));
    }
    QSqlQuery id(d);
    id.prepare(QStringLiteral("SELECT id FROM gw_budgets WHERE scope = ? AND subject = ? AND period = ?"));
    for (const QVariant &v : { QVariant(budgetScopeName(b.scope)), QVariant(b.subject), QVariant(period) })
        id.addBindValue(v);
    if (!id.exec() || !id.next())
        return Outcome<qint64>::failure(
            QStringLiteral("gateway: cannot read a budget back: %1").arg(id.lastError().text()));
    return id.value(0).toLongLong();
}

Outcome<void> GatewayStore::removeBudget(qint64 id)
{
    return exec(QStringLiteral("cannot remove budget %1").arg(id),
        QStringLiteral("DELETE FROM gw_budgets WHERE id = ?"), { id }, 1);
}

Outcome<QVector<ScopedBudget>> GatewayStore::budgets() const
{
    QSqlQuery q(m_ledger->database());
    if (!q.exec(QStringLiteral("SELECT id, scope, subject, period, limit_usd FROM gw_budgets ORDER BY id")))
        return Outcome<QVector<ScopedBudget>>::failure(
            QStringLiteral("gateway: cannot list budgets: %1").arg(q.lastError().text()));
    QVector<ScopedBudget> out;
    while (q.next()) {
        ScopedBudget b;
        b.id = q.value(0).toLongLong();
        budgetScopeFromName(q.value(1).toString(), &b.scope);
        b.subject = q.value(2).toString();
        b.daily = q.value(3).toString() == QLatin1String("daily");
        b.limitUsd = q.value(4).toDouble();
        out << b;
    }
    return out;
}

Outcome<QPair<qint64, qint64>> GatewayStore::lastMinute(const QString &user, qint64 nowMs) const
{
    QSqlQuery q(m_ledger->database());
    q.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT request_id), COALESCE(SUM(tokens_in + tokens_out), 0) FROM "
                       "attempts WHERE user_name = ? AND started_at >= ? AND status <> 'refused'"));
    q.addBindValue(user);
    q.addBindValue(nowMs - 60'000);
    if (!q.exec() || !q.next())
        return Outcome<QPair<qint64, qint64>>::failure(
            QStringLiteral("gateway: cannot read the last minute's use: %1").arg(q.lastError().text()));
    return qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Outcome<QVector<SpendRow>> GatewayStore::spend(const QString &groupBy, qint64 fromMs, qint64 toMs,
    const QString &filterBy, const QString &filterValue) const
{
    using R = Outcome<QVector<SpendRow>>;
    const QString group = groupColumn(groupBy);
    const QString filter = filterBy.isEmpty() ? QString() : groupColumn(filterBy);
    if (group.isEmpty() || (!filterBy.isEmpty() && filter.isEmpty()))
        return R::failure(
            QStringLiteral("gateway: spend is grouped and filtered by user, team, provider or model"));
    QSqlQuery q(m_ledger->database());
    q.prepare(
        QStringLiteral("SELECT %1, COUNT(DISTINCT request_id), COALESCE(SUM(tokens_in), 0), "
                       "COALESCE(SUM(tokens_out), 0), COALESCE(SUM(cost_usd), 0), COALESCE(SUM(CASE WHEN "
                       "status = 'pending' THEN reserved_usd ELSE 0 END), 0) FROM attempts WHERE started_at "
                       ">= ? AND started_at < ?%2 GROUP BY %1 ORDER BY %1")
            .arg(group, filter.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?").arg(filter)));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!filter.isEmpty())
        q.addBindValue(filterValue);
    if (!q.exec())
        return R::failure(QStringLiteral("gateway: cannot read spend: %1").arg(q.lastError().text()));
    QVector<SpendRow> out;
    while (q.next())
        out.append(SpendRow { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), q.value(4).toDouble(), q.value(5).toDouble() });
    return out;
}

} // namespace sb
