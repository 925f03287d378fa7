#include "ChatEventText.h"
#include "router/adapters/gemini/GeminiAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;
using sb::test::decodeStream;
using sb::test::describeEvents;

namespace {

// streamGenerateContent?alt=sse as served by generativelanguage.googleapis.com: usageMetadata
// in every chunk (cumulative), finishReason in the last one, no end marker.
const QByteArray kTextStream
    = "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"The\"}],\"role\": "
      "\"model\"},\"index\": 0}],"
      "\"usageMetadata\": {\"promptTokenCount\": 9,\"candidatesTokenCount\": 1,\"totalTokenCount\": 10},"
      "\"modelVersion\": \"gemini-2.0-flash\"}\r\n\r\n"
      "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \" sky is blue.\"}],\"role\": "
      "\"model\"},"
      "\"finishReason\": \"STOP\",\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": "
      "9,\"candidatesTokenCount\": 6,"
      "\"totalTokenCount\": 15,\"cachedContentTokenCount\": 4,\"promptTokensDetails\": [{\"modality\": "
      "\"TEXT\",\"tokenCount\": 9}]},"
      "\"modelVersion\": \"gemini-2.0-flash\"}\r\n\r\n";

const QByteArray kThinkingToolStream
    = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Need "
      "weather.\",\"thought\":true}],\"role\":\"model\"}}],"
      "\"usageMetadata\":{\"promptTokenCount\":30,\"thoughtsTokenCount\":12}}\n\n"
      "data: "
      "{\"candidates\":[{\"content\":{\"parts\":[{\"functionCall\":{\"name\":\"get_weather\",\"args\":{"
      "\"city\":\"Paris\"}}},"
      "{\"functionCall\":{\"id\":\"fc_2\",\"name\":\"get_time\",\"args\":{}}}],\"role\":\"model\"},"
      "\"finishReason\":\"STOP\"}],"
      "\"usageMetadata\":{\"promptTokenCount\":30,\"candidatesTokenCount\":20,\"thoughtsTokenCount\":12,"
      "\"totalTokenCount\":62}}\n\n";

const QByteArray kResponse = R"({
  "candidates": [{
    "content": {"parts": [{"text": "Hello"}, {"text": " there"}], "role": "model"},
    "finishReason": "MAX_TOKENS",
    "safetyRatings": [{"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"}]
  }],
  "usageMetadata": {"promptTokenCount": 4, "candidatesTokenCount": 2, "totalTokenCount": 6},
  "modelVersion": "gemini-2.5-flash"
})";

} // namespace

