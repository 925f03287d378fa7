#pragma once
// Keeps a Router's catalog live: at start and then periodically, when the cached catalog is older
// than a day, a CatalogSync runs in the background; once it has written the cache, the layered
// catalog (built-in < cache < the user's providers.json) is loaded again, off the caller's
// thread, and swapped into the Router. Requests in flight keep the catalog they began with
// (RouterCall holds a copy), and none waits for a sync. The app and `serve` use this same class.

#include "router/catalog/CatalogSync.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <functional>

namespace sb {

class Router;

class CatalogRefresher : public QObject {
    Q_OBJECT
public:
    struct Paths {
        QString userCatalog; // <data>/providers.json
        QString cache; // <data>/catalog-cache.json
    };
    // `adjust` runs on every loaded catalog before the Router gets it (the app's disabled list).
    CatalogRefresher(Router *router, KeyStore *keys, Paths paths, std::function<void(Catalog &)> adjust = {},
        QObject *parent = nullptr);
    ~CatalogRefresher() override;

    // Checks now and then every `checkIntervalMs`; syncs when the catalog is older than `maxAgeSeconds`.
    void startPeriodic(
        qint64 maxAgeSeconds = 86'400, int checkIntervalMs = 3'600'000, int firstCheckMs = 5'000);
    // Syncs now, whatever the age (the CLI's --refresh, a button). False while one runs.
    bool syncNow();
    bool isSyncing() const { return m_sync.isRunning(); }
    QDateTime liveFetchedAt() const { return m_liveFetchedAt; }
    const CatalogSyncReport &lastReport() const { return m_lastReport; }
    void setLiveFetchedAt(const QDateTime &t) { m_liveFetchedAt = t; }

signals:
    // After a sync: the report, and whether the Router now has the reloaded catalog.
    void refreshed(const sb::CatalogSyncReport &report, bool catalogReloaded);
    void problem(const QString &message); // a layer left out on reload

private:
    void check();
    void onSynced(const CatalogSyncReport &report);

    Router *m_router;
    KeyStore *m_keys;
    Paths m_paths;
    std::function<void(Catalog &)> m_adjust;
    QNetworkAccessManager m_network;
    CatalogSync m_sync;
    QTimer m_timer;
    qint64 m_maxAgeSeconds = 86'400;
    QDateTime m_liveFetchedAt;
    CatalogSyncReport m_lastReport;
    std::shared_ptr<std::atomic_bool> m_alive;
};

} // namespace sb
