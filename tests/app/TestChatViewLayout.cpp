// ChatView's lazy layout for long conversations: opening lays out exactly only what shows (the
// rest carry estimates), the idle warm-up makes every row exact, and while estimates turn into
// exact heights the reader's place does not move: the bottom stays the bottom, and a message at
// the top of the view stays at the same pixel.
#include <QtTest>

#include <QScrollBar>

#include "app/gui/chat/ChatView.h"
#include "app/gui/chat/ConversationModel.h"
#include "app/gui/chat/MessageDelegate.h"

using namespace sb;

namespace {

QVector<StoredMessage> conversation(int n)
{
    QVector<StoredMessage> out;
    for (int i = 0; i < n; ++i) {
        StoredMessage m;
        m.id = i + 1;
        m.conversationId = 1;
        m.role = i % 2 ? QStringLiteral("assistant") : QStringLiteral("user");
        QString text = QStringLiteral("Message %1. ").arg(i);
        for (int k = 0; k < i % 7; ++k)
            text += QStringLiteral(
                "A sentence that makes this message wrap over more lines than the estimate guesses. ");
        if (i % 5 == 1)
            text += QStringLiteral("\n\n```cpp\nint main()\n{\n    return %1;\n}\n```\n\n- one\n- two\n")
                        .arg(i);
        m.content = text;
        if (m.role == QLatin1String("assistant")) {
            m.model = QStringLiteral("m");
            m.tokensOut = 10;
        }
        out << m;
    }
    return out;
}

// The rows that show, each with its exact height where the view placed it.
void verifyVisibleRowsExact(ChatView &view)
{
    const QModelIndex first = view.indexAt(QPoint(view.viewport()->width() / 2, 0));
    QVERIFY(first.isValid());
    for (int row = first.row(); row < view.model()->rowCount(); ++row) {
        const QModelIndex i = view.model()->index(row, 0);
        const QRect r = view.visualRect(i);
        if (r.top() > view.viewport()->height())
            break;
        QVERIFY2(view.messageDelegate()->cachedHeight(i) >= 0, qPrintable(QString::number(row)));
        QCOMPARE(r.height(), view.messageDelegate()->cachedHeight(i));
    }
}

} // namespace

class TestChatViewLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Issue 14, point 6: a streaming answer is followed while the reader is at the bottom, one
    // token at a time as the chat delivers them, and no longer once they scroll up.
    void opensAtTheBottomLayingOutOnlyWhatShows()
    {
        ConversationModel model;
        model.setMessages(conversation(400));
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setModel(&model);
        view.scrollToBottom();
        view.viewport()->repaint();
        QVERIFY(view.isAtBottom());
        QVERIFY2(view.messageDelegate()->cacheSize() < 100,
            qPrintable(QString::number(view.messageDelegate()->cacheSize())));
        QVERIFY(view.pendingLayouts() > 0);
        verifyVisibleRowsExact(view);
        const QModelIndex last = model.index(model.rowCount() - 1, 0);
        QCOMPARE(view.visualRect(last).bottom(), view.viewport()->height() - 1);

        // Idle time lays out the rest; the view is still at the bottom, the scroll range exact.
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingLayouts(), 0, 60000);
        QCOMPARE(view.messageDelegate()->cacheSize(), model.rowCount());
        QVERIFY(view.isAtBottom());
        QCOMPARE(view.visualRect(last).bottom(), view.viewport()->height() - 1);
        int total = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            total += view.messageDelegate()->cachedHeight(model.index(row, 0));
        QCOMPARE(view.verticalScrollBar()->maximum(), total - view.viewport()->height());
    }

    void theReadersPlaceStaysWhileEstimatesBecomeExact()
    {
        ConversationModel model;
        model.setMessages(conversation(400));
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setModel(&model);
        view.scrollToBottom();
        // Jump up into rows that carry estimates (dragging the scroll bar does this).
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->maximum() / 3);
        view.viewport()->repaint();
        verifyVisibleRowsExact(view);
        const QModelIndex anchor = view.indexAt(QPoint(view.viewport()->width() / 2, 0));
        const int top = view.visualRect(anchor).top();
        QVERIFY(view.pendingLayouts() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingLayouts(), 0, 60000);
        // Rows above changed height many times over; the message at the top did not move.
        QCOMPARE(view.indexAt(QPoint(view.viewport()->width() / 2, 0)), anchor);
        QCOMPARE(view.visualRect(anchor).top(), top);
        verifyVisibleRowsExact(view);
    }

    void aNarrowerViewLaysOutAgain()
    {
        ConversationModel model;
        model.setMessages(conversation(120));
        ChatView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setModel(&model);
        view.scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingLayouts(), 0, 60000);
        const int wide = view.messageDelegate()->cachedHeight(model.index(13, 0));
        view.resize(420, 500);
        QTRY_COMPARE_WITH_TIMEOUT(view.pendingLayouts(), 0, 60000);
        QVERIFY(view.isAtBottom());
        const int narrow = view.messageDelegate()->cachedHeight(model.index(13, 0));
        QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
        verifyVisibleRowsExact(view);
    }
};

QTEST_MAIN(TestChatViewLayout)
#include "TestChatViewLayout.moc"
