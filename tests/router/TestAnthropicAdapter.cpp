#include "ChatEventText.h"
#include "router/adapters/anthropic/AnthropicAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace sb;
using sb::test::decodeStream;
using sb::test::describeEvents;

namespace {

// Event stream as documented at docs.anthropic.com (streaming messages), incl. ping and a
// tool_use block streamed through input_json_delta.
const QByteArray kToolStream
    = "event: message_start\n"
      "data: "
      "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_014p7gG3wDgGV9EUtLvnow3U\",\"type\":\"message\","
      "\"role\":\"assistant\",\"model\":\"claude-sonnet-4-20250514\",\"stop_sequence\":null,\"usage\":{"
      "\"input_tokens\":472,"
      "\"output_tokens\":2,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":2048},\"content\":[]"
      ",\"stop_reason\":null}}\n\n"
      "event: content_block_start\n"
      "data: "
      "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
      "event: ping\n"
      "data: {\"type\": \"ping\"}\n\n"
      "event: content_block_delta\n"
      "data: "
      "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Okay, "
      "let's check\"}}\n\n"
      "event: content_block_stop\n"
      "data: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
      "event: content_block_start\n"
      "data: "
      "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_"
      "01T1x1fJ34qAmk2tNTrN7Up6\","
      "\"name\":\"get_weather\",\"input\":{}}}\n\n"
      "event: content_block_delta\n"
      "data: "
      "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_"
      "json\":\"\"}}\n\n"
      "event: content_block_delta\n"
      "data: "
      "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_"
      "json\":\"{\\\"location\\\":\"}}\n\n"
      "event: content_block_delta\n"
      "data: "
      "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_"
      "json\":\" \\\"San Francisco, CA\\\"}\"}}\n\n"
      "event: content_block_stop\n"
      "data: {\"type\":\"content_block_stop\",\"index\":1}\n\n"
      "event: message_delta\n"
      "data: "
      "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},\"usage\":"
      "{\"output_tokens\":89}}\n\n"
      "event: message_stop\n"
      "data: {\"type\":\"message_stop\"}\n\n";

const QByteArray kThinkingStream
    = "event: message_start\r\n"
      "data: "
      "{\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}\r\n\r\n"
      "event: content_block_start\r\n"
      "data: "
      "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\",\"thinking\":"
      "\"\"}}\r\n\r\n"
      "event: content_block_delta\r\n"
      "data: "
      "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":"
      "\"Hmm.\"}}\r\n\r\n"
      "event: content_block_delta\r\n"
      "data: "
      "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\",\"signature\":"
      "\"EqQBCgIYAhIM\"}}\r\n\r\n"
      "event: content_block_start\r\n"
      "data: "
      "{\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"
      "\r\n\r\n"
      "event: content_block_delta\r\n"
      "data: "
      "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\"Yes\"}}"
      "\r\n\r\n"
      "event: message_delta\r\n"
      "data: "
      "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"max_tokens\"},\"usage\":{\"output_tokens\":"
      "30}}\r\n\r\n"
      "event: message_stop\r\n"
      "data: {\"type\":\"message_stop\"}\r\n\r\n";

const QByteArray kOverloadedMidStream
    = "event: message_start\n"
      "data: "
      "{\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":5,\"output_tokens\":1}}}\n\n"
      "event: content_block_delta\n"
      "data: "
      "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}\n\n"
      "event: error\n"
      "data: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": "
      "\"Overloaded\"}}\n\n";

const QByteArray kResponse = R"({
  "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
  "type": "message",
  "role": "assistant",
  "model": "claude-3-5-haiku-20241022",
  "content": [
    {"type": "thinking", "thinking": "Simple.", "signature": "abc"},
    {"type": "text", "text": "Hello!"},
    {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"q": "x"}}
  ],
  "stop_reason": "tool_use",
  "stop_sequence": null,
  "usage": {"input_tokens": 12, "cache_creation_input_tokens": 100, "cache_read_input_tokens": 300, "output_tokens": 6}
})";

} // namespace

