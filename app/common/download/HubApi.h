#pragma once
// The Hub's HTTP surface as the download manager uses it: the tree listing
// (GET {base}/api/models/{repo}/tree/{revision}), requests with the token and a user agent, and
// one place that turns an HTTP failure into a message naming the repository and file.

#include <QCoreApplication>
#include <QNetworkRequest>
#include <functional>

#include "app/common/download/HubTypes.h"

class QNetworkAccessManager;
class QNetworkReply;
class QObject;

namespace sb {

class HubApi {
    Q_DECLARE_TR_FUNCTIONS(HubApi)

public:
    // A request to the Hub or its CDN. The token goes only to the Hub's own host (a presigned
    // CDN URL refuses a second credential, and the token must not leak to another host).
    static QNetworkRequest request(const QUrl &url, const QString &token, const QUrl &hubBase);

    // Lists every file of the repository at the revision (recursive, all pages). `done` runs once,
    // on `context`'s thread, unless `context` is destroyed first.
    static void listFiles(QNetworkAccessManager *network, const HubRepo &repo, const QString &token,
        QObject *context, std::function<void(HubListing)> done);
    // The same with a private network manager, for callers that have none (the welcome screen).
    static void listFiles(
        const HubRepo &repo, const QString &token, QObject *context, std::function<void(HubListing)> done);

    // Parses one page of the tree listing; directories are skipped. `error` names the repo.
    static QVector<HubFile> parseTree(const QByteArray &json, const HubRepo &repo, QString *error);
    // The rel="next" target of a Link header (the Hub pages long listings), or an empty URL.
    static QUrl nextPage(const QByteArray &linkHeader, const QUrl &current);

    // What went wrong, for a person: names repo, revision and file (empty file: the listing).
    // `hubErrorCode` is the Hub's X-Error-Code header (GatedRepo, RepoNotFound, EntryNotFound...).
    static DownloadError httpFailure(
        const HubRepo &repo, const QString &file, int status, const QByteArray &hubErrorCode, bool hadToken);
    static DownloadError networkFailure(const HubRepo &repo, const QString &file, const QString &detail);

    static QString userAgent();
};

} // namespace sb
