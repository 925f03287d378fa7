#include "app/gui/chat/ConversationModel.h"

#include <QLocale>

namespace sb {

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const StoredMessage &m = r.message;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m.content;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(m.role, m.content);
    case RoleNameRole:
        return m.role;
    case ReasoningRole:
        return m.reasoning;
    case ProviderRole:
        return m.provider;
    case ModelRole:
        return m.model;
    case MetaTextRole:
        return metaText(m);
    case StatusRole:
        return int(m.status);
    case ErrorRole:
        return m.error;
    case ThinkingExpandedRole:
        return r.thinkingExpanded;
    case RevisionRole:
        return r.revision;
    case UidRole:
        return r.uid;
    case MessageIdRole:
        return m.id;
    default:
        return {};
    }
}

bool ConversationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &r = m_rows[index.row()];
    if (role == ThinkingExpandedRole) {
        if (r.thinkingExpanded == value.toBool())
            return true;
        r.thinkingExpanded = value.toBool();
        changed(index.row(), { ThinkingExpandedRole });
        return true;
    }
    if (role == Qt::EditRole) {
        r.message.content = value.toString();
        changed(index.row(), { Qt::DisplayRole, Qt::EditRole });
        return true;
    }
    return false;
}

Qt::ItemFlags ConversationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RoleNameRole, "role");
    names.insert(ReasoningRole, "reasoning");
    names.insert(ProviderRole, "provider");
    names.insert(ModelRole, "model");
    names.insert(MetaTextRole, "meta");
    names.insert(StatusRole, "status");
    names.insert(ErrorRole, "error");
    names.insert(ThinkingExpandedRole, "thinkingExpanded");
    names.insert(RevisionRole, "revision");
    names.insert(UidRole, "uid");
    names.insert(MessageIdRole, "messageId");
    return names;
}

ConversationModel::Row ConversationModel::makeRow(const StoredMessage &m)
{
    Row r;
    r.message = m;
    r.uid = m_nextUid++;
    return r;
}

void ConversationModel::setMessages(const QVector<StoredMessage> &messages)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(messages.size());
    for (const StoredMessage &m : messages)
        m_rows.push_back(makeRow(m));
    endResetModel();
}

void ConversationModel::clear()
{
    setMessages({});
}

int ConversationModel::appendMessage(const StoredMessage &message)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(makeRow(message));
    endInsertRows();
    return row;
}

void ConversationModel::changed(int row, const QList<int> &roles)
{
    ++m_rows[row].revision;
    QList<int> all = roles;
    all << RevisionRole;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, all);
}

void ConversationModel::appendText(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size() || text.isEmpty())
        return;
    m_rows[row].message.content += text;
    changed(row, { Qt::DisplayRole, Qt::EditRole });
}

void ConversationModel::appendReasoning(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size() || text.isEmpty())
        return;
    m_rows[row].message.reasoning += text;
    changed(row, { ReasoningRole });
}

void ConversationModel::replaceMessage(int row, const StoredMessage &message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].message = message;
    changed(row, {});
}

void ConversationModel::removeFrom(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, int(m_rows.size()) - 1);
    m_rows.resize(row);
    endRemoveRows();
}

QVector<StoredMessage> ConversationModel::messages() const
{
    QVector<StoredMessage> out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.push_back(r.message);
    return out;
}

QString ConversationModel::metaText(const StoredMessage &m)
{
    if (m.role != QLatin1String("assistant") || m.status == StoredMessage::Status::Streaming)
        return {};
    QStringList parts;
    if (!m.provider.isEmpty())
        parts << (m.model.isEmpty() ? m.provider : QStringLiteral("%1 · %2").arg(m.provider, m.model));
    if (m.tokensIn > 0 || m.tokensOut > 0)
        parts << tr("%1 in / %2 out tokens").arg(m.tokensIn).arg(m.tokensOut);
    if (m.costUsd > 0)
        parts << QStringLiteral("$%1").arg(QLocale::c().toString(m.costUsd, 'f', m.costUsd < 0.01 ? 5 : 3));
    else if (!m.provider.isEmpty())
        parts << tr("free");
    if (m.ttftMs >= 0)
        parts << tr("TTFT %1 ms").arg(m.ttftMs);
    if (m.tokensPerSec > 0)
        parts << tr("%1 tok/s").arg(QLocale::c().toString(m.tokensPerSec, 'f', 1));
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace sb
