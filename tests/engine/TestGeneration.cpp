// Session: prefill + decode loop, stop conditions, streaming and cancellation, prefix reuse.
// A scripted backend (the next token is always last + 1) makes stop conditions exact; the tiny
// random CPU model checks determinism and reuse on the real forward pass.
#include <QtTest>

#include <atomic>
#include <thread>

#include "CpuTestModel.h"
#include "engine/cpu/CpuModel.h"
#include "engine/generate/Session.h"

using namespace sb;
using namespace sb::test;

namespace {

// Greedy decoding on this backend continues any prompt ending in t with t+1, t+2, ...
class CountingBackend final : public Backend {
public:
    explicit CountingBackend(int64_t vocab = 32, int64_t context = 64)
        : m_context(context)
    {
        m_config.vocabSize = vocab;
        m_config.eosTokenId = vocab - 1;
    }

    const char *name() const override { return "counting"; }
    const ModelConfig &config() const override { return m_config; }
    int64_t contextLength() const override { return m_context; }
    int64_t cachedLength() const override { return int64_t(m_cache.size()); }
    void truncate(int64_t length) override
    {
        if (length < cachedLength())
            m_cache.resize(size_t(length));
    }
    Result<std::span<const float>> forward(std::span<const int32_t> tokens, int64_t startPos) override
    {
        if (tokens.empty() || startPos > cachedLength() || startPos + int64_t(tokens.size()) > m_context)
            return makeError(ErrorCode::InvalidArgument, "bad forward");
        calls.push_back({ startPos, int64_t(tokens.size()) });
        if (onForward)
            onForward();
        m_cache.resize(size_t(startPos));
        m_cache.insert(m_cache.end(), tokens.begin(), tokens.end());
        m_logits.assign(size_t(m_config.vocabSize), 0.0f);
        m_logits[size_t((tokens.back() + 1) % m_config.vocabSize)] = 10.0f;
        return std::span<const float>(m_logits);
    }

    struct Call {
        int64_t startPos, count;
    };
    std::vector<Call> calls;
    std::function<void()> onForward;

private:
    ModelConfig m_config;
    int64_t m_context;
    std::vector<int32_t> m_cache;
    std::vector<float> m_logits;
};

GenerateOptions greedy(int64_t maxNew)
{
    GenerateOptions o;
    o.maxNewTokens = maxNew;
    o.sampling.temperature = 0.0f;
    return o;
}

std::unique_ptr<CpuModel> makeCpu(const TestModel &m, int64_t ctx = 128)
{
    auto r = CpuModel::create(m.weights, CpuModelOptions { ctx, 2 });
    if (!r.ok())
        qFatal("CpuModel::create: %s", r.error().toString().c_str());
    return std::move(r.value());
}

TestModelSpec tinySpec()
{
    TestModelSpec s;
    s.layers = 2, s.vocab = 48, s.seed = 77, s.noRopeLayers = { 1, 0 };
    return s;
}

using Tokens = std::vector<int32_t>;

} // namespace

class TestGeneration : public QObject {
    Q_OBJECT

private slots:
    void stopsAtEosWithoutStreamingIt()
    {
        CountingBackend backend(10);
        Session session(backend);
        Tokens streamed;
        auto r = session.generate(Tokens { 5 }, greedy(100), [&](int32_t t) {
            streamed.push_back(t);
            return true;
        });
        QVERIFY(r.ok());
        QCOMPARE(r->tokens, (Tokens { 6, 7, 8 }));
        QCOMPARE(streamed, r->tokens);
        QCOMPARE(r->stopReason, StopReason::EndOfSequence);
        QCOMPARE(r->stats.generatedTokens, int64_t(3));
        QVERIFY(r->stats.prefillSeconds >= 0.0 && r->stats.decodeSeconds >= 0.0);
    }

    void extraStopTokensAndIgnoreEos()
    {
        CountingBackend backend(10);
        Session session(backend);
        GenerateOptions o = greedy(100);
        o.stopTokens = { 3 };
        auto r = session.generate(Tokens { 0 }, o);
        QVERIFY(r.ok());
        QCOMPARE(r->tokens, (Tokens { 1, 2 }));
        o = greedy(12);
        o.ignoreEos = true;
        r = session.generate(Tokens { 5 }, o);
        QVERIFY(r.ok());
        QCOMPARE(r->tokens, (Tokens { 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7 }));
        QCOMPARE(r->stopReason, StopReason::MaxTokens);
    }

    void maxTokens_data()
    {
        QTest::addColumn<int>("maxNew");
        QTest::addColumn<Tokens>("expected");
        QTest::addRow("0") << 0 << Tokens {};
        QTest::addRow("1") << 1 << Tokens { 2 };
        QTest::addRow("3") << 3 << Tokens { 2, 3, 4 };
    }

