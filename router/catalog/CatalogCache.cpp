#include "router/catalog/CatalogCache.h"

#include "router/catalog/UserCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace sb {

Outcome<CatalogCache> CatalogCache::read(const QString &path)
{
    if (path.isEmpty() || !QFile::exists(path))
        return CatalogCache();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Outcome<CatalogCache>::failure(
            QStringLiteral("%1: cannot read: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return Outcome<CatalogCache>::failure(
            QStringLiteral("%1: %2: invalid JSON: %3")
                .arg(path, UserCatalog::lineColumn(bytes, err.offset), err.errorString()));
    return fromJson(doc.object(), path);
}

Outcome<void> CatalogCache::write(const QString &path) const
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Outcome<void>::failure(
            QStringLiteral("%1: cannot create the folder").arg(info.absolutePath()));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Outcome<void>::failure(QStringLiteral("%1: cannot write: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return Outcome<void>::failure(QStringLiteral("%1: cannot write: %2").arg(path, f.errorString()));
    return {};
}

QDateTime CatalogCache::oldestFetch() const
{
    QDateTime oldest;
    for (const CachedListing &l : m_listings)
        if (!oldest.isValid() || l.fetchedAt < oldest)
            oldest = l.fetchedAt;
    return oldest;
}

QJsonObject CatalogCache::toJson() const
{
    QJsonObject providers;
    for (auto it = m_listings.begin(); it != m_listings.end(); ++it) {
        QJsonObject o { { QStringLiteral("fetched_at"), it->fetchedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("list"), it->list } };
        if (it->list == QLatin1String("hub")) {
            o.insert(QStringLiteral("models"), it->models);
            o.insert(QStringLiteral("unpriced"), it->unpriced);
        } else {
            o.insert(QStringLiteral("model_ids"), QJsonArray::fromStringList(it->modelIds));
        }
        providers.insert(it.key(), o);
    }
    return QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("providers"), providers } };
}

Outcome<CatalogCache> CatalogCache::fromJson(const QJsonObject &doc, const QString &source)
{
    CatalogCache cache;
    const QJsonObject providers = doc.value(QLatin1String("providers")).toObject();
    for (auto it = providers.begin(); it != providers.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        CachedListing l;
        l.fetchedAt
            = QDateTime::fromString(o.value(QLatin1String("fetched_at")).toString(), Qt::ISODateWithMs);
        l.list = o.value(QLatin1String("list")).toString();
        if (!l.fetchedAt.isValid() || (l.list != QLatin1String("hub") && l.list != QLatin1String("openai")))
            return Outcome<CatalogCache>::failure(
                QStringLiteral("%1: provider '%2': needs 'fetched_at' and 'list' (hub or openai)")
                    .arg(source, it.key()));
        l.fetchedAt = l.fetchedAt.toUTC();
        l.models = o.value(QLatin1String("models")).toArray();
        l.unpriced = o.value(QLatin1String("unpriced")).toInt();
        for (const QJsonValue &id : o.value(QLatin1String("model_ids")).toArray())
            l.modelIds << id.toString();
        cache.m_listings.insert(it.key(), l);
    }
    return cache;
}

namespace {

QJsonArray mergeHubModels(QJsonArray models, const QJsonArray &live)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < models.size(); ++i)
        index.insert(models[i].toObject().value(QLatin1String("id")).toString().toLower(), i);
    for (const QJsonValue &v : live) {
        const QJsonObject o = v.toObject();
        const qsizetype at = index.value(o.value(QLatin1String("id")).toString().toLower(), -1);
        if (at < 0) {
            models.append(o);
            continue;
        }
        // The built-in entry keeps its id (as people type it); what the sync read replaces the
        // rest, the wire name included: the routes listed are the routes of the live id.
        QJsonObject merged = models[at].toObject();
        for (auto f = o.begin(); f != o.end(); ++f)
            if (f.key() != QLatin1String("id"))
                merged.insert(f.key(), f.value());
        models[at] = merged;
    }
    return models;
}

QJsonArray markListed(QJsonArray models, const QStringList &ids, bool custom)
{
    const QSet<QString> listed(ids.begin(), ids.end());
    QSet<QString> known;
    for (qsizetype i = 0; i < models.size(); ++i) {
        QJsonObject m = models[i].toObject();
        const QString wireId
            = m.value(QLatin1String("provider_model_id")).toString(m.value(QLatin1String("id")).toString());
        known.insert(wireId);
        if (!listed.contains(wireId)) {
            m.insert(QStringLiteral("listed"), false);
            models[i] = m;
        }
    }
    if (custom) // a server of the user's: what it serves now is what it serves, at cost 0
        for (const QString &id : ids)
            if (!known.contains(id))
                models.append(
                    QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("context_window"), 32768 },
                        { QStringLiteral("input_per_mtok"), 0 }, { QStringLiteral("output_per_mtok"), 0 } });
    return models;
}

} // namespace

