#include "router/catalog/CustomEndpoint.h"

#include "router/base/Policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

namespace sb {

Outcome<QString> normalizeEndpointBaseUrl(const QString &text)
{
    QString s = text.trimmed();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    if (s.isEmpty())
        return Outcome<QString>::failure(QStringLiteral("the base URL is empty"));
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Outcome<QString>::failure(QStringLiteral("'%1' is not an http:// or https:// URL").arg(s));
    if (url.host().isEmpty())
        return Outcome<QString>::failure(QStringLiteral("'%1' has no host").arg(s));
    if (url.hasQuery() || url.hasFragment())
        return Outcome<QString>::failure(
            QStringLiteral("'%1': the base URL takes no query or fragment").arg(s));
    for (const char *op : { "/chat/completions", "/completions", "/models", "/embeddings" })
        if (url.path().endsWith(QLatin1String(op)))
            return Outcome<QString>::failure(QStringLiteral(
                "'%1' ends with %2: give the base it is appended to (e.g. http://127.0.0.1:8000/v1)")
                                                 .arg(s, QLatin1String(op)));
    return s;
}

QString customEndpointId(const QString &displayName, const QStringList &taken)
{
    QString base = displayName.trimmed().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^[^a-z0-9]+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("endpoint");
    QString id = base;
    for (int n = 2; taken.contains(id) || isReservedRouteWord(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

ProviderInfo makeCustomEndpoint(
    const QString &id, const QString &name, const QString &baseUrl, const QVector<ModelEntry> &models)
{
    ProviderInfo p;
    p.id = id;
    p.name = name.trimmed().isEmpty() ? id : name.trimmed();
    p.kind = ProviderKind::Custom;
    p.baseUrl = baseUrl;
    p.wire = WireFormat::OpenAI;
    p.auth = AuthStyle::Bearer;
    p.keyOptional = true; // most local servers take none; a key, when stored, is sent
    p.streamingUsage = true;
    p.enabled = true;
    p.models = models;
    for (ModelEntry &m : p.models) {
        if (m.providerModelId.isEmpty())
            m.providerModelId = m.id;
        if (m.contextWindow <= 0)
            m.contextWindow = kDefaultCustomContextWindow;
        if (!m.price.priceDate.isValid())
            m.price.priceDate = QDate::currentDate();
    }
    return p;
}

Outcome<QStringList> parseModelList(const QByteArray &body)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Outcome<QStringList>::failure(
            QStringLiteral("the model list is not JSON: %1").arg(err.errorString()));
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.object().value(QLatin1String("data")).isArray())
        items = doc.object().value(QLatin1String("data")).toArray();
    else if (doc.object().value(QLatin1String("models")).isArray())
        items = doc.object().value(QLatin1String("models")).toArray();
    else
        return Outcome<QStringList>::failure(QStringLiteral("the model list has no 'data' array"));
    QStringList ids;
    for (const QJsonValue &v : items) {
        // OpenAI: {"id": …}; Ollama's /api/tags-like lists: {"name": …} or {"model": …}.
        const QJsonObject o = v.toObject();
        QString id = v.isString() ? v.toString() : o.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            id = o.value(QLatin1String("name")).toString();
        if (id.isEmpty())
            id = o.value(QLatin1String("model")).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void fetchModelIds(QNetworkAccessManager *network, const QString &baseUrl, const QString &key,
    QObject *context, std::function<void(Outcome<QStringList>)> done)
{
    const QString url = baseUrl + QStringLiteral("/models");
    QNetworkRequest request { QUrl(url) };
    request.setRawHeader("Accept", "application/json");
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setTransferTimeout(15000);
    QNetworkReply *reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, url, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 401 || status == 403) {
            done(Outcome<QStringList>::failure(
                QStringLiteral("GET %1: HTTP %2: the key was rejected").arg(url).arg(status)));
            return;
        }
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done(Outcome<QStringList>::failure(QStringLiteral("GET %1: %2").arg(url, reply->errorString())));
            return;
        }
        if (status < 200 || status >= 300) {
            done(Outcome<QStringList>::failure(QStringLiteral("GET %1: HTTP %2").arg(url).arg(status)));
            return;
        }
        auto ids = parseModelList(body);
        if (!ids)
            done(Outcome<QStringList>::failure(QStringLiteral("GET %1: %2").arg(url, ids.error())));
        else
            done(std::move(ids));
    });
    // A caller that goes away takes the request with it (deleting a running reply aborts it);
    // `done` is bound to the context, so it never runs for a destroyed caller.
    QObject::connect(context, &QObject::destroyed, reply, &QObject::deleteLater);
}

} // namespace sb
