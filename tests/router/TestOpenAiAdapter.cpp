#include "ChatEventText.h"
#include "router/adapters/openai/OpenAiAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace sb;
using sb::test::decodeStream;
using sb::test::describeEvents;

namespace {

// Shapes copied from real api.openai.com / Groq / DeepSeek / OpenRouter responses.
const QByteArray kTextStream
    = "data: "
      "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
      "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null},"
      "\"logprobs\":null,"
      "\"finish_reason\":null}],\"usage\":null}\n\n"
      "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":"
      "{\"content\":\"Hello\"},\"finish_reason\":null}],\"usage\":null}\n\n"
      "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":"
      "{\"content\":\", w\\u00f6rld\"},\"finish_reason\":null}],\"usage\":null}\n\n"
      "data: "
      "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},"
      "\"finish_reason\":\"stop\"}],\"usage\":null}\n\n"
      "data: "
      "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_"
      "tokens\":"
      "1200,\"completion_tokens\":3,\"total_tokens\":1203,\"prompt_tokens_details\":{\"cached_tokens\":1024,"
      "\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":0}}}\n\n"
      "data: [DONE]\n\n";

const QByteArray kToolStream
    = "data: "
      "{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{"
      "\"index\":0,"
      "\"id\":\"call_abc\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]"
      "},"
      "\"finish_reason\":null}]}\n\n"
      "data: "
      "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{"
      "\\\"ci\"}}]},"
      "\"finish_reason\":null}]}\n\n"
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":"
      "\"ty\\\": \\\"Paris\\\"}\"}}]},\"finish_reason\":null}]}\n\n"
      "data: "
      "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":1,\"id\":\"call_def\",\"type\":"
      "\"function\","
      "\"function\":{\"name\":\"get_time\",\"arguments\":\"{}\"}}]},\"finish_reason\":null}]}\n\n"
      "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n"
      "data: "
      "{\"choices\":[],\"usage\":{\"prompt_tokens\":80,\"completion_tokens\":25,\"total_tokens\":105}}\n\n"
      "data: [DONE]\n\n";

// DeepSeek-style reasoning_content, OpenRouter-style reasoning, CRLF framing, comments.
const QByteArray kReasoningStream
    = ": OPENROUTER PROCESSING\r\n\r\n"
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"reasoning_content\":\"Let me "
      "\"}}]}\r\n\r\n"
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning\":\"think.\"}}]}\r\n\r\n"
      "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"42\"},\"finish_reason\":\"length\"}],"
      "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":50,\"prompt_cache_hit_tokens\":8,"
      "\"completion_tokens_details\":{\"reasoning_tokens\":48}}}\r\n\r\n"
      "data: [DONE]\r\n\r\n";

const QByteArray kGroqStream
    = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n"
      "data: "
      "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"x_groq\":{\"id\":\"req_1\","
      "\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":1,\"total_tokens\":8}}}\n\n"
      "data: [DONE]\n\n";

const QByteArray kResponse = R"({
  "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
  "object": "chat.completion",
  "created": 1741570283,
  "model": "gpt-4o-2024-08-06",
  "choices": [{
    "index": 0,
    "message": {"role": "assistant", "content": "The answer is 4.", "reasoning_content": "2+2", "refusal": null,
                "tool_calls": [{"id": "call_1", "type": "function",
                                "function": {"name": "calc", "arguments": "{\"expr\":\"2+2\"}"}}]},
    "logprobs": null,
    "finish_reason": "tool_calls"
  }],
  "usage": {"prompt_tokens": 1117, "completion_tokens": 46, "total_tokens": 1163,
            "prompt_tokens_details": {"cached_tokens": 1024, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0}}
})";

ChatRequest sampleRequest(bool stream)
{
    ChatRequest r;
    r.model = QStringLiteral("gpt-4o-mini:cheapest");
    r.stream = stream;
    r.maxTokens = 256;
    r.temperature = 0.5;
    r.topP = 0.9;
    r.stop = QJsonArray { QStringLiteral("END") };
    r.messages = {
        { QStringLiteral("system"), QStringLiteral("Be brief."), {}, {}, {}, {} },
        { QStringLiteral("user"), QStringLiteral("Weather in Paris?"), {}, {}, {}, {} },
    };
    ChatMessage assistant;
    assistant.role = QStringLiteral("assistant");
    assistant.toolCalls = QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("call_1") },
        { QStringLiteral("type"), QStringLiteral("function") },
        { QStringLiteral("function"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("get_weather") },
                { QStringLiteral("arguments"), QStringLiteral("{\"city\":\"Paris\"}") } } } } };
    r.messages << assistant;
    ChatMessage tool;
    tool.role = QStringLiteral("tool");
    tool.toolCallId = QStringLiteral("call_1");
    tool.content = QStringLiteral("{\"temp\":21}");
    r.messages << tool;
    r.tools = QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("function") },
        { QStringLiteral("function"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("get_weather") },
                { QStringLiteral("parameters"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("object") } } } } } } };
    r.toolChoice = QStringLiteral("auto");
    r.extra = QJsonObject { { QStringLiteral("seed"), 7 },
        { QStringLiteral("model"), QStringLiteral("must-not-win") } };
    return r;
}

} // namespace

