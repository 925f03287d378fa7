#pragma once
// Settings of the local OpenAI-compatible server. The defaults are the safe ones: loopback only,
// token required, no CORS, Host header checked, bounded bodies and deadlines for slow clients.

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace sb::server {

struct ServerConfig {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port (tests); the CLI defaults to kDefaultPort
    // Binding elsewhere than loopback must be asked for explicitly, and needs TLS (below).
    bool allowNonLoopback = false;
    QString tlsCertificatePath; // PEM; with the key, the server speaks HTTPS only
    QString tlsKeyPath; // PEM, unencrypted
    QString token; // required bearer token; empty: LocalServer generates one
    QStringList corsOrigins; // exact origins ("http://localhost:5173") allowed by CORS; "*" all
    QStringList allowedHosts; // extra Host header names accepted (DNS rebinding guard); "*" any
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxHeaderBytes = 32 * 1024;
    int headerTimeoutMs = 10'000; // a request must arrive completely within this (slow-loris)
    int idleTimeoutMs = 120'000; // keep-alive connections with nothing to do are closed
    int requestTimeoutMs = 600'000; // a chat request that runs longer ends with 504
    int maxConnections = 2048;

    static constexpr quint16 kDefaultPort = 4315;
};

} // namespace sb::server
