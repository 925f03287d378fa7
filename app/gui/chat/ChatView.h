#pragma once
// The message list: a QListView over a ConversationModel, painted by MessageDelegate. It keeps
// the newest message in sight while tokens stream in (unless the reader scrolled up), and
// re-lays-out rows only when a change altered a row's height.

#include <QListView>

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

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void followIfNeeded(bool wasAtBottom);
    QStyleOptionViewItem viewOptionsForIndex() const;

    MessageDelegate *m_delegate;
    int m_relayouts = 0;
};

} // namespace sb
