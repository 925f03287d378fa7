#include "ServeProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

namespace sb::test {

ServeProcess::ServeProcess(QString cli, QStringList args, QString dataDir)
    : m_cli(std::move(cli))
    , m_args(std::move(args))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dataDir.isEmpty())
        env.insert(QStringLiteral("SWITCHBOARD_DATA_DIR"), dataDir); // never the real data folder
    m_process.setProcessEnvironment(env);
}

ServeProcess::~ServeProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        stop(5000);
}

bool ServeProcess::start(int timeoutMs)
{
    m_process.start(m_cli, QStringList { QStringLiteral("serve") } + m_args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression banner(QStringLiteral("listening on https?://[^:]+:(\\d+)/v1"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
        const auto match = banner.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        QCoreApplication::processEvents(); // the fake providers answer in this thread
    }
    m_output += m_process.readAll();
    return false;
}

void ServeProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    m_output += m_process.readAll();
}

bool ServeProcess::stop(int timeoutMs)
{
    m_process.terminate();
    const bool ok = m_process.waitForFinished(timeoutMs);
    if (!ok)
        kill();
    m_output += m_process.readAll();
    return ok;
}

QString ServeProcess::log()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

int ParallelClient::post(quint16 port, const QByteArray &body, const QString &bearer)
{
    const int index = int(m_exchanges.size());
    Exchange ex;
    ex.port = port;
    ex.request = httpRequest("POST", "/v1/chat/completions", port, body,
        { "Content-Type: application/json", "Authorization: Bearer " + bearer.toUtf8(),
            "Connection: close" });
    m_exchanges.append(ex);
    auto *socket = new QTcpSocket(this);
    auto finish = [this, index, socket] {
        Exchange &e = m_exchanges[index];
        if (e.done)
            return;
        e.done = true;
        ++m_done;
        socket->deleteLater();
    };
    connect(socket, &QTcpSocket::connected, this,
        [this, index, socket] { socket->write(m_exchanges[index].request); });
    connect(socket, &QTcpSocket::readyRead, this, [this, index, socket, finish] {
        Exchange &e = m_exchanges[index];
        e.received += socket->readAll();
        RawResponse r;
        if (parseRawResponse(e.received, r) > 0) {
            e.response = r;
            finish();
        }
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, index, socket, finish] {
        Exchange &e = m_exchanges[index];
        if (socket->isOpen())
            e.received += socket->readAll();
        parseRawResponse(e.received, e.response);
        finish();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [finish](QAbstractSocket::SocketError) { finish(); });
    socket->connectToHost(QHostAddress::LocalHost, port);
    return index;
}

bool ParallelClient::waitAll(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_done < m_exchanges.size() && !deadline.hasExpired())
        QTest::qWait(20);
    return m_done == m_exchanges.size();
}

} // namespace sb::test
