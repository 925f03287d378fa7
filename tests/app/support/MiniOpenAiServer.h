#pragma once
// A tiny OpenAI-compatible chat server on 127.0.0.1 for the app's end-to-end tests: every POST to
// /v1/chat/completions streams the configured chunks as SSE (one per timer tick), then a usage
// chunk and [DONE]. Real HTTP, so the Router, its adapter and the ledger run for real.
// GET /v1/models lists `models` (OpenAI shape). With `expectedKey` set, a request without
// "Authorization: Bearer <expectedKey>" gets a 401 in OpenAI's error shape.

#include <QByteArray>
#include <QStringList>
#include <QTcpServer>

namespace sb::test {

class MiniOpenAiServer : public QObject {
public:
    explicit MiniOpenAiServer(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(port()); }

    QStringList chunks { QStringLiteral("Hello"), QStringLiteral(" from"), QStringLiteral(" the"),
        QStringLiteral(" fake"), QStringLiteral(" provider") };
    QStringList models { QStringLiteral("mini-model") };
    QString expectedKey; // empty: any key, or none
    int intervalMs = 5;
    int requests = 0;
    QByteArray lastBody;
    QByteArray lastPath;

private:
    void onConnection();

    QTcpServer m_server;
};

} // namespace sb::test
