// Vulkan LoRA training (VulkanLoraModel) against the CPU reference (LoraModel) on tiny random
// SmolLM3-architecture models: the loss and every adapter gradient of one step, for F32, BF16,
// Q8_0 and Q4_0 bases (QLoRA style), with and without checkpointing and dropout, RoPE/NoPE
// layers, GGUF-interleaved RoPE, a head_dim the tiled attention does not take, and the LM head
// and weights split into chunks. Then a short LoraTrainer run whose loss curve follows the CPU's.
// Tolerances: loss relative error < 1e-5; each gradient tensor's error normalised by its
// largest reference entry < 1e-4 (fp32 accumulated in other orders through ~40 kernels);
// logits normalised < 1e-5; trainer losses relative < 1e-3 over 8 AdamW steps.
#include <QtTest>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "CpuTestModel.h"
#include "NumericCheck.h"
#include "engine/lora/LoraModel.h"
#include "engine/lora/LoraTrainer.h"
#include "engine/runtime/LoraBackendSelect.h"
#include "engine/vulkan/DeviceInfo.h"
#include "engine/vulkan/VulkanModel.h"
#include "engine/vulkan/train/VulkanLoraModel.h"

using namespace sb;
using namespace sb::test;

namespace {

TestModelSpec spec(DType dtype, int64_t headDim = 16)
{
    TestModelSpec s;
    s.layers = 2;
    s.heads = 4;
    s.kvHeads = 2;
    s.headDim = headDim;
    s.dim = 64;
    s.ffn = 96;
    s.vocab = 80;
    s.noRopeLayers = { 1, 0 }; // layer 1 is NoPE, as SmolLM3's every 4th layer
    s.dtype = dtype;
    s.seed = 5;
    return s;
}

// A with PEFT's init and B random (B = 0 would make every dA vanish).
LoraAdapter randomAdapter(const ModelConfig &c, double dropout, std::vector<LoraTarget> targets = {})
{
    LoraConfig lc;
    lc.rank = 4;
    lc.alpha = 8;
    lc.dropout = dropout;
    if (!targets.empty())
        lc.targets = targets;
    LoraAdapter a = LoraAdapter::create(c, lc, 3).value();
    uint64_t seed = 100;
    for (auto &layer : a.layers)
        for (LoraPair &p : layer)
            if (p.enabled())
                p.b = randomFloats(p.b.size(), ++seed, 0.2f);
    return a;
}

std::vector<int32_t> tokensFor(int64_t n, int64_t vocab)
{
    std::vector<int32_t> t(sz(n));
    for (int64_t i = 0; i < n; ++i)
        t[sz(i)] = int32_t((i * 37 + 11) % vocab);
    return t;
}

std::vector<int32_t> targetsFor(const std::vector<int32_t> &tokens, int64_t vocab)
{
    std::vector<int32_t> t(tokens.size());
    for (size_t i = 0; i < t.size(); ++i)
        t[i] = (i % 4 == 1) ? -1 : int32_t((tokens[i] * 7 + 3) % vocab);
    return t;
}

// Largest normalised error over every A and B tensor, naming the worst.
double worstGradError(const LoraAdapter &got, const LoraAdapter &ref, QString &where)
{
    double worst = 0.0;
    for (size_t l = 0; l < ref.layers.size(); ++l)
        for (int t = 0; t < kLoraTargetCount; ++t) {
            const LoraPair &g = got.layers[l][size_t(t)], &r = ref.layers[l][size_t(t)];
            if (!r.enabled())
                continue;
            for (int which = 0; which < 2; ++which) {
                const double e = normalizedError(which ? g.b : g.a, which ? r.b : r.a);
                if (e > worst) {
                    worst = e;
                    where = QString("layers.%1.%2.lora_%3")
                                .arg(l)
                                .arg(loraTargetName(LoraTarget(t)))
                                .arg(which ? "B" : "A");
                }
            }
        }
    return worst;
}

} // namespace

class TestVulkanLora : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<VulkanContext> m_ctx;

    std::unique_ptr<VulkanLoraModel> gpuModel(const ModelWeights &w, VulkanLoraOptions o = {})
    {
        auto m = VulkanLoraModel::create(m_ctx, w, o);
        if (!m)
            qFatal("%s", m.error().message.c_str());
        return std::move(m.value());
    }

