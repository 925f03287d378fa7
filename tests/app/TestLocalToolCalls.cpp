// The local provider as an agent's model: forced tool calls come back as OpenAI tool_calls
// (id, name, JSON arguments that follow the function's schema, finish_reason "tool_calls"),
// tool results go back through the template, and response_format constrains the answer so it
// parses and validates, all from a tiny random model with the real 128,256-token vocabulary.
#include <QtTest>

#include "app/local/EngineLocalProvider.h"
#include "app/local/LocalOutput.h"
#include "engine/model/TinyModel.h"

using namespace sb;

namespace {

const char *const kWeatherTool
    = "{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\n  \"description\":\"Weather for a "
      "city\",\"parameters\":{\"type\":\"object\",\"properties\":{\n  "
      "\"city\":{\"type\":\"string\",\"maxLength\":20},\"days\":{\"type\":\"integer\"}},\"required\":["
      "\"city\",\"days\"]}}}";

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

sb::ChatMessage message(const QString &role, const QString &content)
{
    sb::ChatMessage m;
    m.role = role;
    m.content = content;
    return m;
}

struct Outcome {
    QString text;
    QVector<ChatEvent> calls;
    QString finish;
    QString error;
};

} // namespace

class TestLocalToolCalls : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EngineLocalProvider m_provider;

    static ChatRequest request(const QString &user)
    {
        ChatRequest r;
        r.model = QStringLiteral("smollm3-3b");
        r.messages.push_back(message(QStringLiteral("user"), user));
        r.maxTokens = 60;
        r.temperature = 1.0;
        r.extra.insert(QStringLiteral("seed"), 7);
        return r;
    }

    Outcome run(const ChatRequest &r)
    {
        Outcome out;
        bool done = false;
        auto gen = m_provider.start(QStringLiteral("smollm3-3b"), r, [&](const ChatEvent &e) {
            switch (e.kind) {
            case ChatEvent::Kind::TextDelta:
                out.text += e.text;
                break;
            case ChatEvent::Kind::ToolCallDelta:
                out.calls.push_back(e);
                break;
            case ChatEvent::Kind::Finish:
                out.finish = e.finishReason;
                done = true;
                break;
            case ChatEvent::Kind::Error:
                out.error = e.errorMessage;
                done = true;
                break;
            default:
                break;
            }
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 120000); }();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TinyModelOptions options;
        options.config = TinyModelOptions::tinyModelConfig(128256);
        options.tokenizerJsonPath = SB_TEST_DATA_DIR "/smollm3/tokenizer.json";
        const QString dir = m_dir.path() + "/tiny";
        QVERIFY(writeTinyModelHf(options, dir.toStdString()).ok());
        ChatRuntimeOptions rt;
        rt.backend.kind = BackendKind::Cpu;
        rt.backend.cpuModel.contextLength = 1024;
        auto loaded = m_provider.load(dir, rt);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
    }

    void forcedFunctionComesBackAsToolCall()
    {
        ChatRequest r = request(QStringLiteral("Weather in Paris?"));
        r.tools = QJsonArray { object(kWeatherTool) };
        r.toolChoice = object("{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}");
        const Outcome out = run(r);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QCOMPARE(out.finish, QStringLiteral("tool_calls"));
        QCOMPARE(out.calls.size(), 1);
        const ChatEvent &call = out.calls[0];
        QCOMPARE(call.toolIndex, 0);
        QVERIFY(call.toolId.startsWith(QStringLiteral("call_")));
        QCOMPARE(call.toolName, QStringLiteral("get_weather"));
        QJsonParseError err {};
        const QJsonObject args = QJsonDocument::fromJson(call.toolArguments.toUtf8(), &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(call.toolArguments));
        QVERIFY(args.value(QStringLiteral("city")).isString());
        QVERIFY(args.value(QStringLiteral("city")).toString().size() <= 20);
        QVERIFY(args.value(QStringLiteral("days")).isDouble());
        QVERIFY(out.text.trimmed().isEmpty());
    }

    void requiredPicksOneOfTheTools()
    {
        ChatRequest r = request(QStringLiteral("Do something"));
        r.tools = QJsonArray { object(kWeatherTool),
            object("{\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"parameters\":{}}}") };
        r.toolChoice = QStringLiteral("required");
        const Outcome out = run(r);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QCOMPARE(out.finish, QStringLiteral("tool_calls"));
        QCOMPARE(out.calls.size(), 1);
        QVERIFY(out.calls[0].toolName == QStringLiteral("get_weather")
            || out.calls[0].toolName == QStringLiteral("get_time"));
    }

    // The second step of a round trip: the assistant's call and the tool's result are rendered
    // as SmolLM3 expects (the call as the model's <tool_call> text, the result as a user turn).

    void noneHidesTheTools()
    {
        ChatRequest r = request(QStringLiteral("Hi"));
        r.tools = QJsonArray { object(kWeatherTool) };
        r.toolChoice = QStringLiteral("none");
        std::vector<TemplateMessage> messages;
        ChatTemplateVars vars;
        GenerateOptions options;
        toEngineRequest(r, messages, vars, options);
        QVERIFY(vars.xmlTools.empty());
    }

    void jsonSchemaOutputValidates()
    {
        ChatRequest r = request(QStringLiteral("A person, please"));
        r.extra.insert(QStringLiteral("response_format"),
            object(
                "{\"type\":\"json_schema\",\"json_schema\":{\n            "
                "\"name\":\"person\",\"strict\":true,\"schema\":{\"type\":\"object\",\"properties\":{\n      "
                "      \"name\":{\"type\":\"string\",\"maxLength\":12},\"age\":{\"type\":\"integer\"},\n     "
                "       "
                "\"pets\":{\"type\":\"array\",\"items\":{\"enum\":[\"cat\",\"dog\"]},\"maxItems\":3}},\n     "
                "       \"required\":[\"name\",\"age\",\"pets\"],\"additionalProperties\":false}}}"));
        for (int seed : { 1, 2, 3 }) {
            r.extra.insert(QStringLiteral("seed"), seed);
            const Outcome out = run(r);
            QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
            QJsonParseError err {};
            const QJsonObject o = QJsonDocument::fromJson(out.text.toUtf8(), &err).object();
            QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(out.text));
            QVERIFY(o.value(QStringLiteral("name")).isString());
            QVERIFY(o.value(QStringLiteral("age")).isDouble());
            QVERIFY(o.value(QStringLiteral("pets")).isArray());
            for (const QJsonValue &p : o.value(QStringLiteral("pets")).toArray())
                QVERIFY(p == QStringLiteral("cat") || p == QStringLiteral("dog"));
            QCOMPARE(o.size(), 3);
            QCOMPARE(out.finish, QStringLiteral("stop"));
        }
    }

    void jsonObjectWithinATightBudget()
    {
        ChatRequest r = request(QStringLiteral("JSON please"));
        r.maxTokens = 4;
        r.extra.insert(QStringLiteral("response_format"), object("{\"type\":\"json_object\"}"));
        const Outcome out = run(r);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QJsonParseError err {};
        QVERIFY2(QJsonDocument::fromJson(out.text.toUtf8(), &err).isObject(), qPrintable(out.text));
    }

    void unsupportedRequestsFailWithTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::addRow("pattern") << "response_format"
                                 << "{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"x\",\"schema\":{"
                                    "\"type\":\"object\",\n                                       "
                                    "\"properties\":{\"a\":{\"type\":\"string\",\"pattern\":\"^x\"}}}}}"
                                 << "pattern";
        QTest::addRow("unknown function") << "tool_choice"
                                          << "{\"type\":\"function\",\"function\":{\"name\":\"nope\"}}"
                                          << "nope";
        QTest::addRow("bad format type") << "response_format"
                                         << "{\"type\":\"yaml\"}"
                                         << "json_schema";
    }
    void unsupportedRequestsFailWithTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, says);
        ChatRequest r = request(QStringLiteral("x"));
        r.tools = QJsonArray { object(kWeatherTool) };
        if (field == QLatin1String("tool_choice"))
            r.toolChoice = QJsonDocument::fromJson(value.toUtf8()).object();
        else
            r.extra.insert(field, QJsonDocument::fromJson(value.toUtf8()).object());
        const LocalOutputSpec spec = localOutputSpec(r);
        QVERIFY(spec.errorParam.startsWith(field));
        QVERIFY2(spec.error.contains(says), qPrintable(spec.error));
        const Outcome out = run(r);
        QVERIFY(out.error.contains(says));
    }
};

QTEST_MAIN(TestLocalToolCalls)
#include "TestLocalToolCalls.moc"
