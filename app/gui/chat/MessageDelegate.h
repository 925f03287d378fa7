#pragma once
// Paints one chat message: a card with the speaker, the collapsible thinking section, the Markdown
// body (code blocks on a tinted background with a Copy button) and a line of figures (provider,
// tokens, cost, TTFT, tokens/s).
//
// Markdown rows have different heights, so the view cannot use uniformItemSizes; instead the laid
// out QTextDocuments are cached per row, keyed by the row's revision and the text width, and a
// streamed token re-lays-out only its own row.
//
// An exact layout costs a Markdown parse and a text layout (about a millisecond a message), too
// much to do for all 2,000 messages of a long conversation before its first frame. So a row never
// laid out at the current width reports an estimate from its text length; ChatView lays out
// exactly the rows it is about to show and the rest in idle slices, keeping what the reader looks
// at in place when estimates turn into exact heights.

#include <QHash>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <memory>
#include <unordered_map>

class QAbstractItemView;

namespace sb {

class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit MessageDelegate(QAbstractItemView *view);
    ~MessageDelegate() override;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // Height cached for the row, or -1 when it has no valid layout (changed since, or never laid out).
    int cachedHeight(const QModelIndex &index) const;
    // Lays the row out exactly (if it is not already) and returns its height.
    int exactHeight(const QModelIndex &index, const QFont &font) const
    {
        return layoutFor(index, font).height;
    }
    // What sizeHint() says for a row without an exact layout at this width.
    int estimatedHeight(const QModelIndex &index, const QFont &font) const;
    void clearCache()
    {
        m_cache.clear();
        m_estimates.clear();
    }
    qsizetype cacheSize() const { return qsizetype(m_cache.size()); }
    // The code of each code block of the row, in order (what the Copy buttons copy).
    QStringList codeBlocks(const QModelIndex &index) const;

    // Splits a leading <think>...</think> section off streamed text (models that inline it).
    static void splitThinking(const QString &content, QString *answer, QString *thinking);

Q_SIGNALS:
    void codeCopied(const QString &code);

private:
    struct CodeBlock {
        QRectF rect; // in content-document coordinates
        QString code;
    };
    struct Layout {
        int revision = -1;
        int width = -1;
        bool expanded = false;
        int height = 0;
        std::unique_ptr<QTextDocument> content;
        std::unique_ptr<QTextDocument> reasoning; // only while expanded
        QString thinkingText;
        QVector<CodeBlock> code;
        // Offsets inside the card's rect
        QRect headerRect;
        QRect thinkingRect;
        QPoint reasoningOrigin;
        QPoint contentOrigin;
        QRect errorRect;
        QRect metaRect;
    };

    const Layout &layoutFor(const QModelIndex &index, const QFont &font) const;
    int textWidth() const;
    static QRect copyButtonRect(const CodeBlock &block, const QPoint &origin);

    struct Estimate {
        int revision = -1;
        int width = -1;
        int height = 0;
    };

    QAbstractItemView *m_view;
    mutable std::unordered_map<quint64, Layout> m_cache; // QHash needs copyable values
    // A relayout asks every row its height; estimates are kept so that costs a lookup, not a pass
    // over all the text again.
    mutable std::unordered_map<quint64, Estimate> m_estimates;
};

} // namespace sb
