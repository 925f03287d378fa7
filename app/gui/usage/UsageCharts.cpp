#include "app/gui/usage/UsageCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLegend>
#include <QLocale>
#include <QMap>
#include <QPalette>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

void reset(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    usageCharts::applyTheme(chart);
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
        return QCoreApplication::translate("sb::UsageCharts", "wk %1").arg(d.weekNumber());
    case TimeBucket::Month:
        return QLocale().toString(d, QStringLiteral("MMM yyyy"));
    }
    return d.toString(Qt::ISODate);
}

} // namespace

void usageCharts::applyTheme(QChart *chart)
{
    // Charts do not follow the application palette by themselves: a dark window kept white charts.
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
}

QString usageCharts::moneyAxisFormat(double maxValue)
{
    int decimals = 2;
    if (maxValue > 0 && maxValue < 1)
        decimals = std::min(6, int(std::ceil(-std::log10(maxValue))) + 1);
    return QStringLiteral("$%.%1f").arg(std::max(2, decimals));
}

void fillCostChart(QChart *chart, const QVector<CostPoint> &points, TimeBucket bucket)
{
    reset(chart, QCoreApplication::translate("sb::UsageCharts", "Cost per provider (USD)"));
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
    attach(chart, series, categories, QCoreApplication::translate("sb::UsageCharts", "USD"), max,
        usageCharts::moneyAxisFormat(max));
}

void fillLatencyChart(QChart *chart, const QVector<LatencyStats> &stats)
{
    reset(chart, QCoreApplication::translate("sb::UsageCharts", "Time to first token (ms)"));
    auto *p50 = new QBarSet(QCoreApplication::translate("sb::UsageCharts", "p50"));
    auto *p95 = new QBarSet(QCoreApplication::translate("sb::UsageCharts", "p95"));
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
    attach(chart, series, providers, QCoreApplication::translate("sb::UsageCharts", "ms"), max,
        QStringLiteral("%.0f"));
}

void fillThroughputChart(QChart *chart, const QVector<LatencyStats> &stats)
{
    reset(chart, QCoreApplication::translate("sb::UsageCharts", "Output speed (tokens/s, median)"));
    auto *set = new QBarSet(QCoreApplication::translate("sb::UsageCharts", "tokens/s"));
    QStringList providers;
    double max = 0;
    for (const LatencyStats &s : stats) {
        providers << s.provider;
        *set << s.tokensPerSecP50;
        max = std::max(max, s.tokensPerSecP50);
    }
    auto *series = new QBarSeries;
    series->append(set);
    attach(chart, series, providers, QCoreApplication::translate("sb::UsageCharts", "tokens/s"), max,
        QStringLiteral("%.0f"));
    chart->legend()->setVisible(false);
}

void fillOutcomeChart(QChart *chart, const QVector<ProviderOutcomeStats> &stats)
{
    reset(chart, QCoreApplication::translate("sb::UsageCharts", "Success and failover (% of attempts)"));
    auto *success = new QBarSet(QCoreApplication::translate("sb::UsageCharts", "success"));
    auto *failover = new QBarSet(QCoreApplication::translate("sb::UsageCharts", "failed over"));
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
    attach(chart, series, providers, QCoreApplication::translate("sb::UsageCharts", "%"), 100,
        QStringLiteral("%.0f"));
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        axis->setRange(0, 100); // percentages: no "nice" 150
}

} // namespace sb
