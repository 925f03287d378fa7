#include "router/gateway/GatewayService.h"

#include "router/budget/Budget.h"
#include "router/ledger/Ledger.h"
#include "router/server/OpenAiWire.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::GatewayService", text);
}

server::GatewayDecision refuse(int status, const QString &type, const QString &code, const QString &message)
{
    server::GatewayDecision d;
    d.ok = false;
    d.httpStatus = status;
    d.type = type;
    d.code = code;
    d.message = message;
    return d;
}

server::GatewayReply error(int status, const QString &code, const QString &message)
{
    return server::GatewayReply { status,
        server::wire::errorBody(message,
            status == 403 ? QStringLiteral("permission_error") : QStringLiteral("invalid_request_error"),
            code) };
}

} // namespace

GatewayService::GatewayService(Ledger *ledger, const Clock *clock)
    : m_store(ledger)
    , m_clock(clock)
{
}

server::GatewayDecision GatewayService::authenticate(const QByteArray &token)
{
    if (token.isEmpty())
        return refuse(401, QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key"),
            tr("You didn't provide an API key. Send 'Authorization: Bearer <key>' with your gateway key."));
    GatewayUser owner;
    QString keyId;
    const auto checked = m_store.verify(QString::fromUtf8(token), m_clock->nowMs(), &owner, &keyId);
    if (!checked)
        return refuse(503, QStringLiteral("api_error"), QStringLiteral("gateway_unavailable"),
            tr("The gateway cannot check keys now: %1").arg(checked.error()));
    switch (checked.value()) {
    case KeyCheck::Valid:
        break;
    case KeyCheck::Unknown:
        return refuse(401, QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key"),
            tr("Incorrect API key provided."));
    case KeyCheck::Revoked:
        return refuse(401, QStringLiteral("invalid_request_error"), QStringLiteral("key_revoked"),
            tr("This key (%1) was revoked; ask your gateway's administrator for a new one.").arg(keyId));
    case KeyCheck::Expired:
        return refuse(401, QStringLiteral("invalid_request_error"), QStringLiteral("key_expired"),
            tr("This key (%1) has expired; ask your gateway's administrator for a new one.").arg(keyId));
    }
    m_seen.insert(owner.name, owner);
    server::GatewayDecision d;
    d.ok = true;
    d.httpStatus = 200;
    d.who = server::Principal { owner.name, owner.team, owner.admin, keyId };
    return d;
}

server::GatewayDecision GatewayService::admit(const server::Principal &who)
{
    server::GatewayDecision ok;
    ok.ok = true;
    ok.httpStatus = 200;
    ok.who = who;
    const GatewayUser limits = m_seen.value(who.user);
    if (limits.requestsPerMinute <= 0 && limits.tokensPerMinute <= 0)
        return ok;
    const auto used = m_store.lastMinute(who.user, m_clock->nowMs());
    if (!used)
        return refuse(503, QStringLiteral("api_error"), QStringLiteral("gateway_unavailable"), used.error());
    server::GatewayDecision d;
    if (limits.requestsPerMinute > 0 && used->first >= limits.requestsPerMinute)
        d = refuse(429, QStringLiteral("rate_limit_error"), QStringLiteral("rate_limit_exceeded"),
            tr("Rate limit of %1 requests per minute reached for %2")
                .arg(limits.requestsPerMinute)
                .arg(who.user));
    else if (limits.tokensPerMinute > 0 && used->second >= limits.tokensPerMinute)
        d = refuse(429, QStringLiteral("rate_limit_error"), QStringLiteral("rate_limit_exceeded"),
            tr("Rate limit of %1 tokens per minute reached for %2")
                .arg(limits.tokensPerMinute)
                .arg(who.user));
    else
        return ok;
    d.retryAfterS = 60; // the window slides; at most a minute
    return d;
}

server::GatewayReply GatewayService::adminGet(
    const server::Principal &who, const QString &path, const QUrlQuery &query)
{
    if (path == QLatin1String("spend"))
        return spend(who, query);
    if (path == QLatin1String("me"))
        return me(who);
    return error(
        404, QStringLiteral("unknown_url"), tr("Gateway routes: GET /v1/gateway/me, GET /v1/gateway/spend"));
}

