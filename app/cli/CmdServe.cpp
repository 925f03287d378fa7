// `switchboard-cli serve`: the local OpenAI-compatible server in the foreground, for editors,
// scripts and agents on this machine. Keys come from SWITCHBOARD_KEY_<PROVIDER> variables or a
// keys file; they are never printed or logged.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/BackendArgs.h"
#include "app/cli/CliCommand.h"
#include "app/common/DataPaths.h"
#include "app/common/RouterSetup.h"
#include "app/local/EngineLocalProvider.h"
#include "router/base/Clock.h"
#include "router/budget/Budget.h"
#include "router/catalog/Catalog.h"
#include "router/core/Router.h"
#include "router/core/RouterChatBackend.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"
#include "router/server/LocalServer.h"

namespace sb::cli {
namespace {

// Keys file: JSON {"groq": "gsk_..."} or lines "groq=gsk_..." (# comments).
Outcome<QHash<QString, QString>> readKeysFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Outcome<QHash<QString, QString>>::failure(
            QStringLiteral("cannot read keys file %1: %2").arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    QHash<QString, QString> keys;
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            keys.insert(it.key().toLower(), it.value().toString());
        return keys;
    }
    int lineNo = 0;
    for (QByteArray line : data.split('\n')) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0) // the line itself is not quoted: it may be a key
            return Outcome<QHash<QString, QString>>::failure(
                QStringLiteral("keys file %1, line %2: expected provider=key").arg(path).arg(lineNo));
        keys.insert(QString::fromUtf8(line.left(eq).trimmed()).toLower(),
            QString::fromUtf8(line.mid(eq + 1).trimmed()));
    }
    return keys;
}

// "monthly:20" (global), "groq:daily:1.5" (per provider).
std::optional<BudgetLimit> parseBudget(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    BudgetLimit limit;
    if (parts.size() == 3)
        limit.provider = parts[0].toLower();
    const QString period = parts[parts.size() - 2].toLower();
    if (period == QLatin1String("daily"))
        limit.period = BudgetPeriod::Daily;
    else if (period == QLatin1String("monthly"))
        limit.period = BudgetPeriod::Monthly;
    else
        return std::nullopt;
    bool ok = false;
    limit.limitUsd = parts.last().toDouble(&ok);
    if (!ok || limit.limitUsd < 0)
        return std::nullopt;
    return limit;
}

