#include "app/gui/finetune/DatasetPreviewPanel.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QStandardItemModel>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/local/DatasetPreview.h"
#include "app/local/FineTuneJob.h"

namespace sb {

namespace {

QString elide(QString text, int chars)
{
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return text.size() > chars ? text.left(chars - 1) + QStringLiteral("…") : text;
}

QStandardItem *number(qint64 n)
{
    auto *item = new QStandardItem(QLocale().toString(n));
    item->setData(n, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DatasetPreviewPanel::DatasetPreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(0, ColCount, this))
    , m_timer(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("previewSummary"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model->setHorizontalHeaderLabels(
        { tr("Line"), tr("Role"), tr("Content"), tr("Tokens"), tr("Assistant") });
    m_model->horizontalHeaderItem(ColTrained)
        ->setToolTip(tr("Tokens with a loss: the assistant's turns (all tokens for plain text)"));
    m_view->setObjectName(QStringLiteral("datasetPreview"));
    m_view->setAccessibleName(tr("Dataset preview"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ColContent, QHeaderView::Stretch);
    for (int c : { ColLine, ColRole, ColTokens, ColTrained })
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_view, 1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &DatasetPreviewPanel::run);
}

DatasetPreviewPanel::~DatasetPreviewPanel()
{
    for (QThread *t : findChildren<QThread *>())
        t->wait();
}

QString DatasetPreviewPanel::summary() const
{
    return m_label->text();
}

void DatasetPreviewPanel::request(const QString &modelPath, const QString &dataPath, qint64 seqLen)
{
    m_modelPath = modelPath;
    m_dataPath = dataPath;
    m_seqLen = seqLen;
    m_timer->start();
}

void DatasetPreviewPanel::run()
{
    const quint64 generation = ++m_generation;
    if (m_dataPath.isEmpty()) {
        m_model->removeRows(0, m_model->rowCount());
        m_label->setText(
            tr("Choose a JSONL dataset: one {\"messages\": [...]} or {\"text\": ...} record per line."));
        return;
    }
    if (m_modelPath.isEmpty()) {
        m_label->setText(tr("Choose a model (or load one in Models) to count tokens."));
        return;
    }
    m_label->setText(tr("Reading %1…").arg(QFileInfo(m_dataPath).fileName()));
    std::shared_ptr<const Tokenizer> tokenizer = m_modelPath == m_tokenizerModel ? m_tokenizer : nullptr;
    QPointer<DatasetPreviewPanel> self(this);
    QThread *t = QThread::create(
        [self, generation, model = m_modelPath, data = m_dataPath, seqLen = m_seqLen, tokenizer]() mutable {
            DatasetPreview preview;
            if (!tokenizer) {
                auto tok = tokenizerForModelPath(model);
                if (tok)
                    tokenizer = std::make_shared<const Tokenizer>(std::move(tok.value()));
                else
                    preview.error = QString::fromStdString(tok.error().message);
            }
            if (tokenizer)
                preview = previewDataset(data, *tokenizer, seqLen);
            QMetaObject::invokeMethod(qApp, [self, generation, model, tokenizer, preview] {
                if (!self || generation != self->m_generation)
                    return;
                if (tokenizer) {
                    self->m_tokenizerModel = model;
                    self->m_tokenizer = tokenizer;
                }
                self->showPreview(preview);
            });
        });
    t->setParent(this);
    connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
}

void DatasetPreviewPanel::showPreview(const DatasetPreview &preview)
{
    m_model->removeRows(0, m_model->rowCount());
    const QColor errorColor(QStringLiteral("#c0392b"));
    for (const PreviewRecord &r : preview.records) {
        QList<QStandardItem *> row;
        row << new QStandardItem(QString::number(r.line));
        if (!r.error.isEmpty()) {
            row << new QStandardItem(tr("error")) << new QStandardItem(r.error) << new QStandardItem
                << new QStandardItem;
            for (QStandardItem *i : row)
                i->setForeground(errorColor);
        } else if (r.chat) {
            QStringList roles, parts;
            for (const PreviewMessage &m : r.messages) {
                roles << m.role;
                if (m.role != QLatin1String("system"))
                    parts << m.role + QStringLiteral(": ") + m.content;
            }
            row << new QStandardItem(roles.join(QStringLiteral(" · ")))
                << new QStandardItem(elide(parts.join(QStringLiteral("  ")), 200)) << number(r.tokens)
                << number(r.trainedTokens);
            for (const PreviewMessage &m : r.messages)
                row.front()->appendRow({ new QStandardItem, new QStandardItem(m.role),
                    new QStandardItem(elide(m.content, 400)), new QStandardItem, new QStandardItem });
        } else {
            row << new QStandardItem(tr("text")) << new QStandardItem(elide(r.text, 200)) << number(r.tokens)
                << number(r.trainedTokens);
        }
        for (QStandardItem *i : row)
            i->setEditable(false);
        m_model->appendRow(row);
    }
    QString summary;
    if (!preview.error.isEmpty()) {
        summary = tr("<b>Error</b> at line %1: %2").arg(preview.errorLine).arg(preview.error.toHtmlEscaped());
        m_label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else {
        summary = tr("%1 records · %2 tokens · %3 assistant tokens (tokenised with the model's tokenizer, "
                     "chat template applied)")
                      .arg(QLocale().toString(preview.totalRecords), QLocale().toString(preview.totalTokens),
                          QLocale().toString(preview.totalTrainedTokens));
        if (preview.records.size() < preview.totalRecords)
            summary += tr("; the first %1 are shown").arg(preview.records.size());
        m_label->setStyleSheet(QString());
    }
    m_label->setText(summary);
    Q_EMIT ready();
}

} // namespace sb
