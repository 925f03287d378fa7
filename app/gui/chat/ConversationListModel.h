#pragma once
// The sidebar of the chat area: conversations from the store, pinned first, filtered by the
// search text. Renaming in place goes through setData, so the list and the store never disagree.

#include "app/common/ConversationStore.h"

#include <QAbstractListModel>

namespace sb {

class ConversationListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, PinnedRole, UpdatedRole };

    explicit ConversationListModel(QObject *parent = nullptr);

    void setStore(ConversationStore *store);
    // Reloads from the store with the current search text; returns false (and keeps the old rows)
    // when the store fails.
    bool refresh();
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowOf(qint64 id) const;
    const ConversationInfo &info(int row) const { return m_rows[row]; }

private:
    ConversationStore *m_store = nullptr;
    QVector<ConversationInfo> m_rows;
    QString m_search;
    QString m_lastError;
};

} // namespace sb
