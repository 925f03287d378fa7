#include "router/core/Router.h"

#include "router/core/LocalProvider.h"
#include "router/core/RouterCall.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace sb {

namespace {

class NoSpend final : public SpendSource {
public:
    Outcome<double> spend(qint64, qint64, const QString &) const override { return 0.0; }
};

} // namespace

Router::Router(Catalog catalog, Ledger *ledger, KeyStore *keys, QNetworkAccessManager *network,
    const Clock *clock, RandomSource *rng, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_ledger(ledger)
    , m_keyStore(keys)
    , m_network(network)
    , m_clock(clock)
    , m_rng(rng)
    , m_spend(ledger ? std::unique_ptr<SpendSource>(new LedgerSpendSource(ledger))
                     : std::unique_ptr<SpendSource>(new NoSpend))
    , m_budgets(m_spend.get(), clock)
    , m_health(clock)
{
    qRegisterMetaType<sb::RouteResult>();
    qRegisterMetaType<sb::AttemptRecord>();
    qRegisterMetaType<sb::ChatEvent>();
}

Router::~Router()
{
    // Calls still running are cancelled while the budgets, health and ledger they record into
    // still exist (QObject would delete them only after the members are gone).
    const QList<RouterCall *> calls = findChildren<RouterCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

RouterCall *Router::chat(const ChatRequest &request, const RouteOptions &options)
{
    return new RouterCall(services(), request, options, this);
}

RouterServices Router::services()
{
    RouterServices s;
    s.catalog = &m_catalog;
    s.settings = &m_settings;
    s.ledger = m_ledger;
    s.budgets = &m_budgets;
    s.health = &m_health;
    s.stats = &m_stats;
    s.clock = m_clock;
    s.rng = m_rng;
    s.local = m_local;
    s.host = this;
    return s;
}

void Router::seedStatsFromLedger(int samples)
{
    if (!m_ledger)
        return;
    if (auto perf = m_ledger->recentPerformance(samples))
        m_stats.seed(perf.value());
    else
        emit ledgerError(perf.error());
}

void Router::keyChanged(const QString &providerId)
{
    m_keys.remove(providerId);
    m_health.setKeyRejected(providerId, false);
}

void Router::prefetchKeys()
{
    resolveKeys(m_catalog.providerIds(), [] {});
}

bool Router::providerReady(const ProviderInfo &p, const QString &modelId) const
{
    if (!p.enabled || m_health.state(p.id).keyRejected)
        return false;
    if (p.wire == WireFormat::Local)
        return m_local && m_local->canServe(modelId);
    return hasKey(p);
}

QNetworkAccessManager *Router::acquireNetwork()
{
    QNetworkAccessManager *nam = m_network;
    if (!nam) {
        for (QNetworkAccessManager *candidate : std::as_const(m_pool))
            if (m_inFlight.value(candidate) < 6) {
                nam = candidate;
                break;
            }
        if (!nam) {
            nam = new QNetworkAccessManager(this);
            m_pool.append(nam);
        }
    }
    ++m_inFlight[nam];
    return nam;
}

void Router::releaseNetwork(QNetworkAccessManager *nam)
{
    if (nam && m_inFlight.contains(nam))
        --m_inFlight[nam];
}

bool Router::hasKey(const ProviderInfo &p) const
{
    return !p.needsKey() || !m_keys.value(p.id).isEmpty();
}

QStringList Router::knownSecrets() const
{
    QStringList out;
    for (const QString &k : m_keys)
        if (!k.isEmpty())
            out << k;
    return out;
}

void Router::resolveKeys(const QStringList &providers, std::function<void()> done)
{
    QStringList missing;
    for (const QString &id : providers) {
        const ProviderInfo *p = m_catalog.provider(id);
        if (p && p->auth != AuthStyle::None && !m_keys.contains(id))
            missing << id;
    }
    if (missing.isEmpty() || !m_keyStore) {
        for (const QString &id : missing)
            m_keys.insert(id, QString());
        done();
        return;
    }
    auto remaining = std::make_shared<int>(int(missing.size()));
    auto finished = std::make_shared<std::function<void()>>(std::move(done));
    QPointer<Router> self(this);
    for (const QString &id : missing) {
        m_keyStore->readKey(id, [self, id, remaining, finished](std::optional<QString> key, QString error) {
            if (!self)
                return;
            // A failing keychain counts as "no key": the provider is excluded with that reason.
            Q_UNUSED(error)
            self->m_keys.insert(id, key.value_or(QString()));
            if (--*remaining == 0)
                (*finished)();
        });
    }
}

} // namespace sb
