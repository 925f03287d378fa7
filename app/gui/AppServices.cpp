#include "app/gui/AppServices.h"

#include "app/common/AppKeyStore.h"
#include "app/common/KeychainKeyStore.h"
#include "app/common/RouterSetup.h"
#include "router/keys/KeyStore.h"

namespace sb {

AppServices::AppServices(
    const QString &ledgerPath, const QString &catalogPath, KeyStore *keys, QObject *parent)
    : QObject(parent)
{
    RouterSetupOptions options;
    options.ledgerPath = ledgerPath;
    options.catalogPath = catalogPath;
    if (!keys) {
        m_keychain = std::make_unique<KeychainKeyStore>();
        m_appKeys = std::make_unique<AppKeyStore>(m_keychain.get());
        m_environment = std::make_unique<EnvironmentKeyStore>(m_appKeys.get());
        keys = m_environment.get();
    }
    options.keys = keys;
    // Not strict: the app always starts, and problems() says what it worked around.
    m_setup = std::move(RouterSetup::create(options)).value();
}

AppServices::~AppServices()
{
    m_setup.reset(); // the Router before the keys it reads
}

Router *AppServices::router() const
{
    return m_setup->router();
}

Ledger *AppServices::ledger() const
{
    return m_setup->ledger();
}

KeyStore *AppServices::keys() const
{
    return m_setup->keys();
}

EngineLocalProvider *AppServices::localProvider() const
{
    return m_setup->localProvider();
}

server::ChatBackend *AppServices::chatBackend() const
{
    return m_setup->chatBackend();
}

QStringList AppServices::problems() const
{
    return m_setup->problems();
}

void AppServices::startCatalogRefresh()
{
    m_setup->startCatalogRefresh();
}

} // namespace sb
