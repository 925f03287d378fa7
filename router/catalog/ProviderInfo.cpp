#include "router/catalog/ProviderInfo.h"

namespace sb {

QString wireFormatName(WireFormat w)
{
    switch (w) {
    case WireFormat::OpenAI:
        return QStringLiteral("openai");
    case WireFormat::Anthropic:
        return QStringLiteral("anthropic");
    case WireFormat::Gemini:
        return QStringLiteral("gemini");
    case WireFormat::Local:
        return QStringLiteral("local");
    }
    return {};
}

QString authStyleName(AuthStyle a)
{
    switch (a) {
    case AuthStyle::Bearer:
        return QStringLiteral("bearer");
    case AuthStyle::XApiKey:
        return QStringLiteral("x-api-key");
    case AuthStyle::GoogApiKey:
        return QStringLiteral("x-goog-api-key");
    case AuthStyle::None:
        return QStringLiteral("none");
    }
    return {};
}

QString providerKindName(ProviderKind k)
{
    switch (k) {
    case ProviderKind::Cloud:
        return QStringLiteral("cloud");
    case ProviderKind::Custom:
        return QStringLiteral("custom");
    case ProviderKind::Local:
        return QStringLiteral("local");
    }
    return {};
}

QString priceSourceName(PriceSource s)
{
    switch (s) {
    case PriceSource::Builtin:
        return QStringLiteral("builtin");
    case PriceSource::Live:
        return QStringLiteral("live");
    case PriceSource::User:
        return QStringLiteral("user");
    }
    return {};
}

std::optional<PriceSource> priceSourceFromName(const QString &name)
{
    for (PriceSource s : { PriceSource::Builtin, PriceSource::Live, PriceSource::User })
        if (priceSourceName(s) == name)
            return s;
    return std::nullopt;
}

void ProviderInfo::reindex()
{
    modelIndex.clear();
    modelIndex.reserve(models.size());
    for (qsizetype i = 0; i < models.size(); ++i)
        modelIndex.insert(models[i].id.toLower(), i);
}

const ModelEntry *ProviderInfo::model(const QString &canonicalId) const
{
    if (!modelIndex.isEmpty() && modelIndex.size() == models.size()) {
        const qsizetype i = modelIndex.value(canonicalId.toLower(), -1);
        if (i >= 0 && i < models.size() && models[i].id.compare(canonicalId, Qt::CaseInsensitive) == 0)
            return &models[i];
        if (i < 0)
            return nullptr;
    }
    for (const ModelEntry &m : models) {
        if (m.id.compare(canonicalId, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QString ProviderInfo::effectiveModelList() const
{
    if (!modelList.isEmpty())
        return modelList;
    return wire == WireFormat::OpenAI ? QStringLiteral("openai") : QStringLiteral("none");
}

QString ProviderInfo::keyEnvironmentVariable() const
{
    QString name = id.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("SWITCHBOARD_KEY_") + name;
}

} // namespace sb
