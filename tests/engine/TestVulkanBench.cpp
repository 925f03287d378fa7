// The benchmark API on lavapipe with a small random model: it runs, its figures are consistent
// with each other (no speed thresholds: timings belong in docs/benchmarks.md, not in asserts),
// and bad requests are errors. With SB_BENCH_LARGE=1 in the environment it also loads a
// full-size SmolLM3-3B-shaped random Q4_0 model and prints its figures (minutes on lavapipe).
// SB_BENCH_COMPARE=1 adds the small models with subgroup reductions forced on (lavapipe uses the
// shared-memory ones by default), for before/after figures from one run.
#include <QtTest>

#include <cstdlib>

#include "CpuTestModel.h"
#include "engine/bench/VulkanBench.h"
#include "engine/vulkan/DeviceInfo.h"
#include "engine/vulkan/VulkanModel.h"

using namespace sb;
using namespace sb::test;

class TestVulkanBench : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<VulkanContext> m_ctx;

    void benchOne(const TestModelSpec &s, int prompt, int gen, int runs, bool subgroups = false)
    {
        auto model = makeTestModel(s);
        VulkanModelOptions opt;
        opt.contextLength = prompt + gen + 1;
        opt.subgroups = subgroups ? SubgroupUse::WhenSupported : SubgroupUse::GpusOnly;
        auto gpu = VulkanModel::create(m_ctx, model->weights, opt);
        QVERIFY2(gpu.ok(), gpu.ok() ? "" : gpu.error().message.c_str());
        VulkanBenchOptions bo;
        bo.promptTokens = prompt;
        bo.genTokens = gen;
        bo.runs = runs;
        bo.copyBytes = 64ull << 20;
        auto r = runVulkanBench(**gpu, bo);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        qInfo("%s dim %lld, %lld layers, vocab %lld, %s reductions:\n%s%s", dtypeName(s.dtype),
            (long long)s.dim, (long long)s.layers, (long long)s.vocab,
            (*gpu)->usesSubgroups() ? "subgroup" : "shared-memory", r->toText().c_str(), r->toJson().c_str());
        QCOMPARE(int(r->prefillTokensPerSecondRuns.size()), runs);
        QCOMPARE(int(r->decodeTokensPerSecondRuns.size()), runs);
        QVERIFY(r->prefillTokensPerSecond > 0 && r->decodeTokensPerSecond > 0 && r->copyGBps > 0);
        QCOMPARE(r->weightBytesPerToken, (*gpu)->weightBytesPerToken());
        QVERIFY(r->weightBytesPerToken > 0);
        QVERIFY(qAbs(r->decodeGBps - double(r->weightBytesPerToken) * r->decodeTokensPerSecond / 1e9) < 1e-9);
        QVERIFY(qAbs(r->rooflineFraction - r->decodeGBps / r->copyGBps) < 1e-9);
        QCOMPARE((*gpu)->cachedLength(), int64_t(prompt + gen));
        if (m_ctx->info().timestampsSupported) {
            QVERIFY(r->decodeGpuTokensPerSecond > 0);
            QVERIFY((*gpu)->lastDecodeGpuSeconds() > 0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto devices = enumerateDevices();
        if (!devices)
            QSKIP(qPrintable("no Vulkan device at all: " + QString::fromStdString(devices.error().message)));
        auto ctx = VulkanContext::create();
        QVERIFY2(ctx.ok(), ctx.ok() ? "" : ctx.error().message.c_str());
        m_ctx = std::move(ctx.value());
    }

    void cleanupTestCase() { m_ctx.reset(); }

    void copyBandwidthIsMeasured()
    {
        auto bw = measureCopyBandwidth(*m_ctx, 16 << 20, 3);
        QVERIFY2(bw.ok(), bw.ok() ? "" : bw.error().message.c_str());
        QVERIFY(bw.value() > 0);
        QVERIFY(!measureCopyBandwidth(*m_ctx, 0).ok());
    }

    void smallModel_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addColumn<bool>("sg");
        const bool compare = qEnvironmentVariable("SB_BENCH_COMPARE") == "1";
        for (DType t : { DType::Q4_0, DType::Q8_0, DType::BF16 }) {
            QTest::addRow("%s", dtypeName(t)) << int(t) << false;
            if (compare)
                QTest::addRow("%s, subgroup reductions", dtypeName(t)) << int(t) << true;
        }
    }

    void smallModel()
    {
        QFETCH(int, dtype);
        QFETCH(bool, sg);
        TestModelSpec s;
        s.layers = 4;
        s.dim = 256;
        s.heads = 4;
        s.kvHeads = 2;
        s.headDim = 64;
        s.ffn = 768;
        s.vocab = 4096;
        s.noRopeLayers = { 1, 1, 1, 0 };
        s.dtype = DType(dtype);
        s.maxPositions = 256;
        const int prompt = qEnvironmentVariableIntValue("SB_BENCH_SMALL_PROMPT"),
                  gen = qEnvironmentVariableIntValue("SB_BENCH_SMALL_GEN");
        benchOne(s, prompt > 0 ? prompt : 32, gen > 0 ? gen : 8, 3, sg);
    }

    void largeModel()
    {
        if (qEnvironmentVariable("SB_BENCH_LARGE") != "1") {
            qInfo("SB_BENCH_LARGE is not 1: the 3B-shaped run is not requested");
            return;
        }
        TestModelSpec s; // SmolLM3-3B dimensions
        s.layers = 36;
        s.dim = 2048;
        s.heads = 16;
        s.kvHeads = 4;
        s.headDim = 128;
        s.ffn = 11008;
        s.vocab = 128256;
        for (int i = 0; i < 36; ++i)
            s.noRopeLayers.push_back((i + 1) % 4 == 0 ? 0 : 1);
        s.dtype = DType::Q4_0;
        s.maxPositions = 65536;
        benchOne(s,
            qEnvironmentVariableIntValue("SB_BENCH_PROMPT") > 0
                ? qEnvironmentVariableIntValue("SB_BENCH_PROMPT")
                : 64,
            qEnvironmentVariableIntValue("SB_BENCH_GEN") > 0 ? qEnvironmentVariableIntValue("SB_BENCH_GEN")
                                                             : 8,
            1);
    }

    void rejectsRequestsThatDoNotFit()
    {
        TestModelSpec s;
        s.dim = 64;
        s.heads = 4;
        s.kvHeads = 2;
        s.headDim = 16;
        s.ffn = 96;
        s.vocab = 300;
        auto model = makeTestModel(s);
        VulkanModelOptions opt;
        opt.contextLength = 32;
        auto gpu = VulkanModel::create(m_ctx, model->weights, opt);
        QVERIFY(gpu.ok());
        VulkanBenchOptions bo;
        bo.promptTokens = 30;
        bo.genTokens = 8;
        auto r = runVulkanBench(**gpu, bo);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        bo.promptTokens = 0;
        QVERIFY(!runVulkanBench(**gpu, bo).ok());
    }
};

QTEST_GUILESS_MAIN(TestVulkanBench)
#include "TestVulkanBench.moc"
