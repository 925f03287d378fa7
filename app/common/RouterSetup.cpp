#include "app/common/RouterSetup.h"

#include "app/common/DataPaths.h"
#include "app/common/KeychainKeyStore.h"
#include "app/local/EngineLocalProvider.h"
#include "router/base/Clock.h"
#include "router/catalog/Catalog.h"
#include "router/catalog/UserCatalog.h"
#include "router/core/Router.h"
#include "router/core/RouterChatBackend.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"

#include <QDateTime>
#include <QDir>

namespace sb {

Outcome<std::unique_ptr<RouterSetup>> RouterSetup::create(const RouterSetupOptions &options)
{
    using Failed = Outcome<std::unique_ptr<RouterSetup>>;
    std::unique_ptr<RouterSetup> s(new RouterSetup);
    s->m_dataDir = options.dataDir.isEmpty() ? dataPaths::directory() : options.dataDir;
    const QDir dir(s->m_dataDir);
    s->m_catalogPath = options.catalogPath.isEmpty() ? dir.filePath(QStringLiteral("providers.json"))
                                                     : options.catalogPath;
    s->m_ledgerPath
        = options.ledgerPath.isEmpty() ? dir.filePath(QStringLiteral("ledger.sqlite")) : options.ledgerPath;
    s->m_extraBudgets = options.extraBudgets;
    s->m_rng = std::make_unique<SeededRandom>(quint64(QDateTime::currentMSecsSinceEpoch()));

    // A problem the app works around is a failure for a strict (server) setup.
    auto problem = [&](const QString &message) -> bool {
        s->m_problems << message;
        return options.strict;
    };

    if (options.catalogOnlyJson.isEmpty())
        if (auto moved = migrateLegacyRouterSettings(s->m_dataDir, s->m_catalogPath); !moved)
            if (problem(
                    tr("Your earlier provider order and budgets could not be moved: %1").arg(moved.error())))
                return Failed::failure(moved.error());

    if (auto ledger = Ledger::open(s->m_ledgerPath))
        s->m_ledger = std::move(ledger).value();
    else if (problem(tr("Usage is not recorded: %1").arg(ledger.error())))
        return Failed::failure(ledger.error());

    Outcome<Catalog> catalog = options.catalogOnlyJson.isEmpty()
        ? Catalog::load(s->m_catalogPath)
        : Catalog::fromJson(options.catalogOnlyJson, options.catalogOnlySource);
    if (!catalog) {
        if (problem(tr("Your providers.json was ignored: %1").arg(catalog.error())))
            return Failed::failure(catalog.error());
        catalog = Catalog::loadBuiltin();
    }

    if (auto config = RouterConfig::load(s->m_dataDir))
        s->m_config = std::move(config).value();
    else if (problem(tr("Your provider order and budgets were not read: %1").arg(config.error())))
        return Failed::failure(config.error());

    if (options.keys) {
        s->m_keys = options.keys;
    } else {
        s->m_keychain = std::make_unique<KeychainKeyStore>();
        s->m_environment = std::make_unique<EnvironmentKeyStore>(s->m_keychain.get());
        s->m_keys = s->m_environment.get();
    }
    s->m_router = std::make_unique<Router>(catalog ? std::move(catalog).value() : Catalog(),
        s->m_ledger.get(), s->m_keys, nullptr, &SystemClock::instance(), s->m_rng.get());
    s->applyConfig();
    if (s->m_ledger)
        s->m_router->seedStatsFromLedger();
    s->m_local = std::make_unique<EngineLocalProvider>();
    s->m_router->setLocalProvider(s->m_local.get());
    s->m_backend = std::make_unique<RouterChatBackend>(s->m_router.get());
    return s;
}

RouterSetup::~RouterSetup()
{
    // Calls and the backend go before the Router, the Router before the ledger, keys and engine.
    m_backend.reset();
    m_router.reset();
}

server::ChatBackend *RouterSetup::chatBackend() const
{
    return m_backend.get();
}

void RouterSetup::applyConfig()
{
    RouterSettings settings = m_router->settings();
    settings.preferredOrder = m_config.providerOrder;
    m_router->setSettings(settings);
    m_router->budgets().setLimits(m_config.budgets + m_extraBudgets);
}

Outcome<void> RouterSetup::setProviderOrder(const QStringList &order)
{
    m_config.providerOrder = order;
    applyConfig();
    return m_config.save(m_dataDir);
}

Outcome<void> RouterSetup::setBudgets(const QVector<BudgetLimit> &budgets)
{
    m_config.budgets = budgets;
    applyConfig();
    return m_config.save(m_dataDir);
}

Outcome<void> RouterSetup::setProviderEnabled(const QString &providerId, bool enabled)
{
    if (ProviderInfo *p = m_router->catalog().provider(providerId))
        p->enabled = enabled;
    return UserCatalog(m_catalogPath).setProviderField(providerId, QStringLiteral("enabled"), enabled);
}

Outcome<void> RouterSetup::forgetProvider(const QString &providerId)
{
    if (!m_config.providerOrder.contains(providerId))
        return {};
    QStringList order = m_config.providerOrder;
    order.removeAll(providerId);
    return setProviderOrder(order);
}

} // namespace sb