class TestGeminiAdapter : public QObject {
    Q_OBJECT
private slots:
    void buildsRequest()
    {
        ChatRequest r;
        r.stream = true;
        r.maxTokens = 100;
        r.temperature = 0.7;
        r.topP = 0.95;
        r.stop = QJsonArray { QStringLiteral("\n\n") };
        r.messages << ChatMessage { QStringLiteral("system"), QStringLiteral("Be nice."), {}, {}, {}, {} }
                   << ChatMessage { QStringLiteral("user"), QStringLiteral("Weather?"), {}, {}, {}, {} };
        ChatMessage assistant;
        assistant.role = QStringLiteral("assistant");
        assistant.toolCalls = QJsonArray { QJsonObject { { "id", "call_0" }, { "type", "function" },
            { "function",
                QJsonObject { { "name", "get_weather" }, { "arguments", "{\"city\":\"Paris\"}" } } } } };
        ChatMessage tool;
        tool.role = QStringLiteral("tool");
        tool.toolCallId = QStringLiteral("call_0");
        tool.content = QStringLiteral("sunny");
        r.messages << assistant << tool;
        r.tools = QJsonArray { QJsonObject { { "type", "function" },
            { "function",
                QJsonObject { { "name", "get_weather" }, { "description", "d" },
                    { "parameters",
                        QJsonObject { { "$schema", "http://json-schema.org/draft-07/schema#" },
                            { "type", "object" }, { "additionalProperties", false },
                            { "properties",
                                QJsonObject { { "additionalProperties",
                                    QJsonObject { { "type", "string" } } } } } } } } } } };
        r.toolChoice = QStringLiteral("required");

        const auto req = GeminiAdapter().buildRequest(
            QUrl(QStringLiteral("https://generativelanguage.googleapis.com/v1beta")),
            QStringLiteral("gemini-2.5-flash"), r, QStringLiteral("AIza-key"));
        QCOMPARE(req.request.url().toString(),
            QStringLiteral("https://generativelanguage.googleapis.com/v1beta/models/"
                           "gemini-2.5-flash:streamGenerateContent?alt=sse"));
        QCOMPARE(req.request.rawHeader("x-goog-api-key"), QByteArray("AIza-key"));
        QVERIFY(!req.request.url().toString().contains(QStringLiteral("key=")));

        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value("systemInstruction")
                     .toObject()
                     .value("parts")
                     .toArray()
                     .first()
                     .toObject()
                     .value("text")
                     .toString(),
            QStringLiteral("Be nice."));
        const QJsonArray contents = body.value("contents").toArray();
        QCOMPARE(contents.size(), 3);
        QCOMPARE(contents[0].toObject().value("role").toString(), QStringLiteral("user"));
        QCOMPARE(contents[1].toObject().value("role").toString(), QStringLiteral("model"));
        const QJsonObject call = contents[1]
                                     .toObject()
                                     .value("parts")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value("functionCall")
                                     .toObject();
        QCOMPARE(call.value("name").toString(), QStringLiteral("get_weather"));
        QCOMPARE(call.value("args").toObject().value("city").toString(), QStringLiteral("Paris"));
        const QJsonObject response = contents[2]
                                         .toObject()
                                         .value("parts")
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value("functionResponse")
                                         .toObject();
        QCOMPARE(
            response.value("name").toString(), QStringLiteral("get_weather")); // found through the call id
        QCOMPARE(response.value("response").toObject().value("content").toString(), QStringLiteral("sunny"));

        const QJsonObject gen = body.value("generationConfig").toObject();
        QCOMPARE(gen.value("maxOutputTokens").toInt(), 100);
        QCOMPARE(gen.value("temperature").toDouble(), 0.7);
        QCOMPARE(gen.value("topP").toDouble(), 0.95);
        QCOMPARE(gen.value("stopSequences").toArray().first().toString(), QStringLiteral("\n\n"));

