#include "router/routing/CandidateFilter.h"

#include "router/budget/Budget.h"
#include "router/catalog/HubModelList.h"
#include "router/health/HealthTracker.h"
#include "router/metering/Metering.h"

#include <QCoreApplication>

namespace sb {

QString exclusionReasonName(ExclusionReason r)
{
    switch (r) {
    case ExclusionReason::Disabled:
        return QStringLiteral("disabled");
    case ExclusionReason::NoKey:
        return QStringLiteral("no_key");
    case ExclusionReason::KeyRejected:
        return QStringLiteral("key_rejected");
    case ExclusionReason::CoolingDown:
        return QStringLiteral("cooling_down");
    case ExclusionReason::ContextTooLong:
        return QStringLiteral("context_too_long");
    case ExclusionReason::OverBudget:
        return QStringLiteral("over_budget");
    case ExclusionReason::NoLocalEngine:
        return QStringLiteral("no_local_engine");
    case ExclusionReason::Unsupported:
        return QStringLiteral("unsupported");
    case ExclusionReason::NotListed:
        return QStringLiteral("not_listed");
    }
    return {};
}

bool requestNeedsTools(const ChatRequest &request)
{
    return !request.tools.isEmpty();
}

bool requestNeedsStructuredOutput(const ChatRequest &request)
{
    const QJsonValue format = request.extra.value(QLatin1String("response_format"));
    if (format.isUndefined() || format.isNull())
        return false;
    const QString type = format.toObject().value(QLatin1String("type")).toString();
    return type != QLatin1String("text");
}

namespace {

bool routeMatchesPin(const HubRoute &route, const QString &pinned)
{
    return route.provider.compare(pinned, Qt::CaseInsensitive) == 0
        || catalogIdForHubProvider(route.provider).compare(pinned, Qt::CaseInsensitive) == 0;
}

} // namespace

bool servesPinned(const ProviderInfo &p, const ModelEntry &m, const QString &pinned)
{
    if (p.id == pinned)
        return true;
    for (const HubRoute &r : m.routes)
        if (routeMatchesPin(r, pinned))
            return true;
    return false;
}

FilterResult filterCandidates(const FilterInputs &in)
{
    FilterResult out;
    const ChatRequest &request = *in.request;
    out.promptTokens = metering::estimatePromptTokens(request);
    out.expectedOutputTokens
        = request.maxTokens && *request.maxTokens > 0 ? *request.maxTokens : kTypicalCompletionTokens;
    out.neededTokens
        = out.promptTokens + (request.maxTokens && *request.maxTokens > 0 ? *request.maxTokens : 1);
    const bool needsTools = requestNeedsTools(request);
    const bool needsStructured = requestNeedsStructuredOutput(request);
    const bool pinned = in.spec->policy == PolicyKind::Pinned;
    const QString &pin = in.spec->pinnedProvider;
    const auto tr = [](const char *s) { return QCoreApplication::translate("sb::CandidateFilter", s); };
    for (const ProviderInfo *p : in.catalog->providersServing(in.spec->model)) {
        const ModelEntry *m = p->model(in.spec->model);
        if (pinned && !servesPinned(*p, *m, pin))
            continue;
        out.modelKnown = true;
        const auto exclude = [&](ExclusionReason reason, const QString &detail, int http = 0) {
            out.exclusions.append(Exclusion { p->id, reason, detail, http });
        };
        if (!p->enabled) {
            exclude(
                ExclusionReason::Disabled, QCoreApplication::translate("sb::CandidateFilter", "disabled"));
            continue;
        }
        if (p->wire == WireFormat::Local && !in.localEngineAvailable) {
            exclude(ExclusionReason::NoLocalEngine,
                QCoreApplication::translate("sb::CandidateFilter", "no local model loaded"));
            continue;
        }
        if (p->needsKey() && in.hasKey && !in.hasKey(*p)) {
            exclude(ExclusionReason::NoKey,
                QCoreApplication::translate("sb::CandidateFilter", "no API key (set one, or %1)")
                    .arg(p->keyEnvironmentVariable()));
            continue;
        }
        if (in.health && in.health->state(p->id).keyRejected) {
            exclude(ExclusionReason::KeyRejected,
                QCoreApplication::translate("sb::CandidateFilter", "the API key was rejected (401)"));
            continue;
        }
        out.largestUsableContext = std::max(out.largestUsableContext, m->contextWindow);
        if (in.health && !in.health->isAvailable(p->id)) {
            const qint64 waitS = (in.health->remainingCooldownMs(p->id) + 999) / 1000;
            exclude(ExclusionReason::CoolingDown,
                QCoreApplication::translate("sb::CandidateFilter", "cooling down for %1 s after %2")
                    .arg(waitS)
                    .arg(in.health->state(p->id).lastErrorClass));
            continue;
        }
        if (!m->listed) {
            exclude(ExclusionReason::NotListed, tr("no longer in the provider's model list"));
            continue;
        }
        // One offer per live Hugging Face route (pinned to the router itself: one, HF picks).
        QVector<Candidate> offers;
        if (m->routes.isEmpty() || (pinned && pin == p->id)) {
            offers.append(Candidate { p, m, std::nullopt, 0, 0 });
        } else {
            for (const HubRoute &r : m->routes) {
                if (pinned && !routeMatchesPin(r, pin))
                    continue;
                if (!r.isLive()) {
                    if (pinned)
                        out.exclusions.append(Exclusion { p->id + QLatin1Char('/') + r.provider,
                            ExclusionReason::NotListed, tr("the route's status is '%1'").arg(r.status), 0 });
                    continue;
                }
                offers.append(Candidate { p, m, r, 0, 0 });
            }
        }
        const qint64 needed = out.neededTokens;
        for (Candidate &c : offers) {
            const auto excludeOffer = [&](ExclusionReason reason, const QString &detail) {
                out.exclusions.append(Exclusion { c.label(), reason, detail, 0 });
            };
            if (c.route && in.health && !in.health->isAvailable(c.label())) {
                excludeOffer(ExclusionReason::CoolingDown,
                    tr("cooling down for %1 s after %2")
                        .arg((in.health->remainingCooldownMs(c.label()) + 999) / 1000)
                        .arg(in.health->state(c.label()).lastErrorClass));
                continue;
            }
            const std::optional<bool> tools = c.route ? c.route->supportsTools : m->supportsTools;
            const std::optional<bool> structured
                = c.route ? c.route->supportsStructuredOutput : m->supportsStructuredOutput;
            if (needsTools && !tools.value_or(true)) {
                excludeOffer(ExclusionReason::Unsupported, tr("does not support tools"));
                continue;
            }
            if (needsStructured && !structured.value_or(true)) {
                excludeOffer(ExclusionReason::Unsupported, tr("does not support response_format"));
                continue;
            }
            if (needed > c.contextWindow()) {
                excludeOffer(ExclusionReason::ContextTooLong,
                    tr("needs about %1 tokens, the context window is %2").arg(needed).arg(c.contextWindow()));
                continue;
            }
            ModelEntry priced = *m; // the route's price and window decide the worst case
            priced.price = c.price();
            priced.contextWindow = c.contextWindow();
            c.estimatedCostUsd = metering::cost(c.price(), out.promptTokens, out.expectedOutputTokens, 0);
            c.worstCaseUsd = metering::worstCaseCost(request, priced);
            if (in.budgets) {
                const BudgetDecision d = in.budgets->check(p->id, c.worstCaseUsd);
                if (!d.allowed()) {
                    exclude(ExclusionReason::OverBudget, d.message, d.httpStatus());
                    continue;
                }
            }
            out.candidates.append(c);
        }
    }
    return out;
}

QString describeExclusions(const QVector<Exclusion> &exclusions)
{
    QStringList parts;
    for (const Exclusion &e : exclusions)
        parts << e.provider + QStringLiteral(": ") + e.detail;
    return parts.join(QStringLiteral("; "));
}

} // namespace sb
