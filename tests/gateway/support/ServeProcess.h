#pragma once
// `switchboard-cli serve` as a child process for the gateway tests, and a client that keeps many
// HTTP requests in flight at once on the test's event loop (the fake providers live there too).
//
//   ServeProcess a(cliPath(), {"--ledger", url, "--gateway", "--catalog-only", "--catalog", file, ...});
//   QVERIFY2(a.start(), qPrintable(a.log()));   // waits for the banner, reads the port
//   ParallelClient c;  c.post(a.port(), body, key);  QVERIFY(c.waitAll(60000));
//   a.kill();                                    // SIGKILL on Unix: no clean shutdown at all

#include "ServerTestClient.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QVector>

class QTcpSocket;

namespace sb::test {

#ifdef SB_CLI_PATH
// The CLI under test: SB_TEST_CLI if set (to run a test against another build), else the one
// this build made. Inline: SB_CLI_PATH is defined for the test executables only.
inline QString cliPath()
{
    const QString other = qEnvironmentVariable("SB_TEST_CLI");
    return other.isEmpty() ? QStringLiteral(SB_CLI_PATH) : other;
}
#endif

class ServeProcess {
public:
    ServeProcess(QString cli, QStringList args, QString dataDir = {});
    ~ServeProcess();
    bool start(int timeoutMs = 30000); // true once "listening on" was printed
    quint16 port() const { return m_port; }
    void kill(); // SIGKILL, then reaped
    bool stop(int timeoutMs = 10000); // SIGTERM, then waits
    QString log(); // everything printed so far (stdout and stderr)
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QString m_cli;
    QStringList m_args;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

class ParallelClient : public QObject {
    Q_OBJECT
public:
    struct Exchange {
        QByteArray request;
        quint16 port = 0;
        QByteArray received;
        RawResponse response; // once complete (or the connection closed)
        bool done = false;
    };
    // Starts a POST /v1/chat/completions now; returns its index.
    int post(quint16 port, const QByteArray &body, const QString &bearer);
    bool waitAll(int timeoutMs);
    const Exchange &at(int i) const { return m_exchanges[i]; }
    int size() const { return int(m_exchanges.size()); }
    int received(int index) const { return int(m_exchanges[index].received.size()); }

private:
    QVector<Exchange> m_exchanges;
    int m_done = 0;
};

} // namespace sb::test
