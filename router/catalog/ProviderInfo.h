#pragma once
// What the catalog knows about one provider and the models it serves. Plain values: the router,
// the server's /v1/models and the GUI all read these.

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

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

struct ModelPrice {
    double inputPerMTok = 0; // USD per million uncached prompt tokens
    double outputPerMTok = 0; // USD per million completion tokens (reasoning included)
    double cachedInputPerMTok = 0; // USD per million prompt tokens served from the provider's cache
    QDate priceDate; // when the list price was read
    // USD per million prompt tokens written to the provider's cache (Anthropic bills them above the
    // input price, 1.25x for the 5-minute cache); unset: the input price (OpenAI, Gemini: no surcharge).
    std::optional<double> cacheWritePerMTok;

    double cacheWritePrice() const { return cacheWritePerMTok.value_or(inputPerMTok); }
};

struct ModelEntry {
    QString id; // canonical name the client asks for ("meta-llama/Llama-3.3-70B-Instruct")
    QString providerModelId; // what goes on the wire to this provider
    qint64 contextWindow = 0; // tokens, prompt + completion
    qint64 maxOutputTokens = 0; // 0: unknown, the context window bounds it
    ModelPrice price;
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
    QVector<ModelEntry> models;

    bool needsKey() const { return auth != AuthStyle::None && !keyOptional; }
    // Case-insensitive: Hub ids are often typed with different case.
    const ModelEntry *model(const QString &canonicalId) const;
    // Environment variable consulted for headless use: SWITCHBOARD_KEY_<ID>, '-' and '.' as '_'.
    QString keyEnvironmentVariable() const;
};

} // namespace sb
