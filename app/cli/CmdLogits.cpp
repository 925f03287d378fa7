// `switchboard-cli logits`: the local model's logits at the last position of a token sequence, as
// JSON, for checking the engine against a reference (transformers, llama.cpp) from the terminal.
//   logits --model PATH --tokens 1,2,3 [--top N | --all] [--backend cpu|vulkan|auto]
// Output: {"model", "backend", "tokens", "position", "vocab", "top": [{"id", "logit", "token"}]} or,
// with --all, "logits": [every logit of the vocabulary, in id order].
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/BackendArgs.h"
#include "app/cli/CliCommand.h"
#include "engine/runtime/ChatRuntime.h"

#include <algorithm>
#include <numeric>

namespace sb::cli {
namespace {

// "1,2,3" (spaces allowed) -> ids; empty with `error` set on anything else.
std::vector<int32_t> parseTokens(const QString &text, QString &error)
{
    std::vector<int32_t> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok || id < 0) {
            error = QStringLiteral("--tokens: '%1' is not a token id").arg(part.trimmed());
            return {};
        }
        ids.push_back(int32_t(id));
    }
    if (ids.empty())
        error = QStringLiteral("--tokens needs at least one id, e.g. --tokens 9906,1917");
    return ids;
}

int runLogits(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the local model over token ids and prints the logits of the last position as JSON."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("model"), QStringLiteral("Model directory or .gguf file."),
        QStringLiteral("path") });
    parser.addOption({ QStringLiteral("tokens"),
        QStringLiteral("Token ids, comma separated (see `tokenize`)."), QStringLiteral("ids") });
    parser.addOption({ QStringLiteral("top"), QStringLiteral("The N largest logits (default 10)."),
        QStringLiteral("N"), QStringLiteral("10") });
    parser.addOption(
        { QStringLiteral("all"), QStringLiteral("Every logit of the vocabulary, in id order.") });
    addBackendOptions(parser);
    parser.process(QStringList { QStringLiteral("switchboard-cli logits") } + args);

    if (!parser.isSet(QStringLiteral("model")) || !parser.isSet(QStringLiteral("tokens"))) {
        err() << "switchboard-cli logits: --model and --tokens are required\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("top")) && parser.isSet(QStringLiteral("all"))) {
        err() << "switchboard-cli logits: --top and --all exclude each other\n";
        return Usage;
    }
    bool ok = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 1) {
        err() << "switchboard-cli logits: --top must be a positive number\n";
        return Usage;
    }
    QString error;
    const std::vector<int32_t> tokens = parseTokens(parser.value(QStringLiteral("tokens")), error);
    if (!error.isEmpty()) {
        err() << "switchboard-cli logits: " << error << "\n";
        return Usage;
    }
    ChatRuntimeOptions options;
    if (QString e = backendOptionsFrom(parser, options.backend); !e.isEmpty()) {
        err() << "switchboard-cli logits: " << e << "\n";
        return Usage;
    }
    auto rt = ChatRuntime::open(parser.value(QStringLiteral("model")).toStdString(), options);
    if (!rt) {
        err() << "switchboard-cli logits: " << QString::fromStdString(rt.error().message) << "\n";
        return Failure;
    }
    if (!(*rt)->notice().empty())
        err() << "note: " << QString::fromStdString((*rt)->notice()) << "\n";
    auto logits = (*rt)->session().backend().forward(tokens, 0);
    if (!logits) {
        err() << "switchboard-cli logits: " << QString::fromStdString(logits.error().message) << "\n";
        return Failure;
    }
    const std::span<const float> values = logits.value();
    const Tokenizer &tokenizer = (*rt)->tokenizer();

    QJsonArray tokenArray;
    for (const int32_t id : tokens)
        tokenArray.append(id);
    QJsonObject o { { QStringLiteral("model"), parser.value(QStringLiteral("model")) },
        { QStringLiteral("backend"), QString::fromLatin1((*rt)->backendName()) },
        { QStringLiteral("tokens"), tokenArray }, { QStringLiteral("position"), qint64(tokens.size()) - 1 },
        { QStringLiteral("vocab"), qint64(values.size()) } };
    if (parser.isSet(QStringLiteral("all"))) {
        QJsonArray all;
        for (const float v : values)
            all.append(double(v));
        o.insert(QStringLiteral("logits"), all);
    } else {
        std::vector<int32_t> order(values.size());
        std::iota(order.begin(), order.end(), 0);
        const size_t n = std::min(order.size(), size_t(top));
        // Largest first; equal logits by id, so the output is deterministic.
        std::partial_sort(
            order.begin(), order.begin() + qsizetype(n), order.end(), [&](int32_t a, int32_t b) {
                return values[size_t(a)] > values[size_t(b)]
                    || (values[size_t(a)] == values[size_t(b)] && a < b);
            });
        QJsonArray best;
        for (size_t i = 0; i < n; ++i) {
            const int32_t id = order[i];
            best.append(QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("logit"), double(values[size_t(id)]) },
                { QStringLiteral("token"),
                    QString::fromStdString(tokenizer.decode(std::span<const int32_t>(&id, 1))) } });
        }
        o.insert(QStringLiteral("top"), best);
    }
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    return Ok;
}

const Registrar registrar(
    "logits", "Logits of the local model at the last position of a token sequence (JSON)", &runLogits);

} // namespace
} // namespace sb::cli
