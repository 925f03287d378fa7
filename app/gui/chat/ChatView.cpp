#include "app/gui/chat/ChatView.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include "app/gui/chat/MessageDelegate.h"

namespace sb {

ChatView::ChatView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(this))
    , m_warm(new QTimer(this))
{
    m_warm->setInterval(0);
    connect(m_warm, &QTimer::timeout, this, &ChatView::warmUpSlice);
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
    // Following is the reader's choice, made by scrolling: a row that grew before the layout
    // caught up (tokens arrive faster than frames) must not end it.
    if (!wasAtBottom && !m_follow)
        return;
    if (m_followPending)
        return;
    m_followPending = true;
    QTimer::singleShot(0, this, [this] {
        m_followPending = false;
        if (!m_follow)
            return;
        executeDelayedItemsLayout(); // the scroll range of the grown row, not the stale one
        const bool wasScrolling = m_autoScrolling;
        m_autoScrolling = true;
        scrollToBottom();
        m_autoScrolling = wasScrolling;
    });
}

void ChatView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
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
    restartWarmUp();
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    const bool wasAtBottom = isAtBottom();
    QListView::resizeEvent(event);
    followIfNeeded(wasAtBottom);
    if (event->size().width() != event->oldSize().width())
        restartWarmUp(); // every row's text width changed: estimates until laid out again
}

void ChatView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_delegate->clearCache();
        scheduleDelayedItemsLayout();
        restartWarmUp();
        viewport()->update();
    }
}

void ChatView::reset()
{
    m_follow = true; // another conversation opens at its newest message
    QListView::reset();
    restartWarmUp();
}

void ChatView::doItemsLayout()
{
    QListView::doItemsLayout();
    // After any full layout (a new model, a reset, a resize), what shows is made exact before the
    // next frame; the warm-up goes on with the rest.
    if (!m_settling)
        QTimer::singleShot(0, this, &ChatView::settleVisibleRows);
}

void ChatView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    // The reader scrolled (wheel, keys, scroll bar): follow again only once back at the bottom.
    if (!m_autoScrolling && !m_settling && dy != 0)
        m_follow = isAtBottom();
    if (!m_settling)
        settleVisibleRows();
}

void ChatView::settleVisibleRows()
{
    if (!model() || m_settling)
        return;
    m_settling = true;
    const QStyleOptionViewItem option = viewOptionsForIndex();
    // A relayout can bring other rows into sight (exact rows shorter than their estimates).
    for (int pass = 0; pass < 4; ++pass) {
        const QModelIndex first = indexAt(QPoint(viewport()->width() / 2, 0));
        if (!first.isValid())
            break;
        bool moved = false;
        for (int row = first.row(); row < model()->rowCount(); ++row) {
            const QModelIndex i = model()->index(row, 0);
            const QRect r = visualRect(i);
            if (r.top() > viewport()->height())
                break;
            if (m_delegate->cachedHeight(i) < 0 && m_delegate->exactHeight(i, option.font) != r.height())
                moved = true;
        }
        if (!moved)
            break;
        relayoutKeepingAnchor();
    }
    m_settling = false;
}

void ChatView::relayoutKeepingAnchor()
{
    const bool wasSettling = m_settling;
    m_settling = true;
    const bool atBottom = isAtBottom();
    const QModelIndex anchor = indexAt(QPoint(viewport()->width() / 2, 0));
    const int before = anchor.isValid() ? visualRect(anchor).top() : 0;
    QListView::doItemsLayout();
    if (atBottom || m_follow) {
        const bool wasScrolling = m_autoScrolling;
        m_autoScrolling = true;
        scrollToBottom();
        m_autoScrolling = wasScrolling;
    } else if (anchor.isValid())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + visualRect(anchor).top() - before);
    m_settling = wasSettling;
}

void ChatView::restartWarmUp()
{
    m_warmNext = model() ? model()->rowCount() - 1 : -1;
    if (m_warmNext >= 0)
        m_warm->start();
    else
        m_warm->stop();
}

void ChatView::warmUpSlice()
{
    if (!model() || m_warmNext >= model()->rowCount())
        m_warmNext = model() ? model()->rowCount() - 1 : -1;
    // Short slices keep typing and scrolling responsive while the rest is laid out.
    const QStyleOptionViewItem option = viewOptionsForIndex();
    QElapsedTimer slice;
    slice.start();
    while (m_warmNext >= 0 && slice.elapsed() < 6) {
        const QModelIndex i = model()->index(m_warmNext--, 0);
        if (m_delegate->cachedHeight(i) >= 0)
            continue;
        const int estimate = m_delegate->estimatedHeight(i, option.font);
        m_warmMoved |= m_delegate->exactHeight(i, option.font) != estimate;
    }
    // Rows off screen only change the scroll range, so the list is re-laid out (a pass over
    // every row) a few times a second and at the end, not after every slice.
    const bool done = m_warmNext < 0;
    if (m_warmMoved && (done || !m_sinceRelayout.isValid() || m_sinceRelayout.elapsed() > 250)) {
        relayoutKeepingAnchor();
        m_warmMoved = false;
        m_sinceRelayout.start();
    }
    if (done)
        m_warm->stop();
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
