#pragma once
// The message list: a QListView over a ConversationModel, painted by MessageDelegate. It keeps
// the newest message in sight while tokens stream in (unless the reader scrolled up), and
// re-lays-out rows only when a change altered a row's height.
//
// Long conversations open at once: rows start with estimated heights (MessageDelegate), the rows
// in sight are laid out exactly before they are shown, and the rest in idle slices of a few
// milliseconds, newest first. When estimates become exact heights the message at the top of the
// view stays where it is (or the view stays at the bottom).

#include <QElapsedTimer>
#include <QListView>

class QTimer;

namespace sb {

class MessageDelegate;

class ChatView : public QListView {
    Q_OBJECT

public:
    explicit ChatView(QWidget *parent = nullptr);

    MessageDelegate *messageDelegate() const { return m_delegate; }
    bool isAtBottom() const;
    // Relayouts caused by a row's height changing (streaming grows the last row); for tests.
    int relayoutCount() const { return m_relayouts; }
    // Rows still waiting for their exact layout in idle time (0 once the whole list is exact).
    int pendingLayouts() const { return m_warmNext + 1; }
    // Lays out exactly the rows in sight (and re-lays-out the list if that moved anything).
    void settleVisibleRows();

    void reset() override;
    void doItemsLayout() override;

protected:
    void dataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    // A theme switch: Markdown takes link and code colours from the palette when it is laid out,
    // so cached layouts go (links of the light theme were unreadable on the dark one).
    void changeEvent(QEvent *event) override;

private:
    void followIfNeeded(bool wasAtBottom);
    void relayoutKeepingAnchor();
    void restartWarmUp();
    void warmUpSlice();
    QStyleOptionViewItem viewOptionsForIndex() const;

    MessageDelegate *m_delegate;
    int m_relayouts = 0;
    QTimer *m_warm;
    int m_warmNext = -1; // next row (counting down) to lay out in idle time
    bool m_settling = false;
    bool m_follow = true; // the reader is at the bottom: streamed text keeps the newest in sight
    bool m_followPending = false;
    bool m_autoScrolling = false; // the view scrolls itself (following), not the reader
    bool m_warmMoved = false; // exact heights differ from the estimates the list was laid out with
    QElapsedTimer m_sinceRelayout; // the warm-up's last relayout
};

} // namespace sb