    void maxTokens()
    {
        QFETCH(int, maxNew);
        QFETCH(Tokens, expected);
        CountingBackend backend;
        Session session(backend);
        auto r = session.generate(Tokens { 1 }, greedy(maxNew));
        QVERIFY(r.ok());
        QCOMPARE(r->tokens, expected);
        QCOMPARE(r->stopReason, StopReason::MaxTokens);
    }

    void stopStringsAcrossTokens()
    {
        CountingBackend backend(26);
        Session session(backend);
        GenerateOptions o = greedy(20);
        o.ignoreEos = true;
        o.tokenText = [](int32_t t) { return std::string(1, char('a' + t)); };
        o.stopStrings = { "xyz", "def" };
        auto r = session.generate(Tokens { 1 }, o); // c d e f ...
        QVERIFY(r.ok());
        QCOMPARE(r->tokens, (Tokens { 2, 3, 4, 5 }));
        QCOMPARE(r->stopReason, StopReason::StopString);
        QCOMPARE(r->stopString, std::string("def"));
    }

    void contextFullStopsAndLongPromptFails()
    {
        CountingBackend backend(32, 6);
        Session session(backend);
        auto r = session.generate(Tokens { 1, 2, 3 }, greedy(10));
        QVERIFY(r.ok());
        QCOMPARE(r->tokens, (Tokens { 4, 5, 6, 7 }));
        QCOMPARE(r->stopReason, StopReason::ContextFull);
        QCOMPARE(backend.cachedLength(), int64_t(6));

        const auto tooLong = session.generate(Tokens(7, 1), greedy(1));
        QVERIFY(!tooLong.ok());
        QVERIFY2(
            tooLong.error().message.find("7 tokens") != std::string::npos, tooLong.error().message.c_str());
        QVERIFY(!session.generate(Tokens {}, greedy(1)).ok());
        GenerateOptions bad = greedy(1);
        bad.sampling.topP = 2.0f;
        QVERIFY(!session.generate(Tokens { 1 }, bad).ok());
    }

    void prefixReuse()
    {
        CountingBackend backend;
        Session session(backend);
        auto r = session.generate(Tokens { 1, 2, 3 }, greedy(2)); // 4 5; 4 is cached, 5 not fed
        QVERIFY(r.ok());
        QCOMPARE(session.cachedTokens(), (Tokens { 1, 2, 3, 4 }));
        QCOMPARE(backend.calls.size(), size_t(2));

        backend.calls.clear();
        r = session.generate(Tokens { 1, 2, 3, 4, 5, 9 }, greedy(1));
        QVERIFY(r.ok());
        QCOMPARE(r->stats.reusedTokens, int64_t(4));
        QCOMPARE(r->stats.prefilledTokens, int64_t(2));
        QCOMPARE(backend.calls.front().startPos, int64_t(4));
        QCOMPARE(backend.calls.front().count, int64_t(2));
        QCOMPARE(r->tokens, (Tokens { 10 }));

        // A diverging conversation rewinds to the common prefix.
        backend.calls.clear();
        r = session.generate(Tokens { 1, 2, 7 }, greedy(1));
        QVERIFY(r.ok());
        QCOMPARE(r->stats.reusedTokens, int64_t(2));
        QCOMPARE(backend.calls.front().startPos, int64_t(2));
        QCOMPARE(r->tokens, (Tokens { 8 }));

        // The same prompt again still runs its last token to get logits.
        backend.calls.clear();
        r = session.generate(Tokens { 1, 2, 7 }, greedy(1));
        QVERIFY(r.ok());
        QCOMPARE(r->stats.reusedTokens, int64_t(2));
        QCOMPARE(backend.calls.front().count, int64_t(1));

        session.reset();
        QVERIFY(session.cachedTokens().empty());
        QCOMPARE(backend.cachedLength(), int64_t(0));
    }

    void chunkedPrefillAndCancelDuringPrefill()
    {
        CountingBackend backend;
        Session session(backend);
        std::atomic<bool> cancel { false };
        GenerateOptions o = greedy(2);
        o.prefillChunk = 3;
        o.cancel = &cancel;
        backend.onForward = [&] {
            if (backend.calls.size() == 2)
                cancel.store(true); // raised while the second chunk runs
        };
        const Tokens prompt = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        auto r = session.generate(prompt, o);
        QVERIFY(r.ok());
        QCOMPARE(r->stopReason, StopReason::Cancelled);
        QVERIFY(r->tokens.empty());
        QCOMPARE(backend.calls.size(), size_t(2));
        QCOMPARE(session.cachedTokens(), (Tokens { 1, 2, 3, 4, 5, 6 })); // kept for the next call

        backend.calls.clear();
        backend.onForward = {};
        cancel.store(false);
        r = session.generate(prompt, o);
        QVERIFY(r.ok());
        QCOMPARE(r->stats.reusedTokens, int64_t(6));
        QCOMPARE(backend.calls.size(), size_t(2 + 1)); // chunks of 3 and 1, then one decode step
        QCOMPARE(backend.calls[0].startPos, int64_t(6));
        QCOMPARE(backend.calls[0].count, int64_t(3));
        QCOMPARE(backend.calls[1].count, int64_t(1));
        QCOMPARE(r->tokens, (Tokens { 11, 12 }));
        QVERIFY(r->stats.firstTokenSeconds > 0.0);
    }

