#pragma once
// Custom OpenAI-compatible endpoints (vLLM, TGI, llama-server, Ollama, LM Studio, any /v1
// server) as the user adds them: a validated base URL, an id derived from the display name, the
// provider entry the catalog stores, and "fetch models" (GET {base}/models).

#include "router/base/Outcome.h"
#include "router/catalog/ProviderInfo.h"

#include <QStringList>
#include <functional>

class QNetworkAccessManager;
class QObject;

namespace sb {

// "http(s)://host[:port]/path" without a trailing '/'. Refuses other schemes, a missing host, and
// a URL that already names an operation (…/chat/completions, …/completions, …/models): the base
// is what those paths are appended to.
Outcome<QString> normalizeEndpointBaseUrl(const QString &text);

// A catalog id from the display name ("My vLLM box" -> "my-vllm-box"), unique among `taken` and
// never one of the routing policy names (which would read as a policy suffix).
QString customEndpointId(const QString &displayName, const QStringList &taken);

// Context window assumed for a model typed in or fetched without one (the server knows; the
// models list does not say).
inline constexpr qint64 kDefaultCustomContextWindow = 32768;

// The catalog entry: OpenAI wire format, bearer key optional, enabled.
ProviderInfo makeCustomEndpoint(
    const QString &id, const QString &name, const QString &baseUrl, const QVector<ModelEntry> &models);

// The model ids of an OpenAI-style list ({"data":[{"id":…}]}; also {"models":[…]} and a bare
// array, as some servers answer). Error names what was wrong with the body.
Outcome<QStringList> parseModelList(const QByteArray &body);

// GET {baseUrl}/models with "Authorization: Bearer key" when key is not empty. `done` runs on
// the caller's thread, unless `context` is destroyed first. Errors name the URL and the HTTP
// status, never the key.
void fetchModelIds(QNetworkAccessManager *network, const QString &baseUrl, const QString &key,
    QObject *context, std::function<void(Outcome<QStringList>)> done);

} // namespace sb
