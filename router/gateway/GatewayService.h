#pragma once
// The team gateway behind the local server (server::GatewayFront): virtual keys instead of the
// single token, per-user rate limits (requests and tokens per minute, counted in the shared
// ledger, so every gateway process sees the same minute), and the read-only spend endpoints.
//
//   GET /v1/gateway/me                          who the key belongs to, the budgets that apply
//   GET /v1/gateway/spend?by=user|team|provider|model[&user=U|&team=T][&from=MS&to=MS]
//
// Who sees what: an admin user sees everything; anyone else sees their own spend and their own
// team's, and gets 403 for another user's or another team's.

#include "router/base/Clock.h"
#include "router/gateway/GatewayStore.h"
#include "router/server/GatewayFront.h"

#include <QHash>
#include <QObject>

namespace sb {

class GatewayService final : public server::GatewayFront {
public:
    // The ledger and clock must outlive the service; same thread as the ledger.
    GatewayService(Ledger *ledger, const Clock *clock);

    server::GatewayDecision authenticate(const QByteArray &token) override;
    server::GatewayDecision admit(const server::Principal &who) override;
    server::GatewayReply adminGet(
        const server::Principal &who, const QString &path, const QUrlQuery &query) override;

    GatewayStore &store() { return m_store; }

private:
    server::GatewayReply spend(const server::Principal &who, const QUrlQuery &query);
    server::GatewayReply me(const server::Principal &who);

    GatewayStore m_store;
    const Clock *m_clock;
    QHash<QString, GatewayUser> m_seen; // user -> limits, as of their last authentication
};

} // namespace sb
