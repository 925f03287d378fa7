#pragma once
// A provider that may serve a request, and why others may not.

#include "router/catalog/ProviderInfo.h"

#include <QString>
#include <QVector>

namespace sb {

struct Candidate {
    const ProviderInfo *provider = nullptr;
    const ModelEntry *model = nullptr;
    double estimatedCostUsd = 0; // price of the estimated prompt + expected completion
    double worstCaseUsd = 0; // price of the estimated prompt + max completion (budgets)

    QString id() const { return provider ? provider->id : QString(); }
};

enum class ExclusionReason {
    Disabled,
    NoKey,
    KeyRejected,
    CoolingDown,
    ContextTooLong,
    OverBudget,
    NoLocalEngine
};

QString exclusionReasonName(ExclusionReason r);

struct Exclusion {
    QString provider;
    ExclusionReason reason = ExclusionReason::Disabled;
    QString detail; // for people: "cooling down for 12 s", "needs 140000 tokens, has 131072"
    int budgetHttpStatus = 0; // OverBudget: 402 (exhausted) or 429 (reserved by requests in flight)
};

} // namespace sb
