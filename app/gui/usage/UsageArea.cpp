#include "app/gui/usage/UsageArea.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "app/common/BillingCsv.h"
#include "app/gui/EmptyState.h"
#include "app/gui/usage/BillingTableModel.h"
#include "app/gui/usage/UsageCharts.h"
#include "router/budget/Budget.h"
#include "router/ledger/Ledger.h"

namespace sb {

namespace {

qint64 startOfDayMs(const QDate &d)
{
    return d.startOfDay().toMSecsSinceEpoch();
}

QString usd(double v)
{
    return QStringLiteral("$") + QLocale().toString(v, 'f', v < 10 ? 4 : 2);
}

} // namespace

UsageArea::UsageArea(QWidget *parent)
    : QWidget(parent)
    , m_billing(new BillingTableModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("UsageArea"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);

    // Range and grouping, shared by every view below.
    auto *bar = new QHBoxLayout;
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItems(
        { tr("Last 7 days"), tr("Last 30 days"), tr("This month"), tr("Last 12 months"), tr("Custom") });
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("bucket"));
    m_bucket->setAccessibleName(tr("Group by"));
    m_bucket->addItem(tr("per day"), int(TimeBucket::Day));
    m_bucket->addItem(tr("per week"), int(TimeBucket::Week));
    m_bucket->addItem(tr("per month"), int(TimeBucket::Month));
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("usageSummary"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the window
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_preset);
    bar->addWidget(new QLabel(tr("from"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_bucket);
    bar->addWidget(m_summary, 1);
    bar->addWidget(exportButton);
    outer->addLayout(bar);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(new EmptyState(tr("Usage & Billing"),
        tr("No requests recorded yet. Cost and latency per provider appear here as soon as requests "
           "complete."),
        m_pages));
    auto *tabs = new QTabWidget(m_pages);
    tabs->setObjectName(QStringLiteral("usageTabs"));

    // Overview: cost over time and the budgets.
    auto *overview = new QWidget(tabs);
    auto *ov = new QVBoxLayout(overview);
    m_cost = makeChartView(QStringLiteral("costChart"));
    ov->addWidget(m_cost, 3);
    auto *budgets = new QGroupBox(tr("Budgets"), overview);
    m_budgetGroup = budgets;
    m_budgetBox = new QVBoxLayout(budgets);
    ov->addWidget(budgets, 0);
    tabs->addTab(overview, tr("Cost"));

    // Speed and reliability per provider.
    auto *speed = new QWidget(tabs);
    auto *grid = new QGridLayout(speed);
    m_latency = makeChartView(QStringLiteral("latencyChart"));
    m_throughput = makeChartView(QStringLiteral("throughputChart"));
    m_outcome = makeChartView(QStringLiteral("outcomeChart"));
    grid->addWidget(m_latency, 0, 0);
    grid->addWidget(m_throughput, 0, 1);
    grid->addWidget(m_outcome, 1, 0, 1, 2);
    tabs->addTab(speed, tr("Speed && reliability"));

    // The unified bill.
    m_table = new QTableView(tabs);
    m_table->setObjectName(QStringLiteral("billingTable"));
    m_table->setAccessibleName(tr("Bill by month, provider and model"));
    auto *proxy = new QSortFilterProxyModel(m_table);
    proxy->setSourceModel(m_billing);
    proxy->setSortRole(Qt::UserRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BillingTableModel::Month, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(BillingTableModel::Model, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabs->addTab(m_table, tr("Billing"));

    m_pages->addWidget(tabs);
    outer->addWidget(m_pages, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &UsageArea::refresh);
    connect(m_preset, &QComboBox::activated, this, &UsageArea::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        m_preset->setCurrentIndex(4);
        scheduleRefresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        m_preset->setCurrentIndex(4);
        scheduleRefresh();
    });
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &UsageArea::scheduleRefresh);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export bill"), QStringLiteral("switchboard-bill.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export bill"), m_lastError);
    });
    m_preset->setCurrentIndex(1);
    applyPreset(1);
}

