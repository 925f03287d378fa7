#pragma once
// A fake Hugging Face router (and any OpenAI-compatible /models endpoint) on 127.0.0.1: GET of a
// path answers the body set for it. Faults: an HTTP status, or a reply cut short (the full
// Content-Length announced, half the body sent, then the connection closed).
//
//   sb::test::FakeHubRouter hub;
//   QVERIFY(hub.start());
//   hub.setBody("/v1/models", sb::test::FakeHubRouter::fixture());    // tests/data/hub/router-models.json
//   hub.baseUrl()                                                     // "http://127.0.0.1:P/v1"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class QTcpServer;

namespace sb::test {

class FakeHubRouter : public QObject {
    Q_OBJECT
public:
    explicit FakeHubRouter(QObject *parent = nullptr);
    bool start();
    QString baseUrl() const; // http://127.0.0.1:P/v1

    void setBody(const QByteArray &path, const QByteArray &body, int status = 200);
    void setCutShort(bool cut) { m_cutShort = cut; }
    int requestCount() const { return m_requests; }
    QByteArray lastAuthorization() const { return m_lastAuthorization; }

    // The documented response shape, from the public documentation (tests/data/hub/router-models.json).
    static QByteArray fixture();
    // A list of `count` models in that shape: model i has 1 + i % 3 live routes ("cerebras",
    // "groq", "together" in turn), priced input 0.1 + (i % 10) / 100 and output 2x input, context
    // 32768; every 50th model's routes carry no pricing (unpriced).
    static QByteArray generated(int count);

private:
    QTcpServer *m_server;
    QHash<QByteArray, QPair<int, QByteArray>> m_bodies;
    bool m_cutShort = false;
    int m_requests = 0;
    QByteArray m_lastAuthorization;
};

} // namespace sb::test
