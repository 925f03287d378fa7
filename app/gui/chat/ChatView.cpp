#include "gui/chat/ChatView.h"

#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include "gui/chat/MessageDelegate.h"

namespace sb {

ChatView::ChatView(QWidget *parent)
    : QListView(parent), m_delegate(new MessageDelegate(this))
{
    setObjectName(QStringLiteral("messageView"));
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(false); // Markdown rows differ; MessageDelegate caches layouts instead
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    verticalScrollBar()->setSingleStep(24);
}

bool ChatView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void ChatView::followIfNeeded(bool wasAtBottom)
{
    if (!wasAtBottom)
        return;
    // After the delayed layout has run, or the scroll range is stale.
    QTimer::singleShot(0, this, [this] { scrollToBottom(); });
}

void ChatView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const bool wasAtBottom = isAtBottom();
    // Heights recorded before the change decide whether the rows move; only then a relayout.
    bool heightChanged = false;
    for (int row = topLeft.row(); row <= bottomRight.row() && !heightChanged; ++row) {
        const QModelIndex i = model()->index(row, 0);
        const int before = visualRect(i).height();
        const int after = m_delegate->sizeHint(viewOptionsForIndex(), i).height();
        heightChanged = before != after;
    }
    QListView::dataChanged(topLeft, bottomRight, roles);
    if (heightChanged) {
        ++m_relayouts;
        scheduleDelayedItemsLayout();
        followIfNeeded(wasAtBottom);
    }
}

void ChatView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    const bool wasAtBottom = isAtBottom();
    QListView::rowsInserted(parent, start, end);
    followIfNeeded(wasAtBottom);
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    const bool wasAtBottom = isAtBottom();
    QListView::resizeEvent(event);
    followIfNeeded(wasAtBottom);
}

void ChatView::paintEvent(QPaintEvent *event)
{
    if (model() && model()->rowCount() > 0) {
        QListView::paintEvent(event);
        return;
    }
    QPainter p(viewport());
    QColor c = palette().color(QPalette::Text);
    c.setAlphaF(0.55f);
    p.setPen(c);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    p.setFont(f);
    p.drawText(viewport()->rect().adjusted(40, 0, -40, 0), Qt::AlignCenter | Qt::TextWordWrap,
               tr("Start a conversation: pick a model above, write below and press Ctrl+Enter.\n"
                  "Answers show the provider, tokens, cost and speed."));
}

QStyleOptionViewItem ChatView::viewOptionsForIndex() const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    return option;
}

} // namespace sb
