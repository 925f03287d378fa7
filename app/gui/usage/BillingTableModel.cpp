#include "app/gui/usage/BillingTableModel.h"

#include <QLocale>

namespace sb {

BillingTableModel::BillingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BillingTableModel::setRows(const QVector<BillingRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

double BillingTableModel::totalCost() const
{
    double total = 0;
    for (const BillingRow &r : m_rows)
        total += r.costUsd;
    return total;
}

int BillingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BillingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BillingRow &r = m_rows[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Month:
            return r.month;
        case Provider:
            return r.provider;
        case Model:
            return r.model;
        case Requests:
            return locale.toString(r.requests);
        case TokensIn:
            return locale.toString(r.tokensIn) + (r.estimatedRows > 0 ? QStringLiteral(" ≈") : QString());
        case TokensOut:
            return locale.toString(r.tokensOut) + (r.estimatedRows > 0 ? QStringLiteral(" ≈") : QString());
        case Cost:
            return QStringLiteral("$") + locale.toString(r.costUsd, 'f', r.costUsd < 1 ? 4 : 2);
        }
    }
    if (role == Qt::UserRole) { // sort keys
        switch (index.column()) {
        case Month:
            return r.month;
        case Provider:
            return r.provider;
        case Model:
            return r.model;
        case Requests:
            return r.requests;
        case TokensIn:
            return r.tokensIn;
        case TokensOut:
            return r.tokensOut;
        case Cost:
            return r.costUsd;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Requests)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && r.estimatedRows > 0)
        return tr(
            "%n request(s) reported no usage; their tokens are estimated.", nullptr, int(r.estimatedRows));
    return {};
}

QVariant BillingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Provider:
        return tr("Provider");
    case Model:
        return tr("Model");
    case Requests:
        return tr("Requests");
    case TokensIn:
        return tr("Tokens in");
    case TokensOut:
        return tr("Tokens out");
    case Cost:
        return tr("Cost");
    }
    return {};
}

} // namespace sb
