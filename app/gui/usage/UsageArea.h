#pragma once
// Usage & Billing, all from the ledger: cost per provider over time, latency and speed per
// provider, success and failover rates, budget progress and the unified bill (month × provider ×
// model) with a date-range filter and CSV export. Refreshes when a request completes.

#include "router/ledger/LedgerQueries.h"

#include <QDate>
#include <QWidget>
#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace sb {

class BillingTableModel;
class BudgetManager;
class Ledger;

class UsageArea : public QWidget {
    Q_OBJECT

public:
    explicit UsageArea(QWidget *parent = nullptr);

    // Not owned; may be null (nothing recorded yet).
    void setLedger(const Ledger *ledger);
    void setBudgets(const BudgetManager *budgets);
    void setRange(const QDate &from, const QDate &to); // inclusive local dates
    void setBucket(TimeBucket bucket);
    QDate from() const;
    QDate to() const;

    BillingTableModel *billingModel() const { return m_billing; }
    QChart *costChart() const;
    QChart *latencyChart() const;
    QChart *throughputChart() const;
    QChart *outcomeChart() const;
    QString summaryText() const;
    bool exportCsv(const QString &path);
    // Today's date (tests pass a clock that crosses midnight).
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

public Q_SLOTS:
    void refresh();
    // Coalesces bursts (a request with failover ends several attempts at once).
    void scheduleRefresh();

protected:
    void changeEvent(QEvent *event) override; // a theme switch redraws the charts in its colours

private:
    QChartView *makeChartView(const QString &name);
    void refreshBudgets();
    void applyPreset(int index);
    QDate today() const { return m_today ? m_today() : QDate::currentDate(); }
    QString lastError() const { return m_lastError; }

    const Ledger *m_ledger = nullptr;
    std::function<QDate()> m_today;
    const BudgetManager *m_budgets = nullptr;
    QStackedWidget *m_pages;
    QComboBox *m_preset;
    QComboBox *m_bucket;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QChartView *m_cost;
    QChartView *m_latency;
    QChartView *m_throughput;
    QChartView *m_outcome;
    QVBoxLayout *m_budgetBox;
    QWidget *m_budgetGroup;
    BillingTableModel *m_billing;
    QTableView *m_table;
    QTimer *m_debounce;
    QString m_lastError;
};

} // namespace sb
