#pragma once
// Where API keys live. The router only sees this interface: the OS keychain implementation
// (qtkeychain) is in app/common, because the router must not depend on qtkeychain; tests use the
// in-memory store. Calls are asynchronous (keychains prompt, D-Bus round-trips): results arrive
// through the callback, possibly later on the caller's thread, possibly at once.
// Keys are never logged, never written to settings, the ledger or error messages.

#include <QHash>
#include <QString>
#include <functional>
#include <optional>

namespace sb {

class KeyStore {
public:
    // key: nullopt when none is stored; error: set when the store itself failed.
    using ReadCallback = std::function<void(std::optional<QString> key, QString error)>;
    using DoneCallback = std::function<void(bool ok, QString error)>;

    virtual ~KeyStore() = default;
    virtual void readKey(const QString &providerId, ReadCallback done) = 0;
    virtual void writeKey(const QString &providerId, const QString &key, DoneCallback done) = 0;
    virtual void removeKey(const QString &providerId, DoneCallback done) = 0;
};

// Tests and the CLI's --insecure mode. `deferred`: answer on the next event-loop turn, as a real
// keychain does, so callers cannot rely on synchronous answers.
class InMemoryKeyStore final : public KeyStore {
public:
    explicit InMemoryKeyStore(bool deferred = false)
        : m_deferred(deferred)
    {
    }
    void readKey(const QString &providerId, ReadCallback done) override;
    void writeKey(const QString &providerId, const QString &key, DoneCallback done) override;
    void removeKey(const QString &providerId, DoneCallback done) override;
    int readCount() const { return m_reads; }

private:
    void deliver(std::function<void()> f);
    bool m_deferred;
    QHash<QString, QString> m_keys;
    int m_reads = 0;
};

// Headless use: SWITCHBOARD_KEY_<ID> (upper case, '-' and '.' as '_') wins over the wrapped store.
class EnvironmentKeyStore final : public KeyStore {
public:
    explicit EnvironmentKeyStore(KeyStore *fallback)
        : m_fallback(fallback)
    {
    }
    static QString variableFor(const QString &providerId);
    void readKey(const QString &providerId, ReadCallback done) override;
    void writeKey(const QString &providerId, const QString &key, DoneCallback done) override;
    void removeKey(const QString &providerId, DoneCallback done) override;

private:
    KeyStore *m_fallback; // may be null: environment only
};

} // namespace sb
