#include "router/adapters/FailureClass.h"

#include "router/adapters/ProviderAdapter.h"
#include "router/base/ChatTypes.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace sb::failure {

namespace {

FailureDecision make(FailureKind kind, const QString &errorClass, bool countsAgainstHealth = true)
{
    FailureDecision d;
    d.kind = kind;
    d.errorClass = errorClass;
    d.countsAgainstHealth = countsAgainstHealth;
    return d;
}

bool typeHas(const QString &type, const QString &message, std::initializer_list<const char *> needles)
{
    const QString t = type.toLower();
    const QString m = message.toLower();
    for (const char *n : needles) {
        const QLatin1StringView needle(n);
        if (t.contains(needle) || m.contains(needle))
            return true;
    }
    return false;
}

// A 404 (or a 400 from some providers) that says the model does not exist or is not served:
// another provider may well serve it.
bool looksLikeModelNotFound(const ProviderError &e)
{
    const QString t = e.type.toLower();
    if (t == QLatin1String("model_not_found") || t == QLatin1String("not_found_error")
        || t == QLatin1String("not_found"))
        return true;
    // The model must be what the clause is about: "model X is not supported" is, but "local model:
    // the keyword 'pattern' is not supported" (a request the model cannot serve) is not.
    static const QRegularExpression aboutTheModel(QStringLiteral(
        R"(unknown model|no such model|model\b[^.:;]*\b(not found|does not exist|not supported|not available))"));
    return aboutTheModel.match(e.message.toLower()).hasMatch();
}

// OpenAI-compatible "context_length_exceeded" (code) / "maximum context length"; Anthropic
// "prompt is too long: N tokens > M maximum"; Gemini "input token count (N) exceeds the maximum".
bool looksLikeContextTooLong(const ProviderError &e)
{
    return typeHas(e.type, e.message,
        { "context_length_exceeded", "maximum context length", "prompt is too long",
            "exceeds the maximum number of tokens" });
}

} // namespace

FailureDecision classify(const ProviderError &e)
{
    FailureDecision d;
    const int s = e.httpStatus;
    if (s == 401) {
        d = make(FailureKind::ProviderFinal, QStringLiteral("auth"), false);
        d.invalidKey = true;
    } else if (s == 403) {
        d = make(FailureKind::ProviderFinal, QStringLiteral("forbidden"), false);
    } else if (s == 404) {
        d = looksLikeModelNotFound(e)
            ? make(FailureKind::ProviderFinal, QStringLiteral("model_not_found"), false)
            : make(FailureKind::RequestFinal, QStringLiteral("not_found"), false);
    } else if (s == 408) {
        d = make(FailureKind::Retryable, QStringLiteral("timeout"));
    } else if (s == 409 || s == 425) {
        d = make(FailureKind::Retryable, QStringLiteral("conflict"));
    } else if (s == 429) {
        // Some providers say "quota exceeded"/"insufficient_quota" with 429: no amount of waiting
        // helps soon, but another provider can still serve the request, so it stays retryable.
        d = make(FailureKind::Retryable, QStringLiteral("rate_limited"));
    } else if (s == 529 || (s == 503 && typeHas(e.type, e.message, { "overload" }))) {
        d = make(FailureKind::Retryable, QStringLiteral("overloaded"));
    } else if (s >= 500 && s <= 599) {
        d = make(FailureKind::Retryable, QStringLiteral("server_error"));
    } else if ((s == 400 || s == 413 || s == 422) && looksLikeContextTooLong(e)) {
        // Another provider may have a larger window: try it; if none has, the request ends with 400
        // context_length_exceeded.
        d = make(FailureKind::ProviderFinal, QStringLiteral("context_length_exceeded"), false);
    } else if (s == 413) {
        d = make(FailureKind::RequestFinal, QStringLiteral("too_large"), false);
    } else if (s == 400 || s == 422) {
        if (typeHas(e.type, e.message, { "authentication", "api key", "api_key_invalid" })) {
            // Gemini answers a bad key with 400 API_KEY_INVALID.
            d = make(FailureKind::ProviderFinal, QStringLiteral("auth"), false);
            d.invalidKey = true;
        } else if (looksLikeModelNotFound(e)) {
            d = make(FailureKind::ProviderFinal, QStringLiteral("model_not_found"), false);
        } else {
            d = make(FailureKind::RequestFinal, QStringLiteral("bad_request"), false);
        }
    } else if (s >= 400 && s <= 499) {
        d = make(FailureKind::RequestFinal, QStringLiteral("bad_request"), false);
    } else if (s == 0) {
        d = make(FailureKind::Retryable, QStringLiteral("network"));
    } else {
        // A 1xx/2xx/3xx handed to us as an error: the provider answered in a way we cannot use.
        d = make(FailureKind::Retryable, QStringLiteral("unknown"));
    }
    d.retryAfterMs = e.retryAfterMs;
    return d;
}

