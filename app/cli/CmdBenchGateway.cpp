// `switchboard-cli bench gateway-ledger`: what the team gateway's ledger adds to each request, on
// SQLite or PostgreSQL, in this process: check the virtual key, read the user's last minute (rate
// limits), reserve against a user and a team budget together with the pending row (one
// transaction under the budgets' locks), and settle the row. The HTTP and routing work around it
// is the same for both backends (docs/benchmarks.md has that part).
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

#include "app/cli/CliCommand.h"
#include "router/gateway/GatewayStore.h"
#include "router/ledger/Ledger.h"

namespace sb::cli {

int benchGatewayLedgerCmd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Per-request ledger work of the team gateway, sequential, "
                       "on one connection: requests/s and latency percentiles."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("ledger"), QStringLiteral("A SQLite file or postgresql://... (use a scratch one)."),
            QStringLiteral("FILE|URL") });
    parser.addOption({ QStringLiteral("requests"), QStringLiteral("Requests to simulate."),
        QStringLiteral("n"), QStringLiteral("2000") });
    parser.process(QStringList { QStringLiteral("switchboard-cli bench gateway-ledger") } + args);
    if (!parser.isSet(QStringLiteral("ledger"))) {
        err() << "bench gateway-ledger: --ledger FILE|URL is required (a scratch ledger: rows are added)\n";
        return Usage;
    }
    auto opened = Ledger::open(parser.value(QStringLiteral("ledger")));
    if (!opened) {
        err() << "bench gateway-ledger: " << opened.error() << "\n";
        return Failure;
    }
    Ledger *ledger = opened.value().get();
    GatewayStore store(ledger);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString tag = QString::number(now, 36);
    const QString team = QStringLiteral("bench-team-") + tag;
    const QString user = QStringLiteral("bench-user-") + tag;
    if (auto t = store.addTeam(team, now); !t) {
        err() << "bench gateway-ledger: " << t.error() << "\n";
        return Failure;
    }
    (void)store.addUser(GatewayUser { user, team, false, 1'000'000, 0 }, now);
    (void)store.setBudget(ScopedBudget { 0, BudgetScope::User, user, true, 1e9 });
    (void)store.setBudget(ScopedBudget { 0, BudgetScope::Team, team, false, 1e9 });
    auto key = store.createKey(user, QStringLiteral("bench"), 0, now);
    if (!key) {
        err() << "bench gateway-ledger: " << key.error() << "\n";
        return Failure;
    }
    const int n = std::max(1, parser.value(QStringLiteral("requests")).toInt());
    QVector<double> ms;
    ms.reserve(n);
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < n; ++i) {
        QElapsedTimer one;
        one.start();
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        GatewayUser owner;
        if (store.verify(key->text, t, &owner, nullptr).value() != KeyCheck::Valid) {
            err() << "bench gateway-ledger: the key did not verify\n";
            return Failure;
        }
        (void)store.lastMinute(user, t);
        AttemptRecord r;
        r.requestId = QStringLiteral("bench-%1-%2").arg(tag).arg(i);
        r.startedAtMs = t;
        r.provider = QStringLiteral("bench");
        r.model = QStringLiteral("bench/model");
        r.userName = user;
        r.teamName = team;
        r.reservedUsd = 0.001;
        const auto reserved = ledger->insertWithinBudgets(r, t);
        if (!reserved || !reserved->allowed) {
            err() << "bench gateway-ledger: reservation failed: "
                  << (reserved ? reserved->message : reserved.error()) << "\n";
            return Failure;
        }
        r.rowId = reserved->rowId;
        r.status = AttemptStatus::Ok;
        r.costUsd = 0.0005;
        r.tokensIn = 12;
        r.tokensOut = 8;
        if (auto u = ledger->update(r); !u) {
            err() << "bench gateway-ledger: " << u.error() << "\n";
            return Failure;
        }
        ms.append(double(one.nsecsElapsed()) / 1e6);
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(ms.begin(), ms.end());
    auto pct
        = [&](double p) { return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(p * double(ms.size())))]; };
    out() << QStringLiteral(
        "%1 ledger, %2 requests: %3 requests/s on one connection; per request p50 %4 ms, p99 %5 ms\n")
                 .arg(ledger->backend() == LedgerBackend::PostgreSql ? QStringLiteral("PostgreSQL")
                                                                     : QStringLiteral("SQLite"))
                 .arg(n)
                 .arg(double(n) / seconds, 0, 'f', 0)
                 .arg(pct(0.50), 0, 'f', 3)
                 .arg(pct(0.99), 0, 'f', 3);
    return Ok;
}

} // namespace sb::cli
