#pragma once
// The one place that decides whether a provider failure is worth another try. The router's
// attempt loop, the circuit breaker and the ledger's "error class" column all read this.

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace sb {

struct ProviderError;
struct ChatEvent;

enum class FailureKind {
    // Transient (rate limit, overload, 5xx, network, timeout, malformed output): move on to the
    // next candidate; this provider may be tried again later (after Retry-After / a cooldown).
    Retryable,
    // This provider cannot serve this request (bad key, forbidden, model not found): move on to
    // the next candidate, but do not retry this provider for the request.
    ProviderFinal,
    // The request itself is wrong (400/413/422 ...): no other candidate would do better; end the
    // request with this error.
    RequestFinal,
    // The client cancelled: not the provider's fault, not retried, not counted against health.
    Cancelled,
};

enum class TimeoutPhase { Connect, FirstToken, Idle, Total };

struct FailureDecision {
    FailureKind kind = FailureKind::Retryable;
    // Short stable label for the ledger and logs: rate_limited, overloaded, server_error,
    // network, timeout, malformed, truncated, auth, forbidden, model_not_found, not_found,
    // bad_request, too_large, content_filter, cancelled, unknown.
    QString errorClass;
    bool invalidKey = false; // 401 (and auth-type errors): the UI marks the key invalid
    bool countsAgainstHealth = true; // feeds the circuit breaker
    std::optional<qint64> retryAfterMs; // honour before trying this provider again

    bool tryNextCandidate() const
    {
        return kind == FailureKind::Retryable || kind == FailureKind::ProviderFinal;
    }
};

namespace failure {

// HTTP error response (already decoded by the adapter's parseError).
FailureDecision classify(const ProviderError &error);
// Transport error from QNetworkReply (no usable HTTP status). OperationCanceledError counts as
// a timeout: Qt 6.4 reports a setTransferTimeout() expiry that way. When the router aborts a
// reply itself (client cancel, its own deadline) it must record cancelled() / classifyTimeout()
// instead of asking this function.
FailureDecision classifyNetworkError(QNetworkReply::NetworkError error);
FailureDecision classifyTimeout(TimeoutPhase phase);
// The client cancelled: Cancelled, not counted against the provider.
FailureDecision cancelled();
// An Error event that came inside a 2xx stream or body (malformed output, in-stream error).
FailureDecision classifyStreamError(const ChatEvent &errorEvent);

} // namespace failure
} // namespace sb
