#pragma once
// The live curves of a fine-tuning run: training loss per step and validation loss per
// evaluation, on a QtCharts line chart whose axes grow with the data.

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace sb {

class LossChart : public QChartView {
    Q_OBJECT

public:
    explicit LossChart(QWidget *parent = nullptr);

    void clear();
    void addTrainingLoss(qint64 step, double loss);
    void addValidationLoss(qint64 step, double loss);
    // The run is `totalSteps` long: the x axis spans it from the start.
    void setTotalSteps(qint64 totalSteps);

    QLineSeries *trainingSeries() const { return m_train; }
    QLineSeries *validationSeries() const { return m_validation; }

private:
    void grow(double loss);

    QLineSeries *m_train;
    QLineSeries *m_validation;
    QScatterSeries *m_validationDots;
    QValueAxis *m_x;
    QValueAxis *m_y;
    double m_maxLoss = 0.0;
    qint64 m_totalSteps = 1;
};

} // namespace sb