class TestAnthropicAdapter : public QObject {
    Q_OBJECT
private slots:
    void buildsRequest()
    {
        ChatRequest r;
        r.stream = true;
        r.temperature = 0.2;
        r.stop = QJsonArray { QStringLiteral("STOP") };
        r.messages << ChatMessage { QStringLiteral("system"), QStringLiteral("You are terse."), {}, {}, {},
            {} }
                   << ChatMessage { QStringLiteral("system"), QStringLiteral("Answer in French."), {}, {}, {},
                          {} }
                   << ChatMessage { QStringLiteral("user"), QStringLiteral("Weather?"), {}, {}, {}, {} };
        ChatMessage assistant;
        assistant.role = QStringLiteral("assistant");
        assistant.content = QStringLiteral("Checking.");
        assistant.toolCalls = QJsonArray {
            QJsonObject { { "id", "toolu_a" }, { "type", "function" },
                { "function",
                    QJsonObject { { "name", "get_weather" }, { "arguments", "{\"city\":\"Paris\"}" } } } },
            QJsonObject { { "id", "toolu_b" }, { "type", "function" },
                { "function", QJsonObject { { "name", "get_time" }, { "arguments", "" } } } }
        };
        r.messages << assistant;
        ChatMessage t1;
        t1.role = QStringLiteral("tool");
        t1.toolCallId = QStringLiteral("toolu_a");
        t1.content = QStringLiteral("21C");
        ChatMessage t2 = t1;
        t2.toolCallId = QStringLiteral("toolu_b");
        t2.content = QStringLiteral("noon");
        r.messages << t1 << t2
                   << ChatMessage { QStringLiteral("user"), QStringLiteral("Thanks"), {}, {}, {}, {} };
        r.tools = QJsonArray { QJsonObject { { "type", "function" },
            { "function",
                QJsonObject { { "name", "get_weather" }, { "description", "Weather now" },
                    { "parameters",
                        QJsonObject { { "type", "object" },
                            { "properties",
                                QJsonObject {
                                    { "city", QJsonObject { { "type", "string" } } } } } } } } } } };
        r.toolChoice = QJsonObject { { "type", "function" },
            { "function", QJsonObject { { "name", "get_weather" } } } };
        r.extra = QJsonObject { { "top_k", 5 }, { "seed", 1 } };

        const auto req = AnthropicAdapter().buildRequest(QUrl(QStringLiteral("https://api.anthropic.com/v1")),
            QStringLiteral("claude-sonnet-4-20250514"), r, QStringLiteral("sk-ant-x"));
        QCOMPARE(req.request.url().toString(), QStringLiteral("https://api.anthropic.com/v1/messages"));
        QCOMPARE(req.request.rawHeader("x-api-key"), QByteArray("sk-ant-x"));
        QCOMPARE(req.request.rawHeader("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!req.request.hasRawHeader("Authorization"));

        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value("model").toString(), QStringLiteral("claude-sonnet-4-20250514"));
        QCOMPARE(body.value("max_tokens").toInt(), AnthropicAdapter::kDefaultMaxTokens);
        QCOMPARE(body.value("system").toString(), QStringLiteral("You are terse.\n\nAnswer in French."));
        QCOMPARE(body.value("stream").toBool(), true);
        QCOMPARE(body.value("temperature").toDouble(), 0.2);
        QCOMPARE(body.value("stop_sequences").toArray().first().toString(), QStringLiteral("STOP"));
        QCOMPARE(body.value("top_k").toInt(), 5);
        QVERIFY(!body.contains("seed")); // OpenAI-only extras stay behind

        const QJsonArray messages = body.value("messages").toArray();
        QCOMPARE(messages.size(), 3); // user, assistant, user(tool results + text) - roles alternate
        QCOMPARE(messages[0].toObject().value("role").toString(), QStringLiteral("user"));
        const QJsonArray assistantBlocks = messages[1].toObject().value("content").toArray();
        QCOMPARE(assistantBlocks.size(), 3);
        QCOMPARE(assistantBlocks[0].toObject().value("text").toString(), QStringLiteral("Checking."));
        QCOMPARE(assistantBlocks[1].toObject().value("type").toString(), QStringLiteral("tool_use"));
        QCOMPARE(assistantBlocks[1].toObject().value("input").toObject().value("city").toString(),
            QStringLiteral("Paris"));
        QVERIFY(assistantBlocks[2].toObject().value("input").isObject()); // empty arguments -> {}
        const QJsonArray userBlocks = messages[2].toObject().value("content").toArray();
        QCOMPARE(messages[2].toObject().value("role").toString(), QStringLiteral("user"));
        QCOMPARE(userBlocks.size(), 3);
        QCOMPARE(userBlocks[0].toObject().value("type").toString(), QStringLiteral("tool_result"));
        QCOMPARE(userBlocks[0].toObject().value("tool_use_id").toString(), QStringLiteral("toolu_a"));
        QCOMPARE(userBlocks[1].toObject().value("tool_use_id").toString(), QStringLiteral("toolu_b"));
        QCOMPARE(userBlocks[2].toObject().value("text").toString(), QStringLiteral("Thanks"));

        const QJsonObject tool = body.value("tools").toArray().first().toObject();
        QCOMPARE(tool.value("name").toString(), QStringLiteral("get_weather"));
        QCOMPARE(tool.value("description").toString(), QStringLiteral("Weather now"));
        QCOMPARE(tool.value("input_schema").toObject().value("type").toString(), QStringLiteral("object"));
        QCOMPARE(body.value("tool_choice").toObject().value("type").toString(), QStringLiteral("tool"));
        QCOMPARE(
            body.value("tool_choice").toObject().value("name").toString(), QStringLiteral("get_weather"));
    }

    void maxTokensAndToolChoiceStrings_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("expected");
        QTest::addRow("auto") << "auto"
                              << "auto";
        QTest::addRow("required") << "required"
                                  << "any";
        QTest::addRow("none") << "none"
                              << "none";
    }

