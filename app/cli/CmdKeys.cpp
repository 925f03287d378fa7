// `switchboard-cli keys`: provider API keys in the system keychain, the same entries the app's
// Providers area edits. Keys are never printed in full: `list` shows them masked.
//   keys list
//   keys set PROVIDER [--key KEY]     (without --key: read from standard input, one line)
//   keys remove PROVIDER
// A SWITCHBOARD_KEY_<PROVIDER> variable overrides the keychain for the CLI and `serve`; `list`
// says where each key comes from.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

#include "app/cli/CliCommand.h"
#include "app/common/DataPaths.h"
#include "app/common/KeychainKeyStore.h"
#include "router/catalog/Catalog.h"

namespace sb::cli {
namespace {

// Runs one asynchronous keychain call to its end.
template <typename Start> void await(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

int runKeys(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Provider API keys in the system keychain (shared with the app).\n"
        "  keys list                      every provider and its key, masked\n"
        "  keys set PROVIDER [--key KEY]  store a key (without --key: read one line from standard input)\n"
        "  keys remove PROVIDER           delete a stored key"));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("key"),
        QStringLiteral("The key (prefer standard input: a key on the command line lands in shell history)."),
        QStringLiteral("KEY") });
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, set or remove."));
    parser.addPositionalArgument(QStringLiteral("provider"), QStringLiteral("Provider id (set, remove)."));
    parser.process(QStringList { QStringLiteral("switchboard-cli keys") } + args);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.isEmpty()
        || (action == QLatin1String("list") ? positional.size() != 1 : positional.size() != 2)
        || !QStringList { "list", "set", "remove" }.contains(action)) {
        err()
            << "switchboard-cli keys: expected `keys list`, `keys set PROVIDER` or `keys remove PROVIDER`\n";
        return Usage;
    }
    auto catalog = Catalog::load(dataPaths::filePath(QStringLiteral("providers.json")));
    if (!catalog) {
        err() << "switchboard-cli keys: " << catalog.error() << "\n";
        return Failure;
    }
    KeychainKeyStore keychain;

    if (action == QLatin1String("list")) {
        int failures = 0;
        for (const ProviderInfo &p : catalog->providers()) {
            if (!p.needsKey() && p.auth == AuthStyle::None)
                continue;
            const QString variable = p.keyEnvironmentVariable();
            QString shown;
            if (const QString env = qEnvironmentVariable(qPrintable(variable)); !env.isEmpty()) {
                shown = KeychainKeyStore::masked(env) + QStringLiteral("  (from %1)").arg(variable);
            } else {
                await([&](auto finished) {
                    keychain.readKey(p.id, [&, finished](std::optional<QString> key, QString error) {
                        if (!error.isEmpty()) {
                            shown = QStringLiteral("? (%1)").arg(error);
                            ++failures;
                        } else {
                            shown = key ? KeychainKeyStore::masked(*key) : QStringLiteral("-");
                        }
                        finished();
                    });
                });
            }
            out() << p.id.leftJustified(16) << ' ' << shown << "\n";
        }
        return failures ? Failure : Ok;
    }

    const QString provider = positional.at(1).toLower();
    if (!catalog->provider(provider)) {
        err() << "switchboard-cli keys: no provider '" << provider << "' in the catalog (see `keys list`)\n";
        return Usage;
    }
    bool ok = false;
    QString error;
    if (action == QLatin1String("remove")) {
        await([&](auto finished) {
            keychain.removeKey(provider, [&, finished](bool success, QString e) {
                ok = success;
                error = e;
                finished();
            });
        });
        if (!ok) {
            err() << "switchboard-cli keys: " << error << "\n";
            return Failure;
        }
        out() << "Removed the " << provider << " key\n";
        return Ok;
    }
    QString key = parser.value(QStringLiteral("key")).trimmed();
    if (!parser.isSet(QStringLiteral("key"))) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            key = QString::fromUtf8(in.readLine()).trimmed();
    }
    if (key.isEmpty()) {
        err() << "switchboard-cli keys: no key given (--key KEY, or one line on standard input)\n";
        return Usage;
    }
    await([&](auto finished) {
        keychain.writeKey(provider, key, [&, finished](bool success, QString e) {
            ok = success;
            error = e;
            finished();
        });
    });
    if (!ok) {
        err() << "switchboard-cli keys: " << error << "\n";
        return Failure;
    }
    out() << "Stored the " << provider << " key " << KeychainKeyStore::masked(key) << "\n";
    return Ok;
}

const Registrar registrar("keys", "Provider API keys in the system keychain: list, set, remove", &runKeys);

} // namespace
} // namespace sb::cli
