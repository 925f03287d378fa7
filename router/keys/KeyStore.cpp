#include "router/keys/KeyStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace sb {

void InMemoryKeyStore::deliver(std::function<void()> f)
{
    if (m_deferred)
        QTimer::singleShot(0, QCoreApplication::instance(), std::move(f));
    else
        f();
}

void InMemoryKeyStore::readKey(const QString &providerId, ReadCallback done)
{
    ++m_reads;
    std::optional<QString> key;
    if (m_keys.contains(providerId))
        key = m_keys.value(providerId);
    deliver([done = std::move(done), key] { done(key, QString()); });
}

void InMemoryKeyStore::writeKey(const QString &providerId, const QString &key, DoneCallback done)
{
    m_keys.insert(providerId, key);
    deliver([done = std::move(done)] {
        if (done)
            done(true, QString());
    });
}

void InMemoryKeyStore::removeKey(const QString &providerId, DoneCallback done)
{
    m_keys.remove(providerId);
    deliver([done = std::move(done)] {
        if (done)
            done(true, QString());
    });
}

QString EnvironmentKeyStore::variableFor(const QString &providerId)
{
    QString name = providerId.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("SWITCHBOARD_KEY_") + name;
}

void EnvironmentKeyStore::readKey(const QString &providerId, ReadCallback done)
{
    const QString value = qEnvironmentVariable(qPrintable(variableFor(providerId)));
    if (!value.isEmpty()) {
        done(value, QString());
        return;
    }
    if (m_fallback)
        m_fallback->readKey(providerId, std::move(done));
    else
        done(std::nullopt, QString());
}

void EnvironmentKeyStore::writeKey(const QString &providerId, const QString &key, DoneCallback done)
{
    if (m_fallback)
        m_fallback->writeKey(providerId, key, std::move(done));
    else if (done)
        done(false,
            QCoreApplication::translate("sb::KeyStore", "no key store: keys come from the environment only"));
}

void EnvironmentKeyStore::removeKey(const QString &providerId, DoneCallback done)
{
    if (m_fallback)
        m_fallback->removeKey(providerId, std::move(done));
    else if (done)
        done(false,
            QCoreApplication::translate("sb::KeyStore", "no key store: keys come from the environment only"));
}

} // namespace sb
