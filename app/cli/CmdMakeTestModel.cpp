// `switchboard-cli make-test-model`: a random-weight model with the exact SmolLM3 architecture at
// chosen small sizes, as a Hugging Face directory or a GGUF file, deterministic from a seed.
#include <QCommandLineParser>

#include "app/cli/CliCommand.h"
#include "engine/model/Quantize.h"
#include "engine/model/TinyModel.h"

namespace sb::cli {
namespace {

int runMakeTestModel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a random SmolLM3-architecture model. Without --tokenizer a tiny synthetic byte-level "
        "tokenizer is used (vocab >= 272); with the real tokenizer.json use --vocab 128256."));
    parser.addHelpOption();
    const QCommandLineOption output(QStringLiteral("out"),
        QStringLiteral("Output directory (hf) or .gguf file."), QStringLiteral("path"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("hf or gguf (default hf)."),
        QStringLiteral("format"), QStringLiteral("hf"));
    const QCommandLineOption dtype(QStringLiteral("dtype"),
        QStringLiteral("Weight type: hf f32|f16|bf16 (default bf16); gguf also q8_0|q4_0|q4_k|q6_k (default "
                       "f32; k-quants need hidden and ffn multiples of 256)."),
        QStringLiteral("type"));
    const QCommandLineOption tokenizer(
        QStringLiteral("tokenizer"), QStringLiteral("tokenizer.json to use."), QStringLiteral("file"));
    const QCommandLineOption chatTemplate(QStringLiteral("chat-template"),
        QStringLiteral("Chat template file to embed."), QStringLiteral("file"));
    struct IntOption {
        QCommandLineOption option;
        int64_t *target;
    };
    TinyModelOptions o;
    o.config = TinyModelOptions::tinyModelConfig(512);
    o.config.noRopeLayers.clear(); // derived from the layer count (every 4th is NoPE)
    int64_t seed = 1;
    std::vector<IntOption> ints = {
        { QCommandLineOption(
              QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("n")),
            &seed },
        { QCommandLineOption(
              QStringLiteral("layers"), QStringLiteral("Layers (default 4)."), QStringLiteral("n")),
            &o.config.numLayers },
        { QCommandLineOption(
              QStringLiteral("hidden"), QStringLiteral("Hidden size (default 64)."), QStringLiteral("n")),
            &o.config.hiddenSize },
        { QCommandLineOption(
              QStringLiteral("heads"), QStringLiteral("Query heads (default 4)."), QStringLiteral("n")),
            &o.config.numHeads },
        { QCommandLineOption(
              QStringLiteral("kv-heads"), QStringLiteral("KV heads (default 2)."), QStringLiteral("n")),
            &o.config.numKvHeads },
        { QCommandLineOption(QStringLiteral("head-dim"), QStringLiteral("Head dim (default hidden/heads)."),
              QStringLiteral("n")),
            &o.config.headDim },
        { QCommandLineOption(
              QStringLiteral("ffn"), QStringLiteral("Intermediate size (default 128)."), QStringLiteral("n")),
            &o.config.intermediateSize },
        { QCommandLineOption(QStringLiteral("vocab"),
              QStringLiteral("Vocabulary size (default 512, or 128256 with --tokenizer)."),
              QStringLiteral("n")),
            &o.config.vocabSize },
        { QCommandLineOption(QStringLiteral("context"), QStringLiteral("Context length (default 4096)."),
              QStringLiteral("n")),
            &o.config.maxPositionEmbeddings },
    };
    parser.addOptions({ output, format, dtype, tokenizer, chatTemplate });
    for (const IntOption &i : ints)
        parser.addOption(i.option);
    parser.process(QStringList { QStringLiteral("switchboard-cli make-test-model") } + args);

    if (!parser.isSet(output)) {
        err() << "switchboard-cli make-test-model: --out is required\n";
        return Usage;
    }
    if (parser.isSet(tokenizer)) {
        o.tokenizerJsonPath = parser.value(tokenizer).toStdString();
        o.config.vocabSize = 128256;
    }
    o.chatTemplatePath = parser.value(chatTemplate).toStdString();
    for (const IntOption &i : ints) {
        if (!parser.isSet(i.option))
            continue;
        bool ok = false;
        *i.target = parser.value(i.option).toLongLong(&ok);
        if (!ok) {
            err() << "switchboard-cli make-test-model: --" << i.option.names().first()
                  << " needs an integer\n";
            return Usage;
        }
    }
    if (!parser.isSet(ints[5].option))
        o.config.headDim = o.config.numHeads > 0 ? o.config.hiddenSize / o.config.numHeads : 0;
    o.seed = static_cast<uint64_t>(seed);

    const bool gguf = parser.value(format) == QStringLiteral("gguf");
    if (!gguf && parser.value(format) != QStringLiteral("hf")) {
        err() << "switchboard-cli make-test-model: --format must be hf or gguf\n";
        return Usage;
    }
    auto type = parseDType(parser.isSet(dtype) ? parser.value(dtype).toStdString() : (gguf ? "f32" : "bf16"));
    if (!type) {
        err() << "switchboard-cli make-test-model: " << QString::fromStdString(type.error().message) << "\n";
        return Usage;
    }
    const std::string path = parser.value(output).toStdString();
    auto result = gguf ? writeTinyModelGguf(o, path, type.value()) : writeTinyModelHf(o, path, type.value());
    if (!result) {
        err() << "switchboard-cli make-test-model: " << QString::fromStdString(result.error().toString())
              << "\n";
        return Failure;
    }
    out() << "wrote " << parser.value(output) << "\n";
    return Ok;
}

const Registrar registrar("make-test-model",
    "Write a random-weight SmolLM3-architecture model (HF directory or GGUF)", &runMakeTestModel);

} // namespace
} // namespace sb::cli
