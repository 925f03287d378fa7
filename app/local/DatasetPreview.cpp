#include "app/local/DatasetPreview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "engine/model/FileIo.h"

namespace sb {

namespace {

// The engine names the file and line ("<path>:<line>: why"); pull the line out of that.
qint64 lineOf(const QString &message, const QString &path)
{
    const QString prefix = path + QLatin1Char(':');
    if (!message.startsWith(prefix))
        return 0;
    const QString rest = message.mid(prefix.size());
    return rest.section(QLatin1Char(':'), 0, 0).toLongLong();
}

void fillDisplay(PreviewRecord &r, const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QJsonValue messages = o.value(QStringLiteral("messages"));
    if (messages.isArray()) {
        r.chat = true;
        for (const QJsonValue &m : messages.toArray()) {
            const QJsonObject mo = m.toObject();
            r.messages.push_back({ mo.value(QStringLiteral("role")).toString(),
                mo.value(QStringLiteral("content")).toString() });
        }
    } else {
        r.text = o.value(QStringLiteral("text")).toString();
        if (r.text.isEmpty() && o.isEmpty())
            r.text = QString::fromUtf8(line.left(200));
    }
}

} // namespace

DatasetPreview previewDataset(const QString &path, const Tokenizer &tokenizer, int64_t seqLen, int maxRecords)
{
    DatasetPreview out;
    out.path = path;
    auto text = readTextFile(path.toStdString());
    if (!text) {
        out.error = QString::fromStdString(text.error().message);
        return out;
    }
    DatasetOptions options;
    options.seqLen = seqLen;

    // The first records one by one, so each gets its counts (or its own error) even when a later
    // line is malformed.
    const std::string &all = text.value();
    size_t pos = 0;
    qint64 line = 0;
    while (pos < all.size() && out.records.size() < maxRecords) {
        size_t nl = all.find('\n', pos);
        if (nl == std::string::npos)
            nl = all.size();
        const std::string_view rec = std::string_view(all).substr(pos, nl - pos);
        pos = nl + 1;
        ++line;
        if (rec.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        PreviewRecord r;
        r.line = line;
        fillDisplay(r, QByteArray(rec.data(), qsizetype(rec.size())));
        auto parsed = parseJsonlDataset(rec, tokenizer, options, std::string());
        if (parsed) {
            const TrainExample &e = parsed.value().front();
            r.tokens = qint64(e.tokens.size());
            r.trainedTokens = e.targetCount();
        } else {
            // ":1: why" for the single line given; the record's own line is `line`.
            QString why = QString::fromStdString(parsed.error().message);
            static const QRegularExpression prefix(QStringLiteral("^:\\d+: "));
            why.remove(prefix);
            r.error = why;
        }
        out.records.push_back(std::move(r));
    }

    auto parsed = parseJsonlDataset(all, tokenizer, options, path.toStdString());
    if (!parsed) {
        out.error = QString::fromStdString(parsed.error().message);
        out.errorLine = lineOf(out.error, path);
        return out;
    }
    for (const TrainExample &e : parsed.value()) {
        ++out.totalRecords;
        out.totalTokens += qint64(e.tokens.size());
        out.totalTrainedTokens += e.targetCount();
    }
    return out;
}

} // namespace sb
