// `switchboard-cli quantize --model IN --to q8_0|q4_0|q4_k|q6_k --out FILE.gguf`: writes a GGUF whose
// weights are quantised with ggml's reference rounding (norms stay F32).
#include <QCommandLineParser>

#include "app/cli/CliCommand.h"
#include "engine/model/Quantize.h"

namespace sb::cli {
namespace {

int runQuantize(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Quantises a SmolLM3 model (HF directory or GGUF) into a GGUF file."));
    parser.addHelpOption();
    const QCommandLineOption model(QStringLiteral("model"),
        QStringLiteral("Input model directory or .gguf file."), QStringLiteral("path"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Target type: q8_0, q4_0, q4_k or q6_k (also f16, bf16, f32); k-quants need rows of "
                       "whole 256-element blocks."),
        QStringLiteral("type"));
    const QCommandLineOption output(
        QStringLiteral("out"), QStringLiteral("Output .gguf file."), QStringLiteral("file"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not print progress."));
    parser.addOptions({ model, to, output, quiet });
    parser.process(QStringList { QStringLiteral("switchboard-cli quantize") } + args);

    if (!parser.isSet(model) || !parser.isSet(to) || !parser.isSet(output)) {
        err() << "switchboard-cli quantize: --model, --to and --out are required\n";
        return Usage;
    }
    auto dtype = parseDType(parser.value(to).toStdString());
    if (!dtype) {
        err() << "switchboard-cli quantize: " << QString::fromStdString(dtype.error().message) << "\n";
        return Usage;
    }
    const bool showProgress = !parser.isSet(quiet);
    auto progress = [showProgress](const ModelProgress &p) {
        if (showProgress) {
            err() << "\rquantising: " << p.tensorsDone << "/" << p.tensorsTotal << " tensors, "
                  << (p.bytesDone >> 20) << " MiB written";
            err().flush();
        }
        return true;
    };
    auto result = quantizeModel(
        parser.value(model).toStdString(), dtype.value(), parser.value(output).toStdString(), progress);
    if (showProgress)
        err() << "\n";
    if (!result) {
        err() << "switchboard-cli quantize: " << QString::fromStdString(result.error().toString()) << "\n";
        return Failure;
    }
    out() << "wrote " << parser.value(output) << "\n";
    return Ok;
}

const Registrar registrar(
    "quantize", "Quantise a model to a Q8_0, Q4_0, Q4_K or Q6_K GGUF file", &runQuantize);

} // namespace
} // namespace sb::cli
