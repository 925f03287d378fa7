#include "app/common/AppKeyStore.h"

#include "app/common/EncryptedKeyFile.h"

#include <QCoreApplication>
#include <QPointer>

namespace sb {

namespace {

QString sessionOnlyWarning(const QString &providerId, const QString &why)
{
    return QCoreApplication::translate("sb::AppKeyStore",
        "The %1 key is used until Switchboard quits, but it was not saved: %2 To keep it, set "
        "%3 in the environment or keep your keys in an encrypted file (Providers & Budgets).")
        .arg(providerId, why, EnvironmentKeyStore::variableFor(providerId));
}

} // namespace

AppKeyStore::AppKeyStore(KeyStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_file(std::make_unique<EncryptedKeyFile>(EncryptedKeyFile::defaultPath()))
{
}

AppKeyStore::~AppKeyStore() = default;

void AppKeyStore::setKeyFilePath(const QString &path)
{
    m_file = std::make_unique<EncryptedKeyFile>(path);
}

QString AppKeyStore::keyFilePath() const
{
    return m_file->path();
}

bool AppKeyStore::keyFileExists() const
{
    return m_file->exists();
}

bool AppKeyStore::keyFileUnlocked() const
{
    return m_file->isUnlocked();
}

Outcome<void> AppKeyStore::unlockKeyFile(const QString &passphrase)
{
    if (auto r = m_file->unlock(passphrase); !r)
        return r;
    for (auto it = m_session.cbegin(); it != m_session.cend(); ++it)
        if (auto r = m_file->setKey(it.key(), it.value()); !r)
            return r;
    m_session.clear();
    return {};
}

void AppKeyStore::probeKeychain(std::function<void(bool, QString)> done)
{
    if (!m_keychain) {
        m_keychainAvailable = false;
        done(false, QString());
        return;
    }
    const QPointer<AppKeyStore> self(this);
    m_keychain->readKey(QStringLiteral("switchboard-probe"),
        [self, done = std::move(done)](std::optional<QString>, QString error) {
            if (self) {
                self->m_keychainAvailable = error.isEmpty();
                self->m_keychainProblem = error;
                Q_EMIT self->keychainProbed(error.isEmpty(), error);
            }
            done(error.isEmpty(), error);
        });
}

void AppKeyStore::readKey(const QString &providerId, ReadCallback done)
{
    if (m_file->isUnlocked()) {
        if (auto key = m_file->key(providerId)) {
            done(key, QString());
            return;
        }
    }
    if (m_session.contains(providerId)) {
        done(m_session.value(providerId), QString());
        return;
    }
    if (!m_keychain) {
        done(std::nullopt, QString());
        return;
    }
    m_keychain->readKey(providerId, std::move(done));
}

void AppKeyStore::writeKey(const QString &providerId, const QString &key, DoneCallback done)
{
    if (m_file->isUnlocked()) {
        const Outcome<void> r = m_file->setKey(providerId, key);
        if (r)
            m_session.remove(providerId);
        else
            m_session.insert(providerId, key);
        done(true, r ? QString() : sessionOnlyWarning(providerId, r.error()));
        return;
    }
    if (!m_keychain) {
        m_session.insert(providerId, key);
        done(true, sessionOnlyWarning(providerId, QString()));
        return;
    }
    const QPointer<AppKeyStore> self(this);
    m_keychain->writeKey(
        providerId, key, [self, providerId, key, done = std::move(done)](bool ok, QString error) {
            if (!self) {
                done(ok, error);
                return;
            }
            if (ok) {
                self->m_session.remove(providerId);
                done(true, QString());
                return;
            }
            // Never dropped: kept for this run, and the person is told how to keep it for good.
            self->m_session.insert(providerId, key);
            done(true, sessionOnlyWarning(providerId, error));
        });
}

void AppKeyStore::removeKey(const QString &providerId, DoneCallback done)
{
    m_session.remove(providerId);
    if (m_file->isUnlocked()) {
        if (auto r = m_file->removeKey(providerId); !r) {
            done(false, r.error());
            return;
        }
    }
    if (!m_keychain || !m_keychainAvailable) {
        done(true, QString());
        return;
    }
    m_keychain->removeKey(providerId, std::move(done));
}

} // namespace sb
