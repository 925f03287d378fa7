#include "router/routing/ModelSpec.h"

#include <QHash>

namespace sb {

ModelSpec parseModelSpec(const QString &requested, const ModelSpecContext &context)
{
    static const QHash<QString, QString> hfNames = {
        { QStringLiteral("fireworks-ai"), QStringLiteral("fireworks") },
        { QStringLiteral("featherless-ai"), QStringLiteral("featherless") },
        { QStringLiteral("hf-inference"), QStringLiteral("hf") },
        { QStringLiteral("huggingface"), QStringLiteral("hf") },
    };
    ModelSpec spec;
    spec.model = requested.trimmed();
    spec.policy = context.defaultPolicy == PolicyKind::Pinned ? PolicyKind::Cheapest : context.defaultPolicy;
    if (context.isModelId && context.isModelId(spec.model))
        return spec;
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
    for (const QString &id : context.providerIds) {
        if (id.compare(provider, Qt::CaseInsensitive) == 0) {
            spec.model = base;
            spec.policy = PolicyKind::Pinned;
            spec.pinnedProvider = id;
            spec.explicitPolicy = true;
            return spec;
        }
    }
    spec.unknownSuffix = suffix;
    return spec;
}

} // namespace sb
