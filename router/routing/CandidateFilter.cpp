#include "router/routing/CandidateFilter.h"

#include "router/budget/Budget.h"
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
    }
    return {};
}

FilterResult filterCandidates(const FilterInputs &in)
{
    FilterResult out;
    const ChatRequest &request = *in.request;
    out.promptTokens = metering::estimatePromptTokens(request);
    out.expectedOutputTokens
        = request.maxTokens && *request.maxTokens > 0 ? *request.maxTokens : kTypicalCompletionTokens;
    for (const ProviderInfo *p : in.catalog->providersServing(in.spec->model)) {
        if (in.spec->policy == PolicyKind::Pinned && p->id != in.spec->pinnedProvider)
            continue;
        out.modelKnown = true;
        const ModelEntry *m = p->model(in.spec->model);
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
        if (in.health && !in.health->isAvailable(p->id)) {
            const qint64 waitS = (in.health->remainingCooldownMs(p->id) + 999) / 1000;
            exclude(ExclusionReason::CoolingDown,
                QCoreApplication::translate("sb::CandidateFilter", "cooling down for %1 s after %2")
                    .arg(waitS)
                    .arg(in.health->state(p->id).lastErrorClass));
            continue;
        }
        const qint64 needed
            = out.promptTokens + (request.maxTokens && *request.maxTokens > 0 ? *request.maxTokens : 1);
        if (needed > m->contextWindow) {
            exclude(ExclusionReason::ContextTooLong,
                QCoreApplication::translate(
                    "sb::CandidateFilter", "needs about %1 tokens, the context window is %2")
                    .arg(needed)
                    .arg(m->contextWindow));
            continue;
        }
        Candidate c;
        c.provider = p;
        c.model = m;
        c.estimatedCostUsd = metering::cost(m->price, out.promptTokens, out.expectedOutputTokens, 0);
        c.worstCaseUsd = metering::worstCaseCost(request, *m);
        if (in.budgets) {
            const BudgetDecision d = in.budgets->check(p->id, c.worstCaseUsd);
            if (!d.allowed()) {
                exclude(ExclusionReason::OverBudget, d.message, d.httpStatus());
                continue;
            }
        }
        out.candidates.append(c);
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
