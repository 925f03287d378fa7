#include "app/common/BillingCsv.h"

#include <QLocale>

namespace sb {

QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray billingCsv(const QVector<BillingRow> &rows)
{
    QString out = QStringLiteral(
        "month,provider,model,requests,tokens_in,tokens_out,tokens_cached,estimated_rows,cost_usd\r\n");
    const QLocale c = QLocale::c();
    for (const BillingRow &r : rows) {
        out += QStringList { csvField(r.month), csvField(r.provider), csvField(r.model),
            QString::number(r.requests), QString::number(r.tokensIn), QString::number(r.tokensOut),
            QString::number(r.tokensCached), QString::number(r.estimatedRows), c.toString(r.costUsd, 'f', 6) }
                   .join(QLatin1Char(','));
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace sb
