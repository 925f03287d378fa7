#include "router/routing/ModelSpec.h"

#include <QHash>

namespace sb {

QString policyKindName(PolicyKind k)
{
    switch (k) {
    case PolicyKind::Cheapest:
        return QStringLiteral("cheapest");
    case PolicyKind::Fastest:
        return QStringLiteral("fastest");
    case PolicyKind::Preferred:
        return QStringLiteral("preferred");
    case PolicyKind::Weighted:
        return QStringLiteral("weighted");
    case PolicyKind::Pinned:
        return QStringLiteral("pinned");
    }
    return {};
}

std::optional<PolicyKind> policyKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (PolicyKind k :
        { PolicyKind::Cheapest, PolicyKind::Fastest, PolicyKind::Preferred, PolicyKind::Weighted })
        if (policyKindName(k) == n)
            return k;
    return std::nullopt;
}

ModelSpec parseModelSpec(const QString &requested, const QStringList &providerIds, PolicyKind defaultPolicy)
{
    static const QHash<QString, QString> hfNames = {
        { QStringLiteral("fireworks-ai"), QStringLiteral("fireworks") },
        { QStringLiteral("featherless-ai"), QStringLiteral("featherless") },
        { QStringLiteral("hf-inference"), QStringLiteral("hf") },
        { QStringLiteral("huggingface"), QStringLiteral("hf") },
    };
    ModelSpec spec;
    spec.model = requested.trimmed();
    spec.policy = defaultPolicy == PolicyKind::Pinned ? PolicyKind::Cheapest : defaultPolicy;
    const qsizetype colon = spec.model.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == spec.model.size() - 1)
        return spec;
    const QString suffix = spec.model.mid(colon + 1).toLower();
    const QString base = spec.model.left(colon);
    if (auto k = policyKindFromName(suffix)) {
        spec.model = base;
        spec.policy = *k;
        spec.explicitPolicy = true;
        return spec;
    }
    const QString provider = hfNames.value(suffix, suffix);
    for (const QString &id : providerIds) {
        if (id.compare(provider, Qt::CaseInsensitive) == 0) {
            spec.model = base;
            spec.policy = PolicyKind::Pinned;
            spec.pinnedProvider = id;
            spec.explicitPolicy = true;
            return spec;
        }
    }
    return spec;
}

} // namespace sb
