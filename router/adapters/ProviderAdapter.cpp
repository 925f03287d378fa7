#include "router/adapters/ProviderAdapter.h"

#include "router/adapters/FailureClass.h"
#include "router/adapters/RetryAfter.h"
#include "router/adapters/StreamDecoderBase.h"
#include "router/adapters/anthropic/AnthropicAdapter.h"
#include "router/adapters/gemini/GeminiAdapter.h"
#include "router/adapters/openai/OpenAiAdapter.h"

namespace sb {

namespace {

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

} // namespace

ProviderError ProviderAdapter::parseError(
    int httpStatus, const QByteArray &body, const HttpHeaders &headers, const QDateTime &nowUtc) const
{
    ProviderError error;
    error.httpStatus = httpStatus;
    if (!decodeErrorBody(body, error)) {
        const QByteArray contentType = headerValue(headers, "content-type").toLower();
        const QByteArray trimmed = body.trimmed();
        const bool html = contentType.contains("html") || trimmed.startsWith('<');
        error.type = wire_error::kProvider;
        if (trimmed.isEmpty())
            error.message = QStringLiteral("%1 provider returned HTTP %2 with an empty body")
                                .arg(wireFormat())
                                .arg(httpStatus);
        else if (html)
            error.message
                = QStringLiteral("%1 provider returned HTTP %2 with an HTML page instead of a JSON error: %3")
                      .arg(wireFormat())
                      .arg(httpStatus)
                      .arg(adapter_util::snippet(trimmed));
        else
            error.message = QStringLiteral("%1 provider returned HTTP %2: %3")
                                .arg(wireFormat())
                                .arg(httpStatus)
                                .arg(adapter_util::snippet(trimmed));
    }

    // Headers beat hints in the body (Gemini's RetryInfo). retry-after-ms is OpenAI's finer
    // variant of the standard Retry-After and wins when both are present.
    if (const QByteArray ms = headerValue(headers, "retry-after-ms"); !ms.isEmpty()) {
        bool ok = false;
        const double v = ms.toDouble(&ok);
        if (ok && v >= 0) {
            error.retryAfterMs = qint64(v);
            return error;
        }
    }
    if (const QByteArray ra = headerValue(headers, "retry-after"); !ra.isEmpty()) {
        if (const auto parsed = failure::parseRetryAfter(ra, nowUtc))
            error.retryAfterMs = parsed;
    }
    return error;
}

std::unique_ptr<ProviderAdapter> createProviderAdapter(const QString &wireFormat)
{
    const QString f = wireFormat.trimmed().toLower();
    // "openai-compatible" is how people tend to write it in a hand-edited catalog.
    if (f == QLatin1String("openai") || f == QLatin1String("openai-compatible"))
        return std::make_unique<OpenAiAdapter>();
    if (f == QLatin1String("anthropic"))
        return std::make_unique<AnthropicAdapter>();
    if (f == QLatin1String("gemini"))
        return std::make_unique<GeminiAdapter>();
    return nullptr;
}

QStringList providerWireFormats()
{
    return { QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("gemini") };
}

} // namespace sb
