#include "router/catalog/HubModelList.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace sb {

namespace {

std::optional<bool> optionalBool(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

double nonNegative(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    return qIsFinite(d) && d >= 0 ? d : -1;
}

} // namespace

QString catalogIdForHubProvider(const QString &hubName)
{
    if (hubName == QLatin1String("fireworks-ai"))
        return QStringLiteral("fireworks");
    if (hubName == QLatin1String("featherless-ai"))
        return QStringLiteral("featherless");
    return hubName;
}

Outcome<QVector<HubModel>> parseHubModelList(const QByteArray &body, const QDateTime &fetchedAt)
{
    using Result = Outcome<QVector<HubModel>>;
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Result::failure(QStringLiteral("the model list is not valid JSON (at byte %1 of %2: %3)")
                                   .arg(err.offset)
                                   .arg(body.size())
                                   .arg(err.errorString()));
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    if (!doc.isObject() || !data.isArray())
        return Result::failure(QStringLiteral("the model list has no 'data' array"));
    const QJsonArray list = data.toArray();
    QVector<HubModel> out;
    out.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject mo = list[i].toObject();
        HubModel m;
        m.id = mo.value(QLatin1String("id")).toString();
        if (m.id.isEmpty())
            return Result::failure(QStringLiteral("data[%1] has no 'id'").arg(i));
        const QJsonValue providers = mo.value(QLatin1String("providers"));
        if (!providers.isUndefined() && !providers.isArray())
            return Result::failure(QStringLiteral("model '%1': 'providers' must be an array").arg(m.id));
        for (const QJsonValue &pv : providers.toArray()) {
            const QJsonObject po = pv.toObject();
            HubRoute r;
            r.provider = po.value(QLatin1String("provider")).toString();
            if (r.provider.isEmpty())
                return Result::failure(
                    QStringLiteral("model '%1': a provider entry has no 'provider'").arg(m.id));
            r.status = po.value(QLatin1String("status")).toString(QStringLiteral("live"));
            r.contextWindow = po.value(QLatin1String("context_length")).toInteger(0);
            const QJsonObject pricing = po.value(QLatin1String("pricing")).toObject();
            const double in = nonNegative(pricing.value(QLatin1String("input")));
            const double outPrice = nonNegative(pricing.value(QLatin1String("output")));
            r.priceListed = in >= 0 && outPrice >= 0;
            r.price.inputPerMTok = std::max(0.0, in);
            r.price.outputPerMTok = std::max(0.0, outPrice);
            r.price.cachedInputPerMTok = r.price.inputPerMTok;
            r.price.source = PriceSource::Live;
            r.price.fetchedAt = fetchedAt;
            r.price.priceDate = fetchedAt.date();
            r.supportsTools = optionalBool(po, QLatin1String("supports_tools"));
            r.supportsStructuredOutput = optionalBool(po, QLatin1String("supports_structured_output"));
            r.throughput = std::max(0.0, po.value(QLatin1String("throughput")).toDouble(0));
            r.firstTokenLatencyMs
                = std::max(0.0, po.value(QLatin1String("first_token_latency_ms")).toDouble(0));
            m.routes.append(r);
        }
        if (!m.routes.isEmpty())
            out.append(std::move(m));
    }
    return out;
}

std::optional<ModelEntry> hubModelEntry(const HubModel &model, const QDateTime &fetchedAt)
{
    ModelEntry e;
    e.id = model.id;
    e.providerModelId = model.id;
    e.price.source = PriceSource::Live;
    e.price.fetchedAt = fetchedAt;
    e.price.priceDate = fetchedAt.date();
    bool priced = false;
    bool tools = false;
    bool structured = false;
    for (const HubRoute &r : model.routes) {
        if (!r.isLive())
            continue;
        e.contextWindow = std::max(e.contextWindow, r.contextWindow);
        tools = tools || r.supportsTools.value_or(false);
        structured = structured || r.supportsStructuredOutput.value_or(false);
        if (!r.priceListed)
            continue;
        priced = true;
        e.price.inputPerMTok = std::max(e.price.inputPerMTok, r.price.inputPerMTok);
        e.price.outputPerMTok = std::max(e.price.outputPerMTok, r.price.outputPerMTok);
    }
    if (!priced)
        return std::nullopt;
    e.price.cachedInputPerMTok = e.price.inputPerMTok;
    if (e.contextWindow <= 0)
        e.contextWindow = 4096; // HF listed no window for any live route: assume a small one
    e.supportsTools = tools;
    e.supportsStructuredOutput = structured;
    e.routes = model.routes;
    for (HubRoute &r : e.routes)
        if (!r.priceListed) {
            r.price.inputPerMTok = e.price.inputPerMTok;
            r.price.outputPerMTok = e.price.outputPerMTok;
            r.price.cachedInputPerMTok = e.price.inputPerMTok;
        }
    return e;
}

} // namespace sb
