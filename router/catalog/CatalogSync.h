#pragma once
// Syncs the catalog from live sources into the cache (CatalogCache.h): the Hugging Face router's
// model list (providers with "model_list": "hub") and each OpenAI-compatible provider's
// GET {base_url}/models. Fetches run on the network; parsing and the cache write run on a worker
// thread, so a sync of thousands of models never holds up a request on the caller's thread.
//
//   CatalogSync sync(&nam);
//   connect(&sync, &CatalogSync::finished, ctx, [](const CatalogSyncReport &r) { ... });
//   sync.start(router.catalog(), {cachePath, &keys});
//
// A source that fails (network, HTTP status, malformed or cut-short body) keeps its previous
// cached listing and is named in the report; the others are still written. Keys are sent only
// to the provider they belong to; a cloud provider without a key is skipped (its list is not
// public), except the Hugging Face router, whose list is.

#include "router/catalog/Catalog.h"
#include "router/catalog/CatalogCache.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace sb {

class KeyStore;

struct CatalogSyncReport {
    bool ok = false; // every source synced and the cache written
    QStringList errors; // one per failed source ("groq: HTTP 500 from https://...") or the write
    QStringList synced; // provider ids whose listing was replaced
    QStringList skipped; // provider ids without a key, not fetched
    int hubModels = 0; // priced Hub models now cached
    int hubUnpriced = 0; // Hub models listed without any price (not routed)
    qint64 bytes = 0; // response bodies read
    qint64 elapsedMs = 0; // start to cache written
    QDateTime fetchedAt;
    bool cacheWritten = false;
};

struct CatalogSyncOptions {
    QString cachePath;
    KeyStore *keys = nullptr; // null: no keys sent (public lists and keyless servers only)
    QStringList onlyProviders; // empty: every enabled provider with a model list
    int timeoutMs = 60'000; // per source
};

class CatalogSync : public QObject {
    Q_OBJECT
public:
    explicit CatalogSync(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CatalogSync() override;

    // Starts a sync of `catalog`'s sources; finished() follows exactly once, asynchronously.
    // Returns false (and starts nothing) while a sync is already running.
    bool start(const Catalog &catalog, const CatalogSyncOptions &options);
    bool isRunning() const { return m_running; }

    // Whether a catalog last fetched at `oldestFetch` should be synced at `now`.
    static bool isDue(const QDateTime &oldestFetch, const QDateTime &now, qint64 maxAgeSeconds = 86'400);

signals:
    void finished(const sb::CatalogSyncReport &report);

private:
    struct Source {
        QString providerId;
        QString list; // hub | openai
        QUrl url;
        QString key;
        QByteArray body;
        QString error;
    };
    void fetch(int index);
    void sourceDone();
    void processAll();

    QNetworkAccessManager *m_network;
    CatalogSyncOptions m_options;
    QVector<Source> m_sources;
    int m_pending = 0;
    bool m_running = false;
    CatalogSyncReport m_report;
    QElapsedTimer m_timer;
    std::shared_ptr<std::atomic_bool> m_alive; // the worker's result is dropped when this object is gone
};

} // namespace sb

Q_DECLARE_METATYPE(sb::CatalogSyncReport)
