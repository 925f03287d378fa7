#pragma once
// The unified bill as CSV (RFC 4180: comma separated, CRLF, fields quoted when they need it),
// one row per month × provider × model, costs in USD with 6 decimals.

#include "router/ledger/LedgerQueries.h"

#include <QByteArray>
#include <QVector>

namespace sb {

QByteArray billingCsv(const QVector<BillingRow> &rows);
QString csvField(const QString &field);

} // namespace sb
