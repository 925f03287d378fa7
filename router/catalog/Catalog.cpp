#include "router/catalog/Catalog.h"
#include "router/catalog/UserCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

namespace sb {

namespace {

// Collects every problem with a document so the user fixes their file in one pass.
class Validator {
public:
    explicit Validator(QString source)
        : m_source(std::move(source))
    {
    }

    void fail(const QString &where, const QString &what)
    {
        m_errors << m_source + QStringLiteral(": ") + where + QStringLiteral(": ") + what;
    }
    bool ok() const { return m_errors.isEmpty(); }
    QString message() const { return m_errors.join(QLatin1Char('\n')); }

    QString string(const QJsonObject &o, const char *key, const QString &where, bool required,
        const QString &fallback = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(where, QStringLiteral("field '%1' is missing").arg(QLatin1String(key)));
            return fallback;
        }
        if (!v.isString()) {
            fail(where, QStringLiteral("field '%1' must be a string").arg(QLatin1String(key)));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const char *key, const QString &where, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(where, QStringLiteral("field '%1' must be true or false").arg(QLatin1String(key)));
            return fallback;
        }
        return v.toBool();
    }

    double number(const QJsonObject &o, const char *key, const QString &where, bool required, double fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(where, QStringLiteral("field '%1' is missing").arg(QLatin1String(key)));
            return fallback;
        }
        if (!v.isDouble() || v.toDouble() < 0 || !qIsFinite(v.toDouble())) {
            fail(where, QStringLiteral("field '%1' must be a non-negative number").arg(QLatin1String(key)));
            return fallback;
        }
        return v.toDouble();
    }

    QDate date(const QString &text, const QString &where)
    {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(where,
                QStringLiteral("field 'price_date' must be a date like 2025-07-01, got '%1'").arg(text));
        return d;
    }

private:
    QString m_source;
    QStringList m_errors;
};

std::optional<WireFormat> parseWire(const QString &s)
{
    if (s == QLatin1String("openai"))
        return WireFormat::OpenAI;
    if (s == QLatin1String("anthropic"))
        return WireFormat::Anthropic;
    if (s == QLatin1String("gemini"))
        return WireFormat::Gemini;
    if (s == QLatin1String("local"))
        return WireFormat::Local;
    return std::nullopt;
}

std::optional<AuthStyle> parseAuth(const QString &s)
{
    if (s == QLatin1String("bearer"))
        return AuthStyle::Bearer;
    if (s == QLatin1String("x-api-key"))
        return AuthStyle::XApiKey;
    if (s == QLatin1String("x-goog-api-key"))
        return AuthStyle::GoogApiKey;
    if (s == QLatin1String("none"))
        return AuthStyle::None;
    return std::nullopt;
}

std::optional<ProviderKind> parseKind(const QString &s)
{
    if (s == QLatin1String("cloud"))
        return ProviderKind::Cloud;
    if (s == QLatin1String("custom"))
        return ProviderKind::Custom;
    if (s == QLatin1String("local"))
        return ProviderKind::Local;
    return std::nullopt;
}

QJsonObject mergeObjects(QJsonObject base, const QJsonObject &overlay, const char *listKey)
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        if (listKey && it.key() == QLatin1String(listKey))
            continue;
        base.insert(it.key(), it.value());
    }
    return base;
}

// Merges two arrays of objects keyed by "id" (see the rules in Catalog.h).
QJsonArray mergeById(const QJsonArray &base, const QJsonArray &overlay, const char *childList)
{
    QJsonArray out = base;
    for (const QJsonValue &ov : overlay) {
        const QJsonObject o = ov.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        int found = -1;
        for (int i = 0; i < out.size(); ++i) {
            if (!id.isEmpty() && out[i].toObject().value(QLatin1String("id")).toString() == id) {
                found = i;
                break;
            }
        }
        if (o.value(QLatin1String("remove")).toBool()) {
            if (found >= 0)
                out.removeAt(found);
            continue;
        }
        if (found < 0) {
            out.append(o);
            continue;
        }
        QJsonObject merged = mergeObjects(out[found].toObject(), o, childList);
        if (childList && o.contains(QLatin1String(childList))) {
            const QJsonArray overlayChildren = o.value(QLatin1String(childList)).toArray();
            if (o.value(QLatin1String("replace_models")).toBool())
                merged.insert(QLatin1String(childList), overlayChildren);
            else
                merged.insert(QLatin1String(childList),
                    mergeById(merged.value(QLatin1String(childList)).toArray(), overlayChildren, nullptr));
        }
        merged.remove(QStringLiteral("replace_models"));
        out[found] = merged;
    }
    return out;
}

