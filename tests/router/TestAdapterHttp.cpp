// End to end over real HTTP on 127.0.0.1: adapter-built requests sent with
// QNetworkAccessManager to FakeProvider, replies fed back through the adapters.

#include "ChatEventText.h"
#include "FakeProvider.h"
#include "router/adapters/FailureClass.h"
#include "router/adapters/ProviderAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using sb::test::FakeBehaviour;
using sb::test::FakeProvider;

namespace {

const QString kKey = QStringLiteral("sk-fake-123");

struct HttpRun {
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QVector<ChatEvent> events;
    ProviderError providerError;
    int eventsBeforeFinished = 0; // decoded while the reply was still open
};

ChatRequest chat(bool stream)
{
    ChatRequest r;
    r.model = QStringLiteral("fake-model");
    r.stream = stream;
    r.maxTokens = 64;
    r.messages << ChatMessage { QStringLiteral("system"), QStringLiteral("Be brief."), {}, {}, {}, {} }
               << ChatMessage { QStringLiteral("user"), QStringLiteral("Say hello."), {}, {}, {}, {} };
    return r;
}

// What the router's attempt loop does, minus routing: send, decode as bytes arrive, finish.
HttpRun runChat(QNetworkAccessManager &nam, const ProviderAdapter &adapter, const FakeProvider &fake,
    const ChatRequest &request, const QString &key = kKey, int transferTimeoutMs = 0)
{
    ProviderHttpRequest http = adapter.buildRequest(
        fake.baseUrl(adapter.wireFormat()), QStringLiteral("fake-model"), request, key);
    if (transferTimeoutMs > 0)
        http.request.setTransferTimeout(transferTimeoutMs);
    HttpRun run;
    auto decoder = adapter.createStreamDecoder();
    QNetworkReply *reply = nam.post(http.request, http.body);
    bool contentTypeSet = false;
    auto httpOk = [reply] {
        const int s = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return s >= 200 && s < 300;
    };
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        if (!request.stream || !httpOk())
            return;
        if (!contentTypeSet) {
            decoder->setContentType(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
            contentTypeSet = true;
        }
        const auto events = decoder->feed(reply->readAll());
        run.eventsBeforeFinished += int(events.size());
        run.events += events;
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        qWarning("reply did not finish");
    run.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    run.networkError = reply->error();
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
    if (run.status != 0 && !httpOk()) {
        run.providerError = adapter.parseError(run.status, rest, reply->rawHeaderPairs());
    } else if (request.stream) {
        if (!contentTypeSet)
            decoder->setContentType(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        run.events += decoder->feed(rest);
        run.events += decoder->finish();
    } else if (run.networkError == QNetworkReply::NoError) {
        run.events = adapter.parseResponse(rest);
    }
    reply->deleteLater();
    return run;
}

void addFormatRows()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("stream");
    for (const char *f : { "openai", "anthropic", "gemini" }) {
        QTest::addRow("%s stream", f) << QString::fromLatin1(f) << true;
        QTest::addRow("%s plain", f) << QString::fromLatin1(f) << false;
    }
}

} // namespace

class TestAdapterHttp : public QObject {
    Q_OBJECT

    FakeProvider *m_fake = nullptr;
    QNetworkAccessManager *m_nam = nullptr;

private slots:
    void init()
    {
        m_fake = new FakeProvider(this);
        QVERIFY(m_fake->start());
        m_fake->setExpectedApiKey(kKey);
        m_nam = new QNetworkAccessManager(this);
    }

    void cleanup()
    {
        delete m_nam;
        delete m_fake;
    }

    void repliesWithText_data() { addFormatRows(); }
    void repliesWithText()
    {
        QFETCH(QString, format);
        QFETCH(bool, stream);
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("Hello there, friend."));
        b.promptTokens = 20;
        b.cachedTokens = 8;
        b.completionTokens = 4;
        m_fake->setDefaultBehaviour(b);
        const auto adapter = createProviderAdapter(format);
        const HttpRun run = runChat(*m_nam, *adapter, *m_fake, chat(stream));
        QCOMPARE(run.status, 200);
        QCOMPARE(run.networkError, QNetworkReply::NoError);
        QCOMPARE(sb::test::joinedText(run.events), QStringLiteral("Hello there, friend."));
        QCOMPARE(sb::test::describeEvents(run.events.mid(run.events.size() - 2)),
            QStringLiteral("U:20/4/8 | F:stop"));
        if (stream)
            QVERIFY(run.events.size() > 3); // one delta per word, not one blob

