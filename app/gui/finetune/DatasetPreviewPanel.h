#pragma once
// The dataset preview of the Fine-tune area: a summary line (records, tokens, assistant tokens,
// or the first malformed line) over a tree of the first records (one child per chat message).
// Tokenising runs on a short-lived thread; the model's tokenizer is kept while the model stays.

#include <QWidget>
#include <memory>

class QLabel;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace sb {

class Tokenizer;
struct DatasetPreview;

class DatasetPreviewPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { ColLine, ColRole, ColContent, ColTokens, ColTrained, ColCount };

    explicit DatasetPreviewPanel(QWidget *parent = nullptr);
    ~DatasetPreviewPanel() override;

    // Previews `dataPath` with `modelPath`'s tokenizer (debounced; the latest request wins).
    void request(const QString &modelPath, const QString &dataPath, qint64 seqLen);
    void showPreview(const DatasetPreview &preview);

    QStandardItemModel *model() const { return m_model; }
    QString summary() const;

Q_SIGNALS:
    void ready();

private:
    void run();

    QLabel *m_label;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QTimer *m_timer;
    QString m_modelPath, m_dataPath;
    qint64 m_seqLen = 0;
    quint64 m_generation = 0;
    QString m_tokenizerModel;
    std::shared_ptr<const Tokenizer> m_tokenizer;
};

} // namespace sb
