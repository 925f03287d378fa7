// SmolLM3's <tool_call> text: split from streamed answer text however the pieces fall, turned
// into calls with compact JSON arguments, and written back for the next turn's prompt.
#include <QtTest>

#include "engine/chat/ToolCalls.h"

using namespace sb;

namespace {

struct Collected {
    std::string text;
    std::vector<ParsedToolCall> calls;
};

Collected run(const std::string &answer, size_t pieceSize)
{
    ToolCallStream stream;
    Collected out;
    auto take = [&](const std::vector<ToolCallStream::Piece> &pieces) {
        for (const auto &p : pieces) {
            if (p.isCall)
                out.calls.push_back(p.call);
            else
                out.text += p.text;
        }
    };
    for (size_t i = 0; i < answer.size(); i += pieceSize)
        take(stream.push(std::string_view(answer).substr(i, pieceSize)));
    take(stream.flush());
    return out;
}

} // namespace

class TestToolCalls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void callsAndTextInAnyChunking_data()
    {
        QTest::addColumn<int>("pieceSize");
        for (int n : { 1, 2, 3, 5, 7, 11, 1000 })
            QTest::addRow("%d", n) << n;
    }
    void callsAndTextInAnyChunking()
    {
        QFETCH(int, pieceSize);
        const std::string answer
            = "Let me check. <tool_\n"
              "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>\n"
              "<tool_call>\n{\"name\": \"get_time\", \"arguments\": \"{\\\"tz\\\": "
              "\\\"CET\\\"}\"}\n</tool_call>";
        const Collected c = run(answer, size_t(pieceSize));
        QCOMPARE(c.text, std::string("Let me check. <tool_\n"));
        QCOMPARE(c.calls.size(), size_t(2));
        QCOMPARE(c.calls[0].name, std::string("get_weather"));
        QCOMPARE(c.calls[0].argumentsJson, std::string("{\"city\":\"Paris\"}"));
        QCOMPARE(c.calls[1].name, std::string("get_time"));
        QCOMPARE(c.calls[1].argumentsJson, std::string("{\"tz\":\"CET\"}")); // a string holding JSON
    }

    void invalidOrUnfinishedBlocksStayText()
    {
        const Collected bad = run("<tool_call>\nnot json\n</tool_call> after", 4);
        QVERIFY(bad.calls.empty());
        QCOMPARE(bad.text, std::string("<tool_call>\nnot json\n</tool_call> after"));
        const Collected open = run("a <tool_call>\n{\"name\": \"f\"", 3);
        QVERIFY(open.calls.empty());
        QCOMPARE(open.text, std::string("a <tool_call>\n{\"name\": \"f\""));
        const Collected noName = run("<tool_call>{\"arguments\": {}}</tool_call>", 100);
        QVERIFY(noName.calls.empty());
    }

    void plainTextPassesThroughPromptly()
    {
        ToolCallStream stream;
        const auto pieces = stream.push("Hello <b>world</b> <tool");
        QCOMPARE(pieces.size(), size_t(1));
        QCOMPARE(pieces[0].text, std::string("Hello <b>world</b> ")); // only a possible tag is held
        const auto rest = stream.flush();
        QCOMPARE(rest.size(), size_t(1));
        QCOMPARE(rest[0].text, std::string("<tool"));
    }

    void renderedCallParsesBack()
    {
        const std::string text = renderToolCall("get_weather", "{ \"city\" : \"Paris\" }");
        QCOMPARE(text,
            std::string("<tool_call>\n{\"name\": \"get_weather\", \"arguments\": "
                        "{\"city\":\"Paris\"}}\n</tool_call>"));
        const Collected c = run(text, 100);
        QCOMPARE(c.calls.size(), size_t(1));
        QCOMPARE(c.calls[0].argumentsJson, std::string("{\"city\":\"Paris\"}"));
    }
};

QTEST_GUILESS_MAIN(TestToolCalls)
#include "TestToolCalls.moc"