QChartView *UsageArea::makeChartView(const QString &name)
{
    auto *chart = new QChart;
    chart->setObjectName(name);
    auto *view = new QChartView(chart, this);
    view->setObjectName(name + QStringLiteral("View"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void UsageArea::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        for (QChartView *view : findChildren<QChartView *>())
            usageCharts::applyTheme(view->chart());
}

QChart *UsageArea::costChart() const
{
    return m_cost->chart();
}
QChart *UsageArea::latencyChart() const
{
    return m_latency->chart();
}
QChart *UsageArea::throughputChart() const
{
    return m_throughput->chart();
}
QChart *UsageArea::outcomeChart() const
{
    return m_outcome->chart();
}
QDate UsageArea::from() const
{
    return m_from->date();
}
QDate UsageArea::to() const
{
    return m_to->date();
}
QString UsageArea::summaryText() const
{
    return m_summary->text();
}

void UsageArea::applyPreset(int index)
{
    const QDate today = this->today();
    QDate from = today.addDays(-29);
    int bucket = 0;
    switch (index) {
    case 0:
        from = today.addDays(-6);
        break;
    case 1:
        from = today.addDays(-29);
        break;
    case 2:
        from = QDate(today.year(), today.month(), 1);
        break;
    case 3:
        from = QDate(today.year(), today.month(), 1).addMonths(-11);
        bucket = 2;
        break;
    default:
        return;
    }
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_bucket);
    m_from->setDate(from);
    m_to->setDate(today);
    m_bucket->setCurrentIndex(bucket);
    scheduleRefresh();
}

void UsageArea::setLedger(const Ledger *ledger)
{
    m_ledger = ledger;
    refresh();
}

void UsageArea::setBudgets(const BudgetManager *budgets)
{
    m_budgets = budgets;
    refreshBudgets();
}

void UsageArea::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker b1(m_from), b2(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_preset->setCurrentIndex(4);
    refresh();
}

void UsageArea::setBucket(TimeBucket bucket)
{
    const QSignalBlocker b(m_bucket);
    m_bucket->setCurrentIndex(m_bucket->findData(int(bucket)));
    refresh();
}

void UsageArea::scheduleRefresh()
{
    m_debounce->start();
}

void UsageArea::refresh()
{
    m_debounce->stop();
    refreshBudgets();
    if (!m_ledger) {
        m_pages->setCurrentIndex(0);
        m_billing->setRows({});
        m_summary->clear();
        return;
    }
    // A preset range ("last 7 days", ...) chosen before midnight moves on with the day.
    if (m_preset->currentIndex() >= 0 && m_preset->currentIndex() <= 3 && m_to->date() != today()) {
        applyPreset(m_preset->currentIndex());
        m_debounce->stop();
    }
    const qint64 fromMs = startOfDayMs(m_from->date());
    const qint64 toMs = startOfDayMs(m_to->date().addDays(1));
    const auto bucket = TimeBucket(m_bucket->currentData().toInt());
    auto cost = m_ledger->costSeries(bucket, fromMs, toMs);
    auto latency = m_ledger->latencyStats(fromMs, toMs);
    auto outcomes = m_ledger->outcomeStats(fromMs, toMs);
    auto requests = m_ledger->requestStats(fromMs, toMs);
    auto bill = m_ledger->billing(fromMs, toMs);
    for (const QString *error :
        { &cost.error(), &latency.error(), &outcomes.error(), &requests.error(), &bill.error() })
        if (!error->isEmpty()) {
            m_lastError = *error;
            m_summary->setText(tr("Cannot read the ledger: %1").arg(*error));
            return;
        }
    fillCostChart(costChart(), cost.value(), bucket);
    fillLatencyChart(latencyChart(), latency.value());
    fillThroughputChart(throughputChart(), latency.value());
    fillOutcomeChart(outcomeChart(), outcomes.value());
    m_billing->setRows(bill.value());
    const RequestOutcomeStats &r = requests.value();
    m_summary->setText(tr("%1 requests · %2 · %3% after failover")
                           .arg(r.requests)
                           .arg(usd(m_billing->totalCost()))
                           .arg(QLocale().toString(r.failoverRate() * 100.0, 'f', 1)));
    // The empty state only while nothing was ever recorded, not for an empty range.
    auto any = m_ledger->attempts(0, std::numeric_limits<qint64>::max(), 1);
    m_pages->setCurrentIndex(any && !any->isEmpty() ? 1 : 0);
}

void UsageArea::refreshBudgets()
{
    while (QLayoutItem *item = m_budgetBox->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QVector<BudgetStatus> status = m_budgets ? m_budgets->status() : QVector<BudgetStatus> {};
    if (status.isEmpty()) {
        auto *none = new QLabel(
            tr("No budgets set. Add daily or monthly limits in Providers & Budgets."), m_budgetGroup);
        none->setObjectName(QStringLiteral("noBudgets"));
        m_budgetBox->addWidget(none);
        return;
    }
    for (const BudgetStatus &s : status) {
        auto *row = new QWidget(m_budgetGroup);
        auto *l = new QHBoxLayout(row);
        l->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLabel(s.limit.name(), row);
        name->setMinimumWidth(180);
        auto *bar = new QProgressBar(row);
        bar->setObjectName(QStringLiteral("budget:") + s.limit.name());
        bar->setAccessibleName(s.limit.name());
        bar->setRange(0, 1000);
        const double used = s.limit.limitUsd > 0 ? (s.spentUsd + s.reservedUsd) / s.limit.limitUsd : 0;
        bar->setValue(int(std::min(1.0, used) * 1000));
        bar->setFormat(tr("%1 of %2 (%3%)").arg(usd(s.spentUsd), usd(s.limit.limitUsd)).arg(int(used * 100)));
        if (s.exhausted)
            bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #c0392b; }"));
        else if (s.warning)
            bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #d68910; }"));
        l->addWidget(name);
        l->addWidget(bar, 1);
        m_budgetBox->addWidget(row);
    }
}

bool UsageArea::exportCsv(const QString &path)
{
    QFile f(path);
    const QByteArray data = billingCsv(m_billing->rows());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        m_lastError = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace sb