class TestOpenAiAdapter : public QObject {
    Q_OBJECT
private slots:
    void buildsStreamingRequest()
    {
        OpenAiAdapter adapter;
        const auto req = adapter.buildRequest(QUrl(QStringLiteral("https://api.groq.com/openai/v1/")),
            QStringLiteral("llama-3.1-8b-instant"), sampleRequest(true), QStringLiteral("sk-test"));
        QCOMPARE(
            req.request.url().toString(), QStringLiteral("https://api.groq.com/openai/v1/chat/completions"));
        QCOMPARE(req.request.rawHeader("Authorization"), QByteArray("Bearer sk-test"));
        QCOMPARE(req.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            QByteArray("application/json"));
        QCOMPARE(req.request.rawHeader("Accept"), QByteArray("text/event-stream"));

        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value("model").toString(), QStringLiteral("llama-3.1-8b-instant"));
        QCOMPARE(body.value("stream").toBool(), true);
        QCOMPARE(body.value("stream_options").toObject().value("include_usage").toBool(), true);
        QCOMPARE(body.value("max_tokens").toInt(), 256);
        QCOMPARE(body.value("temperature").toDouble(), 0.5);
        QCOMPARE(body.value("top_p").toDouble(), 0.9);
        QCOMPARE(body.value("stop").toArray().first().toString(), QStringLiteral("END"));
        QCOMPARE(body.value("seed").toInt(), 7);
        QCOMPARE(body.value("tool_choice").toString(), QStringLiteral("auto"));
        QCOMPARE(body.value("tools")
                     .toArray()
                     .first()
                     .toObject()
                     .value("function")
                     .toObject()
                     .value("name")
                     .toString(),
            QStringLiteral("get_weather"));

