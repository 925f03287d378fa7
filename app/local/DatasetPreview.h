#pragma once
// What a fine-tuning dataset holds before training starts: its first records (roles and
// contents, or plain text) with the token counts training will see (the model's tokenizer, the
// SmolLM3 chat template applied, assistant tokens counted apart), totals over the whole file,
// and the first malformed line.

#include <QString>
#include <QVector>

#include "engine/lora/LoraDataset.h"

namespace sb {

struct PreviewMessage {
    QString role;
    QString content;
};

struct PreviewRecord {
    qint64 line = 0; // 1-based line in the file
    bool chat = false; // {"messages": ...} vs {"text": ...}
    QVector<PreviewMessage> messages; // chat records
    QString text; // plain-text records
    qint64 tokens = 0; // after the template and truncation to the sequence length
    qint64 trainedTokens = 0; // tokens with a loss (the assistant's, or all for text)
    QString error; // this record is malformed: why (the line is in `line`)
};

struct DatasetPreview {
    QString path;
    QVector<PreviewRecord> records; // the first maxRecords non-blank lines
    qint64 totalRecords = 0; // over the whole file (0 when it has an error)
    qint64 totalTokens = 0;
    qint64 totalTrainedTokens = 0;
    QString error; // "<file>:<line>: <why>" for the first malformed record
    qint64 errorLine = 0;
};

// Reads and tokenises `path` (blocking; run it off the GUI thread for big files).
DatasetPreview previewDataset(
    const QString &path, const Tokenizer &tokenizer, int64_t seqLen, int maxRecords = 100);

} // namespace sb
