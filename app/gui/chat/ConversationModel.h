#pragma once
// The messages of one conversation, for the chat view. A streamed token changes one message, and
// the model says so for that one index only (dataChanged(i, i)), so a long conversation repaints
// and re-lays-out one row per token, not the whole list.

#include "app/common/ConversationStore.h"

#include <QAbstractListModel>
#include <QVector>

namespace sb {

class ConversationModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        RoleNameRole = Qt::UserRole + 1, // "user" | "assistant" | "system"
        ReasoningRole,
        ProviderRole,
        ModelRole,
        MetaTextRole, // one line: tokens, cost, TTFT, tokens/s (assistant messages)
        StatusRole, // StoredMessage::Status as int
        ErrorRole,
        ThinkingExpandedRole, // bool, settable: the collapsible thinking section
        RevisionRole, // increments on every change of the row (layout caches key on it)
        UidRole, // stable per-row id while the model lives (store ids appear late)
        MessageIdRole,
    };

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMessages(const QVector<StoredMessage> &messages);
    void clear();
    int appendMessage(const StoredMessage &message); // returns the row
    // Streaming: append to the content or the thinking text of one row.
    void appendText(int row, const QString &text);
    void appendReasoning(int row, const QString &text);
    void replaceMessage(int row, const StoredMessage &message);
    void removeFrom(int row); // that row and every later one
    const StoredMessage &message(int row) const { return m_rows[row].message; }
    QVector<StoredMessage> messages() const;

    static QString metaText(const StoredMessage &m);

private:
    struct Row {
        StoredMessage message;
        quint64 uid = 0;
        int revision = 0;
        bool thinkingExpanded = false;
    };
    Row makeRow(const StoredMessage &m);
    void changed(int row, const QList<int> &roles);

    QVector<Row> m_rows;
    quint64 m_nextUid = 1;
};

} // namespace sb
