// End to end through files: a TinyModel Hugging Face directory (synthetic byte-level tokenizer
// with SmolLM3's special tokens), a JSONL chat dataset rendered with the SmolLM3 template, LoRA
// training with assistant-only loss, the adapter saved in PEFT format, loaded back and merged;
// the merged model then answers the trained question greedily, up to <|im_end|>.

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include "engine/cpu/CpuModel.h"
#include "engine/lora/LoraDataset.h"
#include "engine/lora/LoraFiles.h"
#include "engine/lora/LoraTrainer.h"
#include "engine/model/FileIo.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/TinyModel.h"
#include "engine/model/TokenizerJson.h"

using namespace sb;

class TestLoraChat : public QObject {
    Q_OBJECT

private slots:
    void learnsAnswerFromChatJsonl()
    {
        QTemporaryDir dir;
        const std::string modelDir = dir.filePath("model").toStdString();
        TinyModelOptions mo;
        mo.config = TinyModelOptions::tinyModelConfig(288);
        mo.config.numLayers = 2;
        mo.config.hiddenSize = 32;
        mo.config.numHeads = 4;
        mo.config.numKvHeads = 2;
        mo.config.headDim = 8;
        mo.config.intermediateSize = 64;
        mo.config.noRopeLayers = { 1, 0 };
        QVERIFY(writeTinyModelHf(mo, modelDir, DType::BF16).ok());
        auto model = loadModel(modelDir);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().message.c_str());
        auto tok = Tokenizer::fromFile(modelDir + "/tokenizer.json");
        QVERIFY(tok.ok());

        const std::string data = dir.filePath("data.jsonl").toStdString();
        std::string jsonl;
        for (const char *q : { "capital?", "Capital?", "the capital" })
            jsonl += "{\"messages\": [{\"role\": \"system\", \"content\": \"/no_think\"}, "
                     "{\"role\": \"user\", \"content\": \""
                + std::string(q) + "\"}, {\"role\": \"assistant\", \"content\": \"Paris\"}]}\n";
        QVERIFY(writeTextFile(data, jsonl).ok());
        DatasetOptions dopt;
        dopt.seqLen = 512;
        dopt.vars.today = "25 November 2026";
        auto examples = loadJsonlDataset(data, tok.value(), dopt);
        QVERIFY2(examples.ok(), examples.ok() ? "" : examples.error().message.c_str());
        QCOMPARE(examples.value().size(), size_t(3));
        // "Paris" and <|im_end|> (+ newline) are the trained tokens.
        QVERIFY(examples.value()[0].targetCount() >= 6 && examples.value()[0].targetCount() <= 8);

        TrainerOptions t;
        t.lora.rank = 8;
        t.lora.alpha = 16;
        t.lora.baseModel = modelDir;
        t.optimizer.lr = 1e-2;
        t.optimizer.warmupSteps = 3;
        t.batch = 3;
        t.epochs = 30;
        t.seed = 4;
        t.threads = 2;
        t.checkpoint = true;
        auto trainer = LoraTrainer::create(model.value().weights, examples.value(), {}, t);
        QVERIFY(trainer.ok());
        double first = 0, last = 0;
        while (!trainer.value()->finished()) {
            auto s = trainer.value()->step();
            QVERIFY(s.ok());
            (first == 0 ? first : last) = s.value().loss;
        }
        qInfo("chat data: loss %.4f -> %.4f", first, last);
        QVERIFY(first / last > 10.0);

        const std::string adapterDir = dir.filePath("adapter").toStdString();
        QVERIFY(saveLoraAdapterPeft(trainer.value()->adapter(), adapterDir).ok());
        auto adapter = loadLoraAdapterPeft(adapterDir, model.value().weights.config);
        QVERIFY(adapter.ok());
        auto merged = mergeLoraAdapter(model.value().weights, adapter.value());
        QVERIFY(merged.ok());
        auto cpu = CpuModel::create(merged.value()->weights, { 512, 1 }).value();

        std::vector<TemplateMessage> msgs
            = { { "system", "/no_think", {}, {} }, { "user", "capital?", {}, {} } };
        ChatTemplateVars vars = dopt.vars;
        vars.addGenerationPrompt = true;
        EncodeOptions eo;
        eo.parseSpecial = true;
        const auto prompt = tok.value().encode(renderSmolLM3Chat(msgs, vars).value(), eo);
        auto logits = cpu->forward(prompt, 0).value();
        std::vector<int32_t> answer;
        int64_t pos = static_cast<int64_t>(prompt.size());
        for (int i = 0; i < 12; ++i) {
            const auto next
                = static_cast<int32_t>(std::max_element(logits.begin(), logits.end()) - logits.begin());
            if (next == SyntheticTokenIds::kImEnd)
                break;
            answer.push_back(next);
            const std::vector<int32_t> one = { next };
            logits = cpu->forward(one, pos++).value();
        }
        QCOMPARE(tok.value().decode(answer), std::string("Paris"));
    }
};

QTEST_GUILESS_MAIN(TestLoraChat)
#include "TestLoraChat.moc"