int runServe(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the local OpenAI-compatible server (GET /v1/models, POST /v1/chat/completions, GET /health).\n"
        "Provider keys: SWITCHBOARD_KEY_<PROVIDER> environment variables and/or --keys-file."));
    parser.addHelpOption();
    const QCommandLineOption port({ QStringLiteral("p"), QStringLiteral("port") },
        QStringLiteral("Port (default %1; 0 picks a free one).").arg(server::ServerConfig::kDefaultPort),
        QStringLiteral("N"), QString::number(server::ServerConfig::kDefaultPort));
    const QCommandLineOption host(QStringLiteral("host"),
        QStringLiteral("Address to bind (default 127.0.0.1)."), QStringLiteral("ADDR"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
        QStringLiteral("Allow --host to be a non-loopback address (reachable from the network)."));
    const QCommandLineOption token(QStringLiteral("token"),
        QStringLiteral("Bearer token clients must send (default: generated)."), QStringLiteral("TOKEN"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
        QStringLiteral("Read the token from FILE; with --write-token, write the generated one there."),
        QStringLiteral("FILE"));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
        QStringLiteral("Provider catalog merged over the built-in one (default: the user copy)."),
        QStringLiteral("FILE"));
    const QCommandLineOption catalogOnly(QStringLiteral("catalog-only"),
        QStringLiteral("Use the --catalog file alone, without the built-in providers."));
    const QCommandLineOption keysFile(QStringLiteral("keys-file"),
        QStringLiteral("Provider keys: JSON {\"provider\": \"key\"} or provider=key lines."),
        QStringLiteral("FILE"));
    const QCommandLineOption ledger(QStringLiteral("ledger"),
        QStringLiteral("Ledger database (default: the app's)."), QStringLiteral("FILE"));
    const QCommandLineOption budget(QStringLiteral("budget"),
        QStringLiteral("Hard budget in USD, repeatable: [provider:]daily|monthly:USD."),
        QStringLiteral("SPEC"));
    const QCommandLineOption cors(QStringLiteral("cors-origin"),
        QStringLiteral("Allow CORS from ORIGIN (repeatable)."), QStringLiteral("ORIGIN"));
    const QCommandLineOption allowedHost(QStringLiteral("allowed-host"),
        QStringLiteral("Accept this Host header name besides localhost (repeatable)."),
        QStringLiteral("NAME"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-bytes"),
        QStringLiteral("Request size limit (default 4 MiB)."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("request-timeout-ms"),
        QStringLiteral("End a chat request with 504 after this long (default 600000)."),
        QStringLiteral("MS"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No access log."));
    const QCommandLineOption localModel(QStringLiteral("local-model"),
        QStringLiteral("Serve this SmolLM3 model (folder or .gguf) as the \"local\" provider."),
        QStringLiteral("path"));
    parser.addOption(localModel);
    addBackendOptions(parser);
    parser.addOptions({ port, host, allowRemote, token, tokenFile, catalog, catalogOnly, keysFile, ledger,
        budget, cors, allowedHost, maxBody, timeout, quiet });
    parser.process(QStringList { QStringLiteral("switchboard-cli serve") } + args);

    server::ServerConfig config;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        err() << "switchboard-cli serve: --port must be 0..65535\n";
        return Usage;
    }
    config.port = quint16(portValue);
    if (!config.host.setAddress(parser.value(host))) {
        err() << "switchboard-cli serve: --host must be an IP address (got '" << parser.value(host) << "')\n";
        return Usage;
    }
    config.allowNonLoopback = parser.isSet(allowRemote);
    config.corsOrigins = parser.values(cors);
    config.allowedHosts = parser.values(allowedHost);
    if (parser.isSet(maxBody))
        config.maxBodyBytes = parser.value(maxBody).toLongLong();
    if (parser.isSet(timeout))
        config.requestTimeoutMs = parser.value(timeout).toInt();
    if (parser.isSet(token)) {
        config.token = parser.value(token);
    } else if (parser.isSet(tokenFile) && QFile::exists(parser.value(tokenFile))) {
        QFile f(parser.value(tokenFile));
        if (!f.open(QIODevice::ReadOnly)) {
            err() << "switchboard-cli serve: cannot read " << parser.value(tokenFile) << "\n";
            return Failure;
        }
        config.token = QString::fromUtf8(f.readAll().trimmed());
    }

    // One setup with the app (app/common/RouterSetup): the data folder's catalog, provider
    // order, budgets and ledger, so what was set in the app binds this server too. Strict: a
    // server does not start without its ledger or with a configuration it could not read.
    RouterSetupOptions setupOptions;
    setupOptions.strict = true;
    if (parser.isSet(catalogOnly)) {
        QFile f(parser.value(catalog));
        if (!parser.isSet(catalog) || !f.open(QIODevice::ReadOnly)) {
            err() << "switchboard-cli serve: --catalog-only needs a readable --catalog FILE\n";
            return Usage;
        }
        setupOptions.catalogOnlyJson = f.readAll();
        setupOptions.catalogOnlySource = parser.value(catalog);
    } else if (parser.isSet(catalog)) {
        setupOptions.catalogPath = parser.value(catalog);
    }
    if (parser.isSet(ledger))
        setupOptions.ledgerPath = parser.value(ledger);

    // Keys: SWITCHBOARD_KEY_<PROVIDER> wins over the keys file (EnvironmentKeyStore).
    InMemoryKeyStore fileKeys;
    if (parser.isSet(keysFile)) {
        auto read = readKeysFile(parser.value(keysFile));
        if (!read) {
            err() << "switchboard-cli serve: " << read.error() << "\n";
            return Failure;
        }
        for (auto it = read.value().begin(); it != read.value().end(); ++it)
            fileKeys.writeKey(it.key(), it.value(), [](bool, const QString &) {});
    }
    EnvironmentKeyStore keyStore(&fileKeys);
    setupOptions.keys = &keyStore;

    for (const QString &spec : parser.values(budget)) {
        auto limit = parseBudget(spec);
        if (!limit) {
            err() << "switchboard-cli serve: --budget '" << spec << "' is not [provider:]daily|monthly:USD\n";
            return Usage;
        }
        setupOptions.extraBudgets.append(*limit);
    }

    auto built = RouterSetup::create(setupOptions);
    if (!built) {
        err() << "switchboard-cli serve: " << built.error() << "\n";
        return Failure;
    }
    RouterSetup &setup = *built.value();
    Router &router = *setup.router();
    EngineLocalProvider &local = *setup.localProvider();
    const QString ledgerPath = setup.ledgerPath();

    // The embedded model joins the router as the "local" provider: same routing, ledger and budgets.
    if (parser.isSet(localModel)) {
        ChatRuntimeOptions rtOptions;
        if (QString e = backendOptionsFrom(parser, rtOptions.backend); !e.isEmpty()) {
            err() << "switchboard-cli serve: " << e << "\n";
            return Usage;
        }
        auto loaded = local.load(parser.value(localModel), rtOptions);
        if (!loaded) {
            err() << "switchboard-cli serve: " << QString::fromStdString(loaded.error().message) << "\n";
            return Failure;
        }
        if (!local.notice().isEmpty())
            err() << "note: " << local.notice() << "\n";
        err() << "local model: " << local.modelPath() << " on the " << local.backendName() << " backend\n";
    }
    server::ChatBackend &backend = *setup.chatBackend();
    QCoreApplication::processEvents(); // key reads complete before /v1/models is asked
    server::LocalServer srv(config, &backend);
    if (!parser.isSet(quiet))
        QObject::connect(&srv, &server::LocalServer::requestLogged, &srv, [](const QString &line) {
            out() << line << "\n";
            out().flush();
        });
    const auto listening = srv.listen();
    if (!listening) {
        err() << "switchboard-cli serve: " << listening.error() << "\n";
        return Failure;
    }
    for (const QString &w : srv.warnings())
        err() << w << "\n";
    err().flush();
    if (parser.isSet(tokenFile) && !QFile::exists(parser.value(tokenFile))) {
        QFile f(parser.value(tokenFile));
        if (f.open(QIODevice::WriteOnly)) {
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            f.write(srv.token().toUtf8() + "\n");
        }
    }

    int ready = 0;
    for (const ProviderInfo &p : router.catalog().providers())
        ready += std::any_of(p.models.begin(), p.models.end(),
                     [&](const ModelEntry &m) { return router.providerReady(p, m.id); })
            ? 1
            : 0;
    out() << "Switchboard server listening on " << srv.baseUrl() << "\n"
          << "Token: " << srv.token() << "\n"
          << "Providers ready: " << ready << " of " << router.catalog().providers().size()
          << "; ledger: " << ledgerPath << "\n"
          << "Try: curl -H \"Authorization: Bearer " << srv.token() << "\" " << srv.baseUrl() << "/models\n";
    out().flush();
    return QCoreApplication::exec();
}

const Registrar registrar(
    "serve", "Run the local OpenAI-compatible server (/v1/models, /v1/chat/completions)", &runServe);

} // namespace
} // namespace sb::cli
