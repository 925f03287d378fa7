#pragma once
// A provider that may serve a request, and why others may not.

#include "router/catalog/ProviderInfo.h"

#include <QString>
#include <QVector>
#include <optional>

namespace sb {

struct Candidate {
    const ProviderInfo *provider = nullptr;
    const ModelEntry *model = nullptr;
    // Through the Hugging Face router to one upstream: its price, window and capabilities apply,
    // and "<model>:<upstream>" goes on the wire. Unset: the provider serves the model itself.
    std::optional<HubRoute> route;
    double estimatedCostUsd = 0; // price of the estimated prompt + expected completion
    double worstCaseUsd = 0; // price of the estimated prompt + max completion (budgets)

    QString id() const { return provider ? provider->id : QString(); }
    QString routeName() const { return route ? route->provider : QString(); }
    // "hf/groq" for a route, else the provider id: what people read in errors.
    QString label() const { return route ? id() + QLatin1Char('/') + route->provider : id(); }
    QString wireModel() const
    {
        return route ? model->providerModelId + QLatin1Char(':') + route->provider : model->providerModelId;
    }
    const ModelPrice &price() const { return route ? route->price : model->price; }
    qint64 contextWindow() const
    {
        return route && route->contextWindow > 0 ? route->contextWindow : model->contextWindow;
    }
    // The key the fastest policy's measurements use: one per route, since each is its own server.
    QString statsModel() const { return route ? model->id + QLatin1Char(':') + route->provider : model->id; }
};

enum class ExclusionReason {
    Disabled,
    NoKey,
    KeyRejected,
    CoolingDown,
    ContextTooLong,
    OverBudget,
    NoLocalEngine,
    Unsupported, // the request uses tools or response_format, which this route does not support
    NotListed, // the provider's live model list no longer has the model, or the HF route is down
};

QString exclusionReasonName(ExclusionReason r);

struct Exclusion {
    QString provider;
    ExclusionReason reason = ExclusionReason::Disabled;
    QString detail; // for people: "cooling down for 12 s", "needs 140000 tokens, has 131072"
    int budgetHttpStatus = 0; // OverBudget: 402 (exhausted) or 429 (reserved by requests in flight)
};

} // namespace sb