    void greedyIsDeterministicOnCpuModel()
    {
        const auto model = makeTestModel(tinySpec());
        auto cpu1 = makeCpu(*model), cpu2 = makeCpu(*model);
        Session a(*cpu1), b(*cpu2);
        GenerateOptions o = greedy(24);
        o.ignoreEos = true;
        const Tokens prompt = { 3, 14, 15, 9, 2 };
        auto ra = a.generate(prompt, o), rb = b.generate(prompt, o);
        QVERIFY(ra.ok() && rb.ok());
        QCOMPARE(ra->tokens.size(), size_t(24));
        QCOMPARE(ra->tokens, rb->tokens);
        // Every greedy token is the argmax of a full recomputation over the sequence so far.
        Tokens seq = prompt;
        auto check = makeCpu(*model);
        for (int32_t t : ra->tokens) {
            check->reset();
            auto logits = check->forward(seq, 0);
            QVERIFY(logits.ok());
            QCOMPARE(argmax(*logits), t);
            seq.push_back(t);
        }
        // The second turn reuses the cache and gives what a fresh session gives.
        Tokens turn2 = prompt;
        turn2.insert(turn2.end(), ra->tokens.begin(), ra->tokens.end());
        turn2.insert(turn2.end(), { 7, 8 });
        auto reused = a.generate(turn2, o);
        auto cpu3 = makeCpu(*model);
        Session fresh(*cpu3);
        auto scratch = fresh.generate(turn2, o);
        QVERIFY(reused.ok() && scratch.ok());
        QCOMPARE(reused->stats.reusedTokens, int64_t(prompt.size() + ra->tokens.size() - 1));
        QCOMPARE(reused->tokens, scratch->tokens);
    }

    void seededSamplingIsReproducible()
    {
        const auto model = makeTestModel(tinySpec());
        auto cpu = makeCpu(*model);
        Session session(*cpu);
        GenerateOptions o;
        o.maxNewTokens = 20;
        o.ignoreEos = true;
        o.sampling.temperature = 1.5f;
        o.sampling.topP = 0.95f;
        o.sampling.seed = 7;
        const Tokens prompt = { 1, 2, 3 };
        auto r1 = session.generate(prompt, o);
        auto r2 = session.generate(prompt, o);
        o.sampling.seed = 8;
        auto r3 = session.generate(prompt, o);
        QVERIFY(r1.ok() && r2.ok() && r3.ok());
        QCOMPARE(r1->tokens, r2->tokens);
        QVERIFY(r1->tokens != r3->tokens);
    }

    void callbackCancels()
    {
        const auto model = makeTestModel(tinySpec());
        auto cpu = makeCpu(*model);
        Session session(*cpu);
        GenerateOptions o = greedy(50);
        o.ignoreEos = true;
        int seen = 0;
        auto r = session.generate(Tokens { 4, 5 }, o, [&](int32_t) { return ++seen < 3; });
        QVERIFY(r.ok());
        QCOMPARE(r->stopReason, StopReason::Cancelled);
        QCOMPARE(r->tokens.size(), size_t(3));
        QCOMPARE(seen, 3);
    }

    // Another thread raises the flag while token 3 is being streamed; the loop stops before
    // computing another token.
    void cancelFlagFromAnotherThread()
    {
        const auto model = makeTestModel(tinySpec());
        auto cpu = makeCpu(*model);
        Session session(*cpu);
        std::atomic<bool> cancel { false };
        std::atomic<int> streamed { 0 };
        std::atomic<bool> flagSet { false };
        GenerateOptions o = greedy(100);
        o.ignoreEos = true;
        o.cancel = &cancel;
        Result<GenerationResult> result = makeError(ErrorCode::Internal, "not run");
        std::thread worker([&] {
            result = session.generate(Tokens { 1, 2, 3 }, o, [&](int32_t) {
                if (++streamed == 3)
                    while (!flagSet.load())
                        std::this_thread::yield();
                return true;
            });
        });
        while (streamed.load() < 3)
            std::this_thread::yield();
        cancel.store(true);
        flagSet.store(true);
        worker.join();
        QVERIFY(result.ok());
        QCOMPARE(result->stopReason, StopReason::Cancelled);
        QCOMPARE(result->tokens.size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestGeneration)
#include "TestGeneration.moc"
