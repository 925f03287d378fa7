#include "app/common/download/HubApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <memory>

namespace sb {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

QString where(const HubRepo &repo, const QString &file)
{
    return file.isEmpty() ? HubApi::tr("%1 (revision %2)").arg(repo.repo, repo.revision)
                          : HubApi::tr("%1 in %2 (revision %3)").arg(file, repo.repo, repo.revision);
}

// One listing in flight: pages are fetched one after the other and appended.
struct ListingJob {
    QNetworkAccessManager *network = nullptr;
    HubRepo repo;
    QString token;
    QPointer<QObject> context;
    std::function<void(HubListing)> done;
    HubListing result;
    int pages = 0;

    void fetch(const std::shared_ptr<ListingJob> &self, const QUrl &url)
    {
        QNetworkRequest request = HubApi::request(url, token, repo.base());
        // The API may redirect a renamed repository; same host, so the token may follow.
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = network->get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [self, reply, url] {
            reply->deleteLater();
            self->onPage(self, reply, url);
        });
    }

    void onPage(const std::shared_ptr<ListingJob> &self, QNetworkReply *reply, const QUrl &url)
    {
        if (!context)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 || reply->error() != QNetworkReply::NoError) {
            const DownloadError e = status == 0
                ? HubApi::networkFailure(repo, QString(), reply->errorString())
                : HubApi::httpFailure(
                    repo, QString(), status, reply->rawHeader("X-Error-Code"), !token.isEmpty());
            result.files.clear();
            result.error = e.message;
            finish();
            return;
        }
        QString error;
        const QVector<HubFile> files = HubApi::parseTree(reply->readAll(), repo, &error);
        if (!error.isEmpty()) {
            result.files.clear();
            result.error = error;
            finish();
            return;
        }
        result.files += files;
        const QUrl next = HubApi::nextPage(reply->rawHeader("Link"), url);
        if (next.isValid() && !next.isEmpty() && ++pages < 1000) {
            fetch(self, next);
            return;
        }
        finish();
    }

    void finish()
    {
        if (context && done)
            done(std::move(result));
        done = nullptr;
    }
};

} // namespace

QString HubApi::userAgent()
{
    return QStringLiteral("Switchboard/%1 (Qt %2)").arg(QLatin1String(SB_VERSION), QLatin1String(qVersion()));
}

QNetworkRequest HubApi::request(const QUrl &url, const QString &token, const QUrl &hubBase)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Redirects are followed by hand: the Range header must survive them and the token must not.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Byte offsets only mean something on the identity encoding (Qt would otherwise ask for gzip).
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(60'000);
    if (!token.isEmpty() && sameOrigin(url, hubBase))
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

void HubApi::listFiles(QNetworkAccessManager *network, const HubRepo &repo, const QString &token,
    QObject *context, std::function<void(HubListing)> done)
{
    auto job = std::make_shared<ListingJob>();
    job->network = network;
    job->repo = repo;
    job->token = token;
    job->context = context;
    job->done = std::move(done);
    job->fetch(job, repo.treeUrl());
}

void HubApi::listFiles(
    const HubRepo &repo, const QString &token, QObject *context, std::function<void(HubListing)> done)
{
    auto *network = new QNetworkAccessManager(context);
    listFiles(network, repo, token, context, [network, done = std::move(done)](HubListing listing) {
        network->deleteLater();
        done(std::move(listing));
    });
}

QVector<HubFile> HubApi::parseTree(const QByteArray &json, const HubRepo &repo, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray()) {
        *error = tr("The file list of %1 is not a JSON array (%2).")
                     .arg(where(repo, QString()),
                         parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : tr("unexpected shape"));
        return {};
    }
    QVector<HubFile> files;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("type")).toString() != QLatin1String("file"))
            continue;
        HubFile f;
        f.path = o.value(QLatin1String("path")).toString();
        if (!HubFile::isSafePath(f.path)) {
            *error
                = tr("The file list of %1 names an unsafe path: \"%2\".").arg(where(repo, QString()), f.path);
            return {};
        }
        f.size = qint64(o.value(QLatin1String("size")).toDouble(-1));
        f.gitOid = o.value(QLatin1String("oid")).toString().toLower();
        const QJsonObject lfs = o.value(QLatin1String("lfs")).toObject();
        if (!lfs.isEmpty()) {
            f.sha256 = lfs.value(QLatin1String("oid")).toString().toLower();
            f.size = qint64(lfs.value(QLatin1String("size")).toDouble(double(f.size)));
            f.gitOid.clear(); // the git blob is the pointer file, not the content
        }
        files << f;
    }
    return files;
}

QUrl HubApi::nextPage(const QByteArray &linkHeader, const QUrl &current)
{
    // Link: <https://huggingface.co/api/models/x/tree/main?cursor=...>; rel="next"
    static const QRegularExpression re(QStringLiteral(R"(<([^>]+)>\s*;\s*rel="?next"?)"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(linkHeader));
    return m.hasMatch() ? current.resolved(QUrl(m.captured(1))) : QUrl();
}

DownloadError HubApi::httpFailure(
    const HubRepo &repo, const QString &file, int status, const QByteArray &hubErrorCode, bool hadToken)
{
    DownloadError e;
    e.repo = repo.repo;
    e.file = file;
    const QString at = where(repo, file);
    if (status == 401 || status == 403 || hubErrorCode == "GatedRepo") {
        e.kind = DownloadError::Kind::AuthRequired;
        e.message = hadToken
            ? tr("Access to %1 was refused (HTTP %2) with the Hugging Face token that is stored: the "
                 "repository is gated or private. Accept its terms on the Hub with the token's account, or "
                 "store a token that has access under \"huggingface\" in Providers & Budgets.")
                  .arg(at)
                  .arg(status)
            : tr("%1 needs a Hugging Face token (HTTP %2): the repository is gated, private or does not "
                 "exist. Store a token under \"huggingface\" in Providers & Budgets and try again.")
                  .arg(at)
                  .arg(status);
    } else if (status == 404) {
        e.kind = DownloadError::Kind::NotFound;
        if (hubErrorCode == "RepoNotFound")
            e.message = tr("Repository %1 was not found on the Hub (HTTP 404).").arg(repo.repo);
        else if (hubErrorCode == "RevisionNotFound")
            e.message = tr("Revision %1 of %2 was not found (HTTP 404).").arg(repo.revision, repo.repo);
        else
            e.message = tr("Not found: %1 (HTTP 404).").arg(at);
        if (!file.isEmpty() && (hubErrorCode == "RepoNotFound" || hubErrorCode == "RevisionNotFound"))
            e.message += QLatin1Char(' ') + tr("Asked for %1.").arg(file);
    } else {
        e.kind = DownloadError::Kind::Server;
        // 5xx and 429 are worth another try later; the .part is kept.
        e.resumable = status >= 500 || status == 429 || status == 408;
        e.message = tr("The Hub answered HTTP %1 for %2.").arg(status).arg(at);
    }
    return e;
}

DownloadError HubApi::networkFailure(const HubRepo &repo, const QString &file, const QString &detail)
{
    DownloadError e;
    e.kind = DownloadError::Kind::Network;
    e.repo = repo.repo;
    e.file = file;
    e.resumable = true;
    e.message = tr("The connection failed while fetching %1: %2.").arg(where(repo, file), detail);
    return e;
}

} // namespace sb
