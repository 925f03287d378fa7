// loadModel on tiny SmolLM3 models written as HF directories and GGUF files: config, names,
// shapes, tied embeddings, tokenizer metadata, and identical dequantised weights across formats
// once llama.cpp's Q/K row permutation is undone.

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>

#include "engine/model/Dequant.h"
#include "engine/model/FileIo.h"
#include "engine/model/GgufModel.h"
#include "engine/model/HfConfig.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/Safetensors.h"
#include "engine/model/SmolLM3Tensors.h"
#include "engine/model/TinyModel.h"
#include "engine/model/TokenizerJson.h"

using namespace sb;

namespace {

// A small synthetic-vocabulary model: 2 query heads of 32 over 1 KV head, 4 layers.
TinyModelOptions smallOptions(uint64_t seed = 5)
{
    TinyModelOptions o;
    o.config = TinyModelOptions::tinyModelConfig(300);
    o.config.hiddenSize = 64;
    o.config.numHeads = 2;
    o.config.numKvHeads = 1;
    o.config.headDim = 32;
    o.config.intermediateSize = 96;
    o.seed = seed;
    return o;
}

std::string tmpPath(const QTemporaryDir &dir, const char *name)
{
    return (std::filesystem::path(dir.path().toStdString()) / name).string();
}

// A weight as fp32 in Hugging Face (split-half) row order, whatever file it came from.
std::vector<float> hfOrder(const TensorView &v, bool interleaved, const ModelConfig &c, bool isQk)
{
    std::vector<float> f = dequantizeTensor(v);
    if (!interleaved || !isQk)
        return f;
    std::vector<float> out(f.size());
    permuteRowsToSplitHalf(f.data(), out.data(), v.shape[0], v.shape[1], c.headDim, sizeof(float));
    return out;
}

} // namespace

