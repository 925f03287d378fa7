#include "app/common/download/FileTransfer.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include "app/common/download/HubApi.h"

namespace sb {

namespace {

constexpr qint64 kRehashSlice = 8 << 20; // bytes re-hashed per event-loop turn
constexpr qint64 kReadSlice = 1 << 20;
constexpr qint64 kReadBuffer = 8 << 20;
constexpr int kMaxRedirects = 10;
constexpr int kMaxRestarts = 3;

// "sha", W/"sha" -> sha
QString normalizedEtag(QByteArray value)
{
    value = value.trimmed();
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return QString::fromLatin1(value).toLower();
}

bool isSha256Hex(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

} // namespace

FileTransfer::FileTransfer(QNetworkAccessManager *network, HubRepo repo, HubFile file,
    const QString &destinationDir, QString token, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_repo(std::move(repo))
    , m_file(std::move(file))
    , m_token(std::move(token))
    , m_part(QDir(destinationDir).filePath(m_file.path))
    , m_hash(m_file)
{
}

FileTransfer::~FileTransfer()
{
    dropReply();
}

void FileTransfer::start()
{
    if (m_stage != Stage::Idle)
        return;
    m_restarts = 0;
    ++m_generation;
    prepare();
}

void FileTransfer::prepare()
{
    if (!HubFile::isSafePath(m_file.path)) {
        DownloadError e;
        e.kind = DownloadError::Kind::BadListing;
        e.repo = m_repo.repo;
        e.file = m_file.path;
        e.message = tr("Refused to write \"%1\" from %2: the path leaves the destination folder.")
                        .arg(m_file.path, m_repo.repo);
        fail(e);
        return;
    }
    const QString folder = QFileInfo(m_part.finalPath()).absolutePath();
    if (!QDir().mkpath(folder)) {
        failDisk(folder, tr("cannot create the folder"));
        return;
    }

    // The .part is continued only if its sidecar says it is this very content.
    std::optional<PartMeta> meta = m_part.readMeta();
    qint64 partSize = m_part.partSize();
    if (partSize > 0 || meta) {
        bool same = meta && meta->repo == m_repo.repo && meta->file == m_file.path;
        if (same && m_file.size >= 0 && meta->size >= 0 && meta->size != m_file.size)
            same = false;
        if (same && m_file.isLfs() && !meta->sha256.isEmpty() && meta->sha256 != m_file.sha256)
            same = false;
        if (same && !m_file.gitOid.isEmpty() && !meta->gitOid.isEmpty() && meta->gitOid != m_file.gitOid)
            same = false;
        if (!same) {
            m_part.discard();
            partSize = 0;
            m_hash.reset();
        } else {
            if (m_file.size < 0)
                m_file.size = meta->size;
            if (!m_hash.canVerify() && m_hash.bytes() == 0
                && (!meta->sha256.isEmpty() || !meta->gitOid.isEmpty())) {
                m_file.sha256 = meta->sha256;
                m_file.gitOid = meta->gitOid;
                m_hash = ContentHash(m_file);
            }
            if (m_etag.isEmpty())
                m_etag = meta->etag;
        }
    }

    m_checkingFinal = false;
    QString rehashFrom = m_part.partPath();
    const QFileInfo finalInfo(m_part.finalPath());
    if (partSize == 0 && !meta && finalInfo.exists() && m_file.size >= 0 && finalInfo.size() == m_file.size) {
        // Downloaded before: check it instead of fetching it again.
        m_checkingFinal = true;
        m_hash.reset();
        rehashFrom = m_part.finalPath();
        partSize = m_file.size;
    }
    if (partSize < m_hash.bytes())
        m_hash.reset(); // shorter than what was hashed (a write failed half-way): hash it again
    m_done = m_hash.bytes();
    if (m_hash.bytes() < partSize) {
        m_rehashIn.setFileName(rehashFrom);
        if (!m_rehashIn.open(QIODevice::ReadOnly) || !m_rehashIn.seek(m_hash.bytes())) {
            failDisk(rehashFrom, m_rehashIn.errorString());
            return;
        }
        m_rehashTarget = partSize;
        m_stage = Stage::Rehashing;
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                rehashSlice();
        });
        return;
    }
    afterRehash();
}

void FileTransfer::rehashSlice()
{
    if (m_stage != Stage::Rehashing)
        return;
    const QByteArray data = m_rehashIn.read(qMin(kRehashSlice, m_rehashTarget - m_hash.bytes()));
    if (data.isEmpty() && m_hash.bytes() < m_rehashTarget) {
        const QString path = m_rehashIn.fileName();
        failDisk(path, m_rehashIn.errorString());
        return;
    }
    m_hash.addData(data.constData(), data.size());
    m_done = m_hash.bytes();
    Q_EMIT verifying(m_done, m_file.size);
    if (m_hash.bytes() < m_rehashTarget) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                rehashSlice();
        });
        return;
    }
    m_rehashIn.close();
    afterRehash();
}

