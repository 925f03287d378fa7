#pragma once
// Provider API keys in the operating system's keychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows) through qtkeychain, behind the router's
// KeyStore interface. One entry per provider, service "Switchboard", key = provider id.
//
// Without a keychain (a headless machine with no Secret Service) every call fails with an error
// that says so; keys are never written anywhere else unless `insecureFallback` is set, which only
// tests do. Keys never appear in logs or error messages: errors name the provider only.

#include "router/keys/KeyStore.h"

#include <QObject>

namespace sb {

class KeychainKeyStore final : public QObject, public KeyStore {
    Q_OBJECT

public:
    explicit KeychainKeyStore(QObject *parent = nullptr, bool insecureFallback = false);

    static QString serviceName() { return QStringLiteral("Switchboard"); }
    void readKey(const QString &providerId, ReadCallback done) override;
    void writeKey(const QString &providerId, const QString &key, DoneCallback done) override;
    void removeKey(const QString &providerId, DoneCallback done) override;

    // What the GUI shows for a stored key: its first 3 and last 4 characters when it is long
    // enough that this reveals little ("sk-…f3a9"), else only dots.
    static QString masked(const QString &key);

private:
    bool m_insecureFallback;
};

} // namespace sb
