#include "app/gui/chat/ConversationListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace sb {

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ConversationListModel::setStore(ConversationStore *store)
{
    m_store = store;
    refresh();
}

bool ConversationListModel::refresh()
{
    if (!m_store) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return true;
    }
    auto rows = m_store->list(m_search);
    if (!rows) {
        m_lastError = rows.error();
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows).value();
    endResetModel();
    return true;
}

void ConversationListModel::setSearch(const QString &text)
{
    m_search = text;
    refresh();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationInfo &c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.title;
    case Qt::ToolTipRole:
        return tr("%1\nLast message: %2")
            .arg(c.title,
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.updatedMs), QLocale::ShortFormat));
    case Qt::DecorationRole:
        return c.pinned ? QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton) : QVariant();
    case Qt::FontRole: {
        if (!c.pinned)
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case IdRole:
        return c.id;
    case PinnedRole:
        return c.pinned;
    case UpdatedRole:
        return c.updatedMs;
    default:
        return {};
    }
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_store
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty())
        return false;
    ConversationInfo &c = m_rows[index.row()];
    if (auto r = m_store->rename(c.id, title); !r) {
        m_lastError = r.error();
        return false;
    }
    c.title = title;
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole });
    return true;
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

int ConversationListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

} // namespace sb
