// `switchboard-cli budget`: the hard budgets of the data folder's router.json, the ones the app's
// Providers area edits and `serve` enforces.
//   budget list                          each budget, its spend in the current window (ledger)
//   budget set [PROVIDER:]daily|monthly:USD
//   budget remove [PROVIDER:]daily|monthly
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

#include "app/cli/BudgetSpec.h"
#include "app/cli/CliCommand.h"
#include "app/common/DataPaths.h"
#include "app/common/RouterConfig.h"
#include "router/ledger/Ledger.h"

namespace sb::cli {
namespace {

bool sameBudget(const BudgetLimit &a, const BudgetLimit &b)
{
    return a.provider == b.provider && a.period == b.period;
}

int runBudget(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Hard budgets in USD, shared with the app and `serve` (router.json in the data folder).\n"
        "  budget list\n"
        "  budget set [PROVIDER:]daily|monthly:USD     e.g. monthly:20, groq:daily:1.5\n"
        "  budget remove [PROVIDER:]daily|monthly"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, set or remove."));
    parser.addPositionalArgument(QStringLiteral("budget"), QStringLiteral("The budget (set, remove)."));
    parser.process(QStringList { QStringLiteral("switchboard-cli budget") } + args);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!QStringList { "list", "set", "remove" }.contains(action)
        || positional.size() != (action == QLatin1String("list") ? 1 : 2)) {
        err()
            << "switchboard-cli budget: expected `budget list`, `budget set SPEC` or `budget remove SPEC`\n";
        return Usage;
    }
    const QString dir = dataPaths::directory();
    auto config = RouterConfig::load(dir);
    if (!config) {
        err() << "switchboard-cli budget: " << config.error() << "\n";
        return Failure;
    }

    if (action == QLatin1String("list")) {
        if (config->budgets.isEmpty()) {
            out() << "No budgets (" << RouterConfig::filePath(dir) << ")\n";
            return Ok;
        }
        std::unique_ptr<Ledger> ledger;
        const QString ledgerPath = dataPaths::filePath(QStringLiteral("ledger.sqlite"));
        if (QFileInfo::exists(ledgerPath)) {
            Ledger::Options options;
            options.readOnly = true;
            if (auto opened = Ledger::open(ledgerPath, options))
                ledger = std::move(opened.value());
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const BudgetLimit &b : config->budgets) {
            const auto [from, to] = BudgetManager::window(b.period, now);
            QString spent = QStringLiteral("spend unknown (no ledger)");
            if (ledger) {
                const auto s = ledger->spend(from, to, b.provider);
                spent = s ? QStringLiteral("$%1 spent (%2%)")
                                .arg(s.value(), 0, 'f', 4)
                                .arg(b.limitUsd > 0 ? qRound(s.value() * 100 / b.limitUsd) : 100)
                          : s.error();
            }
            out() << (b.provider.isEmpty() ? QStringLiteral("*") : b.provider).leftJustified(16) << ' '
                  << (b.period == BudgetPeriod::Daily ? "daily  " : "monthly") << "  $"
                  << QString::number(b.limitUsd, 'f', 2) << "  " << spent << "\n";
        }
        return Ok;
    }

    const auto spec = parseBudgetSpec(positional.at(1), action == QLatin1String("set"));
    if (!spec) {
        err() << "switchboard-cli budget: '" << positional.at(1) << "' is not [provider:]daily|monthly"
              << (action == QLatin1String("set") ? ":USD" : "") << "\n";
        return Usage;
    }
    QVector<BudgetLimit> &budgets = config->budgets;
    const auto it = std::find_if(
        budgets.begin(), budgets.end(), [&](const BudgetLimit &b) { return sameBudget(b, *spec); });
    if (action == QLatin1String("remove")) {
        if (it == budgets.end()) {
            err() << "switchboard-cli budget: there is no " << spec->name() << "\n";
            return Failure;
        }
        budgets.erase(it);
    } else if (it != budgets.end()) {
        it->limitUsd = spec->limitUsd;
    } else {
        budgets.append(*spec);
    }
    if (auto saved = config->save(dir); !saved) {
        err() << "switchboard-cli budget: " << saved.error() << "\n";
        return Failure;
    }
    out() << (action == QLatin1String("remove") ? "Removed the " : "Set the ") << spec->name()
          << (action == QLatin1String("set") ? QStringLiteral(" to $%1").arg(spec->limitUsd, 0, 'f', 2)
                                             : QString())
          << "\n";
    return Ok;
}

const Registrar registrar(
    "budget", "Hard budgets shared with the app and serve: list, set, remove", &runBudget);

} // namespace
} // namespace sb::cli
