// JSONL fine-tuning data with the real SmolLM3 tokenizer: chat records rendered with the chat
// template train only on the assistant turns (content and <|im_end|>), text records on every
// token; truncation; the validation split; malformed records are errors naming the line.

#include <QtTest>

#include "engine/lora/LoraDataset.h"

using namespace sb;

namespace {

const Tokenizer &tokenizer()
{
    static Tokenizer tok = Tokenizer::fromFile(SB_TEST_DATA_DIR "/smollm3/tokenizer.json").value();
    return tok;
}

DatasetOptions options(int64_t seqLen = 4096)
{
    DatasetOptions o;
    o.seqLen = seqLen;
    o.vars.today = "25 November 2026";
    return o;
}

// The decoded text of the trained-on tokens (targets shifted back onto their tokens).
std::string trainedText(const TrainExample &e)
{
    std::vector<int32_t> ids;
    for (size_t t = 0; t + 1 < e.tokens.size(); ++t)
        if (e.targets[t] >= 0)
            ids.push_back(e.targets[t]);
    return tokenizer().decode(ids);
}

} // namespace

class TestLoraData : public QObject {
    Q_OBJECT

private slots:
    void chatRecordsTrainOnAssistantTurnsOnly()
    {
        const std::string jsonl
            = R"({"messages": [{"role": "user", "content": "What is the capital of France?"}, {"role": "assistant", "content": "Paris."}, {"role": "user", "content": "And of Italy?"}, {"role": "assistant", "content": "Rome."}]})"
              "\n\n"
              R"({"text": "plain text record"})"
              "\n";
        auto r = parseJsonlDataset(jsonl, tokenizer(), options(), "data.jsonl");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r.value().size(), size_t(2));
        const TrainExample &chat = r.value()[0];
        QCOMPARE(chat.line, int64_t(1));
        QCOMPARE(chat.tokens.size(), chat.targets.size());
        const std::string trained = trainedText(chat);
        qInfo("trained on: %s", trained.c_str());
        QVERIFY(trained.find("Paris.") != std::string::npos);
        QVERIFY(trained.find("Rome.") != std::string::npos);
        QVERIFY(trained.find("<|im_end|>") != std::string::npos);
        QVERIFY(trained.find("capital") == std::string::npos);
        QVERIFY(trained.find("Italy") == std::string::npos);
        QVERIFY(trained.find("<|im_start|>") == std::string::npos);
        // The tokens are those of the whole rendering.
        std::vector<TemplateMessage> msgs
            = { { "user", "What is the capital of France?", {}, {} }, { "assistant", "Paris.", {}, {} },
                  { "user", "And of Italy?", {}, {} }, { "assistant", "Rome.", {}, {} } };
        const std::string rendered = renderSmolLM3Chat(msgs, options().vars).value();
        QCOMPARE(tokenizer().decode(chat.tokens), rendered);

        const TrainExample &text = r.value()[1];
        QCOMPARE(text.line, int64_t(3));
        QCOMPARE(text.targetCount(), int64_t(text.tokens.size()) - 1);
    }

    void truncatesToSequenceLength()
    {
        auto r = parseJsonlDataset(R"({"text": "one two three four five six seven eight nine ten"})",
            tokenizer(), options(4), "d.jsonl");
        QVERIFY(r.ok());
        QCOMPARE(r.value()[0].tokens.size(), size_t(4));
        QCOMPARE(r.value()[0].targets.back(), -1);
        QCOMPARE(r.value()[0].targetCount(), int64_t(3));
    }

    void malformedRecordsNameTheLine_data()
    {
        QTest::addColumn<QString>("jsonl");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bad json") << "{\"text\": \"ok then, fine\"}\n{\"text\": "
                                  << "d.jsonl:2:";
        QTest::addRow("no field") << "\n\n{\"prompt\": \"x\"}"
                                  << "d.jsonl:3:";
        QTest::addRow("bad role") << R"({"messages": [{"role": "robot", "content": "x"}]})"
                                  << "d.jsonl:1: messages[0]";
        QTest::addRow("content not string") << R"({"messages": [{"role": "user", "content": 3}]})"
                                            << "d.jsonl:1: messages[0].content";
        QTest::addRow("empty messages") << R"({"messages": []})"
                                        << "d.jsonl:1:";
        QTest::addRow("empty file") << "\n \n"
                                    << "no records";
    }

    void malformedRecordsNameTheLine()
    {
        QFETCH(QString, jsonl);
        QFETCH(QString, expected);
        auto r = parseJsonlDataset(jsonl.toStdString(), tokenizer(), options(), "d.jsonl");
        QVERIFY(!r.ok());
        QVERIFY2(
            r.error().message.find(expected.toStdString()) != std::string::npos, r.error().message.c_str());
    }

    void validationSplitIsSeededAndDisjoint()
    {
        std::vector<TrainExample> train;
        for (int i = 0; i < 10; ++i) {
            TrainExample e;
            e.line = i + 1;
            e.tokens = { i, i + 1 };
            e.targets = { i + 1, -1 };
            train.push_back(e);
        }
        auto a = train, b = train;
        std::vector<TrainExample> va, vb;
        splitValidation(a, va, 0.2, 9);
        splitValidation(b, vb, 0.2, 9);
        QCOMPARE(va.size(), size_t(2));
        QCOMPARE(a.size(), size_t(8));
        QCOMPARE(va[0].line, vb[0].line);
        QCOMPARE(va[1].line, vb[1].line);
        for (const auto &t : a)
            for (const auto &v : va)
                QVERIFY(t.line != v.line);
    }
};

QTEST_GUILESS_MAIN(TestLoraData)
#include "TestLoraData.moc"
