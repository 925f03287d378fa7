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

const ModelEntry *ProviderInfo::model(const QString &canonicalId) const
{
    for (const ModelEntry &m : models) {
        if (m.id.compare(canonicalId, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QString ProviderInfo::keyEnvironmentVariable() const
{
    QString name = id.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("SWITCHBOARD_KEY_") + name;
}

} // namespace sb
