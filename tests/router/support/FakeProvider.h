#pragma once
// A fake LLM provider for tests and benchmarks: a real HTTP/1.1 server on 127.0.0.1 (random
// port) that speaks the three wire formats the router knows, with scriptable faults.
//
//   POST  <any prefix>/chat/completions                      OpenAI chat completions (stream or not)
//   POST  <any prefix>/messages                              Anthropic Messages (stream or not)
//   POST  <any prefix>/models/M:generateContent              Gemini
//   POST  <any prefix>/models/M:streamGenerateContent[?alt=sse]  Gemini stream (SSE, or a JSON array without
//   alt=sse) GET   <any prefix>/models                                OpenAI-style model list (model
//   "fake-model") anything else                                            404
//
// Usage:
//   sb::test::FakeProvider fake;                    // lives in (and is served by) this thread's event loop
//   QVERIFY(fake.start());
//   fake.setExpectedApiKey("sk-good");              // wrong or missing key -> 401 in the format's error
//   shape
//                                                   // (real Gemini says 400 API_KEY_INVALID; FailureClass
//                                                   treats both as a bad key)
//   sb::test::FakeBehaviour b;  b.text = "Hi there"; b.chunkDelayMs = 5;
//   fake.setDefaultBehaviour(b);                    // used when the queue is empty
//   fake.enqueue(sb::test::FakeBehaviour::httpError(429, "1")); // next request only (FIFO)
//   auto req = adapter.buildRequest(fake.baseUrl("openai"), "fake-model", chat, "sk-good");
//   ... QNetworkAccessManager ...
//   QTRY_COMPARE(fake.requestCount(), 1);
//   fake.lastRequest().json()["stream_options"] ...
//
// Streams are chunked (Transfer-Encoding: chunked), one HTTP chunk per SSE event, so a client
// sees events arrive one by one with chunkDelayMs between them. Keep-alive is supported.
// Not thread-safe: call it from the thread it lives in (its replies need that thread's event
// loop, e.g. QTRY_* or QSignalSpy::wait in the test).

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QUrl>
#include <QVector>

class QTcpServer;
class QTcpSocket;

namespace sb::test {

struct FakeToolCall {
    QString id; // e.g. "call_1" (Anthropic gets "toolu_..." only if you say so)
    QString name;
    QString argumentsJson; // JSON object text, e.g. {"city":"Paris"}
};

struct FakeBehaviour {
    // --- What the model "says"
    QString text = QStringLiteral("Hello from the fake provider.");
    QString reasoning; // streamed before the text (reasoning_content / thinking / thought parts)
    QVector<FakeToolCall> toolCalls; // after the text; finish reason becomes tool_calls
    int pieces = 0; // text is streamed in this many pieces; 0 = one piece per word
    int repeatText = 1; // huge responses: text repeated this many times
    QString finishReason; // OpenAI vocabulary (stop|length|tool_calls|content_filter); empty = natural

    // --- Usage the provider reports
    bool sendUsage = true; // false: no usage anywhere ("missing usage")
    qint64 promptTokens = 12;
    qint64 completionTokens = -1; // -1: number of text pieces
    qint64 cachedTokens = 0; // prompt tokens read from the cache (a part of promptTokens)
    qint64 cacheWriteTokens
        = 0; // prompt tokens written to the cache (Anthropic only; a part of promptTokens)

    // --- Timing
    int firstByteDelayMs = 0; // before the status line; -1: never answer (hang)
    int chunkDelayMs = 0; // between streamed events

    // --- Faults
    int httpStatus = 200; // != 2xx: error reply in the wire format's error shape
    QByteArray errorBody; // replaces the generated error body
    QByteArray retryAfter; // Retry-After header value ("2" or an HTTP-date)
    QByteArray contentType; // replaces the Content-Type header
    QByteArray rawBody; // sent verbatim (with contentType or the natural one), no generated body
    int malformedAtEvent = -1; // streamed event #N (0-based) becomes invalid JSON
    int dropAfterEvents
        = -1; // connection closed (abort) after N streamed events / mid-body when not streaming
    bool omitEndMarker = false; // no [DONE] / message_stop, no finish reason; body ends cleanly

    static FakeBehaviour reply(const QString &text)
    {
        FakeBehaviour b;
        b.text = text;
        return b;
    }
    static FakeBehaviour httpError(int status, const QByteArray &retryAfter = {})
    {
        FakeBehaviour b;
        b.httpStatus = status;
        b.retryAfter = retryAfter;
        return b;
    }
    static FakeBehaviour hang()
    {
        FakeBehaviour b;
        b.firstByteDelayMs = -1;
        return b;
    }
};

struct FakeRequest {
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString wireFormat; // openai | anthropic | gemini | models | unknown
    QString model; // from the body, or from the Gemini path
    bool stream = false;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
    QJsonObject json() const; // body parsed, empty object if not JSON
};

class FakeProvider : public QObject {
    Q_OBJECT
public:
    explicit FakeProvider(QObject *parent = nullptr);
    ~FakeProvider() override;

    bool start(); // listens on 127.0.0.1, random port
    quint16 port() const;
    // The base URL an adapter expects for this format ("http://127.0.0.1:P/v1" or ".../v1beta").
    QUrl baseUrl(const QString &wireFormat) const;

    void setExpectedApiKey(const QString &key); // empty: any key (or none) accepted
    void setDefaultBehaviour(const FakeBehaviour &behaviour);
    void enqueue(const FakeBehaviour &behaviour);
    int queuedBehaviours() const { return int(m_queue.size()); }

    QVector<FakeRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    FakeRequest lastRequest() const { return m_requests.isEmpty() ? FakeRequest() : m_requests.last(); }
    void clearRequests() { m_requests.clear(); }
    // Replies whose client went away before the reply was complete (cancellation tests).
    int clientAborts() const { return m_clientAborts; }
    int completedReplies() const { return m_completed; }
    int openConnections() const;

signals:
    void requestReceived(const sb::test::FakeRequest &request);
    void replyFinished(bool completed); // completed == false: dropped by script or by the client

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *c);
    void handleRequest(Connection *c, FakeRequest request);
    void sendNext(Connection *c);
    void finishReply(Connection *c, bool completed);

    QTcpServer *m_server = nullptr;
    QString m_expectedKey;
    FakeBehaviour m_default;
    QQueue<FakeBehaviour> m_queue;
    QVector<FakeRequest> m_requests;
    QHash<QTcpSocket *, Connection *> m_connections;
    int m_clientAborts = 0;
    int m_completed = 0;
};

} // namespace sb::test

Q_DECLARE_METATYPE(sb::test::FakeRequest)
