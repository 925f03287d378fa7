#pragma once
// The HTTPS listener of the local server off loopback: Qt's QSslServer with a PEM certificate
// (chain) and its unencrypted private key.

#include "router/base/Outcome.h"

#include <QTcpServer>
#include <memory>

namespace sb::server {

Outcome<std::unique_ptr<QTcpServer>> makeTlsServer(const QString &certificatePath, const QString &keyPath);

} // namespace sb::server
