#pragma once
// Value types of the Hugging Face Hub download manager: where a repository lives, what its
// listing says about each file, how a download is going and why it stopped. Plain values
// (qBittorrent's DownloadResult style) so the GUI, the CLI and tests share them.

#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QVector>

namespace sb {

// A repository at a revision on a Hub endpoint (https://huggingface.co or a mirror/test server).
struct HubRepo {
    QString repo = QStringLiteral("HuggingFaceTB/SmolLM3-3B"); // "owner/name"
    QString revision = QStringLiteral("main"); // branch, tag or commit
    QUrl endpoint; // empty: defaultEndpoint()

    QUrl base() const;
    // {base}/{repo}/resolve/{revision}/{file}; the revision and each path segment percent-encoded.
    QUrl resolveUrl(const QString &file) const;
    // {base}/api/models/{repo}/tree/{revision}?recursive=true
    QUrl treeUrl() const;

    // $SB_HF_ENDPOINT (like huggingface_hub's HF_ENDPOINT), else https://huggingface.co.
    static QUrl defaultEndpoint();
    static QString defaultRepo() { return QStringLiteral("HuggingFaceTB/SmolLM3-3B"); }
};

// One file of the tree listing. LFS files carry the SHA-256 of their content; small files kept
// in git carry their git blob id (SHA-1 of "blob <size>\0" + content), so both can be verified.
struct HubFile {
    QString path; // relative to the repository root, '/' separated
    qint64 size = -1; // bytes; -1 when unknown (queued without a listing)
    QString sha256; // lowercase hex; LFS files
    QString gitOid; // lowercase hex; files stored in git

    bool isLfs() const { return !sha256.isEmpty(); }
    // What a first download offers: the weights and the JSON files a model folder needs
    // (config, tokenizer, generation config, shard index), at the repository root.
    bool isDefaultSelection() const;
    // A path a server may not make us write outside the destination: no "..", not absolute.
    static bool isSafePath(const QString &path);
};

struct HubListing {
    QVector<HubFile> files;
    QString error; // empty when the listing succeeded

    bool ok() const { return error.isEmpty(); }
    qint64 totalBytes() const;
    qint64 defaultSelectionBytes() const;
    QVector<HubFile> defaultSelection() const;
};

enum class DownloadState { Idle, Verifying, Downloading, Paused, Finished, Failed, Cancelled };

struct DownloadProgress {
    QString file; // the file being transferred
    int fileIndex = 0; // 0-based in the queue
    int fileCount = 0;
    qint64 fileDone = 0; // bytes of this file on disk (verified or received)
    qint64 fileTotal = -1; // -1 when unknown
    qint64 done = 0; // all files of the queue
    qint64 total = -1;
    double bytesPerSecond = 0;
    double etaSeconds = -1; // -1 when unknown
};

struct DownloadError {
    enum class Kind {
        None,
        Network, // connection refused or dropped, timeout: resuming continues the .part
        AuthRequired, // 401/403: gated or private repository
        NotFound, // 404: repository, revision or file
        Server, // other HTTP status
        Disk, // could not create or write the file (disk full, permissions)
        HashMismatch, // the content is not what the listing promised: the .part is deleted
        BadListing, // the tree listing could not be read
    };
    Kind kind = Kind::None;
    QString repo;
    QString file;
    QString message; // names the repository and file; for a person
    bool resumable = false; // the .part is kept and resume() continues it
};

} // namespace sb

Q_DECLARE_METATYPE(sb::HubListing)
Q_DECLARE_METATYPE(sb::DownloadProgress)
Q_DECLARE_METATYPE(sb::DownloadError)
