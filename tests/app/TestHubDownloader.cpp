// The Hub download manager against a fake Hub on 127.0.0.1 (real HTTP, the Hub's URL layout):
// listing, verified downloads, pause/resume with Range (also across a new downloader object),
// dropped connections, corrupt content, gated and missing files, redirects, Range ignored, 416,
// a full disk.
#include <QtTest>

#include "FakeHub.h"
#include "app/common/download/HubApi.h"
#include "app/common/download/HubDownloader.h"
#include "router/keys/KeyStore.h"

using namespace sb;
using test::FakeHub;

namespace {

const QString kRepo = QStringLiteral("TestOrg/Tiny-Model");
const QString kRev = QStringLiteral("main");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestHubDownloader : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeHub> m_hub;
    std::unique_ptr<QTemporaryDir> m_dest;
    QByteArray m_weights; // LFS, 1 MiB
    QByteArray m_shard; // LFS, in a sub-folder
    QByteArray m_config; // in git

    HubRepo repo() const
    {
        HubRepo r;
        r.repo = kRepo;
        r.revision = kRev;
        r.endpoint = QUrl(m_hub->endpoint());
        return r;
    }

    std::unique_ptr<HubDownloader> makeDownloader()
    {
        auto d = std::make_unique<HubDownloader>();
        d->setRepo(repo());
        d->setDestination(m_dest->path());
        d->setToken(QString());
        d->setAutoRetry(0, 0);
        return d;
    }

    HubListing list(HubDownloader &d)
    {
        QSignalSpy listed(&d, &HubDownloader::listed);
        d.listFiles();
        if (!listed.wait(10000))
            return HubListing { {}, QStringLiteral("no answer") };
        return listed.at(0).at(0).value<HubListing>();
    }

    HubFile fileNamed(HubDownloader &d, const QString &path)
    {
        for (const HubFile &f : list(d).files)
            if (f.path == path)
                return f;
        return HubFile {};
    }

    QString destPath(const QString &file) const { return QDir(m_dest->path()).filePath(file); }

    // Waits for finished() or failed(); true when finished.
    static bool run(HubDownloader &d, int timeoutMs = 20000)
    {
        QSignalSpy done(&d, &HubDownloader::finished);
        QSignalSpy failed(&d, &HubDownloader::failed);
        QElapsedTimer t;
        t.start();
        while (done.isEmpty() && failed.isEmpty() && t.elapsed() < timeoutMs)
            QTest::qWait(10);
        return !done.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<HubListing>();
        m_weights = FakeHub::randomBytes(1 << 20, 1);
        m_shard = FakeHub::randomBytes(200000, 2);
        m_config = R"({"architectures":["SmolLM3ForCausalLM"],"hidden_size":64})";
    }

