#include "router/core/CatalogRefresher.h"

#include "router/core/Router.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace sb {

CatalogRefresher::CatalogRefresher(
    Router *router, KeyStore *keys, Paths paths, std::function<void(Catalog &)> adjust, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_keys(keys)
    , m_paths(std::move(paths))
    , m_adjust(std::move(adjust))
    , m_sync(&m_network)
    , m_alive(std::make_shared<std::atomic_bool>(true))
{
    connect(&m_sync, &CatalogSync::finished, this, &CatalogRefresher::onSynced);
    connect(&m_timer, &QTimer::timeout, this, &CatalogRefresher::check);
}

CatalogRefresher::~CatalogRefresher()
{
    *m_alive = false;
}

void CatalogRefresher::startPeriodic(qint64 maxAgeSeconds, int checkIntervalMs, int firstCheckMs)
{
    m_maxAgeSeconds = maxAgeSeconds;
    m_timer.start(checkIntervalMs);
    QTimer::singleShot(firstCheckMs, this, &CatalogRefresher::check);
}

void CatalogRefresher::check()
{
    if (CatalogSync::isDue(m_liveFetchedAt, QDateTime::currentDateTimeUtc(), m_maxAgeSeconds))
        syncNow();
}

bool CatalogRefresher::syncNow()
{
    CatalogSyncOptions options;
    options.cachePath = m_paths.cache;
    options.keys = m_keys;
    return m_sync.start(m_router->catalog(), options);
}

void CatalogRefresher::onSynced(const CatalogSyncReport &report)
{
    m_lastReport = report;
    if (!report.cacheWritten) {
        emit refreshed(report, false);
        return;
    }
    // Loading thousands of models (JSON merge and validation) happens off this thread too.
    const Paths paths = m_paths;
    const std::shared_ptr<std::atomic_bool> alive = m_alive;
    QPointer<CatalogRefresher> self(this);
    QThreadPool::globalInstance()->start([paths, alive, self, report] {
        auto layered = std::make_shared<LayeredCatalog>(loadLayeredCatalog(paths.userCatalog, paths.cache));
        if (!*alive)
            return;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, alive, layered, report] {
                if (!*alive || !self)
                    return;
                for (const QString &p : layered->problems)
                    emit self->problem(p);
                if (self->m_adjust)
                    self->m_adjust(layered->catalog);
                self->m_router->setCatalog(std::move(layered->catalog));
                self->m_liveFetchedAt = layered->liveFetchedAt;
                emit self->refreshed(report, true);
            },
            Qt::QueuedConnection);
    });
}

} // namespace sb