QJsonObject CatalogCache::applyTo(const QJsonObject &catalogDoc) const
{
    QJsonArray providers = catalogDoc.value(QLatin1String("providers")).toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        QJsonObject p = providers[i].toObject();
        const auto it = m_listings.constFind(p.value(QLatin1String("id")).toString());
        if (it == m_listings.constEnd())
            continue;
        const QJsonArray models = p.value(QLatin1String("models")).toArray();
        if (it->list == QLatin1String("hub"))
            p.insert(QStringLiteral("models"), mergeHubModels(models, it->models));
        else
            p.insert(QStringLiteral("models"),
                markListed(models, it->modelIds,
                    p.value(QLatin1String("kind")).toString() == QLatin1String("custom")));
        p.insert(QStringLiteral("live_fetched_at"), it->fetchedAt.toString(Qt::ISODateWithMs));
        providers[i] = p;
    }
    QJsonObject out = catalogDoc;
    out.insert(QStringLiteral("providers"), providers);
    return out;
}

namespace {

// A user entry that names a price makes that price the user's.
QJsonObject markUserPrices(QJsonObject merged, const QJsonObject &overlay)
{
    QHash<QString, QSet<QString>> userPriced; // provider -> lower-cased model ids
    for (const QJsonValue &pv : overlay.value(QLatin1String("providers")).toArray()) {
        const QJsonObject po = pv.toObject();
        for (const QJsonValue &mv : po.value(QLatin1String("models")).toArray()) {
            const QJsonObject mo = mv.toObject();
            if (mo.contains(QLatin1String("input_per_mtok")) || mo.contains(QLatin1String("output_per_mtok")))
                userPriced[po.value(QLatin1String("id")).toString()].insert(
                    mo.value(QLatin1String("id")).toString().toLower());
        }
    }
    if (userPriced.isEmpty())
        return merged;
    QJsonArray providers = merged.value(QLatin1String("providers")).toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        QJsonObject p = providers[i].toObject();
        const auto it = userPriced.constFind(p.value(QLatin1String("id")).toString());
        if (it == userPriced.constEnd())
            continue;
        QJsonArray models = p.value(QLatin1String("models")).toArray();
        for (qsizetype m = 0; m < models.size(); ++m) {
            QJsonObject mo = models[m].toObject();
            if (!it->contains(mo.value(QLatin1String("id")).toString().toLower()))
                continue;
            mo.insert(QStringLiteral("price_source"), QStringLiteral("user"));
            mo.remove(QStringLiteral("fetched_at"));
            mo.remove(QStringLiteral("routes")); // the user's price is the price, whichever upstream
            models[m] = mo;
        }
        p.insert(QStringLiteral("models"), models);
        providers[i] = p;
    }
    merged.insert(QStringLiteral("providers"), providers);
    return merged;
}

} // namespace

LayeredCatalog loadLayeredCatalog(const QString &userPath, const QString &cachePath)
{
    LayeredCatalog out;
    QFile base(QStringLiteral(":/router/providers.json"));
    if (!base.open(QIODevice::ReadOnly)) {
        out.problems << QStringLiteral(":/router/providers.json: cannot open the embedded catalog");
        return out;
    }
    const QJsonObject builtinDoc = QJsonDocument::fromJson(base.readAll()).object();
    QJsonObject doc = builtinDoc;
    auto cache = CatalogCache::read(cachePath);
    if (!cache) {
        out.problems << cache.error();
    } else if (!cache->isEmpty()) {
        const QJsonObject withCache = cache->applyTo(builtinDoc);
        if (auto check = Catalog::fromObject(withCache, cachePath); check) {
            doc = withCache;
            out.liveFetchedAt = cache->oldestFetch();
        } else {
            out.problems << check.error();
        }
    }
    const auto overlay = UserCatalog(userPath).read();
    if (!overlay) {
        out.problems << overlay.error();
        out.userFileIgnored = true;
    } else if (!overlay->isEmpty()) {
        const QJsonObject merged
            = markUserPrices(Catalog::mergeDocuments(doc, overlay.value()), overlay.value());
        if (auto cat = Catalog::fromObject(merged, userPath + QStringLiteral(" (merged over the default)"))) {
            out.catalog = std::move(cat).value();
            return out;
        } else {
            out.problems << cat.error();
            out.userFileIgnored = true;
        }
    }
    if (auto cat = Catalog::fromObject(doc, QStringLiteral(":/router/providers.json")))
        out.catalog = std::move(cat).value();
    else
        out.problems << cat.error();
    return out;
}

qint64 priceAgeSeconds(const ModelPrice &price, const QDateTime &now)
{
    if (price.fetchedAt.isValid())
        return std::max<qint64>(0, price.fetchedAt.secsTo(now));
    if (price.priceDate.isValid())
        return std::max<qint64>(0, price.priceDate.startOfDay(Qt::UTC).secsTo(now));
    return 0;
}

bool priceIsStale(const ModelPrice &price, const QDateTime &now)
{
    return price.source != PriceSource::User
        && priceAgeSeconds(price, now) > qint64(kStaleCatalogDays) * 86400;
}

} // namespace sb
