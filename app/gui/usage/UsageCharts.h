#pragma once
// The Usage & Billing charts, built from the ledger's aggregate queries. Plain functions that fill
// a QChart, so tests can check the series without a window.

#include "router/ledger/LedgerQueries.h"

#include <QString>
#include <QVector>

class QChart;

namespace sb {

// Stacked bars: one set per provider, one category per bucket (day, week or month).
void fillCostChart(QChart *chart, const QVector<CostPoint> &points, TimeBucket bucket);
// Grouped bars per provider: TTFT p50 and p95 (ms) on one axis.
void fillLatencyChart(QChart *chart, const QVector<LatencyStats> &stats);
// Bars per provider: output tokens per second (median).
void fillThroughputChart(QChart *chart, const QVector<LatencyStats> &stats);
// Bars per provider: success rate and share of attempts that failed over, in percent.
void fillOutcomeChart(QChart *chart, const QVector<ProviderOutcomeStats> &stats);

namespace usageCharts {
// The chart's colours from the application palette (dark theme: dark charts, readable labels).
void applyTheme(QChart *chart);
// The cost axis' label format: enough decimals that small spends do not all read "$0.00".
QString moneyAxisFormat(double maxValue);
} // namespace usageCharts

} // namespace sb