private slots:
    void initTestCase()
    {
        auto devices = enumerateDevices();
        if (!devices)
            QSKIP(qPrintable("no Vulkan device at all: " + QString::fromStdString(devices.error().message)));
        auto ctx = VulkanContext::create();
        QVERIFY2(ctx.ok(), ctx.ok() ? "" : ctx.error().message.c_str());
        m_ctx = std::move(ctx.value());
    }

    void stepMatchesCpu_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<double>("dropout");
        QTest::addColumn<bool>("checkpoint");
        QTest::addColumn<bool>("interleaved");
        QTest::addColumn<int>("tokens");
        QTest::addColumn<bool>("chunked"); // LM head in 3-row chunks, weights in several buffers
        QTest::addColumn<bool>("someTargets");
        for (DType t : { DType::F32, DType::Q8_0, DType::Q4_0 })
            for (bool cp : { false, true })
                QTest::addRow("%s%s T9", dtypeName(t), cp ? " checkpointed" : "")
                    << int(t) << 16 << 0.0 << cp << false << 9 << false << false;
        QTest::addRow("BF16 dropout 0.1 T12")
            << int(DType::BF16) << 16 << 0.1 << false << false << 12 << false << false;
        QTest::addRow("Q8_0 dropout 0.2 checkpointed T7")
            << int(DType::Q8_0) << 16 << 0.2 << true << false << 7 << false << false;
        QTest::addRow("F32 interleaved RoPE T16")
            << int(DType::F32) << 16 << 0.0 << false << true << 16 << false << false;
        QTest::addRow("F32 head_dim 12 T9")
            << int(DType::F32) << 12 << 0.0 << false << false << 9 << false << false;
        QTest::addRow("F32 head_dim 6 (plain attention) T9")
            << int(DType::F32) << 6 << 0.0 << true << false << 9 << false << false;
        QTest::addRow("F16 chunked T8")
            << int(DType::F16) << 16 << 0.0 << false << false << 8 << true << false;
        QTest::addRow("Q4_0 q/v/down only, checkpointed T33")
            << int(DType::Q4_0) << 16 << 0.0 << true << false << 33 << false << true;
        QTest::addRow("F32 one token")
            << int(DType::F32) << 16 << 0.0 << false << false << 1 << false << false;
    }

    // One step: loss and every adapter gradient (accumulated onto non-zero buffers) vs the CPU.
    void stepMatchesCpu()
    {
        QFETCH(int, dtype);
        QFETCH(int, headDim);
        QFETCH(double, dropout);
        QFETCH(bool, checkpoint);
        QFETCH(bool, interleaved);
        QFETCH(int, tokens);
        QFETCH(bool, chunked);
        QFETCH(bool, someTargets);
        TestModelSpec s = spec(DType(dtype), headDim);
        if (headDim != 16)
            s.dim = s.heads * headDim; // 48 or 24
        auto hf = makeTestModel(s);
        std::unique_ptr<TestModel> gguf;
        if (interleaved)
            gguf = permuteForInterleavedRope(*hf);
        const ModelWeights &w = interleaved ? gguf->weights : hf->weights;
        auto cpu = LoraModel::create(w, 1).value();
        VulkanLoraOptions o;
        if (chunked) {
            o.maxLogitRows = 3;
            o.maxChunkBytes = dtypeRowBytes(DType(dtype), s.dim) * 24;
        }
        auto gpu = gpuModel(w, o);
        const std::vector<LoraTarget> targets = someTargets
            ? std::vector<LoraTarget> { LoraTarget::Q, LoraTarget::V, LoraTarget::Down }
            : std::vector<LoraTarget> {};
        const LoraAdapter adapter = randomAdapter(w.config, dropout, targets);
        const std::vector<int32_t> ids = tokensFor(tokens, s.vocab), tg = targetsFor(ids, s.vocab);
        LoraAdapter gc = adapter.zerosLike();
        uint64_t seed = 40;
        gc.forEachTensor([&](std::vector<float> &v) { v = randomFloats(v.size(), ++seed, 0.01f); });
        LoraAdapter gg = gc, again = gc;
        const float gradScale = 0.3f;
        const auto rc = cpu->step(adapter, ids, tg, &gc, gradScale, 77, checkpoint);
        const auto rg = gpu->step(adapter, ids, tg, &gg, gradScale, 77, checkpoint);
        QVERIFY2(rc.ok(), rc.ok() ? "" : rc.error().message.c_str());
        QVERIFY2(rg.ok(), rg.ok() ? "" : rg.error().message.c_str());
        QCOMPARE(rg.value().targets, rc.value().targets);
        const double lossErr
            = std::abs(rg.value().lossSum - rc.value().lossSum) / std::abs(rc.value().lossSum);
        QString where;
        const double gradErr = worstGradError(gg, gc, where);
        qInfo("loss %.6f vs %.6f (rel %.2g), worst gradient error %.2g at %s", rg.value().lossSum,
            rc.value().lossSum, lossErr, gradErr, qPrintable(where));
        QVERIFY2(lossErr < 1e-5, qPrintable(QString("loss relative error %1").arg(lossErr)));
        QVERIFY2(gradErr < 1e-4, qPrintable(QString("gradient error %1 at %2").arg(gradErr).arg(where)));
        QVERIFY(gradientNorm(gg) > gradientNorm(adapter.zerosLike()));
        // No atomics anywhere: the same step again is bit-for-bit the same.
        const auto rg2 = gpu->step(adapter, ids, tg, &again, gradScale, 77, checkpoint);
        QVERIFY(rg2.ok());
        QCOMPARE(rg2.value().lossSum, rg.value().lossSum);
        for (size_t l = 0; l < gg.layers.size(); ++l)
            for (size_t t = 0; t < kLoraTargetCount; ++t) {
                QCOMPARE(again.layers[l][t].a, gg.layers[l][t].a);
                QCOMPARE(again.layers[l][t].b, gg.layers[l][t].b);
            }

        // The logits of the same model (no dropout) and a loss-only step (no gradients).
        const auto lc = cpu->logits(adapter, ids).value();
        const auto lg = gpu->logits(adapter, ids);
        QVERIFY2(lg.ok(), lg.ok() ? "" : lg.error().message.c_str());
        const double logitErr = normalizedError(lg.value(), lc);
        QVERIFY2(logitErr < 1e-5, qPrintable(QString("logits error %1").arg(logitErr)));
        const auto ec = cpu->step(adapter, ids, tg, nullptr, 1.0f, 0, false).value();
        const auto eg = gpu->step(adapter, ids, tg, nullptr, 1.0f, 0, false).value();
        QVERIFY(std::abs(eg.lossSum - ec.lossSum) <= 1e-5 * std::abs(ec.lossSum));
    }

    // Sequences of growing and shrinking length through one model reuse and regrow its buffers.
    void buffersFollowSequenceLength()
    {
        auto model = makeTestModel(spec(DType::Q8_0));
        auto cpu = LoraModel::create(model->weights, 1).value();
        auto gpu = gpuModel(model->weights);
        const LoraAdapter adapter = randomAdapter(model->weights.config, 0.0);
        for (int64_t n : { 5, 20, 3, 20 }) {
            const auto ids = tokensFor(n, 80), tg = targetsFor(ids, 80);
            LoraAdapter gc = adapter.zerosLike(), gg = adapter.zerosLike();
            const auto rc = cpu->step(adapter, ids, tg, &gc, 1.0f, 1, n == 3).value();
            const auto rg = gpu->step(adapter, ids, tg, &gg, 1.0f, 1, n == 3).value();
            QVERIFY(std::abs(rg.lossSum - rc.lossSum) <= 1e-5 * std::abs(rc.lossSum));
            QString where;
            QVERIFY2(worstGradError(gg, gc, where) < 1e-4, qPrintable(where));
        }
    }

    // The estimate before training matches what a step allocates (activations kept and checkpointed).
    void memoryEstimateMatchesAllocation_data()
    {
        QTest::addColumn<bool>("checkpoint");
        QTest::addColumn<double>("dropout");
        QTest::addRow("kept") << false << 0.0;
        QTest::addRow("checkpointed, dropout") << true << 0.1;
    }

    void memoryEstimateMatchesAllocation()
    {
        QFETCH(bool, checkpoint);
        QFETCH(double, dropout);
        auto model = makeTestModel(spec(DType::Q4_0));
        const LoraAdapter adapter = randomAdapter(model->weights.config, dropout);
        const auto est
            = VulkanLoraModel::estimateMemory(*m_ctx, model->weights, adapter.config, 40, checkpoint);
        auto gpu = gpuModel(model->weights);
        const auto ids = tokensFor(40, 80), tg = targetsFor(ids, 80);
        LoraAdapter g = adapter.zerosLike();
        QVERIFY(gpu->step(adapter, ids, tg, &g, 1.0f, 1, checkpoint).ok());
        QCOMPARE(est.weightBytes, gpu->weightBytes());
        const double used = double(gpu->workBytes()), predicted = double(est.activationBytes + est.workBytes);
        qInfo("%s; allocated %.0f bytes of training buffers", est.describe().c_str(), used);
        QVERIFY2(std::abs(predicted - used) < 0.01 * used,
            qPrintable(QString("%1 vs %2").arg(predicted).arg(used)));
        QVERIFY(est.fits());
    }

    void rejectsBadInput()
    {
        auto model = makeTestModel(spec(DType::F32));
        auto gpu = gpuModel(model->weights);
        const LoraAdapter adapter = randomAdapter(model->weights.config, 0.0);
        LoraAdapter g = adapter.zerosLike();
        const std::vector<int32_t> bad = { 1, 80 }, tg = { 1, 2 }, ok = { 1, 2 };
        auto r1 = gpu->step(adapter, bad, tg, &g, 1.0f, 0, false);
        QVERIFY(!r1.ok());
        QVERIFY(r1.error().message.find("outside the vocabulary") != std::string::npos);
        auto r2 = gpu->step(adapter, ok, std::vector<int32_t> { 1 }, &g, 1.0f, 0, false);
        QVERIFY(!r2.ok());
        auto r3 = gpu->step(adapter, {}, {}, &g, 1.0f, 0, false);
        QVERIFY(!r3.ok());
        QVERIFY(QString::fromStdString(gpu->backendName()).startsWith("Vulkan: "));
    }

    void factoryNamesMissingDevice()
    {
        auto model = makeTestModel(spec(DType::F32));
        ContextOptions o;
        o.deviceSelector = "no-such-gpu-anywhere";
        auto r = createVulkanLoraCompute(model->weights, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NoDevice);
        QVERIFY2(r.error().message.find("no Vulkan device") != std::string::npos, r.error().message.c_str());
        auto good = createVulkanLoraCompute(model->weights);
        QVERIFY2(good.ok(), good.ok() ? "" : good.error().message.c_str());
        QCOMPARE(good.value()->config().hiddenSize, int64_t(64));

        // The backend choice: Auto falls back to the CPU with a notice, Vulkan refuses, Cpu is CPU.
        LoraBackendOptions bo;
        bo.vulkanContext.deviceSelector = "no-such-gpu-anywhere";
        auto fallback = createLoraCompute(model->weights, bo);
        QVERIFY(fallback.ok());
        QCOMPARE(std::string(fallback.value().compute->backendName()), std::string("CPU reference"));
        QVERIFY(fallback.value().notice.find("no Vulkan device") != std::string::npos);
        bo.kind = BackendKind::Vulkan;
        QVERIFY(!createLoraCompute(model->weights, bo).ok());
        bo.kind = BackendKind::Auto;
        bo.vulkanContext.deviceSelector.clear();
        auto vk = createLoraCompute(model->weights, bo);
        QVERIFY(vk.ok());
        // Auto leaves CPU implementations of Vulkan (lavapipe here) to the faster CPU reference.
        const bool cpuDevice
            = static_cast<VulkanLoraModel &>(*good.value()).context().info().type == DeviceType::Cpu;
        if (cpuDevice) {
            QCOMPARE(std::string(vk.value().compute->backendName()), std::string("CPU reference"));
            QVERIFY2(vk.value().notice.find("is a software implementation; the CPU backend is faster")
                    != std::string::npos,
                vk.value().notice.c_str());
            bo.kind = BackendKind::Vulkan; // asked for by name: the device is used anyway
            auto forced = createLoraCompute(model->weights, bo);
            QVERIFY(forced.ok());
            QVERIFY(std::string(forced.value().compute->backendName()).rfind("Vulkan: ", 0) == 0);
        } else {
            QVERIFY(vk.value().notice.empty());
            QVERIFY(std::string(vk.value().compute->backendName()).rfind("Vulkan: ", 0) == 0);
        }
    }

    // The trainer on either backend: same data order, schedule and dropout masks, so the loss
    // curves agree to fp32 rounding and both fall.
    void trainerLossCurveMatchesCpu()
    {
        auto model = makeTestModel(spec(DType::Q8_0));
        std::vector<TrainExample> data;
        for (int p = 0; p < 4; ++p) {
            TrainExample e;
            e.line = p + 1;
            e.tokens = { int32_t(5 + p), 9, 12, 20, 33, 41, 7, 50, 2 };
            e.targets.assign(e.tokens.size(), -1);
            for (size_t t = 2; t + 1 < e.tokens.size(); ++t)
                e.targets[t] = e.tokens[t + 1];
            data.push_back(e);
        }
        TrainerOptions o;
        o.lora.rank = 8;
        o.lora.alpha = 16;
        o.lora.dropout = 0.05;
        o.optimizer.lr = 1e-2;
        o.optimizer.warmupSteps = 2;
        o.batch = 2;
        o.gradAccum = 1;
        o.epochs = 4;
        o.seed = 3;
        o.threads = 1;
        o.checkpoint = true;
        auto cpuTrainer = LoraTrainer::create(model->weights, data, {}, o).value();
        auto vk = createVulkanLoraCompute(model->weights);
        QVERIFY(vk.ok());
        auto gpuTrainer = LoraTrainer::create(std::move(vk.value()), data, {}, o);
        QVERIFY2(gpuTrainer.ok(), gpuTrainer.ok() ? "" : gpuTrainer.error().message.c_str());
        std::vector<double> lc, lg;
        for (int i = 0; i < 8; ++i) {
            lc.push_back(cpuTrainer->step().value().loss);
            auto r = gpuTrainer.value()->step();
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
            lg.push_back(r.value().loss);
            QVERIFY2(std::abs(lg.back() - lc.back()) < 1e-3 * std::abs(lc.back()),
                qPrintable(QString("step %1: %2 vs %3").arg(i).arg(lg.back()).arg(lc.back())));
        }
        qInfo("loss %.4f -> %.4f (CPU %.4f -> %.4f)", lg.front(), lg.back(), lc.front(), lc.back());
        QVERIFY(lg.back() < 0.5 * lg.front());
    }

    // Trained on Vulkan alone to the end, the adapter makes the model produce the phrase greedily:
    // with every answer token predicted by argmax, teacher-forced argmax equals greedy decoding.
    void learnsPhraseOnVulkan()
    {
        auto model = makeTestModel(spec(DType::Q4_0));
        const std::vector<int32_t> answer = { 20, 33, 41, 7, 50, 2 };
        std::vector<TrainExample> data;
        for (int p = 0; p < 4; ++p) {
            TrainExample e;
            e.line = p + 1;
            e.tokens = { int32_t(5 + p), int32_t(9 + 2 * p), 12 };
            e.tokens.insert(e.tokens.end(), answer.begin(), answer.end());
            e.targets.assign(e.tokens.size(), -1);
            for (size_t t = 2; t + 1 < e.tokens.size(); ++t)
                e.targets[t] = e.tokens[t + 1];
            data.push_back(e);
        }
        TrainerOptions o;
        o.lora.rank = 8;
        o.lora.alpha = 16;
        o.optimizer.lr = 1e-2;
        o.optimizer.warmupSteps = 3;
        o.batch = 2;
        o.epochs = 15;
        o.seed = 9;
        auto trainer
            = LoraTrainer::create(createVulkanLoraCompute(model->weights).value(), data, {}, o).value();
        double first = 0.0, last = 0.0;
        while (!trainer->finished()) {
            auto r = trainer->step();
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
            (first == 0.0 ? first : last) = r.value().loss;
        }
        qInfo("loss %.4f -> %.4f over %lld steps", first, last, static_cast<long long>(trainer->stepsDone()));
        QVERIFY(last < first / 20.0);
        const std::vector<int32_t> prompt = { 30, 31, 12 }; // not in the data
        std::vector<int32_t> seq = prompt;
        seq.insert(seq.end(), answer.begin(), answer.end() - 1);
        const auto logits = trainer->model().logits(trainer->adapter(), seq).value();
        for (size_t i = 0; i < answer.size(); ++i) {
            const float *row = logits.data() + (prompt.size() - 1 + i) * 80;
            QCOMPARE(int32_t(std::max_element(row, row + 80) - row), answer[i]);
        }
    }

    // SB_BENCH_VK_LORA=1 (or "T" for another length): training tokens/s of one sequence on this
    // device, kept vs checkpointed activations, next to the CPU reference and Vulkan prefill
    // on the same model (the docs/benchmarks.md figures). Prints only; nothing is timed-asserted.
    void bench()
    {
        const QString env = qEnvironmentVariable("SB_BENCH_VK_LORA");
        if (env.isEmpty()) {
            qInfo("SB_BENCH_VK_LORA is not set: no benchmark requested");
            return;
        }
        const int64_t T = env.toInt() > 1 ? env.toInt() : 128;
        TestModelSpec s;
        s.layers = 4;
        s.dim = 256;
        s.heads = 4;
        s.kvHeads = 2;
        s.headDim = 64;
        s.ffn = 768;
        s.vocab = 512;
        s.dtype = DType::BF16;
        s.maxPositions = 4096;
        auto model = makeTestModel(s);
        LoraConfig lc;
        lc.rank = 16;
        lc.alpha = 32;
        LoraAdapter adapter = LoraAdapter::create(model->weights.config, lc, 1).value();
        const auto ids = tokensFor(T, s.vocab), tg = targetsFor(ids, s.vocab);
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        const auto time = [&](LoraCompute &m, bool checkpoint, bool training = true) {
            std::vector<double> secs;
            for (int i = 0; i < 3; ++i) {
                LoraAdapter g = adapter.zerosLike();
                const auto t0 = std::chrono::steady_clock::now();
                const auto r = m.step(adapter, ids, tg, training ? &g : nullptr, 1.0f, 1, checkpoint);
                if (!r)
                    qFatal("%s", r.error().message.c_str());
                if (i > 0) // the first call builds pipelines and buffers
                    secs.push_back(
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
            }
            return double(T) / median(secs);
        };
        auto gpu = gpuModel(model->weights), gpuCkpt = gpuModel(model->weights);
        const double kept = time(*gpu, false), ckpt = time(*gpuCkpt, true),
                     lossOnly = time(*gpu, false, false);
        auto cpu = LoraModel::create(model->weights, 2).value();
        const double cpuKept = time(*cpu, false);
        auto inf = VulkanModel::create(m_ctx, model->weights, {}).value();
        std::vector<double> pre;
        for (int i = 0; i < 4; ++i) {
            inf->truncate(0);
            const auto t0 = std::chrono::steady_clock::now();
            if (!inf->forward(ids, 0))
                qFatal("prefill failed");
            if (i > 0)
                pre.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        }
        qInfo("device %s, T %lld, 4 layers dim 256 ffn 768 vocab 512 BF16, r=16 all targets",
            m_ctx->info().name.c_str(), static_cast<long long>(T));
        qInfo("Vulkan training: %.1f tokens/s kept, %.1f tokens/s checkpointed; device memory %.2f MiB "
              "weights + "
              "%.2f MiB training buffers kept / %.2f MiB checkpointed",
            kept, ckpt, double(gpu->weightBytes()) / 1048576.0, double(gpu->workBytes()) / 1048576.0,
            double(gpuCkpt->workBytes()) / 1048576.0);
        qInfo("CPU reference training (2 threads): %.1f tokens/s; Vulkan inference prefill: %.1f tokens/s; "
              "Vulkan "
              "training forward only (loss, no gradients): %.1f tokens/s",
            cpuKept, double(T) / median(pre), lossOnly);
    }
};

QTEST_GUILESS_MAIN(TestVulkanLora)
#include "TestVulkanLora.moc"
