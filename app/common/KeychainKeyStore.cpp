#include "app/common/KeychainKeyStore.h"

#include <qt6keychain/keychain.h>

namespace sb {

namespace {

QString describe(
    QKeychain::Error error, const QString &detail, const QString &what, const QString &providerId)
{
    // qtkeychain's own text is about the keychain (D-Bus, wallet), never the secret.
    // Without a Secret Service the detail is a raw D-Bus message that helps nobody: plain words.
    const bool noService = error == QKeychain::NoBackendAvailable
        || (error == QKeychain::OtherError
            && (detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
                || detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
                || detail.contains(QLatin1String("secret"), Qt::CaseInsensitive)));
    if (noService)
        return QObject::tr(
            "Cannot %1 the %2 key: no system keychain is available (no Secret Service such as GNOME "
            "Keyring or KWallet is running).")
            .arg(what, providerId);
    switch (error) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QObject::tr("Cannot %1 the %2 key: the keychain refused access. %3")
            .arg(what, providerId, detail);
    default:
        return QObject::tr("Cannot %1 the %2 key: %3").arg(what, providerId, detail);
    }
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QObject *parent, bool insecureFallback)
    : QObject(parent)
    , m_insecureFallback(insecureFallback)
{
}

QString KeychainKeyStore::masked(const QString &key)
{
    const QString dots(8, QChar(0x2022));
    if (key.size() < 16)
        return dots;
    return key.left(3) + QChar(0x2026) + key.right(4);
}

void KeychainKeyStore::readKey(const QString &providerId, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(
        serviceName()); // unparented: libsecret calls back into a live job even after we are gone
    job->setAutoDelete(true);
    job->setInsecureFallback(m_insecureFallback);
    job->setKey(providerId);
    connect(job, &QKeychain::Job::finished, this, [providerId, done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError)
            done(read->textData(), QString());
        else if (read->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else
            done(std::nullopt, describe(read->error(), read->errorString(), tr("read"), providerId));
    });
    job->start();
}

void KeychainKeyStore::writeKey(const QString &providerId, const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(
        serviceName()); // unparented: libsecret calls back into a live job even after we are gone
    job->setAutoDelete(true);
    job->setInsecureFallback(m_insecureFallback);
    job->setKey(providerId);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [providerId, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(true, QString());
        else
            done(false, describe(j->error(), j->errorString(), tr("store"), providerId));
    });
    job->start();
}

void KeychainKeyStore::removeKey(const QString &providerId, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(
        serviceName()); // unparented: libsecret calls back into a live job even after we are gone
    job->setAutoDelete(true);
    job->setInsecureFallback(m_insecureFallback);
    job->setKey(providerId);
    connect(job, &QKeychain::Job::finished, this, [providerId, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            done(true, QString());
        else
            done(false, describe(j->error(), j->errorString(), tr("remove"), providerId));
    });
    job->start();
}

} // namespace sb
