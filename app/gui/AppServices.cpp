#include "app/gui/AppServices.h"

#include <QDateTime>

#include "app/common/AppKeyStore.h"
#include "app/common/DataPaths.h"
#include "app/common/KeychainKeyStore.h"
#include "app/common/Settings.h"
#include "app/gui/providers/ProvidersArea.h"
#include "app/local/EngineLocalProvider.h"
#include "router/base/Clock.h"
#include "router/catalog/Catalog.h"
#include "router/core/Router.h"
#include "router/core/RouterChatBackend.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"

namespace sb {

AppServices::AppServices(
    const QString &ledgerPath, const QString &catalogPath, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_rng(std::make_unique<SeededRandom>(quint64(QDateTime::currentMSecsSinceEpoch())))
{
    auto ledger = Ledger::open(
        ledgerPath.isEmpty() ? dataPaths::filePath(QStringLiteral("ledger.sqlite")) : ledgerPath);
    if (ledger)
        m_ledger = std::move(ledger).value();
    else
        m_problems << tr("Usage is not recorded: %1").arg(ledger.error());

    auto catalog = Catalog::load(
        catalogPath.isEmpty() ? dataPaths::filePath(QStringLiteral("providers.json")) : catalogPath);
    if (!catalog) {
        m_problems << tr("Your providers.json was ignored: %1").arg(catalog.error());
        catalog = Catalog::loadBuiltin();
    }
    Catalog chosen = catalog ? std::move(catalog).value() : Catalog();
    const QStringList disabled = Settings().value(Settings::Key::DisabledProviders).toStringList();
    for (const QString &id : disabled)
        if (ProviderInfo *p = chosen.provider(id))
            p->enabled = false;

    if (keys) {
        m_keys = keys;
    } else {
        m_keychain = std::make_unique<KeychainKeyStore>();
        m_appKeys = std::make_unique<AppKeyStore>(m_keychain.get());
        m_environment = std::make_unique<EnvironmentKeyStore>(m_appKeys.get());
        m_keys = m_environment.get();
    }
    m_router = std::make_unique<Router>(
        std::move(chosen), m_ledger.get(), m_keys, nullptr, &SystemClock::instance(), m_rng.get());
    RouterSettings settings = m_router->settings();
    settings.preferredOrder = Settings().value(Settings::Key::ProviderOrder).toStringList();
    m_router->setSettings(settings);
    m_router->budgets().setLimits(ProvidersArea::loadBudgets());
    if (m_ledger)
        m_router->seedStatsFromLedger();
    m_local = std::make_unique<EngineLocalProvider>();
    m_router->setLocalProvider(m_local.get());
    m_backend = std::make_unique<RouterChatBackend>(m_router.get());
}

AppServices::~AppServices()
{
    // Calls and the backend go before the Router, the Router before the ledger and keys.
    m_backend.reset();
    m_router.reset();
}

server::ChatBackend *AppServices::chatBackend() const
{
    return m_backend.get();
}

} // namespace sb