void FileTransfer::afterRehash()
{
    m_done = m_hash.bytes();
    if (m_checkingFinal) {
        m_checkingFinal = false;
        if (m_hash.matches()) {
            m_stage = Stage::Idle;
            Q_EMIT progressed(m_done, m_file.size);
            Q_EMIT finished();
            return;
        }
        m_hash.reset(); // the file there is something else: fetch it, commit() replaces it
        m_done = 0;
    }
    if (m_file.size >= 0 && m_done == m_file.size && m_done > 0) {
        completeIfVerified(); // the .part was complete (the app stopped before renaming it)
        return;
    }
    if (m_file.size >= 0 && m_done > m_file.size) {
        m_part.discard();
        m_hash.reset();
        m_done = 0;
    }
    if (!saveMeta() || !openForAppend())
        return;
    m_offset = m_done;
    m_redirects = 0;
    m_stage = Stage::Requesting;
    sendRequest(m_repo.resolveUrl(m_file.path));
}

bool FileTransfer::openForAppend()
{
    if (m_out.isOpen())
        m_out.close();
    m_out.setFileName(m_part.partPath());
    // Unbuffered: a failed write (disk full) shows at once, with the bytes that did land.
    if (!m_out.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        failDisk(m_part.partPath(), m_out.errorString());
        return false;
    }
    if (m_out.size() != m_done) {
        // Another writer changed the .part between the hash and now: start it over.
        m_out.resize(0);
        m_hash.reset();
        m_done = 0;
    }
    return true;
}

bool FileTransfer::saveMeta()
{
    PartMeta meta;
    meta.repo = m_repo.repo;
    meta.revision = m_repo.revision;
    meta.file = m_file.path;
    meta.size = m_file.size;
    meta.sha256 = m_file.sha256;
    meta.gitOid = m_file.gitOid;
    meta.etag = m_etag;
    QString error;
    if (!m_part.writeMeta(meta, &error)) {
        failDisk(m_part.metaPath(), error);
        return false;
    }
    return true;
}

void FileTransfer::sendRequest(const QUrl &url)
{
    QNetworkRequest request = HubApi::request(url, m_token, m_repo.base());
    if (m_offset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
    m_headersChecked = false;
    m_bodyWanted = false;
    m_reply = m_network->get(request);
    // Back-pressure: when the disk or the hash is slower than the network, Qt stops reading the
    // socket instead of holding the rest of a multi-gigabyte file in memory.
    m_reply->setReadBufferSize(kReadBuffer);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FileTransfer::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &FileTransfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FileTransfer::onReplyFinished);
}

void FileTransfer::onMetaData()
{
    if (!m_headersChecked)
        checkHeaders();
}

bool FileTransfer::noteHubHeaders(QNetworkReply *reply)
{
    // The Hub's own answer (before any CDN): X-Linked-* describe the LFS content behind the redirect.
    QByteArray etagHeader = reply->rawHeader("X-Linked-Etag");
    if (etagHeader.isEmpty())
        etagHeader = reply->rawHeader("ETag");
    const QString etag = normalizedEtag(etagHeader);
    if (m_file.size < 0) {
        bool ok = false;
        const qint64 linked = reply->rawHeader("X-Linked-Size").toLongLong(&ok);
        if (ok)
            m_file.size = linked;
    }
    if (!m_hash.canVerify() && m_done == 0 && isSha256Hex(etag)) {
        m_file.sha256 = etag; // queued without a listing: the Hub's ETag of an LFS file is its SHA-256
        m_hash = ContentHash(m_file);
    }
    if (!etag.isEmpty() && etag != m_etag) {
        const bool changed = !m_etag.isEmpty() && m_offset > 0;
        m_etag = etag;
        if (changed) {
            restartFromZero(); // the file changed on the Hub since the .part was started
            return false;
        }
        return saveMeta();
    }
    return true;
}

bool FileTransfer::checkHeaders()
{
    m_headersChecked = true;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_redirects == 0 && status > 0 && status < 400 && !noteHubHeaders(reply))
        return false;
    if (status == 200) {
        if (m_file.size < 0 && reply->header(QNetworkRequest::ContentLengthHeader).isValid())
            m_file.size = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (m_offset > 0) {
            // The server ignored Range and sends the whole file: take it from the start.
            m_out.resize(0);
            m_hash.reset();
            m_done = 0;
            m_offset = 0;
        }
        m_bodyWanted = true;
    } else if (status == 206) {
        static const QRegularExpression re(QStringLiteral(R"(bytes\s+(\d+)-(\d+)/(\d+|\*))"));
        const QRegularExpressionMatch m = re.match(QString::fromLatin1(reply->rawHeader("Content-Range")));
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_offset) {
            restartFromZero(); // a range we did not ask for
            return false;
        }
        if (m_file.size < 0 && m.captured(3) != QLatin1String("*"))
            m_file.size = m.captured(3).toLongLong();
        m_bodyWanted = true;
    }
    return true;
}