    void init()
    {
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        m_hub->addFile(kRepo, kRev, QStringLiteral("model.safetensors"), m_weights);
        m_hub->addFile(kRepo, kRev, QStringLiteral("config.json"), m_config, false);
        m_hub->addFile(kRepo, kRev, QStringLiteral("onnx/model part.bin"), m_shard);
        m_hub->addFile(kRepo, kRev, QStringLiteral("README.md"), "# Tiny\n", false);
        m_dest = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dest->isValid());
    }

    void urlsFollowTheHubLayout()
    {
        HubRepo r;
        r.repo = QStringLiteral("HuggingFaceTB/SmolLM3-3B");
        r.revision = QStringLiteral("refs/pr/1");
        r.endpoint = QUrl(QStringLiteral("https://hf-mirror.example/"));
        QCOMPARE(r.resolveUrl(QStringLiteral("onnx/model q4.onnx")).toString(QUrl::FullyEncoded),
            QStringLiteral("https://hf-mirror.example/HuggingFaceTB/SmolLM3-3B/resolve/refs%2Fpr%2F1/onnx/"
                           "model%20q4.onnx"));
        QCOMPARE(r.treeUrl().toString(QUrl::FullyEncoded),
            QStringLiteral("https://hf-mirror.example/api/models/HuggingFaceTB/SmolLM3-3B/tree/"
                           "refs%2Fpr%2F1?recursive=true"));
        qputenv("SB_HF_ENDPOINT", "http://127.0.0.1:9");
        QCOMPARE(HubRepo().base(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        qunsetenv("SB_HF_ENDPOINT");
        QCOMPARE(HubRepo().base(), QUrl(QStringLiteral("https://huggingface.co")));
        QVERIFY(!HubFile::isSafePath(QStringLiteral("../etc/passwd")));
        QVERIFY(!HubFile::isSafePath(QStringLiteral("/abs")));
        QVERIFY(HubFile::isSafePath(QStringLiteral("onnx/model.onnx")));
    }

    void listingGivesSizesHashesAndDefaults()
    {
        auto d = makeDownloader();
        const HubListing listing = list(*d);
        QVERIFY2(listing.ok(), qPrintable(listing.error));
        QCOMPARE(listing.files.size(), 4);
        QCOMPARE(listing.totalBytes(), qint64(m_weights.size() + m_config.size() + m_shard.size() + 7));
        const HubFile weights = listing.files[0];
        QCOMPARE(weights.path, QStringLiteral("model.safetensors"));
        QCOMPARE(weights.size, qint64(m_weights.size()));
        QCOMPARE(weights.sha256, QString::fromLatin1(FakeHub::sha256Hex(m_weights)));
        QCOMPARE(listing.files[1].gitOid, QString::fromLatin1(FakeHub::gitOidHex(m_config)));
        QVERIFY(listing.files[1].sha256.isEmpty());
        QStringList defaults;
        for (const HubFile &f : listing.defaultSelection())
            defaults << f.path;
        QCOMPARE(
            defaults, (QStringList { QStringLiteral("model.safetensors"), QStringLiteral("config.json") }));
        QCOMPARE(listing.defaultSelectionBytes(), qint64(m_weights.size() + m_config.size()));

        // The static form for the welcome screen.
        QObject context;
        HubListing got;
        bool called = false;
        HubDownloader::listFiles(repo(), &context, [&](HubListing l) {
            got = l;
            called = true;
        });
        QTRY_VERIFY(called);
        QCOMPARE(got.defaultSelectionBytes(), listing.defaultSelectionBytes());
    }

    void fullDownloadIsVerified()
    {
        auto d = makeDownloader();
        const HubListing listing = list(*d);
        QSignalSpy files(d.get(), &HubDownloader::fileFinished);
        QSignalSpy progress(d.get(), &HubDownloader::progressChanged);
        d->download(listing.files);
        QVERIFY(run(*d));
        QCOMPARE(d->state(), DownloadState::Finished);
        QCOMPARE(files.size(), 4);
        QCOMPARE(readAll(destPath(QStringLiteral("model.safetensors"))), m_weights);
        QCOMPARE(readAll(destPath(QStringLiteral("config.json"))), m_config);
        QCOMPARE(readAll(destPath(QStringLiteral("onnx/model part.bin"))), m_shard);
        QVERIFY(!QFile::exists(destPath(QStringLiteral("model.safetensors.part"))));
        QVERIFY(!QFile::exists(destPath(QStringLiteral("model.safetensors.part.json"))));
        const DownloadProgress last = progress.last().at(0).value<DownloadProgress>();
        QCOMPARE(last.done, listing.totalBytes());
        QCOMPARE(last.total, listing.totalBytes());
        // Done before: checked on disk, not fetched again.
        const qsizetype before = m_hub->fileRequests().size();
        d->download(listing.files);
        QVERIFY(run(*d));
        QCOMPARE(m_hub->fileRequests().size(), before);
    }

    void redirectToTheCdnIsFollowed()
    {
        auto d = makeDownloader();
        d->download({ fileNamed(*d, QStringLiteral("model.safetensors")) });
        QVERIFY(run(*d));
        const QVector<FakeHub::Request> reqs = m_hub->fileRequests();
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[0].path, QByteArray("/TestOrg/Tiny-Model/resolve/main/model.safetensors"));
        QCOMPARE(reqs[1].path, QByteArray("/cdn/TestOrg/Tiny-Model/main/model.safetensors"));
        QCOMPARE(readAll(destPath(QStringLiteral("model.safetensors"))), m_weights);
    }

    void pauseThenResumeContinuesWithRange()
    {
        m_hub->throttleBytes = 4096;
        auto d = makeDownloader();
        d->download({ fileNamed(*d, QStringLiteral("model.safetensors")) });
        QTRY_VERIFY_WITH_TIMEOUT(d->progress().fileDone > m_weights.size() / 4, 20000);
        d->pause();
        QCOMPARE(d->state(), DownloadState::Paused);
        const qint64 partSize = QFileInfo(destPath(QStringLiteral("model.safetensors.part"))).size();
        QVERIFY(partSize > 0 && partSize < m_weights.size());
        QCOMPARE(d->progress().fileDone, partSize);
        QTest::qWait(100);
        QCOMPARE(QFileInfo(destPath(QStringLiteral("model.safetensors.part"))).size(),
            partSize); // nothing more written

        m_hub->throttleBytes = 0;
        d->resume();
        QVERIFY(run(*d));
        QCOMPARE(readAll(destPath(QStringLiteral("model.safetensors"))), m_weights);
        const QVector<FakeHub::Request> reqs = m_hub->fileRequests();
        QCOMPARE(reqs.size(), 4); // resolve + cdn, twice
        const QByteArray range = "bytes=" + QByteArray::number(partSize) + '-';
        QCOMPARE(reqs[2].range, range);
        QCOMPARE(reqs[3].range, range); // kept across the redirect
        QVERIFY2(m_hub->bodyBytesServed < 2 * m_weights.size(),
            QByteArray::number(m_hub->bodyBytesServed).constData());
    }

    void resumeAfterTheDownloaderIsRecreated_data()
    {
        QTest::addColumn<bool>("withListing");
        QTest::addRow("from the listing") << true;
        QTest::addRow("path only (hash from the sidecar)") << false;
    }

    void resumeAfterTheDownloaderIsRecreated()
    {
        QFETCH(bool, withListing);
        m_hub->throttleBytes = 4096;
        qint64 partSize = 0;
        {
            auto d = makeDownloader();
            d->download({ fileNamed(*d, QStringLiteral("model.safetensors")) });
            QTRY_VERIFY_WITH_TIMEOUT(d->progress().fileDone > m_weights.size() / 3, 20000);
            d->pause();
            partSize = QFileInfo(destPath(QStringLiteral("model.safetensors.part"))).size();
        } // the app quits
        QVERIFY(partSize > 0);
        QVERIFY(QFile::exists(destPath(QStringLiteral("model.safetensors.part.json"))));
        m_hub->throttleBytes = 0;
        const qsizetype before = m_hub->fileRequests().size();

        auto d = makeDownloader();
        HubFile f;
        f.path = QStringLiteral("model.safetensors");
        if (withListing)
            f = fileNamed(*d, f.path);
        d->download({ f });
        QVERIFY(run(*d));
        QCOMPARE(readAll(destPath(QStringLiteral("model.safetensors"))), m_weights);
        const QVector<FakeHub::Request> reqs = m_hub->fileRequests();
        QCOMPARE(reqs.value(before).range, "bytes=" + QByteArray::number(partSize) + '-');
        QVERIFY(m_hub->bodyBytesServed < 2 * m_weights.size());
        QVERIFY(!QFile::exists(destPath(QStringLiteral("model.safetensors.part.json"))));
    }

    void droppedConnectionIsResumable()
    {
        m_hub->dropAfterBytes = 300000;
        m_hub->dropTimes = 1;
        auto d = makeDownloader();
        QSignalSpy failed(d.get(), &HubDownloader::failed);
        d->download({ fileNamed(*d, QStringLiteral("model.safetensors")) });
        QVERIFY(!run(*d));
        const DownloadError e = failed.at(0).at(0).value<DownloadError>();
        QCOMPARE(e.kind, DownloadError::Kind::Network);
        QVERIFY(e.resumable);
        QVERIFY2(e.message.contains(QStringLiteral("model.safetensors")) && e.message.contains(kRepo),
            qPrintable(e.message));
        const qint64 partSize = QFileInfo(destPath(QStringLiteral("model.safetensors.part"))).size();
        QCOMPARE(partSize, qint64(300000));
        d->resume();
        QVERIFY(run(*d));
        QCOMPARE(readAll(destPath(QStringLiteral("model.safetensors"))), m_weights);
        QCOMPARE(m_hub->fileRequests().last().range, QByteArray("bytes=300000-"));
    }

    void droppedConnectionIsRetriedAutomatically()
    {
        m_hub->dropAfterBytes = 100000;
        m_hub->dropTimes = 2;
        auto d = makeDownloader();
        d->setAutoRetry(2, 0);
        QSignalSpy retrying(d.get(), &HubDownloader::retrying);
        d->download({ fileNamed(*d, QStringLiteral("model.safetensors")) });
        QVERIFY(run(*d));
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(readAll(destPath(QStringLiteral("model.safetensors"))), m_weights);
    }

    void ignoredRangeStartsOver()
    {
        m_hub->dropAfterBytes = 300000;
        m_hub->dropTimes = 1;
        m_hub->ignoreRange = true;
        auto d = makeDownloader();
        d->download({ fileNamed(*d, QStringLiteral("model.safetensors")) });
        QVERIFY(!run(*d));
        d->resume();
        QVERIFY(run(*d));
        QCOMPARE(readAll(destPath(QStringLiteral("model.safetensors"))), m_weights);
        QCOMPARE(m_hub->fileRequests().last().range, QByteArray("bytes=300000-"));
    }

    void corruptContentIsRefused()
    {
        m_hub->corrupt = true;
        auto d = makeDownloader();
        QSignalSpy failed(d.get(), &HubDownloader::failed);
        d->download({ fileNamed(*d, QStringLiteral("config.json")),
            fileNamed(*d, QStringLiteral("model.safetensors")) });
        QVERIFY(!run(*d));
        const DownloadError e = failed.at(0).at(0).value<DownloadError>();
        QCOMPARE(e.kind, DownloadError::Kind::HashMismatch);
        QCOMPARE(e.file, QStringLiteral("config.json")); // git blob ids are checked too
        QVERIFY2(e.message.contains(QStringLiteral("config.json")) && e.message.contains(kRepo),
            qPrintable(e.message));
        QVERIFY(!QFile::exists(destPath(QStringLiteral("config.json"))));
        QVERIFY(!QFile::exists(destPath(QStringLiteral("config.json.part"))));
        QVERIFY(!QFile::exists(destPath(QStringLiteral("config.json.part.json"))));

        d->download({ fileNamed(*d, QStringLiteral("model.safetensors")) });
        QVERIFY(!run(*d));
        QCOMPARE(d->lastError().kind, DownloadError::Kind::HashMismatch);
        QVERIFY(d->lastError().message.contains(QStringLiteral("SHA-256")));
        QVERIFY(!QFile::exists(destPath(QStringLiteral("model.safetensors"))));
        QVERIFY(!QFile::exists(destPath(QStringLiteral("model.safetensors.part"))));
    }

    void gatedRepositoryAsksForAToken()
    {
        m_hub->gatedRepo = kRepo.toUtf8();
        m_hub->acceptedToken = "hf_test_token";
        auto d = makeDownloader();
        HubFile f;
        f.path = QStringLiteral("model.safetensors");
        QSignalSpy failed(d.get(), &HubDownloader::failed);
        d->download({ f });
        QVERIFY(!run(*d));
        const DownloadError e = failed.at(0).at(0).value<DownloadError>();
        QCOMPARE(e.kind, DownloadError::Kind::AuthRequired);
        QVERIFY2(e.message.contains(QStringLiteral("token")) && e.message.contains(QStringLiteral("403")),
            qPrintable(e.message));
        QVERIFY(e.message.contains(kRepo) && e.message.contains(f.path));
        QVERIFY(!list(*d).ok());
        QVERIFY(list(*d).error.contains(QStringLiteral("token")));

        // The token from the keychain entry "huggingface": sent to the Hub, not to the CDN.
        InMemoryKeyStore keys(true);
        keys.writeKey(QStringLiteral("huggingface"), QStringLiteral("hf_test_token"), [](bool, QString) {});
        HubDownloader withKey;
        withKey.setRepo(repo());
        withKey.setDestination(m_dest->path());
        withKey.setKeyStore(&keys);
        withKey.download({ f });
        QVERIFY(run(withKey));
        QCOMPARE(readAll(destPath(f.path)), m_weights);
        const QVector<FakeHub::Request> reqs = m_hub->fileRequests();
        QCOMPARE(reqs[reqs.size() - 2].authorization, QByteArray("Bearer hf_test_token"));
        QCOMPARE(reqs.last().authorization, QByteArray("Bearer hf_test_token")); // same host here
    }

    void missingFileIsNamed_data()
    {
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("expected");
        QTest::addRow("file") << kRepo << kRev
                              << QStringLiteral("tokenizer.json in TestOrg/Tiny-Model (revision main)");
        QTest::addRow("revision") << kRepo << QStringLiteral("v9")
                                  << QStringLiteral("Revision v9 of TestOrg/Tiny-Model");
    }

    void missingFileIsNamed()
    {
        QFETCH(QString, repo);
        QFETCH(QString, revision);
        QFETCH(QString, expected);
        auto d = makeDownloader();
        HubRepo r = this->repo();
        r.repo = repo;
        r.revision = revision;
        d->setRepo(r);
        HubFile f;
        f.path = QStringLiteral("tokenizer.json");
        d->download({ f });
        QVERIFY(!run(*d));
        QCOMPARE(d->lastError().kind, DownloadError::Kind::NotFound);
        QVERIFY2(d->lastError().message.contains(expected), qPrintable(d->lastError().message));
        QVERIFY(d->lastError().message.contains(QStringLiteral("404")));
        QVERIFY(d->lastError().message.contains(QStringLiteral("tokenizer.json")));
    }

    void staleOversizedPartGets416AndStartsOver()
    {
        // A .part longer than the file, from a sidecar that knew neither size nor hash.
        QFile part(destPath(QStringLiteral("config.json.part")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(4096, 'x'));
        part.close();
        QFile meta(destPath(QStringLiteral("config.json.part.json")));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(R"({"repo":"TestOrg/Tiny-Model","revision":"main","file":"config.json","size":-1})");
        meta.close();
        auto d = makeDownloader();
        HubFile f;
        f.path = QStringLiteral("config.json");
        d->download({ f });
        QVERIFY(run(*d));
        QCOMPARE(readAll(destPath(f.path)), m_config);
        QCOMPARE(m_hub->fileRequests().first().range, QByteArray("bytes=4096-"));
        QCOMPARE(m_hub->fileRequests().last().range, QByteArray());
    }

    void cancelDeletesThePart()
    {
        m_hub->throttleBytes = 4096;
        auto d = makeDownloader();
        d->download({ fileNamed(*d, QStringLiteral("model.safetensors")) });
        QTRY_VERIFY_WITH_TIMEOUT(d->progress().fileDone > 0, 20000);
        d->cancel();
        QCOMPARE(d->state(), DownloadState::Cancelled);
        QVERIFY(!QFile::exists(destPath(QStringLiteral("model.safetensors.part"))));
        QVERIFY(!QFile::exists(destPath(QStringLiteral("model.safetensors.part.json"))));
        QVERIFY(!QFile::exists(destPath(QStringLiteral("model.safetensors"))));
    }

    void cliDownloadsAndContinues()
    {
        // `switchboard-cli download` with the same manager: interrupted once, then run again.
        m_hub->dropAfterBytes = 300000;
        m_hub->dropTimes = 1;
        auto runCli = [&](const QStringList &args, QByteArray *output) {
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SB_HF_ENDPOINT"), m_hub->endpoint());
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(SB_CLI_PATH), QStringList { QStringLiteral("download"), kRepo } + args);
            QSignalSpy finished(&cli, &QProcess::finished);
            if (!finished.wait(60000))
                return -1;
            *output = cli.readAllStandardOutput() + cli.readAllStandardError();
            return cli.exitCode();
        };
        QByteArray output;
        QCOMPARE(runCli({ QStringLiteral("--list") }, &output), 0);
        QVERIFY2(output.contains("model.safetensors") && output.contains("README.md  (not selected)"),
            output.constData());
        const QStringList args { QStringLiteral("--dest"), m_dest->path(), QStringLiteral("--include"),
            QStringLiteral("*.safetensors"), QStringLiteral("--retries"), QStringLiteral("0") };
        QCOMPARE(runCli(args, &output), 1);
        QVERIFY2(output.contains("Run the same command again"), output.constData());
        QVERIFY(QFile::exists(destPath(QStringLiteral("model.safetensors.part"))));
        QCOMPARE(runCli(args, &output), 0);
        QVERIFY2(output.contains("Verified 1 files"), output.constData());
        QCOMPARE(readAll(destPath(QStringLiteral("model.safetensors"))), m_weights);
        QCOMPARE(m_hub->fileRequests().last().range, QByteArray("bytes=300000-"));
    }

#ifdef Q_OS_LINUX
    void fullDiskKeepsThePart()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), destPath(QStringLiteral("model.safetensors.part"))));
        auto d = makeDownloader();
        const HubFile f = fileNamed(*d, QStringLiteral("model.safetensors"));
        // A sidecar for this content, so the downloader continues the (unwritable) .part.
        QFile meta(destPath(QStringLiteral("model.safetensors.part.json")));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(QStringLiteral(
            R"({"repo":"%1","revision":"main","file":"model.safetensors","size":%2,"sha256":"%3"})")
                       .arg(kRepo)
                       .arg(f.size)
                       .arg(f.sha256)
                       .toUtf8());
        meta.close();
        d->download({ f });
        QVERIFY(!run(*d));
        const DownloadError e = d->lastError();
        QCOMPARE(e.kind, DownloadError::Kind::Disk);
        QVERIFY(e.resumable);
        QVERIFY2(e.message.contains(QStringLiteral("model.safetensors")) && e.message.contains(kRepo),
            qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("No space left")), qPrintable(e.message));
        QVERIFY(QFileInfo(destPath(QStringLiteral("model.safetensors.part"))).isSymLink()); // kept
        QVERIFY(!QFile::exists(destPath(QStringLiteral("model.safetensors"))));
    }
#endif
};

QTEST_MAIN(TestHubDownloader)
#include "TestHubDownloader.moc"
