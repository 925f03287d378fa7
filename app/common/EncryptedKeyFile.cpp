#include "app/common/EncryptedKeyFile.h"

#include "app/common/DataPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sodium.h>

namespace sb {

namespace {

const char *kFormat = "switchboard-keys-1";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Argon2id with the "interactive" limits: about 64 MiB and a fraction of a second here.
bool derive(const QString &passphrase, const QByteArray &salt, quint64 ops, quint64 mem, QByteArray *out)
{
    QByteArray pass = passphrase.toUtf8();
    out->resize(crypto_secretbox_KEYBYTES);
    const int r = crypto_pwhash(reinterpret_cast<unsigned char *>(out->data()), crypto_secretbox_KEYBYTES,
        pass.constData(), quint64(pass.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
        ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(pass.data(), size_t(pass.size()));
    return r == 0;
}

} // namespace

EncryptedKeyFile::EncryptedKeyFile(QString path)
    : m_path(std::move(path))
{
}

EncryptedKeyFile::~EncryptedKeyFile()
{
    lock();
}

QString EncryptedKeyFile::defaultPath()
{
    return dataPaths::filePath(QStringLiteral("keys.enc"));
}

bool EncryptedKeyFile::exists() const
{
    return QFile::exists(m_path);
}

void EncryptedKeyFile::lock()
{
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
    m_secret.clear();
    m_keys.clear();
}

Outcome<void> EncryptedKeyFile::unlock(const QString &passphrase)
{
    if (!sodiumReady())
        return Outcome<void>::failure(
            QCoreApplication::translate("sb::EncryptedKeyFile", "The encryption library could not start."));
    if (passphrase.isEmpty())
        return Outcome<void>::failure(
            QCoreApplication::translate("sb::EncryptedKeyFile", "The passphrase is empty."));
    lock();
    if (!exists()) {
        m_salt.resize(crypto_pwhash_SALTBYTES);
        randombytes_buf(m_salt.data(), size_t(m_salt.size()));
        if (!derive(passphrase, m_salt, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                crypto_pwhash_MEMLIMIT_INTERACTIVE, &m_secret)) {
            m_secret.clear();
            return Outcome<void>::failure(QCoreApplication::translate(
                "sb::EncryptedKeyFile", "Not enough memory to derive the key from the passphrase."));
        }
        return save();
    }
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return Outcome<void>::failure(
            QCoreApplication::translate("sb::EncryptedKeyFile", "Cannot read %1: %2")
                .arg(m_path, f.errorString()));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return Outcome<void>::failure(
            QCoreApplication::translate("sb::EncryptedKeyFile", "%1 is not a Switchboard key file.")
                .arg(m_path));
    m_salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
    const QByteArray box = QByteArray::fromBase64(o.value(QStringLiteral("box")).toString().toLatin1());
    const auto ops = quint64(o.value(QStringLiteral("ops")).toDouble());
    const auto mem = quint64(o.value(QStringLiteral("mem")).toDouble());
    if (m_salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES
        || box.size() < int(crypto_secretbox_MACBYTES) || ops == 0 || mem == 0)
        return Outcome<void>::failure(
            QCoreApplication::translate("sb::EncryptedKeyFile", "%1 is damaged.").arg(m_path));
    QByteArray secret;
    if (!derive(passphrase, m_salt, ops, mem, &secret))
        return Outcome<void>::failure(QCoreApplication::translate(
            "sb::EncryptedKeyFile", "Not enough memory to derive the key from the passphrase."));
    QByteArray plain(box.size() - int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
            reinterpret_cast<const unsigned char *>(box.constData()), quint64(box.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()),
            reinterpret_cast<const unsigned char *>(secret.constData()))
        != 0) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        return Outcome<void>::failure(QCoreApplication::translate(
            "sb::EncryptedKeyFile", "Wrong passphrase (or the key file was changed)."));
    }
    const QJsonObject keys = QJsonDocument::fromJson(plain).object();
    sodium_memzero(plain.data(), size_t(plain.size()));
    for (auto it = keys.begin(); it != keys.end(); ++it)
        m_keys.insert(it.key(), it.value().toString());
    m_secret = secret;
    return {};
}

std::optional<QString> EncryptedKeyFile::key(const QString &providerId) const
{
    const auto it = m_keys.constFind(providerId);
    if (it == m_keys.cend())
        return std::nullopt;
    return it.value();
}

Outcome<void> EncryptedKeyFile::setKey(const QString &providerId, const QString &key)
{
    if (!isUnlocked())
        return Outcome<void>::failure(
            QCoreApplication::translate("sb::EncryptedKeyFile", "The key file is locked."));
    m_keys.insert(providerId, key);
    return save();
}

Outcome<void> EncryptedKeyFile::removeKey(const QString &providerId)
{
    if (!isUnlocked())
        return Outcome<void>::failure(
            QCoreApplication::translate("sb::EncryptedKeyFile", "The key file is locked."));
    if (m_keys.remove(providerId) == 0)
        return {};
    return save();
}

Outcome<void> EncryptedKeyFile::save() const
{
    QJsonObject keys;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        keys.insert(it.key(), it.value());
    QByteArray plain = QJsonDocument(keys).toJson(QJsonDocument::Compact);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray box(plain.size() + int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
        reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(m_secret.constData()));
    sodium_memzero(plain.data(), size_t(plain.size()));
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormat));
    o.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
    o.insert(QStringLiteral("ops"), double(crypto_pwhash_OPSLIMIT_INTERACTIVE));
    o.insert(QStringLiteral("mem"), double(crypto_pwhash_MEMLIMIT_INTERACTIVE));
    o.insert(QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64()));
    o.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()));
    o.insert(QStringLiteral("box"), QString::fromLatin1(box.toBase64()));
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Outcome<void>::failure(
            QCoreApplication::translate("sb::EncryptedKeyFile", "Cannot write %1: %2")
                .arg(m_path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return Outcome<void>::failure(
            QCoreApplication::translate("sb::EncryptedKeyFile", "Cannot write %1: %2")
                .arg(m_path, f.errorString()));
    return {};
}

} // namespace sb
