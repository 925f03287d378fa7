// `switchboard-cli generate`: chat with a local SmolLM3 model from the terminal.
#include <QCommandLineParser>
#include <QFile>

#include "app/cli/BackendArgs.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliProgress.h"
#include "engine/runtime/ChatRuntime.h"

namespace sb::cli {
namespace {

int runGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates a reply from a local SmolLM3 model (Hugging Face directory or GGUF file).\n"
        "The prompt comes from --prompt or standard input; the reply streams to standard output."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("model"), QStringLiteral("Model directory or .gguf file."),
        QStringLiteral("path") });
    parser.addOption(
        { QStringLiteral("prompt"), QStringLiteral("The user message."), QStringLiteral("text") });
    parser.addOption(
        { QStringLiteral("system"), QStringLiteral("A system prompt."), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("no-think"), QStringLiteral("Reasoning mode off (/no_think).") });
    parser.addOption(
        { QStringLiteral("show-thinking"), QStringLiteral("Print the reasoning section to stderr.") });
    parser.addOption({ QStringLiteral("max-tokens"), QStringLiteral("Most tokens to generate."),
        QStringLiteral("n"), QStringLiteral("512") });
    parser.addOption({ QStringLiteral("temperature"), QStringLiteral("0 = greedy."), QStringLiteral("t"),
        QStringLiteral("0.6") });
    parser.addOption({ QStringLiteral("top-p"), QStringLiteral("Nucleus sampling mass."), QStringLiteral("p"),
        QStringLiteral("0.95") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("Sampling seed."), QStringLiteral("n"),
        QStringLiteral("0") });
    parser.addOption({ QStringLiteral("date"),
        QStringLiteral("Today's date for the template (e.g. \"25 November 2026\")."),
        QStringLiteral("text") });
    addBackendOptions(parser);
    parser.process(QStringList { QStringLiteral("switchboard-cli generate") } + args);

    if (!parser.isSet(QStringLiteral("model"))) {
        err() << "switchboard-cli generate: --model is required\n";
        return Usage;
    }
    QString prompt = parser.value(QStringLiteral("prompt"));
    if (!parser.isSet(QStringLiteral("prompt"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err() << "switchboard-cli generate: cannot read the prompt from standard input\n";
            return Usage;
        }
        prompt = QString::fromUtf8(in.readAll()).trimmed();
    }
    if (prompt.isEmpty()) {
        err() << "switchboard-cli generate: the prompt is empty\n";
        return Usage;
    }

    ChatRuntimeOptions rtOptions;
    if (QString e = backendOptionsFrom(parser, rtOptions.backend); !e.isEmpty()) {
        err() << "switchboard-cli generate: " << e << "\n";
        return Usage;
    }
    ProgressLine validate(QStringLiteral("checking model"));
    ProgressLine upload(QStringLiteral("uploading weights"));
    rtOptions.progress = [&](std::string_view stage, double fraction) {
        if (stage == "upload") {
            validate.finish();
            upload.update(fraction);
        } else {
            validate.update(fraction);
        }
    };
    auto rt = ChatRuntime::open(parser.value(QStringLiteral("model")).toStdString(), rtOptions);
    validate.finish();
    if (!rt) {
        err() << "switchboard-cli generate: " << QString::fromStdString(rt.error().message) << "\n";
        return Failure;
    }
    upload.finish();
    if (!(*rt)->notice().empty())
        err() << "note: " << QString::fromStdString((*rt)->notice()) << "\n";
    err() << "backend: " << (*rt)->backendName() << " (" << QString::fromStdString((*rt)->backendReason())
          << ")\n";

    std::vector<TemplateMessage> messages;
    if (parser.isSet(QStringLiteral("system")))
        messages.push_back({ "system", parser.value(QStringLiteral("system")).toStdString() });
    messages.push_back({ "user", prompt.toStdString() });
    ChatTemplateVars vars;
    vars.addGenerationPrompt = true;
    if (parser.isSet(QStringLiteral("no-think")))
        vars.enableThinking = false;
    vars.today = parser.value(QStringLiteral("date")).toStdString();

    GenerateOptions options;
    options.maxNewTokens = parser.value(QStringLiteral("max-tokens")).toLongLong();
    options.sampling.temperature = parser.value(QStringLiteral("temperature")).toFloat();
    options.sampling.topP = parser.value(QStringLiteral("top-p")).toFloat();
    options.sampling.seed = parser.value(QStringLiteral("seed")).toULongLong();
    const bool showThinking = parser.isSet(QStringLiteral("show-thinking"));

    auto run = (*rt)->chat(messages, vars, options, [&](const ChatDelta &d) {
        const QString text = QString::fromUtf8(d.text.data(), qsizetype(d.text.size()));
        if (!d.reasoning)
            out() << text, out().flush();
        else if (showThinking)
            err() << text, err().flush();
        return true;
    });
    out() << "\n";
    if (!run) {
        err() << "switchboard-cli generate: " << QString::fromStdString(run.error().message) << "\n";
        return Failure;
    }
    const GenerationStats &s = run->generation.stats;
    err() << QStringLiteral("%1 prompt tokens (%2 reused) at %3 tok/s, %4 generated at %5 tok/s, stop: %6\n")
                 .arg(s.promptTokens)
                 .arg(s.reusedTokens)
                 .arg(s.prefillTokensPerSecond(), 0, 'f', 1)
                 .arg(s.generatedTokens)
                 .arg(s.decodeTokensPerSecond(), 0, 'f', 1)
                 .arg(QLatin1String(stopReasonName(run->generation.stopReason)));
    return Ok;
}

const Registrar registrar("generate", "Chat with a local SmolLM3 model from the terminal", &runGenerate);

} // namespace
} // namespace sb::cli
