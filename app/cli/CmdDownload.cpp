// `switchboard-cli download`: a Hugging Face Hub repository onto disk with the same download
// manager as the Models area (verified, resumable: run it again after an interruption).
#include <QCommandLineParser>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSet>

#include "app/cli/CliCommand.h"
#include "app/cli/CliProgress.h"
#include "app/common/DeviceReport.h"
#include "app/common/download/HubDownloader.h"

namespace sb::cli {
namespace {

QString speedText(const DownloadProgress &p)
{
    QString s = QStringLiteral("%1 of %2")
                    .arg(formatBytes(quint64(p.done)),
                        p.total >= 0 ? formatBytes(quint64(p.total)) : QStringLiteral("?"));
    if (p.bytesPerSecond > 0)
        s += QStringLiteral(" · %1/s").arg(formatBytes(quint64(p.bytesPerSecond)));
    if (p.etaSeconds >= 0)
        s += QStringLiteral(" · %1 s left").arg(qint64(p.etaSeconds + 0.5));
    return s;
}

int runDownload(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Downloads files of a Hugging Face Hub repository (default %1), verified against the Hub's "
        "SHA-256. An interrupted download continues where it stopped when run again. "
        "Endpoint: $SB_HF_ENDPOINT (default https://huggingface.co); token for gated "
        "repositories: $HF_TOKEN.")
                                         .arg(HubRepo::defaultRepo()));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("repo"), QStringLiteral("owner/name"), QStringLiteral("[repo]"));
    const QCommandLineOption revision({ QStringLiteral("r"), QStringLiteral("revision") },
        QStringLiteral("Branch, tag or commit (default main)."), QStringLiteral("rev"),
        QStringLiteral("main"));
    const QCommandLineOption dest({ QStringLiteral("d"), QStringLiteral("dest") },
        QStringLiteral("Folder (default <data folder>/models/<repo>)."), QStringLiteral("dir"));
    const QCommandLineOption include(QStringLiteral("include"),
        QStringLiteral("Only files matching this wildcard (repeatable). Default: "
                       "*.safetensors and *.json at the repository root."),
        QStringLiteral("glob"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every file of the repository."));
    const QCommandLineOption list(
        QStringLiteral("list"), QStringLiteral("List files and sizes; download nothing."));
    const QCommandLineOption retries(QStringLiteral("retries"),
        QStringLiteral("Attempts after a dropped connection, 2 s apart (default 3)."), QStringLiteral("n"),
        QStringLiteral("3"));
    parser.addOptions({ revision, dest, include, all, list, retries });
    parser.process(QStringList { QStringLiteral("switchboard-cli download") } + args);
    if (parser.positionalArguments().size() > 1) {
        err() << "switchboard-cli download: one repository at a time\n";
        return Usage;
    }

    HubRepo repo;
    repo.repo = parser.positionalArguments().value(0, HubRepo::defaultRepo());
    repo.revision = parser.value(revision);
    HubDownloader downloader;
    downloader.setRepo(repo);
    if (parser.isSet(dest))
        downloader.setDestination(parser.value(dest));
    downloader.setAutoRetry(qMax(0, parser.value(retries).toInt()), 2000);

    QEventLoop loop;
    HubListing listing;
    QObject::connect(&downloader, &HubDownloader::listed, &loop, [&](const HubListing &l) {
        listing = l;
        loop.quit();
    });
    downloader.listFiles();
    loop.exec();
    if (!listing.ok()) {
        err() << "switchboard-cli download: " << listing.error << "\n";
        return Failure;
    }

    QVector<HubFile> files;
    if (parser.isSet(all)) {
        files = listing.files;
    } else if (parser.isSet(include)) {
        QList<QRegularExpression> patterns;
        for (const QString &glob : parser.values(include))
            patterns << QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                glob, QRegularExpression::UnanchoredWildcardConversion));
        for (const HubFile &f : listing.files)
            for (const QRegularExpression &re : patterns)
                if (re.match(f.path).hasMatch()) {
                    files << f;
                    break;
                }
    } else {
        files = listing.defaultSelection();
    }

    if (parser.isSet(list)) {
        QSet<QString> chosen;
        for (const HubFile &f : files)
            chosen.insert(f.path);
        for (const HubFile &f : listing.files)
            out() << QStringLiteral("%1  %2%3\n")
                         .arg(formatBytes(quint64(qMax<qint64>(0, f.size))), 10)
                         .arg(f.path,
                             chosen.contains(f.path) ? QString() : QStringLiteral("  (not selected)"));
        qint64 selected = 0;
        for (const HubFile &f : files)
            selected += qMax<qint64>(0, f.size);
        out() << QStringLiteral("%1 files, %2; selected %3 files, %4\n")
                     .arg(listing.files.size())
                     .arg(formatBytes(quint64(listing.totalBytes())))
                     .arg(files.size())
                     .arg(formatBytes(quint64(selected)));
        return Ok;
    }
    if (files.isEmpty()) {
        err() << "switchboard-cli download: no file of " << repo.repo << " matches\n";
        return Usage;
    }

    ProgressLine progress(QStringLiteral("Downloading %1").arg(repo.repo));
    int rc = Ok;
    QObject::connect(&downloader, &HubDownloader::progressChanged, &loop, [&](const DownloadProgress &p) {
        progress.update(p.total > 0 ? double(p.done) / double(p.total) : 0.0, speedText(p));
    });
    QObject::connect(&downloader, &HubDownloader::retrying, &loop, [](const DownloadError &e, int delayMs) {
        err() << "\n" << e.message << " Trying again in " << (delayMs + 999) / 1000 << " s.\n";
    });
    QObject::connect(&downloader, &HubDownloader::finished, &loop, [&] { loop.quit(); });
    QObject::connect(&downloader, &HubDownloader::failed, &loop, [&](const DownloadError &e) {
        err() << "\nswitchboard-cli download: " << e.message << "\n";
        if (e.resumable)
            err() << "Run the same command again to continue.\n";
        rc = Failure;
        loop.quit();
    });
    downloader.download(files);
    if (downloader.state() != DownloadState::Finished)
        loop.exec();
    if (rc != Ok)
        return rc;
    progress.finish(speedText(downloader.progress()));
    out() << "Verified " << files.size() << " files in " << downloader.destination() << "\n";
    return Ok;
}

const Registrar registrar("download",
    "Download a Hugging Face Hub repository (default SmolLM3-3B), verified and resumable", &runDownload);

} // namespace
} // namespace sb::cli
