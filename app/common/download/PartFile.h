#pragma once
// A download in progress on disk: "<file>.part" holds the bytes received so far and
// "<file>.part.json" (the sidecar) what they must add up to: size, SHA-256 or git blob id, the
// ETag the server gave. Both survive the app, so a download resumes after a restart; the final
// name appears only once the content is verified (commit()).

#include <QCryptographicHash>
#include <QString>
#include <memory>
#include <optional>

#include "app/common/download/HubTypes.h"

namespace sb {

struct PartMeta {
    QString repo;
    QString revision;
    QString file;
    qint64 size = -1;
    QString sha256;
    QString gitOid;
    QString etag;
};

class PartFile {
public:
    explicit PartFile(QString finalPath);

    const QString &finalPath() const { return m_final; }
    QString partPath() const { return m_final + QStringLiteral(".part"); }
    QString metaPath() const { return m_final + QStringLiteral(".part.json"); }

    qint64 partSize() const; // 0 when there is no .part
    std::optional<PartMeta> readMeta() const;
    bool writeMeta(const PartMeta &meta, QString *error) const;
    void discard() const; // removes the .part and its sidecar
    // Replaces the final file with the .part and removes the sidecar.
    bool commit(QString *error) const;

private:
    QString m_final;
};

// The hash the Hub publishes for a file: SHA-256 of the content for LFS files, the git blob id
// (SHA-1 of "blob <size>\0" followed by the content) for files kept in git.
class ContentHash {
public:
    ContentHash() = default;
    explicit ContentHash(const HubFile &file);

    bool canVerify() const { return !m_expected.isEmpty(); }
    QString expected() const { return m_expected; }
    QString algorithmName() const { return m_git ? QStringLiteral("git SHA-1") : QStringLiteral("SHA-256"); }
    void reset();
    void addData(const char *data, qint64 size);
    qint64 bytes() const { return m_bytes; }
    QString resultHex(); // finishes the hash; call once the content is complete
    bool matches() { return !canVerify() || resultHex() == m_expected; }

private:
    bool m_git = false;
    qint64 m_size = -1;
    QString m_expected;
    std::unique_ptr<QCryptographicHash> m_hash
        = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    qint64 m_bytes = 0;
};

} // namespace sb
