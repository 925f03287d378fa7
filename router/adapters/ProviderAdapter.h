#pragma once
// The seam between the router core and a provider's wire format. Adapters are stateless: one
// instance may serve any number of concurrent requests; per-stream state lives in the
// StreamDecoder each request creates. Adapters never touch the network themselves: the router
// sends the QNetworkRequest they build and feeds the reply back to them.
//
// Event contract (stream decoders and parseResponse alike):
//   * zero or more TextDelta / ReasoningDelta / ToolCallDelta events, in arrival order;
//   * then at most one Usage event (usage.reported == true: the figures came from the provider);
//   * then exactly one terminal event, Finish or Error, and nothing after it. finish() always
//     yields the terminal event if the stream had not produced one (a stream that ends without
//     the provider's end marker and without a finish reason is an Error "truncated_stream").
// ToolCallDelta: the first delta of a call carries toolIndex, toolId and toolName; later ones
// carry toolIndex and a fragment of toolArguments (JSON text to be concatenated), OpenAI style.
// Finish reasons are normalised to OpenAI's: stop | length | tool_calls | content_filter.

#include "router/base/ChatTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <memory>
#include <optional>

namespace sb {

// Same shape as QNetworkReply::rawHeaderPairs().
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// ChatEvent::errorType values the adapters produce themselves (otherwise errorType is the
// provider's own error type or code, e.g. "rate_limit_error", "overloaded_error").
namespace wire_error {
inline constexpr char kMalformed[] = "malformed_response"; // bad JSON, missing field, HTML page
inline constexpr char kTruncated[] = "truncated_stream"; // body ended before the end marker
inline constexpr char kWrongContentType[] = "wrong_content_type";
inline constexpr char kProvider[] = "provider_error"; // provider sent an error without a type
} // namespace wire_error

struct ProviderHttpRequest {
    QNetworkRequest request; // URL and headers (auth, content type, API version) set
    QByteArray body; // JSON body; always sent with POST
};

// A provider's failure as read from an HTTP error response. Classification (retryable or not)
// is not done here but in core/FailureClass, the one place that decides.
struct ProviderError {
    int httpStatus = 0; // 0 when there was no HTTP response
    QString type; // provider's error type/code ("rate_limit_error", "model_not_found", ...)
    QString message; // human-readable; names the provider format; never contains a key
    std::optional<qint64> retryAfterMs; // from Retry-After / retry-after-ms / provider body hints
};

class StreamDecoder {
public:
    virtual ~StreamDecoder() = default;
    // Optional, before the first feed(): the response's Content-Type. A clearly wrong one
    // (e.g. text/html) makes the decoder report an Error instead of parsing garbage.
    virtual void setContentType(const QByteArray &contentType) = 0;
    // Bytes of the response body in any chunking. Returns the events completed by them.
    virtual QVector<ChatEvent> feed(QByteArrayView bytes) = 0;
    // End of the body. Flushes what is pending and returns the terminal event if none was
    // produced yet. Call it whenever a 2xx reply finishes, even with QNetworkReply::NoError:
    // Qt 6.4 reports a connection cut in the middle of a chunked body as a normal end, so this
    // is what turns such a cut into an Error "truncated_stream".
    virtual QVector<ChatEvent> finish() = 0;
    // True once a terminal event (Finish or Error) has been returned.
    virtual bool isDone() const = 0;
};

class ProviderAdapter {
public:
    virtual ~ProviderAdapter() = default;

    // "openai", "anthropic" or "gemini".
    virtual QString wireFormat() const = 0;

    // baseUrl is the provider's API root including its version path, as in the catalog:
    //   openai:    https://api.openai.com/v1                        (+ /chat/completions)
    //   anthropic: https://api.anthropic.com/v1                     (+ /messages)
    //   gemini:    https://generativelanguage.googleapis.com/v1beta (+ /models/M:generateContent
    //              or /models/M:streamGenerateContent?alt=sse)
    // providerModelId is the provider-side model id; request.model is ignored. An empty apiKey
    // sends no auth header (local servers).
    virtual ProviderHttpRequest buildRequest(const QUrl &baseUrl, const QString &providerModelId,
        const ChatRequest &request, const QString &apiKey) const = 0;

    virtual std::unique_ptr<StreamDecoder> createStreamDecoder() const = 0;

    // A complete non-streaming 2xx response body -> events, following the contract above.
    virtual QVector<ChatEvent> parseResponse(const QByteArray &body) const = 0;

    // A non-2xx response -> ProviderError. Reads the provider's error JSON (or HTML/plain text)
    // and Retry-After (seconds or HTTP-date, relative to nowUtc).
    ProviderError parseError(int httpStatus, const QByteArray &body, const HttpHeaders &headers,
        const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;

protected:
    // Fills type/message from a provider error body; returns false if the body was not the
    // provider's error JSON (the caller then falls back to a generic message with a snippet).
    virtual bool decodeErrorBody(const QByteArray &body, ProviderError &error) const = 0;
};

// The adapter for a wire-format name, or nullptr if unknown.
std::unique_ptr<ProviderAdapter> createProviderAdapter(const QString &wireFormat);
QStringList providerWireFormats();

} // namespace sb