FailureDecision classifyNetworkError(QNetworkReply::NetworkError error)
{
    using NE = QNetworkReply::NetworkError;
    switch (error) {
    case NE::NoError:
        return make(FailureKind::Retryable, QStringLiteral("unknown"));
    case NE::OperationCanceledError:
        // What Qt 6.4 reports when QNetworkRequest::setTransferTimeout fires. A cancel by the
        // client is known to the router before the reply ends and recorded with cancelled().
    case NE::TimeoutError:
        return make(FailureKind::Retryable, QStringLiteral("timeout"));
    case NE::AuthenticationRequiredError:
        return [] {
            auto d = make(FailureKind::ProviderFinal, QStringLiteral("auth"), false);
            d.invalidKey = true;
            return d;
        }();
    case NE::ContentAccessDenied:
        return make(FailureKind::ProviderFinal, QStringLiteral("forbidden"), false);
    case NE::ContentNotFoundError:
    case NE::ProtocolUnknownError:
    case NE::ProtocolInvalidOperationError:
        return make(FailureKind::ProviderFinal, QStringLiteral("not_found"), false);
    case NE::ContentReSendError:
        // The connection ended after the request was sent and Qt wanted to send it again, which
        // the router forbids for POSTs (core/SingleSendBody.h): the provider may have read it.
        return make(FailureKind::Retryable, QStringLiteral("network"));
    default:
        // Refused, closed, DNS, TLS, proxy, protocol failures, 5xx mapped by Qt: all transient
        // from the router's point of view.
        return make(FailureKind::Retryable, QStringLiteral("network"));
    }
}

FailureDecision cancelled()
{
    return make(FailureKind::Cancelled, QStringLiteral("cancelled"), false);
}

FailureDecision classifyTimeout(TimeoutPhase phase)
{
    Q_UNUSED(phase);
    return make(FailureKind::Retryable, QStringLiteral("timeout"));
}

FailureDecision classifyStreamError(const ChatEvent &ev)
{
    if (ev.errorType == QLatin1String(wire_error::kMalformed)
        || ev.errorType == QLatin1String(wire_error::kWrongContentType))
        return make(FailureKind::Retryable, QStringLiteral("malformed"));
    if (ev.errorType == QLatin1String(wire_error::kTruncated))
        return make(FailureKind::Retryable, QStringLiteral("truncated"));
    if (ev.httpStatus != 0) {
        ProviderError pe;
        pe.httpStatus = ev.httpStatus;
        pe.type = ev.errorType;
        pe.message = ev.errorMessage;
        return classify(pe);
    }
    // In-stream provider errors carry a type but no status (Anthropic "event: error",
    // OpenAI-compatible {"error": ...} chunks).
    const QString t = ev.errorType.toLower();
    if (t.contains(QLatin1String("overload")))
        return make(FailureKind::Retryable, QStringLiteral("overloaded"));
    if (t.contains(QLatin1String("rate_limit")) || t.contains(QLatin1String("resource_exhausted")))
        return make(FailureKind::Retryable, QStringLiteral("rate_limited"));
    if (t.contains(QLatin1String("authentication")) || t.contains(QLatin1String("unauthenticated"))) {
        auto d = make(FailureKind::ProviderFinal, QStringLiteral("auth"), false);
        d.invalidKey = true;
        return d;
    }
    if (t.contains(QLatin1String("permission")))
        return make(FailureKind::ProviderFinal, QStringLiteral("forbidden"), false);
    if (t.contains(QLatin1String("invalid_request")) || t.contains(QLatin1String("invalid_argument")))
        return make(FailureKind::RequestFinal, QStringLiteral("bad_request"), false);
    if (t.contains(QLatin1String("content_filter")) || t.contains(QLatin1String("safety")))
        return make(FailureKind::RequestFinal, QStringLiteral("content_filter"), false);
    return make(FailureKind::Retryable, QStringLiteral("server_error"));
}

} // namespace sb::failure
