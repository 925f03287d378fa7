#pragma once
// The provider catalog: which providers exist, how to reach them, which models each serves and at
// what price. The default ships embedded as :/router/providers.json; a user copy
// (<app data>/providers.json, same schema) overrides it.
//
// Merge rules for the user copy (applied to the JSON before validation, so a user file can be tiny):
//  - top-level keys other than "providers" replace the default's;
//  - a provider whose "id" matches a default provider overrides the fields it names; its "models"
//    merge by model "id" the same way (fields named replace, new ids are appended), unless the
//    provider says "replace_models": true, in which case its list replaces the default list;
//  - "remove": true on a provider or a model deletes it;
//  - providers with new ids are appended (custom endpoints).
// Validation names the provider, model and field at fault.

#include "router/base/Outcome.h"
#include "router/catalog/ProviderInfo.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace sb {

class Catalog {
public:
    Catalog() = default;

    // Parse and validate one document. `source` names the file in error messages.
    static Outcome<Catalog> fromJson(const QByteArray &json, const QString &source);
    static Outcome<Catalog> fromObject(const QJsonObject &doc, const QString &source);
    // The embedded default.
    static Outcome<Catalog> loadBuiltin();
    // The embedded default merged with the user copy at `userPath` (missing file: default only).
    static Outcome<Catalog> load(const QString &userPath);
    // <AppLocalDataLocation>/providers.json
    static QString defaultUserPath();
    static QJsonObject mergeDocuments(const QJsonObject &base, const QJsonObject &overlay);

    const QVector<ProviderInfo> &providers() const { return m_providers; }
    const ProviderInfo *provider(const QString &id) const;
    ProviderInfo *provider(const QString &id);
    QStringList providerIds() const;
    // Sorted, unique canonical model ids over all providers (enabled or not).
    QStringList modelIds() const;
    // Providers listing `modelId` (case-insensitive), in catalog order.
    QVector<const ProviderInfo *> providersServing(const QString &modelId) const;
    QString priceDateText() const { return m_priceDate; }

    // Adds a provider, or replaces the one with the same id (custom endpoints from the GUI).
    Outcome<void> upsertProvider(const ProviderInfo &info);
    bool removeProvider(const QString &id);
    static QJsonObject providerToJson(const ProviderInfo &info);
    QJsonObject toJson() const;

private:
    QVector<ProviderInfo> m_providers;
    QString m_priceDate;
};

} // namespace sb
