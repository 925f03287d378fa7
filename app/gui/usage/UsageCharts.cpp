#include "app/gui/usage/UsageCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::UsageCharts", text);
}

void reset(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void attach(QChart *chart, QAbstractBarSeries *series, const QStringList &categories,
    const QString &valueTitle, double maxValue, const QString &format)
{
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setTitleText(valueTitle);
    y->setLabelFormat(format);
    y->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QString bucketLabel(const QDate &d, TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day:
        return QLocale().toString(d, QStringLiteral("d MMM"));
    case TimeBucket::Week:
        return tr("wk %1").arg(d.weekNumber());
    case TimeBucket::Month:
        return QLocale().toString(d, QStringLiteral("MMM yyyy"));
    }
    return d.toString(Qt::ISODate);
}

} // namespace

QString usageCharts::moneyAxisFormat(double maxValue)
{
    int decimals = 2;
    if (maxValue > 0 && maxValue < 1)
        decimals = std::min(6, int(std::ceil(-std::log10(maxValue))) + 1);
    return QStringLiteral("$%.%1f").arg(std::max(2, decimals));
}

void fillCostChart(QChart *chart, const QVector<CostPoint> &points, TimeBucket bucket)
{
    reset(chart, tr("Cost per provider (USD)"));
    QVector<QDate> buckets;
    QMap<QString, QMap<QDate, double>> byProvider;
    for (const CostPoint &p : points) {
        if (!buckets.contains(p.bucketStart))
            buckets << p.bucketStart;
        byProvider[p.provider][p.bucketStart] += p.costUsd;
    }
    std::sort(buckets.begin(), buckets.end());
    auto *series = new QStackedBarSeries;
    QVector<double> totals(buckets.size(), 0.0);
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it) {
        auto *set = new QBarSet(it.key());
        for (int i = 0; i < buckets.size(); ++i) {
            const double v = it.value().value(buckets[i], 0.0);
            *set << v;
            totals[i] += v;
        }
        series->append(set);
    }
    QStringList categories;
    for (const QDate &d : buckets)
        categories << bucketLabel(d, bucket);
    const double max = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    attach(chart, series, categories, tr("USD"), max, usageCharts::moneyAxisFormat(max));
}

void fillLatencyChart(QChart *chart, const QVector<LatencyStats> &stats)
{
    reset(chart, tr("Time to first token (ms)"));
    auto *p50 = new QBarSet(tr("p50"));
    auto *p95 = new QBarSet(tr("p95"));
    QStringList providers;
    double max = 0;
    for (const LatencyStats &s : stats) {
        providers << s.provider;
        *p50 << s.ttftP50Ms;
        *p95 << s.ttftP95Ms;
        max = std::max(max, s.ttftP95Ms);
    }
    auto *series = new QBarSeries;
    series->append(p50);
    series->append(p95);
    attach(chart, series, providers, tr("ms"), max, QStringLiteral("%.0f"));
}

void fillThroughputChart(QChart *chart, const QVector<LatencyStats> &stats)
{
    reset(chart, tr("Output speed (tokens/s, median)"));
    auto *set = new QBarSet(tr("tokens/s"));
    QStringList providers;
    double max = 0;
    for (const LatencyStats &s : stats) {
        providers << s.provider;
        *set << s.tokensPerSecP50;
        max = std::max(max, s.tokensPerSecP50);
    }
    auto *series = new QBarSeries;
    series->append(set);
    attach(chart, series, providers, tr("tokens/s"), max, QStringLiteral("%.0f"));
    chart->legend()->setVisible(false);
}

void fillOutcomeChart(QChart *chart, const QVector<ProviderOutcomeStats> &stats)
{
    reset(chart, tr("Success and failover (% of attempts)"));
    auto *success = new QBarSet(tr("success"));
    auto *failover = new QBarSet(tr("failed over"));
    QStringList providers;
    for (const ProviderOutcomeStats &s : stats) {
        providers << s.provider;
        *success << s.successRate() * 100.0;
        const qint64 judged = s.attempts - s.refused - s.cancelled;
        *failover << (judged > 0 ? double(s.failedOver) * 100.0 / double(judged) : 0.0);
    }
    auto *series = new QBarSeries;
    series->append(success);
    series->append(failover);
    attach(chart, series, providers, tr("%"), 100, QStringLiteral("%.0f"));
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        axis->setRange(0, 100); // percentages: no "nice" 150
}

} // namespace sb
