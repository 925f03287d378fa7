// ChatRuntime with a PEFT LoRA adapter merged in (what the app serves as "local + adapter"): its
// greedy generation equals the CPU reference's on mergeLoraAdapter's weights, differs from the
// base's, and an adapter that does not fit the model is an error naming the adapter's tensor.

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include "engine/cpu/CpuModel.h"
#include "engine/lora/LoraFiles.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/TinyModel.h"
#include "engine/runtime/ChatRuntime.h"
#include "engine/sampling/Rng.h"

using namespace sb;

namespace {

TinyModelOptions tinyModel()
{
    TinyModelOptions mo;
    mo.config = TinyModelOptions::tinyModelConfig(288);
    mo.config.numLayers = 2;
    mo.config.hiddenSize = 32;
    mo.config.numHeads = 4;
    mo.config.numKvHeads = 2;
    mo.config.headDim = 8;
    mo.config.intermediateSize = 64;
    mo.config.noRopeLayers = { 1, 0 };
    return mo;
}

// An adapter whose B is not zero, so it changes the model.
LoraAdapter randomAdapter(const ModelConfig &config, uint64_t seed)
{
    LoraConfig lc;
    lc.rank = 4;
    lc.alpha = 8;
    lc.targets = { LoraTarget::Q, LoraTarget::V, LoraTarget::Up, LoraTarget::Down };
    LoraAdapter a = LoraAdapter::create(config, lc, seed).value();
    Rng rng(seed + 1);
    for (auto &layer : a.layers)
        for (LoraPair &p : layer)
            for (float &b : p.b)
                b = float(double(rng.next() % 2001) / 1000.0 - 1.0);
    return a;
}

std::vector<int32_t> greedy(CpuModel &m, const std::vector<int32_t> &prompt, size_t n)
{
    std::vector<int32_t> out;
    auto logits = m.forward(prompt, 0).value();
    int64_t pos = int64_t(prompt.size());
    for (size_t i = 0; i < n; ++i) {
        const auto next = int32_t(std::max_element(logits.begin(), logits.end()) - logits.begin());
        out.push_back(next);
        logits = m.forward(std::vector<int32_t> { next }, pos++).value();
    }
    return out;
}

ChatRuntimeOptions cpuOptions()
{
    ChatRuntimeOptions o;
    o.backend.kind = BackendKind::Cpu;
    o.backend.cpuModel.contextLength = 256;
    o.backend.cpuModel.threads = 1;
    return o;
}

} // namespace

class TestChatRuntimeAdapter : public QObject {
    Q_OBJECT

private slots:
    void adapterRuntimeMatchesTheMergedReference()
    {
        QTemporaryDir dir;
        const std::string modelDir = dir.filePath("model").toStdString();
        const std::string adapterDir = dir.filePath("adapter").toStdString();
        QVERIFY(writeTinyModelHf(tinyModel(), modelDir).ok());
        auto model = loadModel(modelDir);
        QVERIFY(model.ok());
        const LoraAdapter adapter = randomAdapter(model.value().weights.config, 3);
        QVERIFY(saveLoraAdapterPeft(adapter, adapterDir).ok());

        auto base = ChatRuntime::open(modelDir, cpuOptions());
        auto adapted = ChatRuntime::openWithAdapter(modelDir, adapterDir, cpuOptions());
        QVERIFY2(adapted.ok(), adapted.ok() ? "" : adapted.error().message.c_str());
        QVERIFY(base.ok());

        const std::vector<TemplateMessage> msgs
            = { { "system", "/no_think", {}, {} }, { "user", "hello there", {}, {} } };
        ChatTemplateVars vars;
        vars.addGenerationPrompt = true;
        vars.today = "25 November 2026";
        GenerateOptions go;
        go.maxNewTokens = 8;
        go.sampling.temperature = 0.0f;
        const auto prompt = adapted.value()->promptTokens(msgs, vars).value();
        auto a = adapted.value()->session().generate(prompt, go, [](int32_t) { return true; });
        auto b = base.value()->session().generate(prompt, go, [](int32_t) { return true; });
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().message.c_str());
        QVERIFY2(b.ok(), b.ok() ? "" : b.error().message.c_str());

        // The reference: base + adapter merged (fp32 adapted matrices) on the CPU model.
        auto merged = mergeLoraAdapter(
            model.value().weights, loadLoraAdapterPeft(adapterDir, model.value().weights.config).value());
        QVERIFY(merged.ok());
        auto cpu = CpuModel::create(merged.value()->weights, { 256, 1 }).value();
        const auto reference = greedy(*cpu, prompt, a.value().tokens.size());
        QCOMPARE(a.value().tokens, reference);
        QVERIFY(a.value().tokens != b.value().tokens);
    }

    void adapterForAnotherModelIsRefused()
    {
        QTemporaryDir dir;
        const std::string modelDir = dir.filePath("model").toStdString();
        const std::string adapterDir = dir.filePath("adapter").toStdString();
        QVERIFY(writeTinyModelHf(tinyModel(), modelDir).ok());
        ModelConfig other = tinyModel().config;
        other.intermediateSize = 96; // up/down shapes differ
        other.vocabSize = 288;
        QVERIFY(saveLoraAdapterPeft(randomAdapter(other, 5), adapterDir).ok());
        auto r = ChatRuntime::openWithAdapter(modelDir, adapterDir, cpuOptions());
        QVERIFY(!r.ok());
        qInfo("%s", r.error().message.c_str());
        QVERIFY2(r.error().message.find("proj") != std::string::npos, r.error().message.c_str());

        auto missing
            = ChatRuntime::openWithAdapter(modelDir, dir.filePath("nothing").toStdString(), cpuOptions());
        QVERIFY(!missing.ok());
    }
};

QTEST_GUILESS_MAIN(TestChatRuntimeAdapter)
#include "TestChatRuntimeAdapter.moc"
