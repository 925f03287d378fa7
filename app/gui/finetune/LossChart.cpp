#include "app/gui/finetune/LossChart.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "app/gui/usage/UsageCharts.h"

namespace sb {

LossChart::LossChart(QWidget *parent)
    : QChartView(parent)
    , m_train(new QLineSeries)
    , m_validation(new QLineSeries)
    , m_validationDots(new QScatterSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("lossChart"));
    setAccessibleName(tr("Loss chart"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    usageCharts::applyTheme(chart); // before the series are styled: a theme resets their pens
    chart->setTitle(tr("Loss"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_train->setName(tr("training"));
    m_validation->setName(tr("validation"));
    m_validationDots->setMarkerSize(8);
    QPen pen = m_validation->pen();
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    m_validation->setPen(pen);
    m_x->setTitleText(tr("step"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(tr("cross-entropy"));
    m_y->setLabelFormat(QStringLiteral("%.2f"));
    chart->addSeries(m_train);
    chart->addSeries(m_validation);
    chart->addSeries(m_validationDots);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s :
        { static_cast<QAbstractSeries *>(m_train), static_cast<QAbstractSeries *>(m_validation),
            static_cast<QAbstractSeries *>(m_validationDots) }) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_validationDots->setColor(m_validation->color());
    m_validationDots->setBorderColor(m_validation->color());
    chart->legend()->markers(m_validationDots).first()->setVisible(false);
    setChart(chart);
    clear();
}

void LossChart::clear()
{
    m_train->clear();
    m_validation->clear();
    m_validationDots->clear();
    m_maxLoss = 0.0;
    m_x->setRange(0, double(std::max<qint64>(1, m_totalSteps)));
    m_y->setRange(0, 1);
}

void LossChart::setTotalSteps(qint64 totalSteps)
{
    m_totalSteps = std::max<qint64>(1, totalSteps);
    m_x->setRange(0, double(m_totalSteps));
}

void LossChart::grow(double loss)
{
    if (loss > m_maxLoss) {
        m_maxLoss = loss;
        m_y->setRange(0, m_maxLoss * 1.1);
        m_y->applyNiceNumbers();
    }
}

void LossChart::addTrainingLoss(qint64 step, double loss)
{
    if (!std::isfinite(loss))
        return;
    m_train->append(double(step), loss);
    if (step > m_totalSteps)
        setTotalSteps(step);
    grow(loss);
}

void LossChart::addValidationLoss(qint64 step, double loss)
{
    if (!std::isfinite(loss))
        return;
    m_validation->append(double(step), loss);
    m_validationDots->append(double(step), loss);
    if (step > m_totalSteps)
        setTotalSteps(step);
    grow(loss);
}

} // namespace sb