        QCOMPARE(m_fake->requestCount(), 1);
        const sb::test::FakeRequest req = m_fake->lastRequest();
        QCOMPARE(req.wireFormat, format);
        QCOMPARE(req.model, QStringLiteral("fake-model"));
        QCOMPARE(req.stream, stream);
        const QJsonObject body = req.json();
        if (format == QLatin1String("openai")) {
            QCOMPARE(req.header("authorization"), "Bearer " + kKey.toUtf8());
            QCOMPARE(body.value("stream_options").toObject().value("include_usage").toBool(), stream);
            QCOMPARE(body.value("messages").toArray().size(), 2);
        } else if (format == QLatin1String("anthropic")) {
            QCOMPARE(req.header("x-api-key"), kKey.toUtf8());
            QCOMPARE(req.header("anthropic-version"), QByteArray("2023-06-01"));
            QCOMPARE(body.value("system").toString(), QStringLiteral("Be brief."));
            QCOMPARE(body.value("max_tokens").toInt(), 64);
        } else {
            QCOMPARE(req.header("x-goog-api-key"), kKey.toUtf8());
            QCOMPARE(req.target.contains("alt=sse"), stream);
            QCOMPARE(body.value("generationConfig").toObject().value("maxOutputTokens").toInt(), 64);
        }
    }

