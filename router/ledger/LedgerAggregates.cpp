// The ledger's aggregate reads (budgets' spend aside): charts, latency figures, outcomes, the bill.
// Written once for both backends; only the local-time bucket expressions differ.
#include "router/ledger/Ledger.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

// Nearest-rank percentile of a sorted list.
double percentile(const QVector<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

double tokensPerSecond(qint64 tokensOut, qint64 durationMs, qint64 ttftMs)
{
    // The first token's arrival ends the TTFT; the rest streamed over the remaining time.
    const qint64 genMs = durationMs - ttftMs;
    if (tokensOut <= 1 || genMs <= 0)
        return 0;
    return double(tokensOut - 1) * 1000.0 / double(genMs);
}

// Local-time expressions over started_at (ms since the epoch). PostgreSQL's session time zone is
// set to the system's when the ledger opens, so both backends bucket in the same local time.
QString localDay(LedgerBackend b)
{
    return b == LedgerBackend::PostgreSql
        ? QStringLiteral("to_char(to_timestamp(started_at / 1000.0), 'YYYY-MM-DD')")
        : QStringLiteral("date(started_at / 1000, 'unixepoch', 'localtime')");
}

QString localWeekStart(LedgerBackend b)
{
    // Weeks start on Monday. SQLite: 'weekday 0' moves forward to Sunday (or stays); six days
    // back is that week's Monday. PostgreSQL's date_trunc('week') is the ISO (Monday) week.
    return b == LedgerBackend::PostgreSql
        ? QStringLiteral("to_char(date_trunc('week', to_timestamp(started_at / 1000.0)), 'YYYY-MM-DD')")
        : QStringLiteral("date(started_at / 1000, 'unixepoch', 'localtime', 'weekday 0', '-6 days')");
}

QString localMonthStart(LedgerBackend b)
{
    return b == LedgerBackend::PostgreSql
        ? QStringLiteral("to_char(date_trunc('month', to_timestamp(started_at / 1000.0)), 'YYYY-MM-DD')")
        : QStringLiteral("date(started_at / 1000, 'unixepoch', 'localtime', 'start of month')");
}

QString localMonth(LedgerBackend b)
{
    return b == LedgerBackend::PostgreSql
        ? QStringLiteral("to_char(to_timestamp(started_at / 1000.0), 'YYYY-MM')")
        : QStringLiteral("strftime('%Y-%m', started_at / 1000, 'unixepoch', 'localtime')");
}

} // namespace

Outcome<QVector<CostPoint>> Ledger::costSeries(TimeBucket bucket, qint64 fromMs, qint64 toMs) const
{
    QString expr;
    switch (bucket) {
    case TimeBucket::Day:
        expr = localDay(m_backend);
        break;
    case TimeBucket::Week:
        expr = localWeekStart(m_backend);
        break;
    case TimeBucket::Month:
        expr = localMonthStart(m_backend);
        break;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 AS bucket, provider, SUM(cost_usd), COUNT(*) FROM attempts "
                             "WHERE started_at >= ? AND started_at < ? AND status != 'refused' "
                             "GROUP BY bucket, provider ORDER BY bucket, provider")
                  .arg(expr));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return Outcome<QVector<CostPoint>>::failure(
            fail(QStringLiteral("cannot read the cost series"), q.lastError().text()));
    QVector<CostPoint> out;
    while (q.next())
        out.append(CostPoint { QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
            q.value(2).toDouble(), q.value(3).toLongLong() });
    return out;
}

Outcome<QVector<LatencyStats>> Ledger::latencyStats(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT provider, ttft_ms, duration_ms, tokens_out FROM attempts "
                       "WHERE started_at >= ? AND started_at < ? AND status = 'ok' AND ttft_ms IS NOT NULL"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return Outcome<QVector<LatencyStats>>::failure(
            fail(QStringLiteral("cannot read latencies"), q.lastError().text()));
    QMap<QString, QPair<QVector<double>, QVector<double>>> perProvider; // ttfts, tokens/s
    while (q.next()) {
        auto &slot = perProvider[q.value(0).toString()];
        const qint64 ttft = q.value(1).toLongLong();
        slot.first.append(double(ttft));
        const double tps = tokensPerSecond(q.value(3).toLongLong(), q.value(2).toLongLong(), ttft);
        if (tps > 0)
            slot.second.append(tps);
    }
    QVector<LatencyStats> out;
    for (auto it = perProvider.begin(); it != perProvider.end(); ++it) {
        QVector<double> ttfts = it.value().first;
        QVector<double> tps = it.value().second;
        std::sort(ttfts.begin(), ttfts.end());
        std::sort(tps.begin(), tps.end());
        LatencyStats s;
        s.provider = it.key();
        s.samples = ttfts.size();
        s.ttftP50Ms = percentile(ttfts, 0.50);
        s.ttftP95Ms = percentile(ttfts, 0.95);
        s.tokensPerSecP50 = percentile(tps, 0.50);
        double sum = 0;
        for (double v : tps)
            sum += v;
        s.tokensPerSecMean = tps.isEmpty() ? 0 : sum / double(tps.size());
        out.append(s);
    }
    return out;
}