        const QJsonArray messages = body.value("messages").toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages[0].toObject().value("role").toString(), QStringLiteral("system"));
        const QJsonObject assistant = messages[2].toObject();
        QVERIFY(assistant.value("content").isNull());
        QCOMPARE(assistant.value("tool_calls").toArray().first().toObject().value("id").toString(),
            QStringLiteral("call_1"));
        const QJsonObject tool = messages[3].toObject();
        QCOMPARE(tool.value("role").toString(), QStringLiteral("tool"));
        QCOMPARE(tool.value("tool_call_id").toString(), QStringLiteral("call_1"));
        QCOMPARE(tool.value("content").toString(), QStringLiteral("{\"temp\":21}"));
    }

    void buildsNonStreamingRequestWithoutKey()
    {
        OpenAiAdapter adapter;
        ChatRequest r = sampleRequest(false);
        r.extra.insert(
            QStringLiteral("stream_options"), QJsonObject { { QStringLiteral("include_usage"), true } });
        r.extra.insert(QStringLiteral("max_completion_tokens"), 99);
        const auto req = adapter.buildRequest(
            QUrl(QStringLiteral("http://127.0.0.1:8080/v1")), QStringLiteral("local"), r, QString());
        QCOMPARE(req.request.url().toString(), QStringLiteral("http://127.0.0.1:8080/v1/chat/completions"));
        QVERIFY(!req.request.hasRawHeader("Authorization"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value("stream").toBool(true), false);
        QVERIFY(!body.contains("stream_options")); // refused by some servers without stream
        QVERIFY(!body.contains("max_tokens"));
        QCOMPARE(body.value("max_completion_tokens").toInt(), 99);
    }

    void decodesStreams_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text + usage with cache")
            << kTextStream << QStringLiteral("T:Hello | T:, wörld | U:1200/3/1024 | F:stop");
        QTest::addRow("two tool calls")
            << kToolStream
            << QStringLiteral("C0[call_abc,get_weather]: | C0[,]:{\"ci | C0[,]:ty\": \"Paris\"} | "
                              "C1[call_def,get_time]:{} | U:80/25/0 | F:tool_calls");
        QTest::addRow("reasoning dialects")
            << kReasoningStream << QStringLiteral("R:Let me  | R:think. | T:42 | U:10/50/8/48 | F:length");
        QTest::addRow("groq usage") << kGroqStream << QStringLiteral("T:Hi | U:7/1/0 | F:stop");
        QTest::addRow("finish without DONE")
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"a\"},\"finish_reason\":\"stop\"}]}")
            << QStringLiteral("T:a | F:stop");
        QTest::addRow("DONE without finish_reason")
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\ndata: [DONE]\n\n")
            << QStringLiteral("T:a | F:stop");
        QTest::addRow("tool call without index (dialect)") << QByteArray(
            "data: "
            "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"id\":\"a\",\"function\":{\"name\":\"f\","
            "\"arguments\":\"{}\"}},"
            "{\"id\":\"b\",\"function\":{\"name\":\"g\",\"arguments\":{\"x\":1}}}]},\"finish_reason\":\"tool_"
            "calls\"}]}\n\n"
            "data: [DONE]\n\n") << QStringLiteral("C0[a,f]:{} | C1[b,g]:{\"x\":1} | F:tool_calls");
        QTest::addRow("other choices ignored")
            << QByteArray("data: "
                          "{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"no\"}},{\"index\":0,\"delta\":"
                          "{\"content\":\"yes\"},"
                          "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")
            << QStringLiteral("T:yes | F:stop");
        QTest::addRow("in-stream error (OpenRouter)")
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n"
                          "data: {\"error\":{\"code\":502,\"message\":\"Upstream died\"}}\n\n")
            << QStringLiteral("T:a | E:502:502");
        QTest::addRow("in-stream error with type")
            << QByteArray("data: {\"error\":{\"message\":\"Rate "
                          "limit\",\"type\":\"rate_limit_exceeded\",\"code\":null}}\n\n")
            << QStringLiteral("E:0:rate_limit_exceeded");
        QTest::addRow("malformed chunk") << QByteArray(
            "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\ndata: {\"choices\":[{\"del\n\n"
            "data: {\"choices\":[{\"delta\":{\"content\":\"b\"}}]}\n\ndata: [DONE]\n\n")
                                         << QStringLiteral("T:a | E:0:malformed_response");
        QTest::addRow("truncated") << kTextStream.left(kTextStream.indexOf("finish_reason\":\"stop"))
                                   << QStringLiteral("T:Hello | T:, wörld | E:0:truncated_stream");
        QTest::addRow("empty body") << QByteArray() << QStringLiteral("E:0:truncated_stream");
        QTest::addRow("json body instead of stream")
            << kResponse
            << QStringLiteral("R:2+2 | T:The answer is 4. | C0[call_1,calc]:{\"expr\":\"2+2\"} | "
                              "U:1117/46/1024 | F:tool_calls");
        QTest::addRow("html page") << QByteArray(
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
                                   << QStringLiteral("E:0:wrong_content_type");
        QTest::addRow("bom + keepalive comments") << QByteArray("\xEF\xBB\xBF: ping\n\n: ping\n\n")
                + kGroqStream << QStringLiteral("T:Hi | U:7/1/0 | F:stop");
    }

    void decodesStreams()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, expected);
        OpenAiAdapter adapter;
        // Chunking must never change the events.
        for (qsizetype chunk : { qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(64) })
            QCOMPARE(describeEvents(decodeStream(adapter, stream, chunk)), expected);
    }

    void errorsNameTheFieldAndProvider()
    {
        OpenAiAdapter adapter;
        const auto events = decodeStream(adapter, "data: {\"choices\":[{\"del\n\n", 0);
        const ChatEvent err = sb::test::firstError(events);
        QVERIFY2(
            err.errorMessage.contains(QStringLiteral("openai stream chunk")), qPrintable(err.errorMessage));
        QVERIFY2(err.errorMessage.contains(QStringLiteral("not valid JSON")), qPrintable(err.errorMessage));
        const auto html
            = decodeStream(adapter, "<!DOCTYPE html><html>Cloudflare</html>", 0, "text/html; charset=UTF-8");
        QVERIFY(sb::test::firstError(html).errorMessage.contains(QStringLiteral("HTML page")));
    }

    void htmlContentTypeWinsOverBody()
    {
        OpenAiAdapter adapter;
        const auto events = decodeStream(adapter, "data: looks like sse but is not", 0, "text/html");
        QCOMPARE(describeEvents(events), QStringLiteral("E:0:wrong_content_type"));
    }

    void parsesResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::addRow("full") << kResponse
                              << QStringLiteral(
                                     "R:2+2 | T:The answer is 4. | C0[call_1,calc]:{\"expr\":\"2+2\"} | "
                                     "U:1117/46/1024 | F:tool_calls");
        QTest::addRow("no usage") << QByteArray(
            R"({"choices":[{"message":{"content":"hi"},"finish_reason":"stop"}]})")
                                  << QStringLiteral("T:hi | F:stop");
        QTest::addRow("error object in 200")
            << QByteArray(R"({"error":{"message":"bad","type":"server_error"}})")
            << QStringLiteral("E:0:server_error");
        QTest::addRow("no choices") << QByteArray(R"({"id":"x","choices":[]})")
                                    << QStringLiteral("E:0:malformed_response");
        QTest::addRow("not json") << QByteArray("Internal Server Error")
                                  << QStringLiteral("E:0:malformed_response");
        QTest::addRow("truncated json") << kResponse.left(100) << QStringLiteral("E:0:malformed_response");
    }

    void parsesResponse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(describeEvents(OpenAiAdapter().parseResponse(body)), expected);
    }

    void parsesErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<qint64>("retryMs");
        QTest::addRow("429 with retry-after")
            << 429
            << QByteArray(
                   R"({"error":{"message":"Rate limit reached for gpt-4o","type":"requests","param":null,"code":"rate_limit_exceeded"}})")
            << QByteArray("20") << QStringLiteral("requests") << QStringLiteral("Rate limit reached")
            << qint64(20000);
        QTest::addRow("401 code only")
            << 401
            << QByteArray(R"({"error":{"message":"Incorrect API key provided","code":"invalid_api_key"}})")
            << QByteArray() << QStringLiteral("invalid_api_key") << QStringLiteral("Incorrect API key")
            << qint64(-1);
        QTest::addRow("404 model")
            << 404
            << QByteArray(
                   R"({"error":{"message":"The model `gpt-9` does not exist","type":"invalid_request_error","code":"model_not_found"}})")
            << QByteArray() << QStringLiteral("invalid_request_error") << QStringLiteral("gpt-9")
            << qint64(-1);
        QTest::addRow("tgi detail") << 422 << QByteArray(R"({"detail":"Input validation error"})")
                                    << QByteArray() << QStringLiteral("provider_error")
                                    << QStringLiteral("Input validation error") << qint64(-1);
        QTest::addRow("html 502") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                  << QByteArray() << QStringLiteral("provider_error")
                                  << QStringLiteral("HTML page") << qint64(-1);
        QTest::addRow("empty 503") << 503 << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT")
                                   << QStringLiteral("provider_error") << QStringLiteral("empty body")
                                   << qint64(30000);
        QTest::addRow("string error")
            << 500 << QByteArray(R"({"error":"boom"})") << QByteArray("bogus")
            << QStringLiteral("provider_error") << QStringLiteral("boom") << qint64(-1);
    }

    void parsesErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, type);
        QFETCH(QString, messagePart);
        QFETCH(qint64, retryMs);
        HttpHeaders headers { { "Content-Type", body.startsWith('<') ? "text/html" : "application/json" } };
        if (!retryAfter.isEmpty())
            headers.append({ "Retry-After", retryAfter });
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
        const ProviderError e = OpenAiAdapter().parseError(status, body, headers, now);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.type, type);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QCOMPARE(e.retryAfterMs.value_or(-1), retryMs);
    }

    void retryAfterMsHeaderWins()
    {
        const HttpHeaders headers { { "retry-after", "2" }, { "retry-after-ms", "1500" } };
        QCOMPARE(OpenAiAdapter().parseError(429, "{}", headers).retryAfterMs.value_or(-1), 1500);
    }

    void factoryKnowsFormats()
    {
        for (const QString &f : providerWireFormats()) {
            const auto adapter = createProviderAdapter(f);
            QVERIFY(adapter);
            QCOMPARE(adapter->wireFormat(), f);
        }
        QVERIFY(!createProviderAdapter(QStringLiteral("smoke-signals")));
        QCOMPARE(createProviderAdapter(QStringLiteral("OpenAI-compatible"))->wireFormat(),
            QStringLiteral("openai"));
    }
};

QTEST_GUILESS_MAIN(TestOpenAiAdapter)
#include "TestOpenAiAdapter.moc"
