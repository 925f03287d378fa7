#pragma once
// Provider keys in a file in the data folder, encrypted with a passphrase: the opt-in for
// machines without a system keychain (a minimal desktop, a container). libsodium does the
// cryptography, nothing here is home-made: Argon2id (crypto_pwhash, "interactive" limits)
// turns the passphrase and a random salt into a key, XSalsa20-Poly1305 (crypto_secretbox) seals
// the JSON of provider -> key with a fresh nonce on every save, so a wrong passphrase or a
// changed file fails to open instead of yielding garbage.
//
// The file is only as strong as the passphrase: whoever copies it can guess offline. The GUI
// says so before anyone opts in. The derived key stays in memory while unlocked; the passphrase
// itself is not kept.

#include "router/base/Outcome.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace sb {

class EncryptedKeyFile {
public:
    explicit EncryptedKeyFile(QString path);
    ~EncryptedKeyFile();
    EncryptedKeyFile(const EncryptedKeyFile &) = delete;
    EncryptedKeyFile &operator=(const EncryptedKeyFile &) = delete;

    static QString defaultPath(); // keys.enc in the data folder
    QString path() const { return m_path; }
    bool exists() const;

    // Opens the file with the passphrase, or creates an empty one when there is none.
    // Fails on a wrong passphrase or a damaged file (and says which it may be).
    Outcome<void> unlock(const QString &passphrase);
    bool isUnlocked() const { return !m_secret.isEmpty(); }
    void lock(); // forgets the keys and the derived key

    std::optional<QString> key(const QString &providerId) const;
    Outcome<void> setKey(const QString &providerId, const QString &key); // saved at once
    Outcome<void> removeKey(const QString &providerId);

private:
    Outcome<void> save() const;

    QString m_path;
    QByteArray m_salt;
    QByteArray m_secret; // the derived key, wiped on lock
    QHash<QString, QString> m_keys;
};

} // namespace sb