Outcome<QVector<ProviderOutcomeStats>> Ledger::outcomeStats(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT provider, COUNT(*), SUM(CASE WHEN status = 'ok' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN status = 'error' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 "
        "END), SUM(CASE WHEN status = 'refused' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'error' AND "
        "EXISTS "
        "(SELECT 1 FROM attempts b WHERE b.request_id = a.request_id AND b.attempt > a.attempt) THEN 1 ELSE "
        "0 "
        "END) "
        "FROM attempts a WHERE started_at >= ? AND started_at < ? GROUP BY provider ORDER BY provider"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return Outcome<QVector<ProviderOutcomeStats>>::failure(
            fail(QStringLiteral("cannot read outcomes"), q.lastError().text()));
    QVector<ProviderOutcomeStats> out;
    while (q.next()) {
        ProviderOutcomeStats s;
        s.provider = q.value(0).toString();
        s.attempts = q.value(1).toLongLong();
        s.ok = q.value(2).toLongLong();
        s.errors = q.value(3).toLongLong();
        s.cancelled = q.value(4).toLongLong();
        s.refused = q.value(5).toLongLong();
        s.failedOver = q.value(6).toLongLong();
        out.append(s);
    }
    return out;
}

Outcome<RequestOutcomeStats> Ledger::requestStats(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(ok), 0), COALESCE(SUM(CASE WHEN ok = 1 AND ok_attempt > 1 "
        "THEN 1 ELSE 0 END), 0) FROM ("
        "  SELECT request_id, MAX(CASE WHEN status = 'ok' THEN 1 ELSE 0 END) AS ok, "
        "MIN(CASE WHEN status = 'ok' THEN attempt END) AS ok_attempt "
        "  FROM attempts WHERE started_at >= ? AND started_at < ? GROUP BY request_id) AS r"));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec() || !q.next())
        return Outcome<RequestOutcomeStats>::failure(
            fail(QStringLiteral("cannot read request outcomes"), q.lastError().text()));
    RequestOutcomeStats s;
    s.requests = q.value(0).toLongLong();
    s.succeeded = q.value(1).toLongLong();
    s.succeededAfterFailover = q.value(2).toLongLong();
    s.failed = s.requests - s.succeeded;
    return s;
}

Outcome<QVector<BillingRow>> Ledger::billing(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT %1 AS month, provider, model, COUNT(*), SUM(tokens_in), SUM(tokens_out), "
        "SUM(tokens_cached), SUM(tokens_estimated), SUM(cost_usd) FROM attempts "
        "WHERE started_at >= ? AND started_at < ? AND status IN ('ok', 'error', 'cancelled', 'interrupted') "
        "GROUP BY month, provider, model ORDER BY month, provider, model")
                  .arg(localMonth(m_backend)));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return Outcome<QVector<BillingRow>>::failure(
            fail(QStringLiteral("cannot read the bill"), q.lastError().text()));
    QVector<BillingRow> out;
    while (q.next()) {
        BillingRow b;
        b.month = q.value(0).toString();
        b.provider = q.value(1).toString();
        b.model = q.value(2).toString();
        b.requests = q.value(3).toLongLong();
        b.tokensIn = q.value(4).toLongLong();
        b.tokensOut = q.value(5).toLongLong();
        b.tokensCached = q.value(6).toLongLong();
        b.estimatedRows = q.value(7).toLongLong();
        b.costUsd = q.value(8).toDouble();
        out.append(b);
    }
    return out;
}

Outcome<QVector<PerformanceSample>> Ledger::recentPerformance(int limit) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT provider, model, started_at, ttft_ms, duration_ms, tokens_out FROM attempts "
        "WHERE status = 'ok' AND ttft_ms IS NOT NULL ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Outcome<QVector<PerformanceSample>>::failure(
            fail(QStringLiteral("cannot read measurements"), q.lastError().text()));
    QVector<PerformanceSample> out;
    while (q.next()) {
        const qint64 ttft = q.value(3).toLongLong();
        out.append(PerformanceSample { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            ttft, tokensPerSecond(q.value(5).toLongLong(), q.value(4).toLongLong(), ttft) });
    }
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace sb
