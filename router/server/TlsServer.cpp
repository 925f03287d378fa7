#include "router/server/TlsServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

namespace sb::server {

Outcome<std::unique_ptr<QTcpServer>> makeTlsServer(const QString &certificatePath, const QString &keyPath)
{
    using R = Outcome<std::unique_ptr<QTcpServer>>;
    auto tr = [](const char *s) { return QCoreApplication::translate("sb::server::LocalServer", s); };
    if (!QSslSocket::supportsSsl())
        return R::failure(tr("TLS is not available: Qt found no TLS backend (OpenSSL)"));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty())
        return R::failure(tr("no PEM certificate in %1").arg(certificatePath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return R::failure(tr("cannot read the TLS key %1: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return R::failure(tr("%1 holds no unencrypted RSA or EC private key in PEM").arg(keyPath));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(
        QSslSocket::VerifyNone); // clients authenticate with their keys, not certificates
    config.setProtocol(QSsl::TlsV1_2OrLater);
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    return R(std::unique_ptr<QTcpServer>(std::move(server)));
}

} // namespace sb::server
