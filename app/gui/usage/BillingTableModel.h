#pragma once
// The unified bill: month × provider × model with requests, tokens and cost, from the ledger.

#include "router/ledger/LedgerQueries.h"

#include <QAbstractTableModel>
#include <QVector>

namespace sb {

class BillingTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Month, Provider, Model, Requests, TokensIn, TokensOut, Cost, ColumnCount };

    explicit BillingTableModel(QObject *parent = nullptr);

    void setRows(const QVector<BillingRow> &rows);
    const QVector<BillingRow> &rows() const { return m_rows; }
    double totalCost() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<BillingRow> m_rows;
};

} // namespace sb
