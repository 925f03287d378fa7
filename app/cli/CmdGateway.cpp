// `switchboard-cli gateway ...`: administers a team gateway's people, teams, virtual keys and
// budgets, stored in the ledger database that `serve --gateway --ledger URL` uses.
//
//   gateway team add|remove NAME | team list
//   gateway user add NAME [--team T] [--admin] [--rpm N] [--tpm N] | user set NAME ... | user remove NAME |
//   user list gateway key create --user U [--label L] [--expires-days N] | key revoke ID | key list [--user
//   U] gateway budget set global|user|team|provider [SUBJECT] --period daily|monthly --usd X gateway budget
//   remove ID | budget list gateway spend [--by user|team|provider|model] [--user U | --team T]
//
// A created key is printed once, on stdout and nowhere else; only its salted hash is stored.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include "app/cli/CliCommand.h"
#include "app/common/DataPaths.h"
#include "router/budget/Budget.h"
#include "router/gateway/GatewayStore.h"
#include "router/ledger/Ledger.h"

namespace sb::cli {
namespace {

int usage(const QString &why)
{
    err() << "switchboard-cli gateway: " << why << "\n"
          << "usage: switchboard-cli gateway [--ledger URL|FILE] team|user|key|budget|spend ...\n"
          << "       (switchboard-cli gateway --help for the full list)\n";
    return Usage;
}

int failed(const QString &error)
{
    err() << "switchboard-cli gateway: " << error << "\n";
    return Failure;
}

QString date(qint64 ms)
{
    return ms == 0 ? QStringLiteral("-") : QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

int runGateway(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Administers a team gateway (people, teams, virtual keys, budgets) in a ledger database.\n"
        "  team add|remove NAME, team list\n"
        "  user add|set NAME [--team T] [--admin] [--rpm N] [--tpm N], user remove NAME, user list\n"
        "  key create --user U [--label L] [--expires-days N], key revoke ID, key list [--user U]\n"
        "  budget set global|user|team|provider [SUBJECT] --period daily|monthly --usd X,\n"
        "  budget remove ID, budget list\n"
        "  spend [--by user|team|provider|model] [--user U | --team T]   (this month)"));
    parser.addHelpOption();
    const QCommandLineOption ledger(QStringLiteral("ledger"),
        QStringLiteral("Ledger: postgresql://user@host[:port]/db or a SQLite file (default: the app's)."),
        QStringLiteral("URL"));
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Team."), QStringLiteral("T"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("User."), QStringLiteral("U"));
    const QCommandLineOption admin(
        QStringLiteral("admin"), QStringLiteral("The user may read everyone's spend."));
    const QCommandLineOption rpm(
        QStringLiteral("rpm"), QStringLiteral("Requests per minute (0: unlimited)."), QStringLiteral("N"));
    const QCommandLineOption tpm(
        QStringLiteral("tpm"), QStringLiteral("Tokens per minute (0: unlimited)."), QStringLiteral("N"));
    const QCommandLineOption label(
        QStringLiteral("label"), QStringLiteral("A note on the key."), QStringLiteral("L"));
    const QCommandLineOption expires(
        QStringLiteral("expires-days"), QStringLiteral("The key expires after N days."), QStringLiteral("N"));
    const QCommandLineOption period(
        QStringLiteral("period"), QStringLiteral("daily or monthly."), QStringLiteral("P"));
    const QCommandLineOption usd(QStringLiteral("usd"), QStringLiteral("Limit in USD."), QStringLiteral("X"));
    const QCommandLineOption by(QStringLiteral("by"),
        QStringLiteral("Group spend by user, team, provider or model."), QStringLiteral("G"),
        QStringLiteral("user"));
    parser.addOptions({ ledger, team, userOpt, admin, rpm, tpm, label, expires, period, usd, by });
    parser.process(QStringList { QStringLiteral("switchboard-cli gateway") } + args);
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 2 && !(pos.size() == 1 && pos[0] == QLatin1String("spend")))
        return usage(QStringLiteral("what to do?"));

    const QString path
        = parser.isSet(ledger) ? parser.value(ledger) : dataPaths::filePath(QStringLiteral("ledger.sqlite"));
    auto opened = Ledger::open(path);
    if (!opened)
        return failed(opened.error());
    GatewayStore store(opened.value().get());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString what = pos[0];
    const QString verb = pos.value(1);
    const QString name = pos.value(2);

    if (what == QLatin1String("team")) {
        if (verb == QLatin1String("list")) {
            auto teams = store.teams();
            if (!teams)
                return failed(teams.error());
            for (const QString &t : teams.value())
                out() << t << "\n";
            return Ok;
        }
        if (name.isEmpty())
            return usage(QStringLiteral("team %1 needs a NAME").arg(verb));
        const Outcome<void> r = verb == QLatin1String("add") ? store.addTeam(name, now)
            : verb == QLatin1String("remove")
            ? store.removeTeam(name)
            : Outcome<void>::failure(QStringLiteral("unknown: team %1").arg(verb));
        return r ? Ok : failed(r.error());
    }