void FileTransfer::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_headersChecked && !checkHeaders())
        return;
    if (!m_bodyWanted)
        return;
    bool wrote = false;
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray data = m_reply->read(kReadSlice);
        const qint64 written = m_out.write(data);
        if (written > 0) {
            m_hash.addData(data.constData(), written);
            m_done += written;
            wrote = true;
        }
        if (written != data.size()) {
            failDisk(m_part.partPath(), m_out.errorString());
            return;
        }
    }
    if (wrote)
        Q_EMIT progressed(m_done, m_file.size);
}

void FileTransfer::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    if (!m_headersChecked && !checkHeaders())
        return;
    onReadyRead(); // what is still buffered
    if (!m_reply)
        return; // the write failed
    m_reply = nullptr;
    reply->deleteLater();
    if (m_stage != Stage::Requesting)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty())
            target = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (target.isEmpty() || ++m_redirects > kMaxRedirects) {
            fail(HubApi::httpFailure(m_repo, m_file.path, status, QByteArray(), !m_token.isEmpty()));
            return;
        }
        sendRequest(reply->url().resolved(target)); // Range kept, token dropped on another host
        return;
    }
    if (status == 416 && m_offset > 0) {
        restartFromZero(); // the .part does not fit the file the server has
        return;
    }
    if (status >= 400) {
        fail(HubApi::httpFailure(
            m_repo, m_file.path, status, reply->rawHeader("X-Error-Code"), !m_token.isEmpty()));
        return;
    }
    if (status == 0 || reply->error() != QNetworkReply::NoError) {
        fail(HubApi::networkFailure(m_repo, m_file.path, reply->errorString()));
        return;
    }
    if (m_file.size >= 0 && m_done < m_file.size) {
        fail(HubApi::networkFailure(m_repo, m_file.path,
            tr("the connection closed after %1 of %2 bytes").arg(m_done).arg(m_file.size)));
        return;
    }
    if (m_file.size < 0)
        m_file.size = m_done;
    completeIfVerified();
}

void FileTransfer::restartFromZero()
{
    if (++m_restarts > kMaxRestarts) {
        DownloadError e;
        e.kind = DownloadError::Kind::Server;
        e.repo = m_repo.repo;
        e.file = m_file.path;
        e.resumable = true;
        e.message
            = tr("The server keeps answering with other bytes than asked for %1 in %2; try again later.")
                  .arg(m_file.path, m_repo.repo);
        fail(e);
        return;
    }
    dropReply();
    if (m_out.isOpen())
        m_out.resize(0);
    m_hash.reset();
    m_done = 0;
    m_offset = 0;
    m_redirects = 0;
    if (!saveMeta())
        return;
    Q_EMIT progressed(m_done, m_file.size);
    sendRequest(m_repo.resolveUrl(m_file.path));
}

void FileTransfer::completeIfVerified()
{
    m_out.close();
    if (m_hash.canVerify()) {
        const QString got = m_hash.resultHex();
        if (got != m_hash.expected()) {
            m_part.discard();
            m_hash.reset();
            m_done = 0;
            DownloadError e;
            e.kind = DownloadError::Kind::HashMismatch;
            e.repo = m_repo.repo;
            e.file = m_file.path;
            e.message = tr("%1 from %2 is corrupt: its %3 is %4, the Hub lists %5. The partial download was "
                           "deleted; download it again.")
                            .arg(m_file.path, m_repo.repo, m_hash.algorithmName(), got, m_hash.expected());
            fail(e);
            return;
        }
    }
    QString error;
    if (!m_part.commit(&error)) {
        failDisk(m_part.finalPath(), error);
        return;
    }
    m_stage = Stage::Idle;
    Q_EMIT progressed(m_done, m_file.size);
    Q_EMIT finished();
}

void FileTransfer::pause()
{
    if (m_stage == Stage::Idle)
        return;
    ++m_generation;
    if (m_reply && m_headersChecked && m_bodyWanted)
        onReadyRead(); // keep what already arrived
    dropReply();
    m_out.close();
    m_rehashIn.close();
    m_stage = Stage::Idle;
}

void FileTransfer::cancel()
{
    pause();
    m_part.discard();
    m_hash.reset();
    m_done = 0;
}

void FileTransfer::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void FileTransfer::fail(DownloadError error)
{
    dropReply();
    m_out.close();
    m_rehashIn.close();
    m_stage = Stage::Idle;
    ++m_generation;
    Q_EMIT failed(error);
}

void FileTransfer::failDisk(const QString &path, const QString &detail)
{
    DownloadError e;
    e.kind = DownloadError::Kind::Disk;
    e.repo = m_repo.repo;
    e.file = m_file.path;
    e.resumable = true;
    e.message
        = tr("Could not write %1 (%2 from %3): %4. The partial download is kept: free some disk space or fix "
             "the folder's permissions, then resume.")
              .arg(QDir::toNativeSeparators(path), m_file.path, m_repo.repo, detail);
    fail(e);
}

} // namespace sb
