#pragma once
// The router: one ChatRequest in; candidates filtered (serve the model, enabled, keyed, healthy,
// context fits, within budget) and ranked by a policy; then the attempt loop sends it to the best
// candidate and, on a retryable failure before the first token, to the next. After the first
// token there is no failover: the error ends the response. Every attempt is one ledger row.
//
//   Router router(catalog, ledger, &keys, &nam, &SystemClock::instance(), &rng);
//   RouterCall *call = router.chat(request);
//   connect(call, &RouterCall::chatEvent, ...);     // content as it streams
//   connect(call, &RouterCall::finished, ...);  // RouteResult: provider, attempts, cost, error
//
// Network: with a QNetworkAccessManager given, every request uses it. With nullptr the Router
// keeps its own pool and starts another manager whenever each one already has 6 requests in
// flight, because Qt 6.4 opens at most 6 HTTP/1.1 connections per host per manager and queues
// the rest (many concurrent streams through the local server would wait in line).
//
// Single-threaded: use the Router and its calls from the thread that owns them (the GUI thread
// or the server's); the network and the local engine are asynchronous underneath.

#include "router/base/Clock.h"
#include "router/budget/Budget.h"
#include "router/catalog/Catalog.h"
#include "router/core/RouteResult.h"
#include "router/core/RouterServices.h"
#include "router/health/HealthTracker.h"
#include "router/routing/ProviderStats.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;

namespace sb {

class KeyStore;
class Ledger;
class LocalProvider;
class RouterCall;

class Router : public QObject, private RouterHost {
    Q_OBJECT
public:
    // ledger may be null (no rows, no spend: budgets see 0). keys may be null (no keys: only
    // keyless providers). The pointers must outlive the Router.
    Router(Catalog catalog, Ledger *ledger, KeyStore *keys, QNetworkAccessManager *network,
        const Clock *clock, RandomSource *rng, QObject *parent = nullptr);
    ~Router() override;

    // Starts a request. The call is a child of the Router; delete it (deleteLater) after
    // finished(). finished() is always emitted, asynchronously, exactly once.
    RouterCall *chat(const ChatRequest &request, const RouteOptions &options = {});

    void setSettings(const RouterSettings &settings) { m_settings = settings; }
    const RouterSettings &settings() const { return m_settings; }
    void setLocalProvider(LocalProvider *local) { m_local = local; }
    // Replaces the catalog (user edited providers.json, added a custom endpoint, toggled one).
    void setCatalog(Catalog catalog) { m_catalog = std::move(catalog); }
    const Catalog &catalog() const { return m_catalog; }
    Catalog &catalog() { return m_catalog; }
    BudgetManager &budgets() { return m_budgets; }
    HealthTracker &health() { return m_health; }
    StatsTracker &stats() { return m_stats; }
    Ledger *ledger() const { return m_ledger; }
    // Fills the fastest policy's EWMA from the ledger's latest measurements.
    void seedStatsFromLedger(int samples = 2000);
    // The key of a provider changed (set or removed in the GUI): forget the cached one and
    // lift a "key rejected" mark.
    void keyChanged(const QString &providerId);
    // Reads every provider's key into the cache (asynchronously); providerReady() is exact after.
    void prefetchKeys();
    // Enabled, keyed (or keyless), and for the local provider an engine that serves the model.
    bool providerReady(const ProviderInfo &p, const QString &modelId) const;

signals:
    void attemptRecorded(const sb::AttemptRecord &record); // after its ledger row is final: charts update
    void keyRejected(const QString &providerId); // a 401: the UI marks the key invalid
    void budgetWarning(const QString &message);
    void ledgerError(const QString &message);

private:
    // RouterHost: what the calls ask of the Router (RouterServices::host).
    void resolveKeys(const QStringList &providers, std::function<void()> done) override;
    bool hasKey(const ProviderInfo &p) const override;
    QString keyFor(const QString &providerId) const override { return m_keys.value(providerId); }
    QStringList knownSecrets() const override;
    QNetworkAccessManager *acquireNetwork() override;
    void releaseNetwork(QNetworkAccessManager *nam) override;
    void reportAttempt(const AttemptRecord &record) override { emit attemptRecorded(record); }
    void reportKeyRejected(const QString &providerId) override { emit keyRejected(providerId); }
    void reportBudgetWarning(const QString &message) override { emit budgetWarning(message); }
    void reportLedgerError(const QString &message) override { emit ledgerError(message); }
    RouterServices services();

    Catalog m_catalog;
    Ledger *m_ledger;
    KeyStore *m_keyStore;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    RandomSource *m_rng;
    LocalProvider *m_local = nullptr;
    RouterSettings m_settings;
    std::unique_ptr<SpendSource> m_spend;
    BudgetManager m_budgets;
    HealthTracker m_health;
    StatsTracker m_stats;
    QHash<QString, QString> m_keys; // provider -> key ("" when none stored); never logged
    QVector<QNetworkAccessManager *> m_pool; // children of the Router, when no manager was given
    QHash<QNetworkAccessManager *, int> m_inFlight;
};

} // namespace sb
