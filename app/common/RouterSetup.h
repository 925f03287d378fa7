#pragma once
// One setup for every front end: the GUI (AppServices), `switchboard-cli serve` and the CLI's
// router commands build their Router here, from the same data folder: the ledger
// (ledger.sqlite), the catalog (built-ins under the user's providers.json), the configuration a
// person edits (router.json: provider order, budgets; RouterConfig) and the keys (SWITCHBOARD_KEY_*
// over the system keychain). So a budget set in the app binds the local server too.
// Widgets edit the configuration through the setters below; they never serialise it themselves.

#include "app/common/RouterConfig.h"
#include "router/base/Outcome.h"
#include "router/budget/Budget.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <memory>

namespace sb {

class EngineLocalProvider;
class EnvironmentKeyStore;
class KeyStore;
class KeychainKeyStore;
class Ledger;
class Router;
class RouterChatBackend;
class SeededRandom;
namespace server {
class ChatBackend;
}

struct RouterSetupOptions {
    QString dataDir; // empty: the data folder in use (app/common/DataPaths.h)
    QString ledgerPath; // empty: <data>/ledger.sqlite
    QString catalogPath; // the user's providers.json; empty: <data>/providers.json
    // Serve this catalog alone, without built-ins or the user's file (`serve --catalog-only`).
    QByteArray catalogOnlyJson;
    QString catalogOnlySource;
    KeyStore *keys = nullptr; // not owned; null: SWITCHBOARD_KEY_<PROVIDER> over the system keychain
    QVector<BudgetLimit> extraBudgets; // on top of the configured ones, not saved (`serve --budget`)
    // A server must not run with less than it was told: a ledger, catalog or router.json that
    // cannot be read is then a failure instead of a problem the app shows and works around.
    bool strict = false;
};

class RouterSetup : public QObject {
    Q_OBJECT

public:
    static Outcome<std::unique_ptr<RouterSetup>> create(const RouterSetupOptions &options = {});
    ~RouterSetup() override;

    Router *router() const { return m_router.get(); }
    Ledger *ledger() const { return m_ledger.get(); }
    KeyStore *keys() const { return m_keys; }
    // The embedded SmolLM3 as the router's "local" provider (loaded by the Models area or serve).
    EngineLocalProvider *localProvider() const { return m_local.get(); }
    server::ChatBackend *chatBackend() const;
    // What could not be read and was worked around (the app's status bar shows them).
    QStringList problems() const { return m_problems; }
    QString dataDir() const { return m_dataDir; }
    QString catalogPath() const { return m_catalogPath; }
    QString ledgerPath() const { return m_ledgerPath; }

    // The configuration and its edits: each is saved to the data folder and applied to the Router
    // at once; on a failed save the Router still applies it for this session and the error says so.
    const RouterConfig &config() const { return m_config; }
    Outcome<void> setProviderOrder(const QStringList &order);
    Outcome<void> setBudgets(const QVector<BudgetLimit> &budgets);
    // The switch lives in the user's providers.json (the catalog loader reads it from there).
    Outcome<void> setProviderEnabled(const QString &providerId, bool enabled);
    // A provider (custom endpoint) went away: forget it in the order too.
    Outcome<void> forgetProvider(const QString &providerId);

private:
    RouterSetup() = default;
    void applyConfig();

    QString m_dataDir;
    QString m_catalogPath;
    QString m_ledgerPath;
    RouterConfig m_config;
    QVector<BudgetLimit> m_extraBudgets;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<KeychainKeyStore> m_keychain;
    std::unique_ptr<EnvironmentKeyStore> m_environment;
    KeyStore *m_keys = nullptr;
    std::unique_ptr<SeededRandom> m_rng;
    std::unique_ptr<EngineLocalProvider> m_local; // outlives the router, which points to it
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RouterChatBackend> m_backend;
    QStringList m_problems;
};

} // namespace sb
