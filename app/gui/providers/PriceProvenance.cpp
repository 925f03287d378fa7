#include "app/gui/providers/PriceProvenance.h"

#include "router/catalog/CatalogCache.h"

#include <QCoreApplication>
#include <QStringList>

namespace sb {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sb::PriceProvenance", text, nullptr, n);
}

} // namespace

QString ageText(qint64 seconds)
{
    if (seconds < 3600)
        return tr("%n min", int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n h", int(seconds / 3600));
    return tr("%n days", int(seconds / 86400));
}

PriceProvenance priceProvenance(const ProviderInfo &provider, const QDateTime &now)
{
    PriceProvenance p;
    for (const ModelEntry &m : provider.models) {
        switch (m.price.source) {
        case PriceSource::Builtin:
            ++p.builtin;
            if (m.price.priceDate.isValid()
                && (!p.oldestBuiltinDate.isValid() || m.price.priceDate < p.oldestBuiltinDate))
                p.oldestBuiltinDate = m.price.priceDate;
            break;
        case PriceSource::Live:
            ++p.live;
            if (m.price.fetchedAt.isValid()
                && (!p.oldestLiveFetch.isValid() || m.price.fetchedAt < p.oldestLiveFetch))
                p.oldestLiveFetch = m.price.fetchedAt;
            break;
        case PriceSource::User:
            ++p.user;
            break;
        }
        p.stale += priceIsStale(m.price, now) ? 1 : 0;
    }
    QStringList parts;
    if (p.live > 0)
        parts << tr("%n live, fetched %1 (%2 ago)", p.live)
                     .arg(p.oldestLiveFetch.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                         ageText(p.oldestLiveFetch.secsTo(now)));
    if (p.builtin > 0)
        parts << tr("%n built-in, listed %1 (%2 old)", p.builtin)
                     .arg(p.oldestBuiltinDate.toString(Qt::ISODate),
                         ageText(p.oldestBuiltinDate.startOfDay(Qt::UTC).secsTo(now)));
    if (p.user > 0)
        parts << tr("%n yours (providers.json)", p.user);
    if (parts.isEmpty())
        return p;
    p.text = tr("Prices: %1").arg(parts.join(QStringLiteral(" · ")));
    if (p.stale > 0)
        p.text += QLatin1Char(' ')
            + tr("— %n price(s) older than %1 days: stale. Sync the catalog (switchboard-cli catalog sync).",
                p.stale)
                  .arg(kStaleCatalogDays);
    if (provider.liveFetchedAt.isValid())
        p.text += QLatin1Char(' ')
            + tr("Model list synced %1 ago.").arg(ageText(provider.liveFetchedAt.secsTo(now)));
    return p;
}

} // namespace sb
