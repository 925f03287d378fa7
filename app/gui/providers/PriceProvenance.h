#pragma once
// Where a provider's prices came from, for people: "built-in (2025-07-01, 525 days old: stale)",
// "live, fetched 2026-12-08 01:00 UTC (3 h ago)", "yours (providers.json)". The Providers area
// shows it under the provider; the server's /v1/models says the same in JSON.

#include "router/catalog/ProviderInfo.h"

#include <QDateTime>
#include <QString>

namespace sb {

struct PriceProvenance {
    int builtin = 0;
    int live = 0;
    int user = 0;
    int stale = 0;
    QDate oldestBuiltinDate; // of the built-in prices
    QDateTime oldestLiveFetch; // of the live prices
    QString text; // one line, translated
};

PriceProvenance priceProvenance(const ProviderInfo &provider, const QDateTime &now);
// "3 h", "2 days" (translated)
QString ageText(qint64 seconds);

} // namespace sb
