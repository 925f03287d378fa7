// `switchboard-cli catalog sync|status`: the live provider catalog from the terminal. The same
// data folder, cache and layering (built-in < live cache < providers.json) as the app and `serve`.
//
//   catalog sync [--only ID]... [--timeout S]   fetch the HF router's model list and each
//                                                provider's /models into the cache now
//   catalog status                              sources, fetch times, staleness
//   bench catalog [--models N] [--url URL]      sync time and memory (docs/benchmarks.md)
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include "app/cli/CliCommand.h"
#include "app/cli/CmdCatalog.h"
#include "app/common/DataPaths.h"
#include "engine/core/Platform.h"
#include "router/catalog/CatalogCache.h"
#include "router/catalog/CatalogSync.h"
#include "router/keys/KeyStore.h"

namespace sb::cli {
namespace {

QString userPath()
{
    return dataPaths::filePath(QStringLiteral("providers.json"));
}

QString cachePath()
{
    return dataPaths::filePath(CatalogCache::defaultFileName());
}

QString ageText(qint64 seconds)
{
    if (seconds < 3600)
        return QStringLiteral("%1 min").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return QStringLiteral("%1 h").arg(seconds / 3600);
    return QStringLiteral("%1 days").arg(seconds / 86400);
}

CatalogSyncReport runSync(const Catalog &catalog, const CatalogSyncOptions &options)
{
    QNetworkAccessManager nam;
    CatalogSync sync(&nam);
    CatalogSyncReport report;
    QEventLoop loop;
    QObject::connect(&sync, &CatalogSync::finished, &loop, [&](const CatalogSyncReport &r) {
        report = r;
        loop.quit();
    });
    sync.start(catalog, options);
    loop.exec();
    return report;
}

void printReport(const CatalogSyncReport &r, const QString &path)
{
    for (const QString &id : r.synced)
        out() << "synced " << id << "\n";
    if (r.hubModels > 0 || r.hubUnpriced > 0)
        out() << "hub models: " << r.hubModels << " priced, " << r.hubUnpriced
              << " listed without any price (not routed)\n";
    for (const QString &id : r.skipped)
        out() << "skipped " << id << ": no key (set SWITCHBOARD_KEY_"
              << id.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')) << ")\n";
    for (const QString &e : r.errors)
        err() << "error: " << e << "\n";
    out() << QStringLiteral("%1 bytes in %2 ms; cache %3 %4\n")
                 .arg(r.bytes)
                 .arg(r.elapsedMs)
                 .arg(path, r.cacheWritten ? QStringLiteral("written") : QStringLiteral("unchanged"));
}

int runSyncCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fetches the live catalog now: the Hugging Face router's model list (providers, prices, "
        "context, tool and structured-output support per model) and each OpenAI-compatible "
        "provider's GET /models, into <data folder>/%1. A source that fails keeps its previous "
        "cached listing. Keys come from SWITCHBOARD_KEY_<PROVIDER>; the HF list needs none.")
                                         .arg(CatalogCache::defaultFileName()));
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral("Sync this provider id only (repeatable)."), QStringLiteral("id"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QStringLiteral("Seconds per source (default 60)."), QStringLiteral("s"), QStringLiteral("60"));
    parser.addOptions({ only, timeout });
    parser.process(QStringList { QStringLiteral("switchboard-cli catalog sync") } + args);
    LayeredCatalog layered = loadLayeredCatalog(userPath(), cachePath());
    for (const QString &p : layered.problems)
        err() << "note: " << p << "\n";
    EnvironmentKeyStore keys(nullptr);
    CatalogSyncOptions options;
    options.cachePath = cachePath();
    options.keys = &keys;
    options.onlyProviders = parser.values(only);
    options.timeoutMs = int(parser.value(timeout).toDouble() * 1000);
    const CatalogSyncReport report = runSync(layered.catalog, options);
    printReport(report, options.cachePath);
    return report.errors.isEmpty() ? Ok : Failure;
}

int runStatusCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Where the catalog's prices come from and how old they are."));
    parser.addHelpOption();
    parser.process(QStringList { QStringLiteral("switchboard-cli catalog status") } + args);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto cache = CatalogCache::read(cachePath());
    if (!cache) {
        err() << "error: " << cache.error() << "\n";
        return Failure;
    }
    out() << "cache: " << cachePath() << "\n";
    if (cache->isEmpty())
        out() << "no live data yet: prices are the built-in ones (run `switchboard-cli catalog sync`)\n";
    for (auto it = cache->listings().begin(); it != cache->listings().end(); ++it) {
        const qint64 age = it->fetchedAt.secsTo(now);
        out() << it.key() << ": "
              << (it->list == QLatin1String("hub") ? it->models.size() : it->modelIds.size())
              << " models, fetched " << it->fetchedAt.toString(Qt::ISODate) << " (" << ageText(age) << " ago"
              << (age > qint64(kStaleCatalogDays) * 86400 ? QStringLiteral(", stale") : QString()) << ")\n";
    }
    LayeredCatalog layered = loadLayeredCatalog(userPath(), cachePath());
    int counts[3] = { 0, 0, 0 };
    int stale = 0;
    for (const ProviderInfo &p : layered.catalog.providers())
        for (const ModelEntry &m : p.models) {
            ++counts[int(m.price.source)];
            stale += priceIsStale(m.price, now) ? 1 : 0;
        }
    out() << "prices: " << counts[int(PriceSource::Builtin)] << " built-in, "
          << counts[int(PriceSource::Live)] << " live, " << counts[int(PriceSource::User)] << " yours; "
          << stale << " stale (older than " << kStaleCatalogDays << " days)\n";
    for (const QString &p : layered.problems)
        err() << "note: " << p << "\n";
    return Ok;
}

int runCatalog(const QStringList &args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("sync"))
        return runSyncCommand(args.mid(1));
    if (what == QLatin1String("status"))
        return runStatusCommand(args.mid(1));
    err() << "usage: switchboard-cli catalog sync|status [options]   (--help after the verb lists them)\n";
    return Usage;
}

const Registrar registrar(
    "catalog", "Live provider catalog: sync from the HF router and /models, status", &runCatalog);

// A Hugging Face router model list of `count` models in the documented shape (1-4 providers each,
// some without pricing, some not live), the same every run for a given seed.
QByteArray syntheticHubList(int count, quint32 seed)
{
    static const char *names[] = { "cerebras", "groq", "together", "fireworks-ai", "novita", "nebius",
        "sambanova", "hyperbolic", "featherless-ai", "nscale", "scaleway", "hf-inference" };
    QRandomGenerator rng(seed);
    QJsonArray data;
    for (int i = 0; i < count; ++i) {
        QJsonArray providers;
        const int n = 1 + int(rng.bounded(4));
        for (int k = 0; k < n; ++k) {
            QJsonObject p { { QStringLiteral("provider"), QLatin1String(names[(i + k) % 12]) },
                { QStringLiteral("status"),
                    rng.bounded(20) == 0 ? QStringLiteral("error") : QStringLiteral("live") },
                { QStringLiteral("context_length"), 8192 << rng.bounded(6) },
                { QStringLiteral("supports_tools"), rng.bounded(2) == 0 },
                { QStringLiteral("supports_structured_output"), rng.bounded(2) == 0 },
                { QStringLiteral("first_token_latency_ms"), 200 + rng.bounded(2000) },
                { QStringLiteral("throughput"), 10 + rng.bounded(500) },
                { QStringLiteral("is_model_author"), false } };
            if (rng.bounded(10) != 0)
                p.insert(QStringLiteral("pricing"),
                    QJsonObject { { QStringLiteral("input"), 0.01 * (1 + rng.bounded(300)) },
                        { QStringLiteral("output"), 0.01 * (1 + rng.bounded(900)) } });
            providers.append(p);
        }
        data.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("org%1/model-%2-Instruct").arg(i % 97).arg(i) },
            { QStringLiteral("object"), QStringLiteral("model") },
            { QStringLiteral("created"), 1750000000 + i },
            { QStringLiteral("owned_by"), QStringLiteral("org%1").arg(i % 97) },
            { QStringLiteral("architecture"),
                QJsonObject { { QStringLiteral("input_modalities"), QJsonArray { QStringLiteral("text") } },
                    { QStringLiteral("output_modalities"), QJsonArray { QStringLiteral("text") } } } },
            { QStringLiteral("providers"), providers } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
                             { QStringLiteral("data"), data } })
        .toJson(QJsonDocument::Compact);
}

