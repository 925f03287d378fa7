#pragma once
// The app's key store: where a key is read from and written to when the system keychain may be
// missing. Reading: the passphrase-encrypted key file when the person opted in and unlocked it,
// else the system keychain, else a key entered in this session that could not be stored. (The
// environment, SWITCHBOARD_KEY_<PROVIDER>, wins over all of these: EnvironmentKeyStore wraps
// this one.) Writing: the key file when unlocked, else the keychain; when the keychain fails the
// key is kept for this session and the write reports ok *with* a warning that says so, so no key
// is ever dropped silently.
//
// probeKeychain() tells at start whether a keychain answers at all, so the Providers area can
// explain the missing keychain in plain words before anyone types a key.

#include "router/base/Outcome.h"
#include "router/keys/KeyStore.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace sb {

class EncryptedKeyFile;

class AppKeyStore final : public QObject, public KeyStore {
    Q_OBJECT

public:
    // `keychain`: the system keychain (KeychainKeyStore), not owned; tests pass a failing fake.
    explicit AppKeyStore(KeyStore *keychain, QObject *parent = nullptr);
    ~AppKeyStore() override;

    void readKey(const QString &providerId, ReadCallback done) override;
    void writeKey(const QString &providerId, const QString &key, DoneCallback done) override;
    void removeKey(const QString &providerId, DoneCallback done) override;

    // Reads a probe entry: `available` false (with the keychain's reason) when it cannot answer.
    void probeKeychain(std::function<void(bool available, QString why)> done);
    // What the last probe found; true until one has run.
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }

    // The opt-in key file (EncryptedKeyFile::defaultPath() unless set). Unlocking creates it.
    void setKeyFilePath(const QString &path);
    QString keyFilePath() const;
    bool keyFileExists() const;
    bool keyFileUnlocked() const;
    // Opens (or creates) the file; the keys entered this session move into it.
    Outcome<void> unlockKeyFile(const QString &passphrase);
    bool hasSessionKey(const QString &providerId) const { return m_session.contains(providerId); }

Q_SIGNALS:
    void keychainProbed(bool available, const QString &why);

private:
    KeyStore *m_keychain;
    std::unique_ptr<EncryptedKeyFile> m_file;
    QHash<QString, QString> m_session; // keys that could not be stored anywhere: this run only
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
};

} // namespace sb
