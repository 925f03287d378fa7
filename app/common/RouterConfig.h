#pragma once
// The router configuration a person edits in the app and `serve` obeys: the preferred provider
// order and the budgets. One file in the data folder (router.json), read and written only here.
// Provider on/off switches and custom endpoints live beside it in the user's providers.json
// (router/catalog/UserCatalog), which the catalog loader already reads; keys live in the keychain.

#include "router/base/Outcome.h"
#include "router/budget/Budget.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace sb {

struct RouterConfig {
    QStringList providerOrder; // the "preferred" policy's order; providers not listed come after
    QVector<BudgetLimit> budgets;

    // dir: the data folder. A missing file is the empty configuration; a broken one is an error
    // naming the file (the caller keeps running without it and says so).
    static Outcome<RouterConfig> load(const QString &dir);
    // Written atomically (a crash leaves the old file or the new one, never half of one).
    Outcome<void> save(const QString &dir) const;
    static QString filePath(const QString &dir);

    QByteArray toJson() const;
    static Outcome<RouterConfig> fromJson(const QByteArray &json, const QString &source);
};

// Before router.json existed, the order, the on/off switches and the budgets lived in the app's
// QSettings, which `serve` never read. The first start with a data folder that has no router.json
// moves them there (and the switches into providers.json), then removes them from QSettings.
// Returns what was moved (empty when there was nothing), or an error naming the file.
Outcome<bool> migrateLegacyRouterSettings(const QString &dir, const QString &userCatalogPath);

} // namespace sb
