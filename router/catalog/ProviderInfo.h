#pragma once
// What the catalog knows about one provider and the models it serves. Plain values: the router,
// the server's /v1/models and the GUI all read these.

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

#include <optional>

namespace sb {

enum class WireFormat { OpenAI, Anthropic, Gemini, Local };
// How the key travels: "Authorization: Bearer", Anthropic's "x-api-key", Gemini's
// "x-goog-api-key", or no key at all (local, keyless custom servers).
enum class AuthStyle { Bearer, XApiKey, GoogApiKey, None };
enum class ProviderKind { Cloud, Custom, Local };

QString wireFormatName(WireFormat w);
QString authStyleName(AuthStyle a);
QString providerKindName(ProviderKind k);

// Where a price (and the capabilities that came with it) was read: the catalog shipped with the
// app, a live source synced into the data folder's cache (with its fetch time), or the user's own
// providers.json, which always wins.
enum class PriceSource { Builtin, Live, User };
QString priceSourceName(PriceSource s);
std::optional<PriceSource> priceSourceFromName(const QString &name);

struct ModelPrice {
    double inputPerMTok = 0; // USD per million uncached prompt tokens
    double outputPerMTok = 0; // USD per million completion tokens (reasoning included)
    double cachedInputPerMTok = 0; // USD per million prompt tokens served from the provider's cache
    QDate priceDate; // when the list price was read
    // USD per million prompt tokens written to the provider's cache (Anthropic bills them above the
    // input price, 1.25x for the 5-minute cache); unset: the input price (OpenAI, Gemini: no surcharge).
    std::optional<double> cacheWritePerMTok;

    double cacheWritePrice() const { return cacheWritePerMTok.value_or(inputPerMTok); }
    PriceSource source = PriceSource::Builtin;
    QDateTime fetchedAt; // Live: when the sync read it (UTC); else invalid
};

// One upstream serving a Hub model through the Hugging Face router ("groq", "fireworks-ai"), as
// its live model list says. The router sends "<model>:<provider>" so HF routes to exactly this one.
struct HubRoute {
    QString provider; // HF's provider name
    QString status; // "live" routes are routed to; "staging", "error" are listed but skipped
    qint64 contextWindow = 0; // 0: not listed (the model's window applies)
    ModelPrice price; // a route HF lists without a price carries the model's highest listed price
    bool priceListed = true;
    std::optional<bool> supportsTools;
    std::optional<bool> supportsStructuredOutput;
    double throughput = 0; // output tokens/s as HF measures it; 0: unknown
    double firstTokenLatencyMs = 0; // 0: unknown

    bool isLive() const { return status.isEmpty() || status == QLatin1String("live"); }
};

struct ModelEntry {
    QString id; // canonical name the client asks for ("meta-llama/Llama-3.3-70B-Instruct")
    QString providerModelId; // what goes on the wire to this provider
    qint64 contextWindow = 0; // tokens, prompt + completion
    qint64 maxOutputTokens = 0; // 0: unknown, the context window bounds it
    ModelPrice price;
    // Unset: not known (allowed). Live sources say; a request with tools or response_format only
    // goes where they are not known to be unsupported.
    std::optional<bool> supportsTools;
    std::optional<bool> supportsStructuredOutput;
    // Hugging Face router: the upstreams serving this model (empty: the router picks, unseen).
    QVector<HubRoute> routes;
    bool listed = true; // false: the provider's live GET /models no longer lists it (not routed)
};

struct ProviderInfo {
    QString id; // stable lowercase id: "groq", "openai", "local"
    QString name; // display name
    ProviderKind kind = ProviderKind::Cloud;
    QString baseUrl; // e.g. https://api.groq.com/openai/v1 (no trailing slash)
    WireFormat wire = WireFormat::OpenAI;
    AuthStyle auth = AuthStyle::Bearer;
    bool keyOptional = false; // custom servers often take no key
    bool streamingUsage = true; // reports usage in streams (OpenAI stream_options.include_usage)
    bool enabled = true;
    double weight = 1.0; // for the weighted policy
    QString billing; // "" (per token) or "subscription"
    QString notes;
    // Hugging Face router: the organisation billed (sent as X-HF-Bill-To); empty: the token's owner.
    QString billTo;
    // How its GET {base_url}/models reads: "openai" (ids only; the default for the OpenAI wire),
    // "hub" (the Hugging Face router's list with providers, prices and capabilities) or "none".
    QString modelList;
    QDateTime liveFetchedAt; // when a live sync last read its model list (invalid: never)
    QVector<ModelEntry> models;

    bool needsKey() const { return auth != AuthStyle::None && !keyOptional; }
    // Case-insensitive: Hub ids are often typed with different case.
    // Uses the index reindex() built when it still matches the list, else a linear scan.
    const ModelEntry *model(const QString &canonicalId) const;
    // Builds the lower-cased id index (catalogs synced from the Hub list thousands of models).
    void reindex();
    QHash<QString, qsizetype> modelIndex;
    QString effectiveModelList() const;
    // Environment variable consulted for headless use: SWITCHBOARD_KEY_<ID>, '-' and '.' as '_'.
    QString keyEnvironmentVariable() const;
};

} // namespace sb