    if (what == QLatin1String("user")) {
        if (verb == QLatin1String("list")) {
            auto users = store.users();
            if (!users)
                return failed(users.error());
            out() << "user\tteam\tadmin\trpm\ttpm\n";
            for (const GatewayUser &u : users.value())
                out() << u.name << "\t" << (u.team.isEmpty() ? QStringLiteral("-") : u.team) << "\t"
                      << (u.admin ? "yes" : "no") << "\t" << u.requestsPerMinute << "\t" << u.tokensPerMinute
                      << "\n";
            return Ok;
        }
        if (name.isEmpty())
            return usage(QStringLiteral("user %1 needs a NAME").arg(verb));
        if (verb == QLatin1String("remove")) {
            const auto r = store.removeUser(name);
            return r ? Ok : failed(r.error());
        }
        GatewayUser u;
        if (verb == QLatin1String("set")) {
            auto current = store.user(name);
            if (!current)
                return failed(current.error());
            u = current.value();
        }
        u.name = name;
        if (parser.isSet(team))
            u.team = parser.value(team);
        if (parser.isSet(admin))
            u.admin = true;
        if (parser.isSet(rpm))
            u.requestsPerMinute = parser.value(rpm).toLongLong();
        if (parser.isSet(tpm))
            u.tokensPerMinute = parser.value(tpm).toLongLong();
        const Outcome<void> r = verb == QLatin1String("add") ? store.addUser(u, now)
            : verb == QLatin1String("set")
            ? store.updateUser(u)
            : Outcome<void>::failure(QStringLiteral("unknown: user %1").arg(verb));
        return r ? Ok : failed(r.error());
    }

    if (what == QLatin1String("key")) {
        if (verb == QLatin1String("create")) {
            if (!parser.isSet(userOpt))
                return usage(QStringLiteral("key create needs --user"));
            const qint64 expiresAt
                = parser.isSet(expires) ? now + parser.value(expires).toLongLong() * 86'400'000 : 0;
            auto created = store.createKey(parser.value(userOpt), parser.value(label), expiresAt, now);
            if (!created)
                return failed(created.error());
            err() << "Key " << created->key.id << " for " << created->key.user
                  << " (shown once; only its salted hash is stored):\n";
            err().flush();
            out() << created->text << "\n";
            return Ok;
        }
        if (verb == QLatin1String("revoke")) {
            if (name.isEmpty())
                return usage(QStringLiteral("key revoke needs the key's ID"));
            const auto r = store.revokeKey(name, now);
            return r ? Ok : failed(r.error());
        }
        if (verb == QLatin1String("list")) {
            auto keys = store.keys(parser.value(userOpt));
            if (!keys)
                return failed(keys.error());
            out() << "id\tuser\tlabel\tcreated\texpires\trevoked\n";
            for (const GatewayKey &k : keys.value())
                out() << k.id << "\t" << k.user << "\t" << k.label << "\t" << date(k.createdAtMs) << "\t"
                      << date(k.expiresAtMs) << "\t" << date(k.revokedAtMs) << "\n";
            return Ok;
        }
        return usage(QStringLiteral("unknown: key %1").arg(verb));
    }

    if (what == QLatin1String("budget")) {
        if (verb == QLatin1String("list")) {
            auto budgets = store.budgets();
            if (!budgets)
                return failed(budgets.error());
            out() << "id\tscope\tsubject\tperiod\tlimit_usd\n";
            for (const ScopedBudget &b : budgets.value())
                out() << b.id << "\t" << budgetScopeName(b.scope) << "\t"
                      << (b.subject.isEmpty() ? QStringLiteral("-") : b.subject) << "\t"
                      << (b.daily ? "daily" : "monthly") << "\t" << QString::number(b.limitUsd, 'f', 2)
                      << "\n";
            return Ok;
        }
        if (verb == QLatin1String("remove")) {
            bool ok = false;
            const qint64 id = name.toLongLong(&ok);
            if (!ok)
                return usage(QStringLiteral("budget remove needs the budget's ID"));
            const auto r = store.removeBudget(id);
            return r ? Ok : failed(r.error());
        }
        if (verb == QLatin1String("set")) {
            ScopedBudget b;
            if (!budgetScopeFromName(name, &b.scope))
                return usage(QStringLiteral("budget set global|user|team|provider [SUBJECT] ..."));
            b.subject = b.scope == BudgetScope::Global ? QString() : pos.value(3);
            const QString p = parser.value(period);
            if (p != QLatin1String("daily") && p != QLatin1String("monthly"))
                return usage(QStringLiteral("--period daily|monthly"));
            b.daily = p == QLatin1String("daily");
            bool ok = false;
            b.limitUsd = parser.value(usd).toDouble(&ok);
            if (!ok)
                return usage(QStringLiteral("--usd X"));
            auto id = store.setBudget(b);
            if (!id)
                return failed(id.error());
            out() << "budget " << id.value() << "\n";
            return Ok;
        }
        return usage(QStringLiteral("unknown: budget %1").arg(verb));
    }

    if (what == QLatin1String("spend")) {
        const auto [from, to] = BudgetManager::window(BudgetPeriod::Monthly, now);
        const QString filterBy = parser.isSet(team) ? QStringLiteral("team")
            : parser.isSet(userOpt)                 ? QStringLiteral("user")
                                                    : QString();
        const QString filterValue = parser.isSet(team) ? parser.value(team) : parser.value(userOpt);
        auto rows = store.spend(parser.value(by), from, to, filterBy, filterValue);
        if (!rows)
            return failed(rows.error());
        out() << parser.value(by) << "\trequests\ttokens_in\ttokens_out\tcost_usd\treserved_usd\n";
        for (const SpendRow &r : rows.value())
            out() << (r.group.isEmpty() ? QStringLiteral("-") : r.group) << "\t" << r.requests << "\t"
                  << r.tokensIn << "\t" << r.tokensOut << "\t" << QString::number(r.costUsd, 'f', 6) << "\t"
                  << QString::number(r.reservedUsd, 'f', 6) << "\n";
        return Ok;
    }
    return usage(QStringLiteral("unknown: %1").arg(what));
}

const Registrar registrar(
    "gateway", "Administer a team gateway: users, teams, virtual keys, budgets, spend", &runGateway);

} // namespace
} // namespace sb::cli
