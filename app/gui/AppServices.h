#pragma once
// What the window's areas share: the ledger, the keychain, the Router with its catalog and
// budgets, and the Router behind the chat seam, all built by RouterSetup (the same setup `serve`
// uses). Built once per window; a part that cannot open (ledger on a read-only disk, a broken
// user catalog) leaves the rest working and says why.

#include <QObject>
#include <QStringList>
#include <memory>

namespace sb {

class AppKeyStore;
class EngineLocalProvider;
class EnvironmentKeyStore;
class KeychainKeyStore;
class KeyStore;
class Ledger;
class Router;
class RouterSetup;
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

    Router *router() const;
    Ledger *ledger() const;
    KeyStore *keys() const;
    // The keychain, the opt-in encrypted key file and this session's keys (null when tests
    // replaced the key store).
    AppKeyStore *appKeys() const { return m_appKeys.get(); }
    // The embedded SmolLM3 as the router's "local" provider; the Models area loads its model.
    EngineLocalProvider *localProvider() const;
    server::ChatBackend *chatBackend() const;
    QStringList problems() const; // for the status bar
    // The configuration the Providers area edits (order, switches, budgets).
    RouterSetup *setup() const { return m_setup.get(); }
    // Keeps the catalog live in the background (RouterSetup::startCatalogRefresh); the app's
    // main() calls it, tests do not.
    void startCatalogRefresh();

private:
    // The keys, when no store was given: SWITCHBOARD_KEY_<PROVIDER> over the key file or the
    // keychain or this session (AppKeyStore). They outlive the setup, whose Router reads them.
    std::unique_ptr<KeychainKeyStore> m_keychain;
    std::unique_ptr<AppKeyStore> m_appKeys;
    std::unique_ptr<EnvironmentKeyStore> m_environment;
    std::unique_ptr<RouterSetup> m_setup;
};

} // namespace sb