    void maxTokensAndToolChoiceStrings()
    {
        QFETCH(QString, choice);
        QFETCH(QString, expected);
        ChatRequest r;
        r.maxTokens = 64;
        r.messages << ChatMessage { QStringLiteral("user"), QStringLiteral("hi"), {}, {}, {}, {} };
        r.tools = QJsonArray { QJsonObject {
            { "type", "function" }, { "function", QJsonObject { { "name", "f" } } } } };
        r.toolChoice = choice;
        const QJsonObject body = AnthropicAdapter::requestBody(QStringLiteral("m"), r);
        QCOMPARE(body.value("max_tokens").toInt(), 64);
        QVERIFY(!body.contains("stream"));
        QCOMPARE(body.value("tool_choice").toObject().value("type").toString(), expected);
        // A tool without parameters still gets the input_schema the API requires.
        QCOMPARE(body.value("tools")
                     .toArray()
                     .first()
                     .toObject()
                     .value("input_schema")
                     .toObject()
                     .value("type")
                     .toString(),
            QStringLiteral("object"));
    }

    void decodesStreams_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text + tool_use")
            << kToolStream
            << QStringLiteral(
                   "T:Okay, let's check | C0[toolu_01T1x1fJ34qAmk2tNTrN7Up6,get_weather]: | "
                   "C0[,]:{\"location\": | C0[,]: \"San Francisco, CA\"} | U:2520/89/2048 | F:tool_calls");
        QTest::addRow("thinking, CRLF, max_tokens")
            << kThinkingStream << QStringLiteral("R:Hmm. | T:Yes | U:10/30/0 | F:length");
        QTest::addRow("overloaded mid-stream")
            << kOverloadedMidStream << QStringLiteral("T:Hi | E:529:overloaded_error");
        QTest::addRow("stop without message_stop")
            << kToolStream.left(kToolStream.indexOf("event: message_stop"))
            << QStringLiteral("T:Okay, let's check | "
                              "C0[toolu_01T1x1fJ34qAmk2tNTrN7Up6,get_weather]: | "
                              "C0[,]:{\"location\": | C0[,]: \"San Francisco, CA\"} | "
                              "U:2520/89/2048 | F:tool_calls");
        QTest::addRow("cut before message_delta")
            << kThinkingStream.left(kThinkingStream.indexOf("event: message_delta"))
            << QStringLiteral("R:Hmm. | T:Yes | E:0:truncated_stream");
        QTest::addRow("cut inside an event") << kThinkingStream.left(kThinkingStream.indexOf("\"Yes\""))
                                             << QStringLiteral("R:Hmm. | E:0:truncated_stream");
        QTest::addRow("malformed data") << QByteArray("event: message_start\ndata: {not json}\n\n")
                                        << QStringLiteral("E:0:malformed_response");
        QTest::addRow("json delta for text block") << QByteArray(
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":3,\"delta\":"
            "{\"type\":\"input_json_delta\",\"partial_json\":\"{\"}}\n\n")
                                                   << QStringLiteral("E:0:malformed_response");
        QTest::addRow("unknown events ignored")
            << QByteArray("event: future_thing\ndata: {\"type\":\"future_thing\"}\n\n") + kThinkingStream
            << QStringLiteral("R:Hmm. | T:Yes | U:10/30/0 | F:length");
        QTest::addRow("json error body on a 200")
            << QByteArray(R"({"type":"error","error":{"type":"api_error","message":"Internal"}})")
            << QStringLiteral("E:0:api_error");
        QTest::addRow("whole message body")
            << kResponse
            << QStringLiteral(
                   "R:Simple. | T:Hello! | C0[toolu_1,lookup]:{\"q\":\"x\"} | U:412/6/300 | F:tool_calls");
    }

    // Cache reads and cache writes are parts of the prompt, kept apart so each has its price.
    void cacheWritesAndReadsAreKeptApart()
    {
        AnthropicAdapter adapter;
        const QVector<ChatEvent> events = adapter.parseResponse(kResponse);
        const auto usage = std::find_if(events.begin(), events.end(),
            [](const ChatEvent &e) { return e.kind == ChatEvent::Kind::Usage; });
        QVERIFY(usage != events.end());
        QCOMPARE(usage->usage.inputTokens, 412); // 12 plain + 100 written + 300 read
        QCOMPARE(usage->usage.cacheWriteTokens, 100);
        QCOMPARE(usage->usage.cachedInputTokens, 300);
    }

    void decodesStreams()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, expected);
        AnthropicAdapter adapter;
        for (qsizetype chunk : { qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(50) })
            QCOMPARE(describeEvents(decodeStream(adapter, stream, chunk)), expected);
    }

    void toolArgumentsReassemble()
    {
        const auto events = decodeStream(AnthropicAdapter(), kToolStream, 5);
        const QJsonDocument args = QJsonDocument::fromJson(sb::test::joinedToolArguments(events, 0).toUtf8());
        QCOMPARE(args.object().value("location").toString(), QStringLiteral("San Francisco, CA"));
    }

    void parsesResponse()
    {
        QCOMPARE(describeEvents(AnthropicAdapter().parseResponse(kResponse)),
            QStringLiteral(
                "R:Simple. | T:Hello! | C0[toolu_1,lookup]:{\"q\":\"x\"} | U:412/6/300 | F:tool_calls"));
        QCOMPARE(describeEvents(AnthropicAdapter().parseResponse(
                     R"({"content":[{"type":"text","text":"x"}],"stop_reason":"end_turn"})")),
            QStringLiteral("T:x | F:stop"));
        QCOMPARE(describeEvents(AnthropicAdapter().parseResponse(R"({"id":"x"})")),
            QStringLiteral("E:0:malformed_response"));
        const auto bad = AnthropicAdapter().parseResponse("<html>");
        QVERIFY(sb::test::firstError(bad).errorMessage.contains(QStringLiteral("anthropic response body")));
    }

    void parsesErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::addRow("overloaded 529")
            << 529
            << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
            << QStringLiteral("overloaded_error");
        QTest::addRow("auth 401")
            << 401
            << QByteArray(
                   R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})")
            << QStringLiteral("authentication_error");
        QTest::addRow("rate 429")
            << 429
            << QByteArray(R"({"type":"error","error":{"type":"rate_limit_error","message":"slow down"}})")
            << QStringLiteral("rate_limit_error");
        QTest::addRow("not json") << 500 << QByteArray("upstream connect error")
                                  << QStringLiteral("provider_error");
    }

    void parsesErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        const ProviderError e = AnthropicAdapter().parseError(status, body, { { "retry-after", "7" } });
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.type, type);
        QVERIFY(e.message.startsWith(QStringLiteral("anthropic")));
        QCOMPARE(e.retryAfterMs.value_or(-1), 7000);
    }
};

QTEST_GUILESS_MAIN(TestAnthropicAdapter)
#include "TestAnthropicAdapter.moc"
