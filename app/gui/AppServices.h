#pragma once
// What the window's areas share: the ledger, the keychain, the Router with its catalog and
// budgets, and the Router behind the chat seam. Built once per window; a part that cannot open
// (ledger on a read-only disk, a broken user catalog) leaves the rest working and says why.

#include <QObject>
#include <QStringList>
#include <memory>

namespace sb {

class AppKeyStore;
class KeyStore;
class EngineLocalProvider;
class KeychainKeyStore;
class EnvironmentKeyStore;
class Ledger;
class Router;
class RouterChatBackend;
class SeededRandom;
namespace server {
class ChatBackend;
}

class AppServices : public QObject {
    Q_OBJECT

public:
    // Paths empty: the data directory (common/DataPaths.h). `keys` non-null replaces the keychain (tests).
    explicit AppServices(const QString &ledgerPath = {}, const QString &catalogPath = {},
        KeyStore *keys = nullptr, QObject *parent = nullptr);
    ~AppServices() override;

    Router *router() const { return m_router.get(); }
    Ledger *ledger() const { return m_ledger.get(); }
    KeyStore *keys() const { return m_keys; }
    // The keychain, the opt-in encrypted key file and this session's keys (null when tests
    // replaced the key store).
    AppKeyStore *appKeys() const { return m_appKeys.get(); }
    // The embedded SmolLM3 as the router's "local" provider; the Models area loads its model.
    EngineLocalProvider *localProvider() const { return m_local.get(); }
    server::ChatBackend *chatBackend() const;
    QStringList problems() const { return m_problems; } // for the status bar

private:
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<KeychainKeyStore> m_keychain;
    std::unique_ptr<AppKeyStore> m_appKeys;
    std::unique_ptr<EnvironmentKeyStore> m_environment;
    KeyStore *m_keys = nullptr;
    std::unique_ptr<SeededRandom> m_rng;
    std::unique_ptr<EngineLocalProvider> m_local; // outlives the router, which points to it
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RouterChatBackend> m_backend;
    QStringList m_problems;
};

} // namespace sb
