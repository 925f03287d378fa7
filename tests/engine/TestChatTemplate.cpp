// SmolLM3 chat template: every row of the shipped vectors and of extra cases rendered by Jinja2
// (tools/gen_chat_template_vectors.py), Python repr() of tool dicts, template detection.

#include "engine/chat/ChatTemplate.h"
#include "engine/chat/PythonRepr.h"
#include "engine/core/Json.h"

#include <QtTest>

#include <fstream>
#include <sstream>

namespace {

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<sb::Json> jsonList(const sb::Json &v)
{
    return std::vector<sb::Json>(v.asArray().begin(), v.asArray().end());
}

// One vectors row -> the renderer's inputs.
void fromRow(const sb::Json &row, std::vector<sb::TemplateMessage> &messages, sb::ChatTemplateVars &vars)
{
    for (const sb::Json &m : row["messages"].asArray()) {
        sb::TemplateMessage msg;
        msg.role = m["role"].asString();
        if (m["content"].isString())
            msg.content = m["content"].asString();
        messages.push_back(msg);
    }
    const sb::Json &v = row["vars"];
    vars.addGenerationPrompt = v["add_generation_prompt"].asBool(false);
    if (const sb::Json *t = v.find("enable_thinking"))
        vars.enableThinking = t->asBool();
    vars.tools = jsonList(v["tools"]);
    vars.xmlTools = jsonList(v["xml_tools"]);
    vars.pythonTools = jsonList(v["python_tools"]);
    vars.today = row["today"].asString();
}

// Fails the test on keys the renderer does not know, so a new vectors file cannot pass by
// silently ignoring a variable.
bool onlyKnownVars(const sb::Json &row)
{
    for (const auto &[key, value] : row["vars"].asObject())
        if (key != "add_generation_prompt" && key != "enable_thinking" && key != "tools" && key != "xml_tools"
            && key != "python_tools")
            return false;
    return true;
}

} // namespace

