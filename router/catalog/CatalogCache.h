#pragma once
// The live catalog as last synced, kept in the data folder (catalog-cache.json) with its fetch
// times, so a start without network uses it. Layers, bottom to top:
//   built-in resources/providers.json  <  this cache  <  the user's providers.json
// A user override of a price (or any field) therefore always wins over what a sync read.
//
//   {"version": 1,
//    "providers": {
//      "hf":   {"fetched_at": "2026-12-08T01:00:00.000Z", "list": "hub",
//               "models": [ catalog model objects, with "routes" and "price_source": "live" ]},
//      "groq": {"fetched_at": "...", "list": "openai", "model_ids": ["llama-3.3-70b-versatile", ...]}}}
//
// Writes go through QSaveFile (atomic rename): a crash or a failed sync leaves the previous file.

#include "router/base/Outcome.h"
#include "router/catalog/Catalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace sb {

struct CachedListing {
    QDateTime fetchedAt;
    QString list; // "hub" or "openai"
    QJsonArray models; // hub: catalog model objects
    QStringList modelIds; // openai: the ids the provider listed
    int unpriced = 0; // hub: models skipped because no live route lists a price
};

class CatalogCache {
public:
    static QString defaultFileName() { return QStringLiteral("catalog-cache.json"); }

    // A missing file is an empty cache; an unreadable or malformed one is an error naming it.
    static Outcome<CatalogCache> read(const QString &path);
    Outcome<void> write(const QString &path) const;

    bool isEmpty() const { return m_listings.isEmpty(); }
    const QMap<QString, CachedListing> &listings() const { return m_listings; }
    void setListing(const QString &providerId, CachedListing listing)
    {
        m_listings[providerId] = std::move(listing);
    }
    // The oldest fetch time over the sources (invalid when empty): how old the catalog is.
    QDateTime oldestFetch() const;

    QJsonObject toJson() const;
    static Outcome<CatalogCache> fromJson(const QJsonObject &doc, const QString &source);

    // Merges the cache into a catalog document (providers matched by id; hub models by id,
    // case-insensitive, replacing the built-in fields they carry; models a provider no longer
    // lists are marked "listed": false; a custom endpoint gains the new ids at price 0).
    QJsonObject applyTo(const QJsonObject &catalogDoc) const;

private:
    QMap<QString, CachedListing> m_listings;
};

// The catalog every front end uses: built-in, then the cache at `cachePath`, then the user file
// at `userPath` (either may be empty or missing). A broken layer is left out and named in
// `problems`; the result is always usable.
struct LayeredCatalog {
    Catalog catalog;
    QStringList problems;
    bool userFileIgnored = false; // the user's providers.json could not be read or applied
    QDateTime liveFetchedAt; // oldest fetch of the cache applied; invalid: no live data
};
LayeredCatalog loadLayeredCatalog(const QString &userPath, const QString &cachePath);

// Days after which a price is called stale (built-in or synced; user prices are the user's).
inline constexpr int kStaleCatalogDays = 7;
// How old a price is at `now`: from its fetch time when live, else from its price date.
qint64 priceAgeSeconds(const ModelPrice &price, const QDateTime &now);
bool priceIsStale(const ModelPrice &price, const QDateTime &now);

} // namespace sb
