#pragma once
// What the Router hands back: settings it runs with, per-request options, and how a request ended.

#include "router/base/ChatTypes.h"
#include "router/core/RouteOutcome.h"
#include "router/ledger/AttemptRecord.h"
#include "router/routing/Candidate.h"
#include "router/routing/ModelSpec.h"

#include <QMetaType>
#include <QStringList>
#include <QVector>
#include <optional>

namespace sb {

struct RouterSettings {
    PolicyKind defaultPolicy = PolicyKind::Cheapest;
    QStringList preferredOrder; // provider ids, for the preferred policy
    int connectTimeoutMs = 10'000; // until the request is on the wire
    int firstTokenTimeoutMs = 60'000; // from sending until the first content event
    int idleTimeoutMs = 30'000; // between bytes once streaming
    int maxAttempts = 4; // providers tried per request at most
    double explorationRate = 0.1; // fastest policy
};

struct RouteOptions {
    // The model string as the edge parsed it (parseModelSpec). Unset: the Router parses
    // request.model with its catalog (callers with no edge of their own: tests, "test connection").
    std::optional<ModelSpec> spec;
    QString requestId; // empty: a new UUID
};

struct AttemptSummary {
    QString provider;
    int attempt = 0;
    AttemptStatus status = AttemptStatus::Pending;
    int httpStatus = 0;
    QString errorClass;
    QString error; // redacted
    std::optional<qint64> ttftMs;
    qint64 durationMs = 0;
    double costUsd = 0;
};

struct RouteResult {
    using Outcome = RouteOutcome;
    Outcome outcome = Outcome::Ok;
    QString requestId;
    QString model; // canonical
    QString provider; // served (or last tried)
    QString providerModel;
    PolicyKind policy = PolicyKind::Cheapest;
    int attempts = 0;
    double costUsd = 0; // all attempts of the request
    TokenUsage usage; // of the serving attempt; usage.reported false: estimated
    std::optional<qint64> ttftMs;
    qint64 durationMs = 0;
    QString finishReason;
    // Failure: what went wrong is `outcome`; the server picks the HTTP status and error shape.
    int upstreamStatus = 0; // RequestRejected: the provider's own 4xx
    QString errorCode; // RequestRejected: the failure class ("bad_request", "too_large", ...)
    QString errorMessage; // names the budget / lists attempts and exclusions; never a key
    QVector<AttemptSummary> attemptLog;
    QVector<Exclusion> exclusions;
    QString budgetWarning; // set when a budget passed its warning threshold
    QStringList ledgerErrors; // writes that failed (reported, the request still ran)

    bool ok() const { return outcome == Outcome::Ok; }
};

} // namespace sb

Q_DECLARE_METATYPE(sb::RouteResult)