        const QJsonObject decl = body.value("tools")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value("functionDeclarations")
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(decl.value("name").toString(), QStringLiteral("get_weather"));
        const QJsonObject params = decl.value("parameters").toObject();
        QVERIFY(!params.contains("$schema"));
        QVERIFY(!params.contains("additionalProperties"));
        // A property that happens to be called additionalProperties is a name, not a keyword.
        QVERIFY(params.value("properties").toObject().contains("additionalProperties"));
        QCOMPARE(body.value("toolConfig")
                     .toObject()
                     .value("functionCallingConfig")
                     .toObject()
                     .value("mode")
                     .toString(),
            QStringLiteral("ANY"));
    }

    void nonStreamingUrl()
    {
        ChatRequest r;
        r.messages << ChatMessage { QStringLiteral("user"), QStringLiteral("hi"), {}, {}, {}, {} };
        const auto req = GeminiAdapter().buildRequest(QUrl(QStringLiteral("http://127.0.0.1:9/v1beta/")),
            QStringLiteral("models/gemini-pro"), r, QString());
        QCOMPARE(req.request.url().toString(),
            QStringLiteral("http://127.0.0.1:9/v1beta/models/gemini-pro:generateContent"));
        QVERIFY(!req.request.hasRawHeader("x-goog-api-key"));
        QVERIFY(!QJsonDocument::fromJson(req.body).object().contains("generationConfig"));
    }

    void decodesStreams_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expected");
        QTest::addRow("text, cumulative usage")
            << kTextStream << QStringLiteral("T:The | T: sky is blue. | U:9/6/4 | F:stop");
        QTest::addRow("thought + function calls")
            << kThinkingToolStream
            << QStringLiteral("R:Need weather. | C0[call_0,get_weather]:{\"city\":\"Paris\"} | "
                              "C1[fc_2,get_time]:{} | U:30/32/0/12 | F:tool_calls");
        QTest::addRow("cut before finishReason") << kTextStream.left(kTextStream.indexOf("data:", 10))
                                                 << QStringLiteral("T:The | E:0:truncated_stream");
        QTest::addRow("safety stop") << QByteArray(
            "data: "
            "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"I\"}]},\"finishReason\":\"SAFETY\"}]}\n\n")
                                     << QStringLiteral("T:I | F:content_filter");
        QTest::addRow("prompt blocked")
            << QByteArray("data: {\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}\n\n")
            << QStringLiteral("F:content_filter");
        QTest::addRow("error chunk") << QByteArray("data: {\"error\":{\"code\":503,\"message\":\"The model "
                                                   "is overloaded.\",\"status\":\"UNAVAILABLE\"}}\n\n")
                                     << QStringLiteral("E:503:UNAVAILABLE");
        QTest::addRow("malformed") << QByteArray("data: {\"candidates\":[\n\n")
                                   << QStringLiteral("E:0:malformed_response");
        QTest::addRow("json array (no alt=sse)")
            << QByteArray("[") + kResponse + "]" << QStringLiteral("T:Hello | T: there | U:4/2/0 | F:length");
        QTest::addRow("html") << QByteArray("\n<html><body>Error 404 (Not Found)!!1</body></html>")
                              << QStringLiteral("E:0:wrong_content_type");
    }

    void decodesStreams()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, expected);
        GeminiAdapter adapter;
        for (qsizetype chunk : { qsizetype(0), qsizetype(1), qsizetype(4), qsizetype(33) })
            QCOMPARE(describeEvents(decodeStream(adapter, stream, chunk)), expected);
    }

    void parsesResponse()
    {
        QCOMPARE(describeEvents(GeminiAdapter().parseResponse(kResponse)),
            QStringLiteral("T:Hello | T: there | U:4/2/0 | F:length"));
        QCOMPARE(
            describeEvents(GeminiAdapter().parseResponse("{}")), QStringLiteral("E:0:malformed_response"));
        QCOMPARE(describeEvents(GeminiAdapter().parseResponse("{\"candidates\":[{\"content\":")),
            QStringLiteral("E:0:malformed_response"));
    }

    void parsesErrorsWithRetryInfo()
    {
        const QByteArray body
            = R"({"error": {"code": 429, "message": "You exceeded your current quota.", "status": "RESOURCE_EXHAUSTED",
            "details": [{"@type": "type.googleapis.com/google.rpc.QuotaFailure"},
                        {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "31s"}]}})";
        ProviderError e = GeminiAdapter().parseError(429, body, {});
        QCOMPARE(e.type, QStringLiteral("RESOURCE_EXHAUSTED"));
        QVERIFY(e.message.contains(QStringLiteral("quota")));
        QCOMPARE(e.retryAfterMs.value_or(-1), 31000);
        // A Retry-After header beats the body's hint.
        e = GeminiAdapter().parseError(429, body, { { "Retry-After", "5" } });
        QCOMPARE(e.retryAfterMs.value_or(-1), 5000);

        const QByteArray badKey
            = R"([{"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.", "status": "INVALID_ARGUMENT",
            "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID"}]}}])";
        e = GeminiAdapter().parseError(400, badKey, {});
        QCOMPARE(e.type, QStringLiteral("INVALID_ARGUMENT"));
        QVERIFY(e.message.contains(QStringLiteral("API key not valid")));
    }
};

QTEST_GUILESS_MAIN(TestGeminiAdapter)
#include "TestGeminiAdapter.moc"
