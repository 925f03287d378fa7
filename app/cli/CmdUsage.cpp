// `switchboard-cli usage`: what the ledger says was spent, from the terminal. The same ledger the
// app and `serve` write (the data folder's ledger.sqlite), opened read-only.
//   usage [--since 2026-12-01 | --since 7d] [--until DATE] [--csv] [--ledger FILE]
// Without --since: the current month. --csv prints the bill (month x provider x model) in the
// same CSV the app's Usage area exports.
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include "app/cli/CliCommand.h"
#include "app/common/BillingCsv.h"
#include "app/common/DataPaths.h"
#include "router/ledger/Ledger.h"

namespace sb::cli {
namespace {

// "2026-12-01" (local midnight) or "7d" (that many days back from now); nullopt when neither.
std::optional<qint64> parseSince(const QString &text, qint64 nowMs)
{
    static const QRegularExpression days(QStringLiteral("^(\\d+)d$"));
    if (const auto m = days.match(text.trimmed()); m.hasMatch())
        return nowMs - m.captured(1).toLongLong() * 24 * 3600 * 1000;
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date.startOfDay().toMSecsSinceEpoch();
}

QString usd(double v)
{
    return QStringLiteral("$%1").arg(v, 0, 'f', v < 1 ? 4 : 2);
}

int runUsage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Spend and tokens from the usage ledger: totals, then one line per provider.\n"
                       "Without --since: the current month."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("since"),
        QStringLiteral("From this date (YYYY-MM-DD) or N days back (7d)."), QStringLiteral("when") });
    parser.addOption({ QStringLiteral("until"), QStringLiteral("Up to this date, exclusive (YYYY-MM-DD)."),
        QStringLiteral("date") });
    parser.addOption({ QStringLiteral("csv"), QStringLiteral("The bill as CSV (month, provider, model).") });
    parser.addOption({ QStringLiteral("ledger"), QStringLiteral("Ledger database (default: the app's)."),
        QStringLiteral("file") });
    parser.process(QStringList { QStringLiteral("switchboard-cli usage") } + args);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDate::currentDate();
    qint64 from = QDate(today.year(), today.month(), 1).startOfDay().toMSecsSinceEpoch();
    qint64 to = now + 1;
    if (parser.isSet(QStringLiteral("since"))) {
        const auto since = parseSince(parser.value(QStringLiteral("since")), now);
        if (!since) {
            err() << "switchboard-cli usage: --since must be a date (2026-12-01) or a number of days (7d)\n";
            return Usage;
        }
        from = *since;
    }
    if (parser.isSet(QStringLiteral("until"))) {
        const QDate until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!until.isValid()) {
            err() << "switchboard-cli usage: --until must be a date (2026-12-31)\n";
            return Usage;
        }
        to = until.startOfDay().toMSecsSinceEpoch();
    }

    const QString path = parser.isSet(QStringLiteral("ledger"))
        ? parser.value(QStringLiteral("ledger"))
        : dataPaths::filePath(QStringLiteral("ledger.sqlite"));
    if (!QFileInfo::exists(path)) {
        err() << "switchboard-cli usage: no ledger at " << path << " (nothing was routed yet)\n";
        return Failure;
    }
    Ledger::Options options;
    options.readOnly = true;
    auto ledger = Ledger::open(path, options);
    if (!ledger) {
        err() << "switchboard-cli usage: " << ledger.error() << "\n";
        return Failure;
    }
    const auto bill = ledger.value()->billing(from, to);
    if (!bill) {
        err() << "switchboard-cli usage: " << bill.error() << "\n";
        return Failure;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << QString::fromUtf8(billingCsv(bill.value()));
        return Ok;
    }
    const auto requests = ledger.value()->requestStats(from, to);
    const auto outcomes = ledger.value()->outcomeStats(from, to);
    if (!requests || !outcomes) {
        err() << "switchboard-cli usage: " << (!requests ? requests.error() : outcomes.error()) << "\n";
        return Failure;
    }

    struct Totals {
        qint64 tokensIn = 0, tokensOut = 0, tokensCached = 0, estimated = 0;
        double costUsd = 0;
    };
    QMap<QString, Totals> byProvider;
    Totals all;
    for (const BillingRow &b : bill.value()) {
        for (Totals *t : { &byProvider[b.provider], &all }) {
            t->tokensIn += b.tokensIn;
            t->tokensOut += b.tokensOut;
            t->tokensCached += b.tokensCached;
            t->estimated += b.estimatedRows;
            t->costUsd += b.costUsd;
        }
    }
    const RequestOutcomeStats &r = requests.value();
    out() << "Usage from "
          << QDateTime::fromMSecsSinceEpoch(from).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << " to "
          << QDateTime::fromMSecsSinceEpoch(to).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << " (ledger "
          << path << ")\n";
    out() << "Total " << usd(all.costUsd) << ", " << r.requests << " requests (" << r.succeeded
          << " succeeded, " << r.succeededAfterFailover << " after failover, " << r.failed << " failed), "
          << all.tokensIn << " tokens in (" << all.tokensCached << " cached), " << all.tokensOut << " out\n";
    if (all.estimated > 0)
        out() << all.estimated << " attempts had no usage from the provider; their tokens are estimates\n";
    if (outcomes->isEmpty())
        return Ok;
    out() << "\n"
          << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(QStringLiteral("provider"), -16)
                 .arg(QStringLiteral("cost"), 12)
                 .arg(QStringLiteral("attempts"), 9)
                 .arg(QStringLiteral("ok"), 6)
                 .arg(QStringLiteral("errors"), 7)
                 .arg(QStringLiteral("tokens in"), 11)
                 .arg(QStringLiteral("tokens out"), 11);
    for (const ProviderOutcomeStats &p : outcomes.value()) {
        const Totals t = byProvider.value(p.provider);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(p.provider, -16)
                     .arg(usd(t.costUsd), 12)
                     .arg(p.attempts, 9)
                     .arg(p.ok, 6)
                     .arg(p.errors, 7)
                     .arg(t.tokensIn, 11)
                     .arg(t.tokensOut, 11);
    }
    return Ok;
}

const Registrar registrar("usage", "Spend and tokens from the usage ledger (summary or CSV)", &runUsage);

} // namespace
} // namespace sb::cli
