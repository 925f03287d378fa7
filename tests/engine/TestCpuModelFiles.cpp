// The CPU model on real model files: one random tiny SmolLM3 written by TinyModel as a Hugging
// Face directory and as GGUF (llama.cpp's Q/K permutation, interleaved RoPE) must give the same
// logits. Tolerance: max |a - b| <= 1e-4 * max |a| for identical stored values (F32, BF16);
// for GGUF quantised to Q8_0, <= 5e-2 (measured 2.4e-2). Greedy tokens agree across formats.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "NumericCheck.h"
#include "engine/cpu/CpuModel.h"
#include "engine/generate/Session.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/TinyModel.h"

using namespace sb;
using namespace sb::test;

namespace {

TinyModelOptions options(uint64_t seed)
{
    TinyModelOptions o;
    o.config = TinyModelOptions::tinyModelConfig(300); // synthetic vocabulary; 4 layers, layer 3 NoPE
    o.config.hiddenSize = 64;
    o.config.numHeads = 4;
    o.config.numKvHeads = 2;
    o.config.headDim = 16;
    o.config.intermediateSize = 96;
    o.seed = seed;
    return o;
}

std::string tmpPath(const QTemporaryDir &dir, const char *name)
{
    return (std::filesystem::path(dir.path().toStdString()) / name).string();
}

std::vector<float> logitsOf(const LoadedModel &m, const std::vector<int32_t> &ids)
{
    auto cpu = CpuModel::create(m.weights, CpuModelOptions { 64, 2 });
    if (!cpu.ok())
        qFatal("CpuModel::create: %s", cpu.error().toString().c_str());
    std::vector<float> logits;
    auto r = (*cpu)->forwardAll(ids, 0, logits);
    if (!r.ok())
        qFatal("forwardAll: %s", r.error().toString().c_str());
    return logits;
}

double maxAbs(const std::vector<float> &v)
{
    double m = 0.0;
    for (float x : v)
        m = std::max(m, double(std::fabs(x)));
    return m;
}

} // namespace

class TestCpuModelFiles : public QObject {
    Q_OBJECT

private slots:
    void hfAndGgufGiveSameLogits_data()
    {
        QTest::addColumn<int>("hfStorage");
        QTest::addColumn<int>("ggufType");
        QTest::addColumn<double>("tolerance"); // relative to max |logit|
        QTest::addRow("f32") << int(DType::F32) << int(DType::F32) << 1e-4;
        QTest::addRow("bf16") << int(DType::BF16) << int(DType::BF16) << 1e-4;
        QTest::addRow("f32 vs gguf f16") << int(DType::F32) << int(DType::F16) << 1e-4;
        QTest::addRow("f32 vs gguf q8_0") << int(DType::F32) << int(DType::Q8_0) << 5e-2;
    }

    void hfAndGgufGiveSameLogits()
    {
        QFETCH(int, hfStorage);
        QFETCH(int, ggufType);
        QFETCH(double, tolerance);
        QTemporaryDir dir;
        const TinyModelOptions o = options(3);
        const std::string hfDir = tmpPath(dir, "hf"), ggufPath = tmpPath(dir, "model.gguf");
        QVERIFY(writeTinyModelHf(o, hfDir, DType(hfStorage)).ok());
        QVERIFY(writeTinyModelGguf(o, ggufPath, DType(ggufType)).ok());
        auto hf = loadModel(hfDir);
        auto gg = loadModel(ggufPath);
        QVERIFY2(hf.ok(), hf.ok() ? "" : hf.error().toString().c_str());
        QVERIFY2(gg.ok(), gg.ok() ? "" : gg.error().toString().c_str());
        QVERIFY(gg->weights.qkInterleaved);

        const std::vector<int32_t> ids = { 256, 72, 101, 108, 108, 111, 44, 32, 119, 111, 114, 108, 100 };
        const auto a = logitsOf(*hf, ids), b = logitsOf(*gg, ids);
        const double scale = maxAbs(a);
        QVERIFY(scale > 0.1);
        const double err = maxAbsError(b, a) / scale;
        QVERIFY2(err <= tolerance, qPrintable(QString("relative error %1").arg(err)));
    }

    void greedyGenerationMatchesAcrossFormats()
    {
        QTemporaryDir dir;
        const TinyModelOptions o = options(4);
        const std::string hfDir = tmpPath(dir, "hf"), ggufPath = tmpPath(dir, "model.gguf");
        QVERIFY(writeTinyModelHf(o, hfDir, DType::F32).ok());
        QVERIFY(writeTinyModelGguf(o, ggufPath, DType::F32).ok());
        auto hf = loadModel(hfDir);
        auto gg = loadModel(ggufPath);
        QVERIFY(hf.ok() && gg.ok());
        auto ca = CpuModel::create(hf->weights, CpuModelOptions { 128, 2 });
        auto cb = CpuModel::create(gg->weights, CpuModelOptions { 128, 2 });
        QVERIFY(ca.ok() && cb.ok());
        Session sa(**ca), sb(**cb);
        GenerateOptions g;
        g.maxNewTokens = 32;
        g.sampling.temperature = 0.0f;
        g.ignoreEos = true;
        const std::vector<int32_t> prompt = { 256, 84, 104, 101, 32 };
        auto ra = sa.generate(prompt, g), rb = sb.generate(prompt, g);
        QVERIFY(ra.ok() && rb.ok());
        QCOMPARE(ra->tokens.size(), size_t(32));
        QCOMPARE(ra->tokens, rb->tokens);
    }
};

QTEST_GUILESS_MAIN(TestCpuModelFiles)
#include "TestCpuModelFiles.moc"
