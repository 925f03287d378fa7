#pragma once
// An interim ChatBackend straight over the catalog, the adapters, the budgets and the ledger, so
// `switchboard-cli serve` works end to end before core/Router lands. It keeps the contract the
// Router adapter will keep: candidates in policy order, failover before the first token only,
// budget reservation per attempt (402 exhausted / 429 reserved), one ledger row per attempt, a
// cancelled request recorded as Cancelled. It does not do health/cooldowns or the fastest
// policy's measurements; that is the Router's job. Replace it with a RouterBackend when the
// Router exists.

#include "budget/Budget.h"
#include "catalog/Catalog.h"
#include "ledger/Ledger.h"
#include "server/ChatBackend.h"

#include <QHash>
#include <QNetworkAccessManager>

#include <memory>
#include <vector>

namespace sb::server {

class DirectBackend : public ChatBackend {
public:
    // keys: provider id -> API key (never logged). ledger and budgets may be null.
    DirectBackend(Catalog catalog, QHash<QString, QString> keys, Ledger *ledger, BudgetManager *budgets);
    ~DirectBackend() override;

    QVector<ModelListing> models() const override;
    ChatCall *start(const ChatRequest &request, const QString &policy, const QString &pinnedProvider,
                    QObject *parent) override;

    bool providerReady(const ProviderInfo &p) const;
    const Catalog &catalog() const { return m_catalog; }

private:
    friend class DirectCall;
    // Qt 6.4's QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and queues
    // the rest (QHttp1Configuration arrived in 6.5), so 200 concurrent streams would wait in
    // line. Each manager has its own pool: requests go to one with a free connection.
    QNetworkAccessManager *managerForNewRequest();
    void requestEnded(QNetworkAccessManager *nam);
    QHash<QNetworkAccessManager *, int> m_inFlight;
    mutable QVector<ModelListing> m_modelsCache;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_nams;
    Catalog m_catalog;
    QHash<QString, QString> m_keys;
    Ledger *m_ledger;
    BudgetManager *m_budgets;
};

} // namespace sb::server