class TestModelLoad : public QObject {
    Q_OBJECT

private slots:
    void hfDirectoryLoads()
    {
        QTemporaryDir dir;
        const TinyModelOptions o = smallOptions();
        QVERIFY(writeTinyModelHf(o, dir.path().toStdString(), DType::BF16).ok());
        int calls = 0;
        int64_t lastDone = 0;
        auto m = loadModel(dir.path().toStdString(), [&](const ModelProgress &p) {
            ++calls;
            lastDone = p.tensorsDone;
            return p.tensorsDone <= p.tensorsTotal;
        });
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().toString().c_str());
        const ModelWeights &w = m->weights;
        QCOMPARE(m->format, ModelFormat::HfDirectory);
        QCOMPARE(w.config.vocabSize, int64_t(300));
        QCOMPARE(w.config.numLayers, int64_t(4));
        QCOMPARE(w.config.bosTokenId, SyntheticTokenIds::kBeginOfText);
        QCOMPARE(w.config.eosTokenId, SyntheticTokenIds::kImEnd);
        QVERIFY(w.config.layerUsesRope(0) && w.config.layerUsesRope(2) && !w.config.layerUsesRope(3));
        QVERIFY(!w.qkInterleaved);
        QVERIFY(w.config.tieWordEmbeddings);
        QVERIFY(!w.lmHead.valid());
        QCOMPARE(w.outputWeight().name, std::string("model.embed_tokens.weight"));
        QCOMPARE(w.tokenEmbedding.shape, (std::vector<int64_t> { 300, 64 }));
        QCOMPARE(w.layers.size(), size_t(4));
        QCOMPARE(w.layers[1].wq.shape, (std::vector<int64_t> { 64, 64 }));
        QCOMPARE(w.layers[1].wk.shape, (std::vector<int64_t> { 32, 64 }));
        QCOMPARE(w.layers[1].wo.shape, (std::vector<int64_t> { 64, 64 }));
        QCOMPARE(w.layers[1].wDown.shape, (std::vector<int64_t> { 64, 96 }));
        QCOMPARE(w.layers[3].ffnNorm.name, std::string("model.layers.3.post_attention_layernorm.weight"));
        QCOMPARE(w.layers[2].wGate.dtype, DType::BF16);
        QCOMPARE(calls, 2 + 4 * 9);
        QCOMPARE(lastDone, int64_t(2 + 4 * 9));
        QVERIFY(!m->tokenizerJsonPath.empty());
        QVERIFY(!m->tokenizerConfigPath.empty());
        // Values are the generator's, exactly (they are bf16-representable).
        for (const TensorSpec &spec : smolLM3TensorSpecs(w.config)) {
            const TensorView &v = weightSlot(const_cast<ModelWeights &>(w), spec);
            QCOMPARE(dequantizeTensor(v), tinyModelTensor(o.seed, spec));
        }
    }

    void progressCancels()
    {
        QTemporaryDir dir;
        QVERIFY(writeTinyModelHf(smallOptions(), dir.path().toStdString()).ok());
        auto m
            = loadModel(dir.path().toStdString(), [](const ModelProgress &p) { return p.tensorsDone < 5; });
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Cancelled);
    }

    void ggufMatchesHf_data()
    {
        QTest::addColumn<int>("hfStorage");
        QTest::addColumn<int>("ggufType");
        QTest::addColumn<double>("tolerance"); // max abs difference allowed, relative to max |w|
        QTest::addRow("f32") << int(DType::F32) << int(DType::F32) << 0.0;
        QTest::addRow("bf16") << int(DType::BF16) << int(DType::BF16) << 0.0;
        QTest::addRow("f16") << int(DType::F32) << int(DType::F16) << 1e-3;
        QTest::addRow("q8_0") << int(DType::F32) << int(DType::Q8_0) << 1.0 / 127;
        QTest::addRow("q4_0") << int(DType::F32) << int(DType::Q4_0) << 1.0 / 7;
    }
    void ggufMatchesHf()
    {
        QFETCH(int, hfStorage);
        QFETCH(int, ggufType);
        QFETCH(double, tolerance);
        QTemporaryDir dir;
        const TinyModelOptions o = smallOptions(11);
        const std::string hfDir = tmpPath(dir, "hf");
        const std::string ggufPath = tmpPath(dir, "model.gguf");
        QVERIFY(writeTinyModelHf(o, hfDir, DType(hfStorage)).ok());
        auto written = writeTinyModelGguf(o, ggufPath, DType(ggufType));
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().toString().c_str());
        auto hf = loadModel(hfDir);
        auto gg = loadModel(ggufPath);
        QVERIFY2(hf.ok(), hf.ok() ? "" : hf.error().toString().c_str());
        QVERIFY2(gg.ok(), gg.ok() ? "" : gg.error().toString().c_str());
        QCOMPARE(gg->format, ModelFormat::Gguf);
        QVERIFY(gg->weights.qkInterleaved);
        const ModelConfig &a = hf->weights.config, &b = gg->weights.config;
        QCOMPARE(b.vocabSize, a.vocabSize);
        QCOMPARE(b.hiddenSize, a.hiddenSize);
        QCOMPARE(b.intermediateSize, a.intermediateSize);
        QCOMPARE(b.numLayers, a.numLayers);
        QCOMPARE(b.numHeads, a.numHeads);
        QCOMPARE(b.numKvHeads, a.numKvHeads);
        QCOMPARE(b.headDim, a.headDim);
        QCOMPARE(b.maxPositionEmbeddings, a.maxPositionEmbeddings);
        QCOMPARE(b.noRopeLayers, a.noRopeLayers);
        QCOMPARE(b.tieWordEmbeddings, a.tieWordEmbeddings);
        QCOMPARE(b.bosTokenId, a.bosTokenId);
        QCOMPARE(b.eosTokenId, a.eosTokenId);
        QCOMPARE(b.padTokenId, a.padTokenId);
        QCOMPARE(float(b.ropeTheta), float(a.ropeTheta));
        QCOMPARE(float(b.rmsNormEps), float(a.rmsNormEps));

        for (const TensorSpec &spec : smolLM3TensorSpecs(a)) {
            const TensorView &va = weightSlot(hf->weights, spec);
            const TensorView &vb = weightSlot(gg->weights, spec);
            QCOMPARE(vb.name, spec.ggufName);
            QCOMPARE(vb.shape, va.shape);
            QCOMPARE(vb.dtype, spec.isNorm() ? DType::F32 : DType(ggufType));
            const bool qk = spec.role == TensorRole::Wq || spec.role == TensorRole::Wk;
            const std::vector<float> fa = hfOrder(va, false, a, qk);
            const std::vector<float> fb = hfOrder(vb, true, b, qk);
            QCOMPARE(fa.size(), fb.size());
            float maxAbs = 0, maxDiff = 0;
            for (size_t i = 0; i < fa.size(); ++i) {
                maxAbs = std::max(maxAbs, std::fabs(fa[i]));
                maxDiff = std::max(maxDiff, std::fabs(fa[i] - fb[i]));
            }
            QVERIFY2(maxDiff <= tolerance * maxAbs,
                qPrintable(QString::fromStdString(spec.ggufName) + ": " + QString::number(maxDiff)));
        }
        QVERIFY(gg->hasTokenizerData);
        const TokenizerData expected = syntheticTokenizerData(300);
        QCOMPARE(gg->tokenizer.tokens, expected.tokens);
        QCOMPARE(gg->tokenizer.merges, expected.merges);
        QCOMPARE(gg->tokenizer.tokenTypes, expected.tokenTypes);
        QCOMPARE(gg->tokenizer.bosTokenId, SyntheticTokenIds::kBeginOfText);
        QCOMPARE(gg->tokenizer.eosTokenId, SyntheticTokenIds::kImEnd);
        QCOMPARE(gg->tokenizer.model, std::string("gpt2"));
    }

    void qkPermutationIsLlamaCpps()
    {
        // convert_hf_to_gguf: w.reshape(n_head, 2, hd/2, cols).swapaxes(1, 2).reshape(w.shape).
        // headDim 4, two heads: split-half rows [0 1 | 2 3] [4 5 | 6 7] -> [0 2 1 3] [4 6 5 7].
        const float src[8] = { 0, 1, 2, 3, 4, 5, 6, 7 };
        float dst[8], back[8];
        permuteRowsToInterleaved(src, dst, 8, 1, 4, sizeof(float));
        const float expected[8] = { 0, 2, 1, 3, 4, 6, 5, 7 };
        for (int i = 0; i < 8; ++i)
            QCOMPARE(dst[i], expected[i]);
        permuteRowsToSplitHalf(dst, back, 8, 1, 4, sizeof(float));
        for (int i = 0; i < 8; ++i)
            QCOMPARE(back[i], src[i]);
        // headDim 8: [0 1 2 3 | 4 5 6 7] -> [0 4 1 5 2 6 3 7]
        for (int64_t r = 0; r < 8; ++r)
            QCOMPARE(splitHalfRowOf(interleavedRowOf(r, 8), 8), r);
        QCOMPARE(interleavedRowOf(4, 8), int64_t(1));
        QCOMPARE(interleavedRowOf(1, 8), int64_t(2));
        QCOMPARE(interleavedRowOf(8 + 7, 8), int64_t(8 + 7));
    }

    void realTokenizerVocabulary()
    {
        // The real-vocabulary tiny model (128256 ids) with the shared tokenizer.
        QTemporaryDir dir;
        TinyModelOptions o;
        o.config.hiddenSize = 32;
        o.config.numHeads = 2;
        o.config.numKvHeads = 1;
        o.config.headDim = 16;
        o.config.intermediateSize = 64;
        o.tokenizerJsonPath = SB_TEST_DATA_DIR "/smollm3/tokenizer.json";
        const std::string ggufPath = tmpPath(dir, "real.gguf");
        auto w = writeTinyModelGguf(o, ggufPath, DType::Q8_0);
        QVERIFY2(w.ok(), w.ok() ? "" : w.error().toString().c_str());
        auto m = loadModel(ggufPath);
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().toString().c_str());
        const TokenizerData &t = m->tokenizer;
        QCOMPARE(t.tokens.size(), size_t(128256));
        QCOMPARE(t.merges.size(), size_t(280147));
        QCOMPARE(t.tokens[128000], std::string("<|begin_of_text|>"));
        QCOMPARE(t.tokens[128012], std::string("<|im_end|>"));
        QCOMPARE(t.tokenTypes[128012], int32_t(TokenType::Control));
        QCOMPARE(t.tokenTypes[1000], int32_t(TokenType::Normal));
        QCOMPARE(t.merges[0], std::string("Ġ Ġ"));
        QCOMPARE(t.bosTokenId, int64_t(128000));
        QCOMPARE(t.eosTokenId, int64_t(128012));
        QCOMPARE(t.padTokenId, int64_t(128004));
        QCOMPARE(m->weights.config.vocabSize, int64_t(128256));

        const std::string hfDir = tmpPath(dir, "hf");
        QVERIFY(writeTinyModelHf(o, hfDir).ok());
        auto hf = loadModel(hfDir);
        QVERIFY(hf.ok());
        QCOMPARE(hf->weights.tokenEmbedding.shape, (std::vector<int64_t> { 128256, 32 }));
        auto copied = readTextFile(hf->tokenizerJsonPath);
        auto original = readTextFile(o.tokenizerJsonPath);
        QVERIFY(copied.ok() && original.ok());
        QVERIFY(copied.value() == original.value());
    }

    void shardedDirectory()
    {
        QTemporaryDir dir;
        const TinyModelOptions o = smallOptions(3);
        const std::string single = tmpPath(dir, "single");
        QVERIFY(writeTinyModelHf(o, single, DType::F32).ok());
        auto ref = loadModel(single);
        QVERIFY(ref.ok());
        // Split the tensors over two shards with an index, as transformers does.
        const std::string sharded = tmpPath(dir, "sharded");
        std::filesystem::create_directories(sharded);
        std::filesystem::copy_file(single + "/config.json", sharded + "/config.json");
        auto st = SafetensorsFile::open(single + "/model.safetensors");
        QVERIFY(st.ok());
        std::vector<TensorSource> parts[2];
        std::string index = "{\"metadata\":{\"total_size\":0},\"weight_map\":{";
        int k = 0;
        for (const TensorView &v : st->tensors()) {
            const int shard = k++ % 2;
            TensorSource s { v.name, v.dtype, v.shape, [v]() -> Result<std::vector<std::byte>> {
                                return std::vector<std::byte>(v.data, v.data + v.nbytes);
                            } };
            parts[shard].push_back(s);
            index += (k > 1 ? "," : "")
                + ("\"" + v.name + "\":\"model-0000" + std::to_string(shard + 1) + "-of-00002.safetensors\"");
        }
        index += "}}";
        QVERIFY(writeSafetensors(sharded + "/model-00001-of-00002.safetensors", parts[0]).ok());
        QVERIFY(writeSafetensors(sharded + "/model-00002-of-00002.safetensors", parts[1]).ok());
        QVERIFY(writeTextFile(sharded + "/model.safetensors.index.json", index).ok());
        auto m = loadModel(sharded);
        QVERIFY2(m.ok(), m.ok() ? "" : m.error().toString().c_str());
        QCOMPARE(m->owners.size(), size_t(2));
        for (const TensorSpec &spec : smolLM3TensorSpecs(m->weights.config))
            QCOMPARE(dequantizeTensor(weightSlot(m->weights, spec)),
                dequantizeTensor(weightSlot(ref->weights, spec)));

        // An index naming a tensor its shard lacks, and one escaping the directory.
        QVERIFY(writeTextFile(sharded + "/model.safetensors.index.json",
            "{\"weight_map\":{\"model.embed_tokens.weight\":\"model-00001-of-00002.safetensors\","
            "\"nope.weight\":\"model-00001-of-00002.safetensors\"}}")
                    .ok());
        auto bad = loadModel(sharded);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.find("nope.weight") != std::string::npos, bad.error().message.c_str());
        QVERIFY(writeTextFile(sharded + "/model.safetensors.index.json",
            "{\"weight_map\":{\"model.norm.weight\":\"../single/model.safetensors\"}}")
                    .ok());
        bad = loadModel(sharded);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.find("invalid file name") != std::string::npos);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QString>("configEdit"); // "key=value" replacing a config.json field
        QTest::addColumn<QString>("mustMention");
        QTest::addColumn<int>("code");
        QTest::addRow("wrong ffn size")
            << "intermediate_size=128"
            << "model.layers.0.mlp.gate_proj.weight' has shape (96, 64), expected (128, 64)"
            << int(ErrorCode::Format);
        QTest::addRow("wrong vocab") << "vocab_size=400"
                                     << "model.embed_tokens.weight' has shape (300, 64), expected (400, 64)"
                                     << int(ErrorCode::Format);
        QTest::addRow("more layers") << "num_hidden_layers=5"
                                     << "no_rope_layers" << int(ErrorCode::Format);
        QTest::addRow("untied") << "tie_word_embeddings=false"
                                << "lm_head.weight' is missing" << int(ErrorCode::Format);
        QTest::addRow("kv heads") << "num_key_value_heads=3"
                                  << "num_key_value_heads" << int(ErrorCode::Format);
        QTest::addRow("arch") << "model_type=\"llama\""
                              << "model_type \"llama\"" << int(ErrorCode::Unsupported);
        QTest::addRow("bias") << "attention_bias=true"
                              << "attention_bias" << int(ErrorCode::Unsupported);
        QTest::addRow("eps type") << "rms_norm_eps=\"small\""
                                  << "rms_norm_eps" << int(ErrorCode::Format);
    }
    void validationErrors()
    {
        QFETCH(QString, configEdit);
        QFETCH(QString, mustMention);
        QFETCH(int, code);
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString();
        QVERIFY(writeTinyModelHf(smallOptions(), d).ok());
        auto text = readTextFile(d + "/config.json");
        QVERIFY(text.ok());
        const QString key = configEdit.section('=', 0, 0), value = configEdit.section('=', 1);
        QString json = QString::fromStdString(text.value());
        const QRegularExpression field("\"" + key + "\":(\"[^\"]*\"|[^,}]*)");
        QVERIFY(json.contains(field));
        json.replace(field, "\"" + key + "\":" + value);
        QVERIFY(writeTextFile(d + "/config.json", json.toStdString()).ok());
        auto m = loadModel(d);
        QVERIFY(!m.ok());
        QCOMPARE(int(m.error().code), code);
        QVERIFY2(QString::fromStdString(m.error().message).contains(mustMention), m.error().message.c_str());
    }

    void missingFiles()
    {
        QTemporaryDir dir;
        auto m = loadModel(tmpPath(dir, "nothing-here"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::NotFound);
        auto noWeights = loadModel(dir.path().toStdString());
        QVERIFY(!noWeights.ok());
        QVERIFY(noWeights.error().message.find("config.json") != std::string::npos);
    }

    void wrongArchitectureGguf()
    {
        QTemporaryDir dir;
        GgufWriter w;
        w.set("general.architecture", GgufValue::string("llama"));
        w.set("llama.block_count", GgufValue::u32(2));
        const std::string path = tmpPath(dir, "llama.gguf");
        QVERIFY(w.write(path).ok());
        auto m = loadModel(path);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Unsupported);
        QVERIFY(m.error().message.find("'llama'") != std::string::npos);
        QVERIFY(m.error().message.find(path) != std::string::npos);
    }

    void hfConfigOfReleasedModel()
    {
        auto c = loadHfConfig(SB_TEST_DATA_DIR "/smollm3/config.json");
        QVERIFY2(c.ok(), c.ok() ? "" : c.error().toString().c_str());
        QCOMPARE(c->vocabSize, int64_t(128256));
        QCOMPARE(c->hiddenSize, int64_t(2048));
        QCOMPARE(c->headDim, int64_t(128));
        QCOMPARE(c->numKvHeads, int64_t(4));
        QCOMPARE(c->ropeTheta, 5000000.0);
        QCOMPARE(c->rmsNormEps, 1e-6);
        QCOMPARE(c->noRopeLayers.size(), size_t(36));
        for (int l = 0; l < 36; ++l)
            QCOMPARE(c->layerUsesRope(l), (l + 1) % 4 != 0);
        // And it survives our writer.
        auto again = parseHfConfig(hfConfigJson(c.value()), "rewritten");
        QVERIFY(again.ok());
        QCOMPARE(again->noRopeLayers, c->noRopeLayers);
        QCOMPARE(again->ropeTheta, c->ropeTheta);
    }
};

QTEST_GUILESS_MAIN(TestModelLoad)
#include "TestModelLoad.moc"
