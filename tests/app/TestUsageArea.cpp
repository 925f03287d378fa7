// Usage & Billing from a real ledger seeded by the test (QTemporaryDir + SQLite): the bill and its
// CSV match the rows inserted, the charts carry the expected series, budgets show progress, and a
// new request appears after a refresh signal.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QProgressBar>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>

#include "app/common/BillingCsv.h"
#include "app/gui/settings/Appearance.h"
#include "app/gui/usage/BillingTableModel.h"
#include "app/gui/usage/UsageArea.h"
#include "app/gui/usage/UsageCharts.h"
#include "router/budget/Budget.h"
#include "router/ledger/Ledger.h"

using namespace sb;

class TestUsageArea : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    int m_request = 0;

    static qint64 at(int y, int m, int d, int h = 12)
    {
        return QDateTime(QDate(y, m, d), QTime(h, 0)).toMSecsSinceEpoch(); // local time, as the buckets
    }

    void add(qint64 when, const QString &provider, const QString &model, AttemptStatus status, qint64 in,
        qint64 out, double cost, qint64 ttft, qint64 duration, int attempt = 1)
    {
        AttemptRecord r;
        r.requestId = QStringLiteral("req-%1").arg(attempt == 1 ? ++m_request : m_request);
        r.attempt = attempt;
        r.startedAtMs = when;
        r.provider = provider;
        r.model = model;
        r.status = status;
        r.tokensIn = in;
        r.tokensOut = out;
        r.costUsd = cost;
        if (ttft >= 0)
            r.ttftMs = ttft;
        r.durationMs = duration;
        QVERIFY(m_ledger->insert(r));
    }

    static QList<QBarSet *> sets(QChart *chart)
    {
        QList<QBarSet *> out;
        for (QAbstractSeries *s : chart->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                out += bars->barSets();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ledger = Ledger::open(m_dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY2(ledger, qPrintable(ledger.error()));
        m_ledger = std::move(ledger).value();
        const QString llama = QStringLiteral("meta-llama/Llama-3.3-70B-Instruct");
        add(at(2026, 1, 5), QStringLiteral("groq"), llama, AttemptStatus::Ok, 1000, 200, 0.10, 100, 1100);
        add(at(2026, 1, 6), QStringLiteral("groq"), llama, AttemptStatus::Ok, 3000, 400, 0.30, 300, 2300);
        add(at(2026, 1, 6), QStringLiteral("together"), llama, AttemptStatus::Error, 0, 0, 0, -1, 500);
        add(at(2026, 1, 6), QStringLiteral("groq"), llama, AttemptStatus::Ok, 500, 100, 0.05, 200, 1200,
            2); // after failover
        add(at(2026, 2, 2), QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), AttemptStatus::Ok, 2000,
            1000, 1.25, 400, 5400);
        add(at(2026, 3, 1), QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"), AttemptStatus::Ok, 10,
            10, 9.0, 400, 900); // outside the range
    }

    // Issue 14, point 12: "last 7 days" chosen before midnight includes the new day's requests
    // after it; small spends get enough decimals on the cost axis.
    void presetRangeRollsOverAtMidnightAndSmallSpendsShow()
    {
        QDate today(2026, 1, 5);
        UsageArea area;
        area.setToday([&today] { return today; });
        auto *preset = area.findChild<QComboBox *>(QStringLiteral("rangePreset"));
        QVERIFY(preset);
        preset->setCurrentIndex(0);
        Q_EMIT preset->activated(0); // as a person picks "last 7 days"
        area.setLedger(m_ledger.get());
        QCOMPARE(area.to(), QDate(2026, 1, 5));
        today = QDate(2026, 1, 6); // midnight passes; a request of the new day arrives
        area.refresh();
        QCOMPARE(area.to(), QDate(2026, 1, 6));
        QCOMPARE(area.from(), QDate(2025, 12, 31));
        double total = 0;
        for (const BillingRow &r : area.billingModel()->rows())
            total += r.costUsd;
        QVERIFY2(qFuzzyCompare(total, 0.10 + 0.30 + 0.05), qPrintable(QString::number(total)));

        QCOMPARE(usageCharts::moneyAxisFormat(0.0042), QStringLiteral("$%.4f"));
        QCOMPARE(usageCharts::moneyAxisFormat(0.42), QStringLiteral("$%.2f"));
        QCOMPARE(usageCharts::moneyAxisFormat(12.0), QStringLiteral("$%.2f"));
    }

    // Issue 14, point 13: the dark theme reaches the charts (they stayed white).
    void darkThemeCoversTheCharts()
    {
        UsageArea area;
        area.setLedger(m_ledger.get());
        area.setRange(QDate(2026, 1, 1), QDate(2026, 2, 28));
        const QPalette before = QApplication::palette();
        QApplication::setPalette(appearance::darkPalette());
        QCoreApplication::processEvents();
        QCOMPARE(area.costChart()->theme(), QChart::ChartThemeDark);
        QVERIFY(area.costChart()->backgroundBrush().color().lightness() < 128);
        area.refresh(); // refilled charts keep it
        QVERIFY(area.latencyChart()->backgroundBrush().color().lightness() < 128);
        QApplication::setPalette(before);
        QCoreApplication::processEvents();
        QVERIFY(area.costChart()->backgroundBrush().color().lightness() >= 128);
    }

    void billingTableMatchesTheLedger()
    {
        UsageArea area;
        QAbstractItemModelTester tester(
            area.billingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        area.setLedger(m_ledger.get());
        area.setBucket(TimeBucket::Month);
        area.setRange(QDate(2026, 1, 1), QDate(2026, 2, 28));
        const QVector<BillingRow> rows = area.billingModel()->rows();
        const auto fromLedger = m_ledger->billing(QDate(2026, 1, 1).startOfDay().toMSecsSinceEpoch(),
            QDate(2026, 3, 1).startOfDay().toMSecsSinceEpoch());
        QVERIFY(fromLedger);
        QCOMPARE(rows.size(), fromLedger->size());
        QCOMPARE(rows.size(), 3); // Jan groq, Jan together, Feb openai; March is outside
        double total = 0;
        qint64 groqRequests = 0, groqIn = 0, groqOut = 0;
        for (const BillingRow &r : rows) {
            total += r.costUsd;
            if (r.provider == QLatin1String("groq")) {
                QCOMPARE(r.month, QStringLiteral("2026-01"));
                groqRequests += r.requests;
                groqIn += r.tokensIn;
                groqOut += r.tokensOut;
            }
        }
        QCOMPARE(groqRequests, 3);
        QCOMPARE(groqIn, 4500);
        QCOMPARE(groqOut, 700);
        QVERIFY(qFuzzyCompare(total, 1.70));
        QVERIFY(area.summaryText().contains(QStringLiteral("$1.7000")));
        auto *pages = area.findChild<QStackedWidget *>();
        QCOMPARE(pages->currentIndex(), 1); // data, not the empty state
        auto *table = area.findChild<QTableView *>(QStringLiteral("billingTable"));
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void csvExportMatchesTheRows()
    {
        UsageArea area;
        area.setLedger(m_ledger.get());
        area.setRange(QDate(2026, 2, 1), QDate(2026, 2, 28));
        const QString path = m_dir.filePath(QStringLiteral("bill.csv"));
        QVERIFY(area.exportCsv(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(),
            QByteArray(
                "month,provider,model,requests,tokens_in,tokens_out,tokens_cached,estimated_rows,cost_usd\r\n"
                "2026-02,openai,gpt-4o-mini,1,2000,1000,0,0,1.250000\r\n"));
    }

    void csvQuotesWhatNeedsIt()
    {
        BillingRow r;
        r.month = QStringLiteral("2026-01");
        r.provider = QStringLiteral("my \"lab\", inc");
        r.model = QStringLiteral("m");
        QCOMPARE(billingCsv({ r }).split('\n').at(1),
            QByteArray("2026-01,\"my \"\"lab\"\", inc\",m,0,0,0,0,0,0.000000\r"));
    }

    void chartsHaveTheExpectedSeries()
    {
        UsageArea area;
        area.setLedger(m_ledger.get());
        area.setBucket(TimeBucket::Day);
        area.setRange(QDate(2026, 1, 1), QDate(2026, 1, 31));
        QChart *cost = area.costChart();
        QCOMPARE(cost->series().size(), 1);
        QVERIFY(qobject_cast<QStackedBarSeries *>(cost->series().first()));
        QStringList providers;
        for (QBarSet *s : sets(cost))
            providers << s->label();
        providers.sort();
        QCOMPARE(providers, (QStringList { QStringLiteral("groq"), QStringLiteral("together") }));
        for (QBarSet *s : sets(cost)) {
            QCOMPARE(s->count(), 2); // two days with attempts: 5 and 6 January
            if (s->label() == QLatin1String("groq")) {
                QVERIFY(qFuzzyCompare(s->at(0), 0.10));
                QVERIFY(qFuzzyCompare(s->at(1), 0.35));
            }
        }
        const QList<QBarSet *> latency = sets(area.latencyChart());
        QCOMPARE(latency.size(), 2);
        QCOMPARE(latency[0]->label(), QStringLiteral("p50"));
        QCOMPARE(latency[1]->label(), QStringLiteral("p95"));
        QVERIFY(latency[0]->count() >= 1);
        const QList<QBarSet *> outcome = sets(area.outcomeChart());
        QCOMPARE(outcome.size(), 2);
        QCOMPARE(sets(area.throughputChart()).size(), 1);
    }

    void budgetsShowProgress()
    {
        ManualClock clock(at(2026, 1, 20));
        LedgerSpendSource spend(m_ledger.get());
        BudgetManager budgets(&spend, &clock);
        BudgetLimit monthly;
        monthly.period = BudgetPeriod::Monthly;
        monthly.limitUsd = 1.0;
        budgets.setLimits({ monthly });
        UsageArea area;
        area.setBudgets(&budgets);
        const auto bars = area.findChildren<QProgressBar *>();
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.first()->value(), 450); // $0.45 of $1.00 in January
        QVERIFY(bars.first()->text().contains(QStringLiteral("45%")));
    }

    void refreshSignalShowsNewRequests()
    {
        auto ledger = Ledger::open(m_dir.filePath(QStringLiteral("live.sqlite")));
        QVERIFY(ledger);
        UsageArea area;
        area.setLedger(ledger->get());
        QCOMPARE(area.findChild<QStackedWidget *>()->currentIndex(), 0); // empty state
        AttemptRecord r;
        r.requestId = QStringLiteral("live-1");
        r.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        r.provider = QStringLiteral("local");
        r.model = QStringLiteral("HuggingFaceTB/SmolLM3-3B");
        r.status = AttemptStatus::Ok;
        r.tokensOut = 10;
        QVERIFY(ledger.value()->insert(r));
        area.scheduleRefresh();
        QTRY_COMPARE(area.billingModel()->rowCount(), 1);
        QCOMPARE(area.findChild<QStackedWidget *>()->currentIndex(), 1);
    }
};

QTEST_MAIN(TestUsageArea)
#include "TestUsageArea.moc"