// Resident and peak resident memory in MiB (engine/core/Platform: 0 where the platform does not say).
QPair<double, double> memoryMiB()
{
    return { double(platform::residentBytes()) / (1024.0 * 1024.0),
        double(platform::peakResidentBytes()) / (1024.0 * 1024.0) };
}

} // namespace

int runBenchCatalog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Catalog sync time and memory: a Hugging Face router model list of N models served on 127.0.0.1 "
        "(or --url, a real one), synced into a temporary cache, then the layered catalog loaded from it."));
    parser.addHelpOption();
    const QCommandLineOption models(QStringLiteral("models"),
        QStringLiteral("Models in the list (default 5000)."), QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption url(QStringLiteral("url"),
        QStringLiteral("A router base URL (…/v1) instead of the fake."), QStringLiteral("url"));
    parser.addOptions({ models, url });
    parser.process(QStringList { QStringLiteral("switchboard-cli bench catalog") } + args);
    const auto before = memoryMiB();

    QByteArray body;
    QTcpServer server;
    QString base = parser.value(url);
    if (base.isEmpty()) {
        body = syntheticHubList(parser.value(models).toInt(), 15);
        if (!server.listen(QHostAddress::LocalHost)) {
            err() << "bench catalog: cannot listen on 127.0.0.1\n";
            return Failure;
        }
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [s, &body] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        base = QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort());
    }
    QTemporaryDir dir;
    QFile user(dir.filePath(QStringLiteral("providers.json")));
    if (!user.open(QIODevice::WriteOnly)) {
        err() << "bench catalog: cannot write " << user.fileName() << "\n";
        return Failure;
    }
    // Only the HF provider, pointed at the list.
    user.write(QJsonDocument(QJsonObject { { QStringLiteral("providers"),
                                 QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("hf") },
                                     { QStringLiteral("base_url"), base } } } } })
                   .toJson());
    user.close();
    LayeredCatalog layered = loadLayeredCatalog(user.fileName(), QString());
    CatalogSyncOptions options;
    options.cachePath = dir.filePath(CatalogCache::defaultFileName());
    options.onlyProviders = { QStringLiteral("hf") };
    const CatalogSyncReport report = runSync(layered.catalog, options);
    if (!report.cacheWritten) {
        for (const QString &e : report.errors)
            err() << "bench catalog: " << e << "\n";
        return Failure;
    }
    QElapsedTimer loadTimer;
    loadTimer.start();
    LayeredCatalog loaded = loadLayeredCatalog(user.fileName(), options.cachePath);
    const qint64 loadMs = loadTimer.elapsed();
    const auto after = memoryMiB();
    const ProviderInfo *hf = loaded.catalog.provider(QStringLiteral("hf"));
    out() << QStringLiteral("list: %1 bytes, %2 models priced, %3 without a price\n")
                 .arg(report.bytes)
                 .arg(report.hubModels)
                 .arg(report.hubUnpriced);
    out() << QStringLiteral("sync (fetch, parse, cache write): %1 ms\n").arg(report.elapsedMs);
    out() << QStringLiteral("load (built-in < cache < user, validated): %1 ms, hf serves %2 models\n")
                 .arg(loadMs)
                 .arg(hf ? hf->models.size() : 0);
    out() << QStringLiteral("cache file: %1 bytes\n").arg(QFileInfo(options.cachePath).size());
    out() << QStringLiteral("memory: rss %1 -> %2 MiB, peak %3 MiB\n")
                 .arg(before.first, 0, 'f', 1)
                 .arg(after.first, 0, 'f', 1)
                 .arg(after.second, 0, 'f', 1);
    return Ok;
}

} // namespace sb::cli
