// `switchboard-cli tokenize`: the token ids the local model's tokenizer gives a text, comma
// separated so they can go straight into `logits --tokens`.
//   tokenize --model PATH --text "Hello world" [--special] [--bos] [--json]
// PATH: a model directory (its tokenizer.json), a .gguf file (its vocabulary) or a tokenizer.json.
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/CliCommand.h"
#include "engine/model/Gguf.h"
#include "engine/model/GgufModel.h"
#include "engine/tokenizer/Tokenizer.h"

namespace sb::cli {
namespace {

Result<Tokenizer> openTokenizer(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Tokenizer::fromFile(QDir(path).filePath(QStringLiteral("tokenizer.json")).toStdString());
    if (path.endsWith(QLatin1String(".gguf"), Qt::CaseInsensitive)) {
        auto file = GgufFile::open(path.toStdString());
        if (!file)
            return file.error();
        auto data = ggufTokenizerData(file.value());
        if (!data)
            return data.error();
        return Tokenizer::fromTokenizerData(data.value(), path.toStdString());
    }
    return Tokenizer::fromFile(path.toStdString());
}

int runTokenize(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the token ids of a text, comma separated (for `logits --tokens`).\n"
        "--model is a model directory, a .gguf file or a tokenizer.json; the text comes from --text or "
        "standard input."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("model"),
        QStringLiteral("Model directory, .gguf file or tokenizer.json."), QStringLiteral("path") });
    parser.addOption(
        { QStringLiteral("text"), QStringLiteral("The text to tokenize."), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("special"),
        QStringLiteral("Match special tokens written in the text (<|im_start|>, ...).") });
    parser.addOption({ QStringLiteral("bos"), QStringLiteral("Prepend the beginning-of-text token.") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("JSON: ids and each token's text.") });
    parser.process(QStringList { QStringLiteral("switchboard-cli tokenize") } + args);

    if (!parser.isSet(QStringLiteral("model"))) {
        err() << "switchboard-cli tokenize: --model is required\n";
        return Usage;
    }
    QString text = parser.value(QStringLiteral("text"));
    if (!parser.isSet(QStringLiteral("text"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err() << "switchboard-cli tokenize: cannot read the text from standard input\n";
            return Usage;
        }
        text = QString::fromUtf8(in.readAll());
    }
    auto tokenizer = openTokenizer(parser.value(QStringLiteral("model")));
    if (!tokenizer) {
        err() << "switchboard-cli tokenize: " << QString::fromStdString(tokenizer.error().message) << "\n";
        return Failure;
    }
    EncodeOptions options;
    options.parseSpecial = parser.isSet(QStringLiteral("special"));
    options.addBos = parser.isSet(QStringLiteral("bos"));
    const std::vector<int32_t> ids = tokenizer->encode(text.toStdString(), options);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray idArray, pieces;
        for (const int32_t id : ids) {
            idArray.append(id);
            const std::string piece = tokenizer->decode(std::span<const int32_t>(&id, 1));
            pieces.append(QString::fromStdString(piece));
        }
        out() << QJsonDocument(
            QJsonObject { { QStringLiteral("ids"), idArray }, { QStringLiteral("tokens"), pieces },
                { QStringLiteral("count"), qint64(ids.size()) } })
                     .toJson(QJsonDocument::Compact)
              << "\n";
        return Ok;
    }
    QStringList parts;
    parts.reserve(qsizetype(ids.size()));
    for (const int32_t id : ids)
        parts << QString::number(id);
    out() << parts.join(QLatin1Char(',')) << "\n";
    return Ok;
}

const Registrar registrar("tokenize", "Token ids of a text with the local model's tokenizer", &runTokenize);

} // namespace
} // namespace sb::cli
