// The local chat path end to end on a random tiny SmolLM3 model with the real tokenizer:
// files -> tokenizer -> chat template -> backend -> session -> streamed text.
#include <QtTest>

#include "engine/model/TinyModel.h"
#include "engine/runtime/ChatRuntime.h"
#include "engine/vulkan/DeviceInfo.h"

using namespace sb;

class TestChatRuntime : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_modelDir;

    std::unique_ptr<ChatRuntime> open(BackendKind kind)
    {
        ChatRuntimeOptions options;
        options.backend.kind = kind;
        options.backend.cpuModel.contextLength = 1024;
        options.backend.vulkanModel.contextLength = 1024;
        auto rt = ChatRuntime::open(m_modelDir, options);
        if (!rt.ok())
            qWarning("open failed: %s", rt.error().message.c_str());
        return rt.ok() ? std::move(rt.value()) : nullptr;
    }

    static GenerateOptions greedy(int64_t n)
    {
        GenerateOptions o;
        o.maxNewTokens = n;
        o.sampling.temperature = 0.0f;
        o.ignoreEos = true;
        return o;
    }

    static ChatTemplateVars vars()
    {
        ChatTemplateVars v;
        v.addGenerationPrompt = true;
        v.enableThinking = false;
        v.today = "25 November 2026";
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_modelDir = (m_dir.path() + "/tiny").toStdString();
        TinyModelOptions options;
        options.config = TinyModelOptions::tinyModelConfig(128256);
        options.seed = 7;
        options.tokenizerJsonPath = SB_TEST_DATA_DIR "/smollm3/tokenizer.json";
        options.chatTemplatePath = SB_TEST_DATA_DIR "/smollm3/chat_template.jinja";
        auto written = writeTinyModelHf(options, m_modelDir, DType::BF16);
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().message.c_str());
    }

    void promptUsesTheTemplateAndSpecialTokens()
    {
        auto rt = open(BackendKind::Cpu);
        QVERIFY(rt);
        QCOMPARE(QString(rt->backendName()), QStringLiteral("cpu"));
        QVERIFY2(rt->notice().empty(), rt->notice().c_str()); // the known template: no warning
        const std::vector<TemplateMessage> messages { { "user", std::string("Hello!") } };
        auto tokens = rt->promptTokens(messages, vars());
        QVERIFY(tokens.ok());
        const int32_t imStart = rt->tokenizer().tokenId("<|im_start|>");
        QVERIFY(imStart >= 0);
        QCOMPARE(tokens->front(), imStart);
        QCOMPARE(std::count(tokens->begin(), tokens->end(), imStart), 3); // system, user, assistant
    }

    void greedyChatIsDeterministicAndStreams()
    {
        auto rt = open(BackendKind::Cpu);
        QVERIFY(rt);
        const std::vector<TemplateMessage> messages { { "user", std::string("Tell me a story.") } };
        std::string streamed;
        auto a = rt->chat(messages, vars(), greedy(12), [&](const ChatDelta &d) {
            streamed += d.text;
            return true;
        });
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().message.c_str());
        QCOMPARE(a->generation.tokens.size(), size_t(12));
        QCOMPARE(streamed, a->text + a->reasoning);
        rt->session().reset();
        auto b = rt->chat(messages, vars(), greedy(12));
        QVERIFY(b.ok());
        QCOMPARE(b->generation.tokens, a->generation.tokens);
        QCOMPARE(b->text, a->text);
    }

    void followUpReusesTheKvCache()
    {
        auto rt = open(BackendKind::Cpu);
        QVERIFY(rt);
        std::vector<TemplateMessage> messages { { "user", std::string("First question") } };
        auto first = rt->chat(messages, vars(), greedy(4));
        QVERIFY(first.ok());
        messages.push_back({ "assistant", first->text });
        messages.push_back({ "user", std::string("Second question") });
        auto second = rt->chat(messages, vars(), greedy(4));
        QVERIFY(second.ok());
        QVERIFY2(second->generation.stats.reusedTokens > 0, "the shared prefix was prefilled again");
        QVERIFY(second->generation.stats.prefilledTokens < second->generation.stats.promptTokens);
    }

    void callbackCancels()
    {
        auto rt = open(BackendKind::Cpu);
        QVERIFY(rt);
        const std::vector<TemplateMessage> messages { { "user", std::string("Count to a hundred") } };
        int deltas = 0;
        auto r = rt->chat(messages, vars(), greedy(50), [&](const ChatDelta &) { return ++deltas < 3; });
        QVERIFY(r.ok());
        QCOMPARE(r->generation.stopReason, StopReason::Cancelled);
        QVERIFY(r->generation.tokens.size() < 50);
    }

    void vulkanMatchesCpuGreedily()
    {
        if (!enumerateDevices().ok())
            QSKIP("no Vulkan device at all on this machine");
        auto cpu = open(BackendKind::Cpu);
        auto gpu = open(BackendKind::Vulkan);
        QVERIFY(cpu && gpu);
        QCOMPARE(QString(gpu->backendName()), QStringLiteral("vulkan"));
        const std::vector<TemplateMessage> messages { { "user", std::string("Hi") } };
        auto a = cpu->chat(messages, vars(), greedy(4));
        auto b = gpu->chat(messages, vars(), greedy(4));
        QVERIFY(a.ok() && b.ok());
        // Random weights give near-flat logits; the first tokens still agree between fp32 CPU
        // and the device path, which is what a user would compare.
        QCOMPARE(b->generation.tokens.front(), a->generation.tokens.front());
    }

    void missingTokenizerIsAClearError()
    {
        const QString dir = m_dir.path() + "/notok";
        QVERIFY(QDir().mkpath(dir));
        for (const char *f : { "config.json", "model.safetensors" })
            QVERIFY(QFile::copy(QString::fromStdString(m_modelDir) + "/" + f, dir + "/" + f));
        auto rt = ChatRuntime::open(dir.toStdString(), {});
        QVERIFY(!rt.ok());
        QVERIFY2(
            QString::fromStdString(rt.error().message).contains("tokenizer"), rt.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestChatRuntime)
#include "TestChatRuntime.moc"
