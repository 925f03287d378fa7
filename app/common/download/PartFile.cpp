#include "app/common/download/PartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sb {

PartFile::PartFile(QString finalPath)
    : m_final(std::move(finalPath))
{
}

qint64 PartFile::partSize() const
{
    const QFileInfo info(partPath());
    return info.exists() ? info.size() : 0;
}

std::optional<PartMeta> PartFile::readMeta() const
{
    QFile f(metaPath());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    PartMeta m;
    m.repo = o.value(QLatin1String("repo")).toString();
    m.revision = o.value(QLatin1String("revision")).toString();
    m.file = o.value(QLatin1String("file")).toString();
    m.size = qint64(o.value(QLatin1String("size")).toDouble(-1));
    m.sha256 = o.value(QLatin1String("sha256")).toString();
    m.gitOid = o.value(QLatin1String("git_oid")).toString();
    m.etag = o.value(QLatin1String("etag")).toString();
    return m;
}

bool PartFile::writeMeta(const PartMeta &meta, QString *error) const
{
    const QJsonObject o { { QStringLiteral("repo"), meta.repo },
        { QStringLiteral("revision"), meta.revision }, { QStringLiteral("file"), meta.file },
        { QStringLiteral("size"), double(meta.size) }, { QStringLiteral("sha256"), meta.sha256 },
        { QStringLiteral("git_oid"), meta.gitOid }, { QStringLiteral("etag"), meta.etag } };
    QSaveFile f(metaPath());
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

void PartFile::discard() const
{
    QFile::remove(partPath());
    QFile::remove(metaPath());
}

bool PartFile::commit(QString *error) const
{
    if (QFile::exists(m_final) && !QFile::remove(m_final)) {
        *error = QFile(m_final).errorString();
        return false;
    }
    QFile part(partPath());
    if (!part.rename(m_final)) {
        *error = part.errorString();
        return false;
    }
    QFile::remove(metaPath());
    return true;
}

ContentHash::ContentHash(const HubFile &file)
    : m_git(!file.isLfs() && !file.gitOid.isEmpty())
    , m_size(file.size)
    , m_expected(file.isLfs() ? file.sha256 : file.gitOid)
    , m_hash(
          std::make_unique<QCryptographicHash>(m_git ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256))
{
    if (m_git && m_size < 0)
        m_expected.clear(); // the blob header needs the size
    reset();
}

void ContentHash::reset()
{
    m_hash->reset();
    m_bytes = 0;
    if (m_git)
        m_hash->addData("blob " + QByteArray::number(m_size) + '\0');
}

void ContentHash::addData(const char *data, qint64 size)
{
    m_hash->addData(QByteArrayView(data, size));
    m_bytes += size;
}

QString ContentHash::resultHex()
{
    return QString::fromLatin1(m_hash->result().toHex());
}

} // namespace sb