class TestChatTemplate : public QObject {
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("row");
        int total = 0;
        for (const char *file :
            { "/smollm3/chat_template_vectors.jsonl", "/chat/smollm3_extra_vectors.jsonl" }) {
            std::ifstream in(std::string(SB_TEST_DATA_DIR) + file);
            QVERIFY2(in.good(), file);
            std::string line;
            int n = 0;
            while (std::getline(in, line)) {
                auto row = sb::Json::parse(line);
                QVERIFY2(row.ok(), line.c_str());
                QTest::addRow("%s/%s", file + 1, row.value()["name"].asString().c_str())
                    << QByteArray::fromStdString(line);
                ++n;
            }
            QVERIFY(n > 0);
            total += n;
        }
        QCOMPARE(total, 9 + 17);
    }

    void vectors()
    {
        QFETCH(QByteArray, row);
        auto parsed = sb::Json::parse(row.toStdString());
        QVERIFY(parsed.ok());
        QVERIFY(onlyKnownVars(parsed.value()));
        std::vector<sb::TemplateMessage> messages;
        sb::ChatTemplateVars vars;
        fromRow(parsed.value(), messages, vars);
        auto rendered = sb::renderSmolLM3Chat(messages, vars);
        QVERIFY2(rendered.ok(), rendered.ok() ? "" : rendered.error().message.c_str());
        QCOMPARE(QString::fromStdString(rendered.value()),
            QString::fromStdString(parsed.value()["rendered"].asString()));
    }

    void emptyConversationIsAnError()
    {
        auto r = sb::renderSmolLM3Chat({}, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, sb::ErrorCode::InvalidArgument);
    }

    void todayDefaultsToTheClock()
    {
        const std::vector<sb::TemplateMessage> messages = { { "user", std::string("hi"), {}, {} } };
        const std::string before = sb::chatTemplateDate(std::time(nullptr));
        auto r = sb::renderSmolLM3Chat(messages, {});
        const std::string after = sb::chatTemplateDate(std::time(nullptr)); // in case midnight passed
        QVERIFY(r.ok());
        QVERIFY(r.value().find("Today Date: " + before + "\n") != std::string::npos
            || r.value().find("Today Date: " + after + "\n") != std::string::npos);
        std::tm date {};
        date.tm_mday = 5;
        date.tm_mon = 4;
        date.tm_year = 126;
        QCOMPARE(sb::chatTemplateDate(date), std::string("05 May 2026"));
        date.tm_mday = 31;
        date.tm_mon = 11;
        date.tm_year = 99;
        QCOMPARE(sb::chatTemplateDate(date), std::string("31 December 1999"));
    }

    void pythonRepr_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("repr");
        // Expected texts are Python 3.11's repr() of json.loads(json).
        QTest::addRow("scalars") << QByteArray("[null, true, false, 0, -7, 9007199254740993]")
                                 << QByteArray("[None, True, False, 0, -7, 9007199254740993]");
        QTest::addRow("floats") << QByteArray(
            "[0.1, 2.0, -0.0, 1e-07, 1e16, 1.5e300, 0.0001, 0.00001, 123.456, 1e15, 5e-324]")
                                << QByteArray("[0.1, 2.0, -0.0, 1e-07, 1e+16, 1.5e+300, 0.0001, 1e-05, "
                                              "123.456, 1000000000000000.0, 5e-324]");
        QTest::addRow("quotes plain") << QByteArray("\"abc\"") << QByteArray("'abc'");
        QTest::addRow("quote single") << QByteArray("\"it's\"") << QByteArray("\"it's\"");
        QTest::addRow("quote double") << QByteArray("\"say \\\"hi\\\"\"") << QByteArray("'say \"hi\"'");
        QTest::addRow("quote both") << QByteArray("\"it's \\\"x\\\"\"") << QByteArray("'it\\'s \"x\"'");
        QTest::addRow("escapes") << QByteArray("\"a\\tb\\nc\\rd\\\\e\\u0001\\u007f\"")
                                 << QByteArray("'a\\tb\\nc\\rd\\\\e\\x01\\x7f'");
        QTest::addRow("unicode printable") << QByteArray("\"\\u00e9\\u65e5\\ud83c\\udf7a\"")
                                           << QByteArray("'\xC3\xA9\xE6\x97\xA5\xF0\x9F\x8D\xBA'");
        QTest::addRow("unicode escaped") << QByteArray("\"\\u00a0\\u200b\\u2028\\udb40\\udc01\\u0085\"")
                                         << QByteArray("'\\xa0\\u200b\\u2028\\U000e0001\\x85'");
        QTest::addRow("dict order and nesting") << QByteArray("{\"z\": {\"a\": []}, \"b\": [{}, [1, \"x\"]]}")
                                                << QByteArray("{'z': {'a': []}, 'b': [{}, [1, 'x']]}");
    }

    void pythonRepr()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, repr);
        auto v = sb::Json::parse(json.toStdString());
        QVERIFY2(v.ok(), v.ok() ? "" : v.error().message.c_str());
        QCOMPARE(QByteArray::fromStdString(sb::pythonRepr(v.value())), repr);
    }

    void pythonStrOfAString()
    {
        QCOMPARE(sb::pythonStr(sb::Json("it's")), std::string("it's"));
        QCOMPARE(sb::pythonStr(sb::Json(1.0)), std::string("1.0"));
    }

    void detectsTheSmolLM3Template()
    {
        const std::string jinja = readFile(SB_TEST_DATA_DIR "/smollm3/chat_template.jinja");
        QVERIFY(!jinja.empty());
        auto d = sb::detectTemplate(jinja);
        QCOMPARE(d.kind, sb::ChatTemplateKind::SmolLM3);
        QVERIFY(d.message.find("SmolLM3") != std::string::npos);

        // Re-indented, CRLF line ends, trailing spaces and blank lines: still SmolLM3.
        std::string reformatted;
        for (const char c : jinja) {
            if (c == '\n')
                reformatted += "   \r\n\r\n    ";
            else
                reformatted += c;
        }
        QCOMPARE(sb::detectTemplate(reformatted).kind, sb::ChatTemplateKind::SmolLM3);
        QCOMPARE(sb::chatTemplateFingerprint(reformatted), d.fingerprint);
    }

    void reportsOtherTemplates_data()
    {
        QTest::addColumn<QByteArray>("jinja");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("expect");
        const std::string smol = readFile(SB_TEST_DATA_DIR "/smollm3/chat_template.jinja");
        std::string changed = smol;
        changed.replace(changed.find("June 2025"), 9, "June 2026");
        std::string oneSpace = smol;
        oneSpace.replace(oneSpace.find("Today Date: "), 12, "Today  Date: ");
        QTest::addRow("changed cutoff date")
            << QByteArray::fromStdString(changed) << int(sb::ChatTemplateKind::SmolLM3Variant)
            << QByteArray("modified SmolLM3");
        QTest::addRow("space inside a literal")
            << QByteArray::fromStdString(oneSpace) << int(sb::ChatTemplateKind::SmolLM3Variant)
            << QByteArray("modified SmolLM3");
        QTest::addRow("chatml") << QByteArray(
            "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + "
            "'<|im_end|>' + '\\n'}}{% endfor %}")
                                << int(sb::ChatTemplateKind::Unknown) << QByteArray("not the SmolLM3");
        QTest::addRow("empty") << QByteArray() << int(sb::ChatTemplateKind::Unknown)
                               << QByteArray("has none");
    }

    void reportsOtherTemplates()
    {
        QFETCH(QByteArray, jinja);
        QFETCH(int, kind);
        QFETCH(QByteArray, expect);
        auto d = sb::detectTemplate(jinja.toStdString());
        QCOMPARE(int(d.kind), kind);
        QVERIFY2(d.message.find(expect.toStdString()) != std::string::npos, d.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestChatTemplate)
#include "TestChatTemplate.moc"