server::GatewayReply GatewayService::spend(const server::Principal &who, const QUrlQuery &query)
{
    const QString by = query.queryItemValue(QStringLiteral("by")).isEmpty()
        ? QStringLiteral("user")
        : query.queryItemValue(QStringLiteral("by"));
    QString filterBy;
    QString filterValue;
    if (query.hasQueryItem(QStringLiteral("team"))) {
        filterBy = QStringLiteral("team");
        filterValue = query.queryItemValue(QStringLiteral("team"));
    } else if (query.hasQueryItem(QStringLiteral("user"))) {
        filterBy = QStringLiteral("user");
        filterValue = query.queryItemValue(QStringLiteral("user"));
    } else if (!who.admin) {
        // Without a filter, a member sees their team (or only themselves without one).
        filterBy = who.team.isEmpty() ? QStringLiteral("user") : QStringLiteral("team");
        filterValue = who.team.isEmpty() ? who.user : who.team;
    }
    if (!who.admin) {
        const bool own = (filterBy == QLatin1String("user") && filterValue == who.user)
            || (filterBy == QLatin1String("team") && !who.team.isEmpty() && filterValue == who.team);
        if (!own)
            return error(403, QStringLiteral("forbidden"),
                tr("%1 may read only their own spend and their team's").arg(who.user));
    }
    const qint64 now = m_clock->nowMs();
    const auto month = BudgetManager::window(BudgetPeriod::Monthly, now);
    bool okFrom = true;
    bool okTo = true;
    const qint64 from = query.hasQueryItem(QStringLiteral("from"))
        ? query.queryItemValue(QStringLiteral("from")).toLongLong(&okFrom)
        : month.first;
    const qint64 to = query.hasQueryItem(QStringLiteral("to"))
        ? query.queryItemValue(QStringLiteral("to")).toLongLong(&okTo)
        : month.second;
    if (!okFrom || !okTo)
        return error(400, QStringLiteral("invalid_value"), tr("from and to are ms since the Unix epoch"));
    const auto rows = m_store.spend(by, from, to, filterBy, filterValue);
    if (!rows)
        return error(400, QStringLiteral("invalid_value"), rows.error());
    QJsonArray data;
    double total = 0;
    for (const SpendRow &r : rows.value()) {
        total += r.costUsd;
        data.append(QJsonObject { { by, r.group }, { QStringLiteral("requests"), r.requests },
            { QStringLiteral("tokens_in"), r.tokensIn }, { QStringLiteral("tokens_out"), r.tokensOut },
            { QStringLiteral("cost_usd"), r.costUsd }, { QStringLiteral("reserved_usd"), r.reservedUsd } });
    }
    QJsonObject body { { QStringLiteral("object"), QStringLiteral("gateway.spend") },
        { QStringLiteral("by"), by }, { QStringLiteral("from"), from }, { QStringLiteral("to"), to },
        { QStringLiteral("total_usd"), total }, { QStringLiteral("data"), data } };
    if (!filterBy.isEmpty())
        body.insert(filterBy, filterValue);
    return server::GatewayReply { 200, body };
}

server::GatewayReply GatewayService::me(const server::Principal &who)
{
    QJsonArray budgets;
    if (auto all = m_store.budgets()) {
        for (const ScopedBudget &b : all.value()) {
            const bool applies = b.scope == BudgetScope::Global || b.scope == BudgetScope::Provider
                || (b.scope == BudgetScope::User && b.subject == who.user)
                || (b.scope == BudgetScope::Team && b.subject == who.team && !who.team.isEmpty());
            if (applies)
                budgets.append(QJsonObject { { QStringLiteral("scope"), budgetScopeName(b.scope) },
                    { QStringLiteral("subject"), b.subject },
                    { QStringLiteral("period"),
                        b.daily ? QStringLiteral("daily") : QStringLiteral("monthly") },
                    { QStringLiteral("limit_usd"), b.limitUsd } });
        }
    }
    return server::GatewayReply { 200,
        QJsonObject { { QStringLiteral("object"), QStringLiteral("gateway.user") },
            { QStringLiteral("user"), who.user }, { QStringLiteral("team"), who.team },
            { QStringLiteral("admin"), who.admin }, { QStringLiteral("key_id"), who.keyId },
            { QStringLiteral("budgets"), budgets } } };
}

} // namespace sb
