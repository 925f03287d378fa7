#include "app/gui/AppServices.h"

#include "app/common/RouterSetup.h"

namespace sb {

AppServices::AppServices(
    const QString &ledgerPath, const QString &catalogPath, KeyStore *keys, QObject *parent)
    : QObject(parent)
{
    RouterSetupOptions options;
    options.ledgerPath = ledgerPath;
    options.catalogPath = catalogPath;
    options.keys = keys;
    // Not strict: the app always starts, and problems() says what it worked around.
    m_setup = std::move(RouterSetup::create(options)).value();
}

AppServices::~AppServices() = default;

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

} // namespace sb