    void streamsIncrementally_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : { "openai", "anthropic", "gemini" })
            QTest::addRow("%s", f) << QString::fromLatin1(f);
    }
    void streamsIncrementally()
    {
        QFETCH(QString, format);
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("one two three four five six"));
        b.chunkDelayMs = 15;
        m_fake->setDefaultBehaviour(b);
        const HttpRun run = runChat(*m_nam, *createProviderAdapter(format), *m_fake, chat(true));
        QCOMPARE(sb::test::joinedText(run.events), QStringLiteral("one two three four five six"));
        // Deltas were decoded while the body was still arriving, not at the end.
        QVERIFY2(run.eventsBeforeFinished >= 6, qPrintable(QString::number(run.eventsBeforeFinished)));
    }

    void toolCalls_data() { addFormatRows(); }
    void toolCalls()
    {
        QFETCH(QString, format);
        QFETCH(bool, stream);
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("Let me check."));
        b.reasoning = QStringLiteral("The user wants weather.");
        b.toolCalls = { { QStringLiteral("call_w"), QStringLiteral("get_weather"),
                            QStringLiteral("{\"city\":\"Paris\",\"unit\":\"C\"}") },
            { QStringLiteral("call_t"), QStringLiteral("get_time"), QStringLiteral("{\"tz\":\"CET\"}") } };
        m_fake->setDefaultBehaviour(b);
        ChatRequest r = chat(stream);
        r.tools = QJsonArray { QJsonObject { { "type", "function" },
            { "function",
                QJsonObject {
                    { "name", "get_weather" }, { "parameters", QJsonObject { { "type", "object" } } } } } } };
        const HttpRun run = runChat(*m_nam, *createProviderAdapter(format), *m_fake, r);
        QCOMPARE(run.status, 200);
        QCOMPARE(sb::test::joinedReasoning(run.events), b.reasoning);
        QCOMPARE(sb::test::joinedText(run.events), QStringLiteral("Let me check."));
        QCOMPARE(QJsonDocument::fromJson(sb::test::joinedToolArguments(run.events, 0).toUtf8()).object(),
            QJsonDocument::fromJson(b.toolCalls[0].argumentsJson.toUtf8()).object());
        QCOMPARE(QJsonDocument::fromJson(sb::test::joinedToolArguments(run.events, 1).toUtf8()).object(),
            QJsonDocument::fromJson(b.toolCalls[1].argumentsJson.toUtf8()).object());
        QStringList names;
        for (const ChatEvent &e : run.events)
            if (e.kind == ChatEvent::Kind::ToolCallDelta && !e.toolName.isEmpty())
                names << e.toolName;
        QCOMPARE(names, (QStringList { QStringLiteral("get_weather"), QStringLiteral("get_time") }));
        QCOMPARE(run.events.last().finishReason, QStringLiteral("tool_calls"));
        // The request carried the tool definition in the provider's own shape.
        const QJsonObject body = m_fake->lastRequest().json();
        if (format == QLatin1String("anthropic"))
            QCOMPARE(body.value("tools").toArray().first().toObject().value("name").toString(),
                QStringLiteral("get_weather"));
        else if (format == QLatin1String("gemini"))
            QVERIFY(body.value("tools").toArray().first().toObject().contains("functionDeclarations"));
        else
            QCOMPARE(body.value("tools").toArray().size(), 1);
    }

    void wrongKeyIsFinalForProvider_data() { addFormatRows(); }
    void wrongKeyIsFinalForProvider()
    {
        QFETCH(QString, format);
        QFETCH(bool, stream);
        const HttpRun run = runChat(
            *m_nam, *createProviderAdapter(format), *m_fake, chat(stream), QStringLiteral("sk-wrong"));
        QCOMPARE(run.status, 401);
        QVERIFY(run.events.isEmpty());
        QVERIFY(
            !run.providerError.message.contains(QStringLiteral("sk-wrong"))); // keys never echo into errors
        const FailureDecision d = failure::classify(run.providerError);
        QCOMPARE(d.kind, FailureKind::ProviderFinal);
        QVERIFY(d.invalidKey);
    }

    void rateLimitWithRetryAfter_data() { addFormatRows(); }
    void rateLimitWithRetryAfter()
    {
        QFETCH(QString, format);
        QFETCH(bool, stream);
        m_fake->enqueue(FakeBehaviour::httpError(429, "2"));
        const auto adapter = createProviderAdapter(format);
        HttpRun run = runChat(*m_nam, *adapter, *m_fake, chat(stream));
        QCOMPARE(run.status, 429);
        QCOMPARE(run.providerError.retryAfterMs.value_or(-1), 2000);
        const FailureDecision d = failure::classify(run.providerError);
        QCOMPARE(d.kind, FailureKind::Retryable);
        QCOMPARE(d.errorClass, QStringLiteral("rate_limited"));
        // The queue is consumed: the next request succeeds.
        run = runChat(*m_nam, *adapter, *m_fake, chat(stream));
        QCOMPARE(run.status, 200);
        QCOMPARE(run.events.last().kind, ChatEvent::Kind::Finish);
    }

    void serverErrors_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        for (const char *f : { "openai", "anthropic", "gemini" }) {
            QTest::addRow("%s 500", f) << QString::fromLatin1(f) << 500 << QByteArray() << QString();
            QTest::addRow("%s 503", f) << QString::fromLatin1(f) << 503 << QByteArray() << QString();
            QTest::addRow("%s 502 html", f)
                << QString::fromLatin1(f) << 502
                << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>")
                << QStringLiteral("HTML page");
        }
    }
    void serverErrors()
    {
        QFETCH(QString, format);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        FakeBehaviour b = FakeBehaviour::httpError(status);
        b.errorBody = body;
        if (!body.isEmpty())
            b.contentType = "text/html";
        m_fake->enqueue(b);
        const HttpRun run = runChat(*m_nam, *createProviderAdapter(format), *m_fake, chat(true));
        QCOMPARE(run.status, status);
        QVERIFY(!run.providerError.message.isEmpty());
        QVERIFY2(run.providerError.message.contains(messagePart), qPrintable(run.providerError.message));
        QCOMPARE(failure::classify(run.providerError).kind, FailureKind::Retryable);
    }

    void malformedChunk_data() { addFormatRows(); }
    void malformedChunk()
    {
        QFETCH(QString, format);
        QFETCH(bool, stream);
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("a b c d"));
        b.malformedAtEvent = 2;
        m_fake->setDefaultBehaviour(b);
        const HttpRun run = runChat(*m_nam, *createProviderAdapter(format), *m_fake, chat(stream));
        QCOMPARE(run.status, 200);
        const ChatEvent err = sb::test::firstError(run.events);
        QCOMPARE(err.kind, ChatEvent::Kind::Error);
        QCOMPARE(err.errorType, QString::fromLatin1(wire_error::kMalformed));
        QVERIFY2(err.errorMessage.startsWith(format), qPrintable(err.errorMessage));
        QCOMPARE(run.events.last().kind, ChatEvent::Kind::Error); // nothing after the error
        QCOMPARE(failure::classifyStreamError(err).kind, FailureKind::Retryable);
    }

    void connectionDropMidStream_data() { addFormatRows(); }
    void connectionDropMidStream()
    {
        QFETCH(QString, format);
        QFETCH(bool, stream);
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("one two three four five six seven eight"));
        b.dropAfterEvents = 4;
        m_fake->setDefaultBehaviour(b);
        const HttpRun run = runChat(*m_nam, *createProviderAdapter(format), *m_fake, chat(stream));
        QCOMPARE(run.status, 200);
        if (stream) {
            // Qt 6.4 finishes a chunked reply whose connection died before the last chunk with
            // NoError, so the decoder's end-of-stream check is what catches the cut.
            QVERIFY(!sb::test::joinedText(run.events).isEmpty()); // tokens had streamed
            QCOMPARE(run.events.last().kind, ChatEvent::Kind::Error);
            QCOMPARE(run.events.last().errorType, QString::fromLatin1(wire_error::kTruncated));
            QCOMPARE(failure::classifyStreamError(run.events.last()).kind, FailureKind::Retryable);
        } else {
            // Half a Content-Length body: a network error, or at worst unparsable JSON.
            QVERIFY(run.networkError != QNetworkReply::NoError
                || (!run.events.isEmpty() && run.events.last().kind == ChatEvent::Kind::Error));
            if (run.networkError != QNetworkReply::NoError)
                QCOMPARE(failure::classifyNetworkError(run.networkError).kind, FailureKind::Retryable);
        }
    }

    void endsWithoutEndMarker_data() { streamsIncrementally_data(); }
    void endsWithoutEndMarker()
    {
        QFETCH(QString, format);
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("cut short"));
        b.omitEndMarker = true;
        m_fake->setDefaultBehaviour(b);
        const HttpRun run = runChat(*m_nam, *createProviderAdapter(format), *m_fake, chat(true));
        QCOMPARE(run.networkError, QNetworkReply::NoError);
        QCOMPARE(sb::test::describeEvents({ run.events.last() }), QStringLiteral("E:0:truncated_stream"));
    }

    void missingUsage_data() { addFormatRows(); }
    void missingUsage()
    {
        QFETCH(QString, format);
        QFETCH(bool, stream);
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("no meter"));
        b.sendUsage = false;
        m_fake->setDefaultBehaviour(b);
        const HttpRun run = runChat(*m_nam, *createProviderAdapter(format), *m_fake, chat(stream));
        for (const ChatEvent &e : run.events)
            QVERIFY(e.kind != ChatEvent::Kind::Usage);
        QCOMPARE(run.events.last().kind, ChatEvent::Kind::Finish);
        QCOMPARE(sb::test::joinedText(run.events), QStringLiteral("no meter"));
    }

    void wrongContentType_data() { streamsIncrementally_data(); }
    void wrongContentType()
    {
        QFETCH(QString, format);
        FakeBehaviour b;
        b.contentType = "text/html; charset=utf-8";
        b.rawBody = "<!DOCTYPE html><html><body><h1>Please enable cookies.</h1><p>Cloudflare Ray ID: "
                    "1234</p></body></html>";
        m_fake->setDefaultBehaviour(b);
        const HttpRun run = runChat(*m_nam, *createProviderAdapter(format), *m_fake, chat(true));
        QCOMPARE(run.status, 200);
        QCOMPARE(sb::test::describeEvents(run.events), QStringLiteral("E:0:wrong_content_type"));
        QVERIFY(run.events.first().errorMessage.contains(QStringLiteral("Cloudflare")));
    }

    void hangBeforeFirstByte()
    {
        m_fake->setDefaultBehaviour(FakeBehaviour::hang());
        const auto adapter = createProviderAdapter(QStringLiteral("openai"));
        const HttpRun run = runChat(*m_nam, *adapter, *m_fake, chat(true), kKey, 300);
        QCOMPARE(run.status, 0);
        // Qt 6.4 reports a transfer timeout as OperationCanceledError (later Qt: TimeoutError);
        // either way it is a retryable timeout, not a client cancel.
        QVERIFY(run.networkError == QNetworkReply::OperationCanceledError
            || run.networkError == QNetworkReply::TimeoutError);
        const FailureDecision d = failure::classifyNetworkError(run.networkError);
        QCOMPARE(d.kind, FailureKind::Retryable);
        QCOMPARE(d.errorClass, QStringLiteral("timeout"));
        QVERIFY(run.events.isEmpty() || run.events.last().kind == ChatEvent::Kind::Error);
        QTRY_COMPARE(m_fake->clientAborts(), 1); // the fake saw the client give up
    }

    void hugeResponse_data() { addFormatRows(); }
    void hugeResponse()
    {
        QFETCH(QString, format);
        QFETCH(bool, stream);
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("0123456789abcdef"));
        b.repeatText = 256 * 1024 / 16; // 256 KiB of text (more is fine, but slower under ASan)
        b.pieces = 64;
        m_fake->setDefaultBehaviour(b);
        const HttpRun run = runChat(*m_nam, *createProviderAdapter(format), *m_fake, chat(stream));
        QCOMPARE(run.status, 200);
        QCOMPARE(sb::test::joinedText(run.events).size(), 256 * 1024);
        QCOMPARE(run.events.last().kind, ChatEvent::Kind::Finish);
    }

    void geminiStreamWithoutAltSse()
    {
        // streamGenerateContent without alt=sse answers with one JSON array; the decoder copes.
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("array reply"));
        m_fake->setDefaultBehaviour(b);
        const auto adapter = createProviderAdapter(QStringLiteral("gemini"));
        ProviderHttpRequest http = adapter->buildRequest(
            m_fake->baseUrl("gemini"), QStringLiteral("fake-model"), chat(true), kKey);
        QUrl url = http.request.url();
        url.setQuery(QString());
        http.request.setUrl(url);
        QNetworkReply *reply = m_nam->post(http.request, http.body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        auto decoder = adapter->createStreamDecoder();
        decoder->setContentType(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        QVector<ChatEvent> events = decoder->feed(reply->readAll());
        events += decoder->finish();
        reply->deleteLater();
        QCOMPARE(sb::test::joinedText(events), QStringLiteral("array reply"));
        QCOMPARE(events.last().kind, ChatEvent::Kind::Finish);
    }

    void keepAliveServesSequentialRequests()
    {
        const auto adapter = createProviderAdapter(QStringLiteral("openai"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(runChat(*m_nam, *adapter, *m_fake, chat(i % 2 == 0)).status, 200);
        QCOMPARE(m_fake->requestCount(), 5);
        QCOMPARE(m_fake->completedReplies(), 5);
        QVERIFY(m_fake->openConnections() <= 2);
    }

    void concurrentStreams()
    {
        FakeBehaviour b = FakeBehaviour::reply(QStringLiteral("alpha beta gamma delta"));
        b.chunkDelayMs = 2;
        m_fake->setDefaultBehaviour(b);
        const auto adapter = createProviderAdapter(QStringLiteral("anthropic"));
        constexpr int kStreams = 20;
        QVector<QNetworkReply *> replies;
        QVector<std::shared_ptr<StreamDecoder>> decoders;
        QVector<QVector<ChatEvent>> events(kStreams);
        for (int i = 0; i < kStreams; ++i) {
            const ProviderHttpRequest http = adapter->buildRequest(
                m_fake->baseUrl("anthropic"), QStringLiteral("fake-model"), chat(true), kKey);
            QNetworkReply *reply = m_nam->post(http.request, http.body);
            std::shared_ptr<StreamDecoder> decoder = adapter->createStreamDecoder();
            connect(reply, &QNetworkReply::readyRead, this,
                [reply, decoder, &events, i] { events[i] += decoder->feed(reply->readAll()); });
            connect(reply, &QNetworkReply::finished, this, [reply, decoder, &events, i] {
                events[i] += decoder->feed(reply->readAll());
                events[i] += decoder->finish();
            });
            replies << reply;
            decoders << decoder;
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->completedReplies(), kStreams, 20000);
        for (QNetworkReply *r : replies)
            QTRY_VERIFY(r->isFinished());
        for (int i = 0; i < kStreams; ++i) {
            QCOMPARE(sb::test::joinedText(events[i]), QStringLiteral("alpha beta gamma delta"));
            QCOMPARE(events[i].last().kind, ChatEvent::Kind::Finish);
        }
        qDeleteAll(replies);
    }

    void unknownRouteIs404()
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/nope").arg(m_fake->port())));
        QNetworkReply *reply = m_nam->get(req);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        const ProviderError e = createProviderAdapter(QStringLiteral("openai"))
                                    ->parseError(404, reply->readAll(), reply->rawHeaderPairs());
        QCOMPARE(failure::classify(e).kind, FailureKind::RequestFinal);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestAdapterHttp)
#include "TestAdapterHttp.moc"