const QRegularExpression &providerIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    return re;
}

} // namespace

QJsonObject Catalog::mergeDocuments(const QJsonObject &base, const QJsonObject &overlay)
{
    QJsonObject out = mergeObjects(base, overlay, "providers");
    if (overlay.contains(QLatin1String("providers")))
        out.insert(QStringLiteral("providers"),
            mergeById(base.value(QLatin1String("providers")).toArray(),
                overlay.value(QLatin1String("providers")).toArray(), "models"));
    return out;
}

Outcome<Catalog> Catalog::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Outcome<Catalog>::failure(QStringLiteral("%1: invalid JSON at offset %2: %3")
                                             .arg(source)
                                             .arg(err.offset)
                                             .arg(err.errorString()));
    if (!doc.isObject())
        return Outcome<Catalog>::failure(source + QStringLiteral(": the top level must be an object"));
    return fromObject(doc.object(), source);
}

Outcome<Catalog> Catalog::fromObject(const QJsonObject &doc, const QString &source)
{
    Validator v(source);
    Catalog cat;
    const QString topDate = v.string(doc, "price_date", QStringLiteral("top level"), false);
    cat.m_priceDate = topDate;
    const QString currency
        = v.string(doc, "currency", QStringLiteral("top level"), false, QStringLiteral("USD"));
    if (currency != QLatin1String("USD"))
        v.fail(QStringLiteral("top level"),
            QStringLiteral("field 'currency' must be \"USD\" (budgets and the ledger are in USD)"));
    const QJsonValue providersValue = doc.value(QLatin1String("providers"));
    if (!providersValue.isArray()) {
        v.fail(QStringLiteral("top level"), QStringLiteral("field 'providers' must be an array"));
        return Outcome<Catalog>::failure(v.message());
    }
    QSet<QString> seenIds;
    const QJsonArray providers = providersValue.toArray();
    for (int pi = 0; pi < providers.size(); ++pi) {
        if (!providers[pi].isObject()) {
            v.fail(QStringLiteral("providers[%1]").arg(pi), QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject po = providers[pi].toObject();
        ProviderInfo p;
        p.id = v.string(po, "id", QStringLiteral("providers[%1]").arg(pi), true);
        const QString where = p.id.isEmpty() ? QStringLiteral("providers[%1]").arg(pi)
                                             : QStringLiteral("provider '%1'").arg(p.id);
        if (!p.id.isEmpty() && !providerIdPattern().match(p.id).hasMatch())
            v.fail(where, QStringLiteral("field 'id' must be lowercase letters, digits, '.', '_' or '-'"));
        if (seenIds.contains(p.id))
            v.fail(where, QStringLiteral("duplicate provider id"));
        seenIds.insert(p.id);
        p.name = v.string(po, "name", where, false, p.id);
        p.notes = v.string(po, "notes", where, false);
        p.billing = v.string(po, "billing", where, false);
        const QString kind = v.string(po, "kind", where, false, QStringLiteral("cloud"));
        if (auto k = parseKind(kind))
            p.kind = *k;
        else
            v.fail(where, QStringLiteral("field 'kind' must be cloud, custom or local, got '%1'").arg(kind));
        const QString wire = v.string(po, "wire", where, true);
        if (auto w = parseWire(wire))
            p.wire = *w;
        else if (!wire.isEmpty())
            v.fail(where,
                QStringLiteral("field 'wire' must be openai, anthropic, gemini or local, got '%1'")
                    .arg(wire));
        const QString auth = v.string(po, "auth", where, true);
        if (auto a = parseAuth(auth))
            p.auth = *a;
        else if (!auth.isEmpty())
            v.fail(where,
                QStringLiteral("field 'auth' must be bearer, x-api-key, x-goog-api-key or none, got '%1'")
                    .arg(auth));
        p.baseUrl = v.string(po, "base_url", where, p.wire != WireFormat::Local);
        while (p.baseUrl.endsWith(QLatin1Char('/')))
            p.baseUrl.chop(1);
        if (p.wire != WireFormat::Local) {
            const QUrl url(p.baseUrl, QUrl::StrictMode);
            if (!p.baseUrl.isEmpty()
                && (!url.isValid()
                    || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
                    || url.host().isEmpty()))
                v.fail(where,
                    QStringLiteral("field 'base_url' must be an http(s) URL, got '%1'").arg(p.baseUrl));
        }
        p.keyOptional = v.boolean(po, "key_optional", where, false);
        p.streamingUsage = v.boolean(po, "streaming_usage", where, true);
        p.enabled = v.boolean(po, "enabled", where, true);
        p.weight = v.number(po, "weight", where, false, 1.0);
        const QString providerDate = v.string(po, "price_date", where, false, topDate);

        const QJsonValue modelsValue = po.value(QLatin1String("models"));
        if (!modelsValue.isUndefined() && !modelsValue.isArray())
            v.fail(where, QStringLiteral("field 'models' must be an array"));
        QSet<QString> seenModels;
        const QJsonArray models = modelsValue.toArray();
        for (int mi = 0; mi < models.size(); ++mi) {
            const QJsonObject mo = models[mi].toObject();
            ModelEntry m;
            m.id = v.string(mo, "id", QStringLiteral("%1 models[%2]").arg(where).arg(mi), true);
            const QString mwhere
                = QStringLiteral("%1 model '%2'").arg(where, m.id.isEmpty() ? QString::number(mi) : m.id);
            if (seenModels.contains(m.id.toLower()))
                v.fail(mwhere, QStringLiteral("duplicate model id"));
            seenModels.insert(m.id.toLower());
            m.providerModelId = v.string(mo, "provider_model_id", mwhere, false, m.id);
            m.contextWindow = qint64(v.number(mo, "context_window", mwhere, true, 0));
            if (mo.contains(QLatin1String("context_window")) && m.contextWindow <= 0)
                v.fail(mwhere, QStringLiteral("field 'context_window' must be positive"));
            m.maxOutputTokens = qint64(v.number(mo, "max_output_tokens", mwhere, false, 0));
            m.price.inputPerMTok = v.number(mo, "input_per_mtok", mwhere, true, 0);
            m.price.outputPerMTok = v.number(mo, "output_per_mtok", mwhere, true, 0);
            // No cached price listed: the provider bills cached tokens as ordinary input.
            m.price.cachedInputPerMTok
                = v.number(mo, "cached_input_per_mtok", mwhere, false, m.price.inputPerMTok);
            const QString date = v.string(mo, "price_date", mwhere, false, providerDate);
            if (date.isEmpty())
                v.fail(mwhere,
                    QStringLiteral(
                        "field 'price_date' is missing (here, on the provider or at the top level)"));
            else
                m.price.priceDate = v.date(date, mwhere);
            p.models.append(m);
        }
        cat.m_providers.append(p);
    }
    if (!v.ok())
        return Outcome<Catalog>::failure(v.message());
    return cat;
}

Outcome<Catalog> Catalog::loadBuiltin()
{
    QFile f(QStringLiteral(":/router/providers.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Outcome<Catalog>::failure(
            QStringLiteral(":/router/providers.json: cannot open the embedded catalog"));
    return fromJson(f.readAll(), QStringLiteral(":/router/providers.json"));
}

Outcome<Catalog> Catalog::load(const QString &userPath)
{
    QFile base(QStringLiteral(":/router/providers.json"));
    if (!base.open(QIODevice::ReadOnly))
        return Outcome<Catalog>::failure(
            QStringLiteral(":/router/providers.json: cannot open the embedded catalog"));
    const QJsonObject baseDoc = QJsonDocument::fromJson(base.readAll()).object();
    if (userPath.isEmpty() || !QFile::exists(userPath))
        return fromObject(baseDoc, QStringLiteral(":/router/providers.json"));
    auto userDoc = UserCatalog(userPath).read(); // names the line and column of a JSON error
    if (!userDoc)
        return Outcome<Catalog>::failure(userDoc.error());
    return fromObject(
        mergeDocuments(baseDoc, userDoc.value()), userPath + QStringLiteral(" (merged over the default)"));
}

QString Catalog::defaultUserPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("providers.json"));
}

const ProviderInfo *Catalog::provider(const QString &id) const
{
    for (const ProviderInfo &p : m_providers)
        if (p.id == id)
            return &p;
    return nullptr;
}

ProviderInfo *Catalog::provider(const QString &id)
{
    for (ProviderInfo &p : m_providers)
        if (p.id == id)
            return &p;
    return nullptr;
}

QStringList Catalog::providerIds() const
{
    QStringList ids;
    for (const ProviderInfo &p : m_providers)
        ids << p.id;
    return ids;
}

QStringList Catalog::modelIds() const
{
    QStringList ids;
    QSet<QString> seen;
    for (const ProviderInfo &p : m_providers)
        for (const ModelEntry &m : p.models)
            if (!seen.contains(m.id.toLower())) {
                seen.insert(m.id.toLower());
                ids << m.id;
            }
    ids.sort(Qt::CaseInsensitive);
    return ids;
}

QVector<const ProviderInfo *> Catalog::providersServing(const QString &modelId) const
{
    QVector<const ProviderInfo *> out;
    for (const ProviderInfo &p : m_providers)
        if (p.model(modelId))
            out << &p;
    return out;
}

Outcome<void> Catalog::upsertProvider(const ProviderInfo &info)
{
    // Round-trip through JSON so a provider added in the GUI passes the same validation as a file.
    QJsonObject doc;
    doc.insert(QStringLiteral("providers"), QJsonArray { providerToJson(info) });
    auto parsed = fromObject(doc, QStringLiteral("provider '%1'").arg(info.id));
    if (!parsed)
        return Outcome<void>::failure(parsed.error());
    if (ProviderInfo *existing = provider(info.id))
        *existing = parsed->m_providers.first();
    else
        m_providers.append(parsed->m_providers.first());
    return {};
}

bool Catalog::removeProvider(const QString &id)
{
    for (int i = 0; i < m_providers.size(); ++i)
        if (m_providers[i].id == id) {
            m_providers.removeAt(i);
            return true;
        }
    return false;
}

QJsonObject Catalog::providerToJson(const ProviderInfo &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("kind"), providerKindName(p.kind));
    o.insert(QStringLiteral("base_url"), p.baseUrl);
    o.insert(QStringLiteral("wire"), wireFormatName(p.wire));
    o.insert(QStringLiteral("auth"), authStyleName(p.auth));
    o.insert(QStringLiteral("key_optional"), p.keyOptional);
    o.insert(QStringLiteral("streaming_usage"), p.streamingUsage);
    o.insert(QStringLiteral("enabled"), p.enabled);
    o.insert(QStringLiteral("weight"), p.weight);
    if (!p.billing.isEmpty())
        o.insert(QStringLiteral("billing"), p.billing);
    if (!p.notes.isEmpty())
        o.insert(QStringLiteral("notes"), p.notes);
    QJsonArray models;
    for (const ModelEntry &m : p.models) {
        QJsonObject mo;
        mo.insert(QStringLiteral("id"), m.id);
        mo.insert(QStringLiteral("provider_model_id"), m.providerModelId);
        mo.insert(QStringLiteral("context_window"), double(m.contextWindow));
        if (m.maxOutputTokens > 0)
            mo.insert(QStringLiteral("max_output_tokens"), double(m.maxOutputTokens));
        mo.insert(QStringLiteral("input_per_mtok"), m.price.inputPerMTok);
        mo.insert(QStringLiteral("output_per_mtok"), m.price.outputPerMTok);
        mo.insert(QStringLiteral("cached_input_per_mtok"), m.price.cachedInputPerMTok);
        mo.insert(QStringLiteral("price_date"),
            (m.price.priceDate.isValid() ? m.price.priceDate : QDate::currentDate()).toString(Qt::ISODate));
        models.append(mo);
    }
    o.insert(QStringLiteral("models"), models);
    return o;
}

QJsonObject Catalog::toJson() const
{
    QJsonArray providers;
    for (const ProviderInfo &p : m_providers)
        providers.append(providerToJson(p));
    QJsonObject doc;
    doc.insert(QStringLiteral("version"), 1);
    doc.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    if (!m_priceDate.isEmpty())
        doc.insert(QStringLiteral("price_date"), m_priceDate);
    doc.insert(QStringLiteral("providers"), providers);
    return doc;
}

} // namespace sb
