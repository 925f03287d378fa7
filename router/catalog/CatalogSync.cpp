#include "router/catalog/CatalogSync.h"

#include "router/catalog/CustomEndpoint.h"
#include "router/catalog/HubModelList.h"
#include "router/keys/KeyStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThreadPool>

namespace sb {

namespace {

// What a model object in the cache holds (the catalog's own schema, router/catalog/Catalog.h).
QJsonObject cacheModelJson(const ModelEntry &m)
{
    ProviderInfo carrier;
    carrier.models = { m };
    return Catalog::providerToJson(carrier).value(QLatin1String("models")).toArray().first().toObject();
}

} // namespace

CatalogSync::CatalogSync(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_alive(std::make_shared<std::atomic_bool>(true))
{
    qRegisterMetaType<sb::CatalogSyncReport>();
}

CatalogSync::~CatalogSync()
{
    *m_alive = false;
}

bool CatalogSync::isDue(const QDateTime &oldestFetch, const QDateTime &now, qint64 maxAgeSeconds)
{
    return !oldestFetch.isValid() || oldestFetch.secsTo(now) > maxAgeSeconds;
}

bool CatalogSync::start(const Catalog &catalog, const CatalogSyncOptions &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_options = options;
    m_report = CatalogSyncReport {};
    m_report.fetchedAt = QDateTime::currentDateTimeUtc();
    m_timer.start();
    m_sources.clear();
    for (const ProviderInfo &p : catalog.providers()) {
        const QString list = p.effectiveModelList();
        if (list == QLatin1String("none") || p.wire == WireFormat::Local || !p.enabled)
            continue;
        if (!options.onlyProviders.isEmpty() && !options.onlyProviders.contains(p.id))
            continue;
        Source s;
        s.providerId = p.id;
        s.list = list;
        s.url = QUrl(p.baseUrl + QStringLiteral("/models"));
        m_sources.append(s);
    }
    m_pending = int(m_sources.size());
    if (m_sources.isEmpty()) {
        QMetaObject::invokeMethod(this, &CatalogSync::processAll, Qt::QueuedConnection);
        return true;
    }
    // Keys first (the keychain answers asynchronously), then each source's GET.
    for (int i = 0; i < m_sources.size(); ++i) {
        const ProviderInfo *p = catalog.provider(m_sources[i].providerId);
        const bool needsKey = p->needsKey() && m_sources[i].list != QLatin1String("hub");
        if (!m_options.keys || p->auth == AuthStyle::None) {
            if (needsKey && p->auth != AuthStyle::None) {
                m_sources[i].error = QStringLiteral("skipped");
                QMetaObject::invokeMethod(this, &CatalogSync::sourceDone, Qt::QueuedConnection);
            } else {
                QMetaObject::invokeMethod(
                    this, [this, i] { fetch(i); }, Qt::QueuedConnection);
            }
            continue;
        }
        QPointer<CatalogSync> self(this);
        m_options.keys->readKey(p->id, [self, i, needsKey](std::optional<QString> key, QString) {
            if (!self)
                return;
            self->m_sources[i].key = key.value_or(QString());
            if (needsKey && self->m_sources[i].key.isEmpty()) {
                self->m_sources[i].error = QStringLiteral("skipped");
                self->sourceDone();
                return;
            }
            self->fetch(i);
        });
    }
    return true;
}

void CatalogSync::fetch(int index)
{
    Source &s = m_sources[index];
    QNetworkRequest request(s.url);
    request.setRawHeader("Accept", "application/json");
    if (!s.key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + s.key.toUtf8());
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
        reply->deleteLater();
        Source &src = m_sources[index];
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        src.body = reply->readAll();
        m_report.bytes += src.body.size();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            // The URL and status only: the reply could echo the key, the key never goes in a message.
            src.error = status > 0 ? QStringLiteral("HTTP %1 from %2").arg(status).arg(src.url.toString())
                                   : QStringLiteral("%1: %2").arg(src.url.toString(), reply->errorString());
            src.body.clear();
        }
        sourceDone();
    });
}

void CatalogSync::sourceDone()
{
    if (--m_pending == 0)
        processAll();
}

void CatalogSync::processAll()
{
    // Parsing thousands of models and writing the cache happen on a worker thread.
    const QVector<Source> sources = m_sources;
    const QString cachePath = m_options.cachePath;
    CatalogSyncReport report = m_report;
    const std::shared_ptr<std::atomic_bool> alive = m_alive;
    QPointer<CatalogSync> self(this);
    QThreadPool::globalInstance()->start([sources, cachePath, report, alive, self]() mutable {
        auto cache = CatalogCache::read(cachePath);
        CatalogCache updated;
        if (cache)
            updated = std::move(cache).value();
        else
            report.errors << cache.error() + QStringLiteral(" (replaced by this sync)");
        for (const Source &s : sources) {
            if (s.error == QLatin1String("skipped")) {
                report.skipped << s.providerId;
                continue;
            }
            if (!s.error.isEmpty()) {
                report.errors << s.providerId + QStringLiteral(": ") + s.error;
                continue;
            }
            CachedListing listing;
            listing.fetchedAt = report.fetchedAt;
            listing.list = s.list;
            if (s.list == QLatin1String("hub")) {
                auto models = parseHubModelList(s.body, report.fetchedAt);
                if (!models) {
                    report.errors << QStringLiteral("%1: %2 from %3")
                                         .arg(s.providerId, models.error(), s.url.toString());
                    continue;
                }
                for (const HubModel &m : models.value()) {
                    if (auto entry = hubModelEntry(m, report.fetchedAt)) {
                        listing.models.append(cacheModelJson(*entry));
                        ++report.hubModels;
                    } else {
                        ++listing.unpriced;
                    }
                }
                report.hubUnpriced += listing.unpriced;
            } else {
                auto ids = parseModelList(s.body);
                if (!ids) {
                    report.errors
                        << QStringLiteral("%1: %2 from %3").arg(s.providerId, ids.error(), s.url.toString());
                    continue;
                }
                listing.modelIds = ids.value();
            }
            updated.setListing(s.providerId, std::move(listing));
            report.synced << s.providerId;
        }
        if (!report.synced.isEmpty()) {
            if (auto written = updated.write(cachePath); written)
                report.cacheWritten = true;
            else
                report.errors << written.error();
        }
        report.ok = report.errors.isEmpty() && report.cacheWritten;
        if (!*alive)
            return;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, report, alive]() mutable {
                if (!*alive || !self)
                    return;
                report.elapsedMs = self->m_timer.elapsed();
                self->m_running = false;
                emit self->finished(report);
            },
            Qt::QueuedConnection);
    });
}

} // namespace sb
