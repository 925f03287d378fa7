// switchboard-cli's router and local-model commands as a user runs them: a real process, its exit
// codes and output, the data folder shared with the app (SWITCHBOARD_DATA_DIR), a real ledger.
#include "router/ledger/Ledger.h"

#include <QtTest>

using namespace sb;

class TestCliRouter : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("SWITCHBOARD_DATA_DIR"), m_data->path());
        for (const QString &k : e.keys())
            if (k.startsWith(QLatin1String("SWITCHBOARD_KEY_")))
                e.remove(k);
        return e;
    }

    Run run(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(SB_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            return {};
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    // Starts `serve` and returns once its banner is complete (the "Providers ready" line).
    std::unique_ptr<QProcess> startServe(const QStringList &extra, QString &banner) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env());
        p->start(QStringLiteral(SB_CLI_PATH), QStringList { "serve", "--port", "0", "--quiet" } + extra);
        QElapsedTimer t;
        t.start();
        while (!banner.contains(QLatin1String("Providers ready")) && t.elapsed() < 30000) {
            p->waitForReadyRead(200);
            banner += QString::fromUtf8(p->readAllStandardOutput());
            if (p->state() == QProcess::NotRunning)
                break;
        }
        return p;
    }

    static void stop(QProcess &p)
    {
        p.terminate();
        if (!p.waitForFinished(10000))
            p.kill();
    }

    std::unique_ptr<QTemporaryDir> m_data;

private Q_SLOTS:
    void init() { m_data = std::make_unique<QTemporaryDir>(); }

    // --- serve

    // The help names only options that exist (it used to mention a --write-token that did not).
    void serveHelpNamesRealOptionsOnly()
    {
        const Run r = run({ "serve", "--help" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--token-file"));
        QVERIFY2(!r.out.contains("--write-token"), qPrintable(r.out));
    }

    // A generated token goes to the token file, created readable by the owner only; the banner
    // names the file and never shows the token (it used to print it twice).
    void serveWritesThePrivateTokenFileAndNeverPrintsTheToken()
    {
        const QString tokenFile = m_data->filePath("token");
        QString banner;
        auto p = startServe({ "--token-file", tokenFile }, banner);
        QVERIFY2(banner.contains("Providers ready"), qPrintable(banner));
        QVERIFY(QFile::exists(tokenFile));
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString token = QString::fromUtf8(f.readAll().trimmed());
        QVERIFY(token.startsWith("sb-"));
        QVERIFY2(!banner.contains(token), qPrintable(banner));
        QVERIFY2(banner.contains("Token file: " + tokenFile), qPrintable(banner));
#ifndef Q_OS_WIN
        QCOMPARE(QFileInfo(tokenFile).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
        // No temporary file left beside it.
        QCOMPARE(QDir(m_data->path()).entryList({ "token*" }, QDir::Files), QStringList { "token" });
        stop(*p);
        // The next start reads the same token from the file.
        banner.clear();
        p = startServe({ "--token-file", tokenFile }, banner);
        QVERIFY2(banner.contains("Token file: " + tokenFile), qPrintable(banner));
        f.seek(0);
        QCOMPARE(QString::fromUtf8(f.readAll().trimmed()), token);
        stop(*p);
    }

    // Without --token-file the token still goes to a file, in the data folder.
    void serveDefaultTokenFileIsInTheDataFolder()
    {
        QString banner;
        auto p = startServe({}, banner);
        const QString expected = QDir(m_data->path()).filePath("server-token");
        QVERIFY2(banner.contains("Token file: " + expected), qPrintable(banner));
        QVERIFY(QFile::exists(expected));
        stop(*p);
    }

    // --- tokenize / logits

    void tokenizeMatchesTheReferenceIds()
    {
        const QString tokenizer = QStringLiteral(SB_TEST_DATA_DIR "/smollm3/tokenizer.json");
        const Run r = run({ "tokenize", "--model", tokenizer, "--text", "Hello, world! How are you?" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            r.out.trimmed(), QStringLiteral("9906,11,1917,0,2650,527,499,30")); // tokenizer_vectors.jsonl
        const Run json = run({ "tokenize", "--model", tokenizer, "--text", "Hello world", "--json" });
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value("ids").toArray(), (QJsonArray { 9906, 1917 }));
        QCOMPARE(o.value("tokens").toArray(), (QJsonArray { "Hello", " world" }));
        const Run missing = run({ "tokenize", "--text", "x" });
        QCOMPARE(missing.exitCode, 2);
    }

    // A model folder: tokenize uses its tokenizer.json; logits run the model over the ids and
    // print the last position's logits: the top N in descending order, consistent with --all.
    void logitsOfATestModel()
    {
        const QString model = m_data->filePath("tiny");
        QCOMPARE(run({ "make-test-model", "--out", model, "--layers", "2", "--hidden", "64", "--heads", "4",
                         "--kv-heads", "2", "--ffn", "128", "--vocab", "300" })
                     .exitCode,
            0);
        const Run ids = run({ "tokenize", "--model", model, "--text", "abc" });
        QVERIFY2(ids.exitCode == 0, qPrintable(ids.err));
        QVERIFY(!ids.out.trimmed().isEmpty());
        const Run top = run(
            { "logits", "--model", model, "--tokens", ids.out.trimmed(), "--top", "5", "--backend", "cpu" });
        QVERIFY2(top.exitCode == 0, qPrintable(top.err));
        const QJsonObject t = QJsonDocument::fromJson(top.out.toUtf8()).object();
        QCOMPARE(t.value("vocab").toInt(), 300);
        QCOMPARE(t.value("position").toInt(), ids.out.trimmed().split(',').size() - 1);
        const QJsonArray best = t.value("top").toArray();
        QCOMPARE(best.size(), 5);
        for (int i = 1; i < best.size(); ++i)
            QVERIFY(best[i - 1].toObject().value("logit").toDouble()
                >= best[i].toObject().value("logit").toDouble());
        const Run all
            = run({ "logits", "--model", model, "--tokens", ids.out.trimmed(), "--all", "--backend", "cpu" });
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QJsonArray logits
            = QJsonDocument::fromJson(all.out.toUtf8()).object().value("logits").toArray();
        QCOMPARE(logits.size(), 300);
        int argmax = 0;
        for (int i = 1; i < logits.size(); ++i)
            if (logits[i].toDouble() > logits[argmax].toDouble())
                argmax = i;
        QCOMPARE(best[0].toObject().value("id").toInt(), argmax);
        QCOMPARE(logits[argmax].toDouble(), best[0].toObject().value("logit").toDouble());
        QCOMPARE(run({ "logits", "--model", model, "--tokens", "1,x" }).exitCode, 2);
        QCOMPARE(run({ "logits", "--model", model, "--tokens", "1", "--top", "3", "--all" }).exitCode, 2);
    }

    // --- usage

    void usageSummarisesTheLedgerOfTheDataFolder()
    {
        {
            auto ledger = Ledger::open(m_data->filePath("ledger.sqlite"));
            QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const auto add = [&](const QString &request, int attempt, const QString &provider,
                                 AttemptStatus status, qint64 in, qint64 out, double cost, qint64 at) {
                AttemptRecord r;
                r.requestId = request;
                r.attempt = attempt;
                r.startedAtMs = at;
                r.provider = provider;
                r.model = QStringLiteral("m");
                r.status = status;
                r.tokensIn = in;
                r.tokensOut = out;
                r.costUsd = cost;
                QVERIFY(ledger.value()->insert(r).ok());
            };
            add("r1", 1, "groq", AttemptStatus::Ok, 100, 20, 0.25, now - 1000);
            add("r2", 1, "groq", AttemptStatus::Error, 0, 0, 0, now - 900);
            add("r2", 2, "openai", AttemptStatus::Ok, 200, 30, 1.5, now - 800);
            add("old", 1, "openai", AttemptStatus::Ok, 999, 999, 7.0, now - 40LL * 24 * 3600 * 1000);
        }
        const Run r = run({ "usage", "--since", "7d" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(
                     "Total $1.75, 2 requests (2 succeeded, 1 after failover, 0 failed), 300 tokens in"),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression("groq +\\$0\\.2500 +2 +1 +1 +100 +20")));
        QVERIFY(r.out.contains(QRegularExpression("openai +\\$1\\.50 +1 +1 +0 +200 +30")));
        const Run longer = run({ "usage", "--since", "60d" });
        QVERIFY2(longer.out.contains("Total $8.75"), qPrintable(longer.out));
        const Run csv = run({ "usage", "--since", "7d", "--csv" });
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header, groq, openai
        QVERIFY(lines[0].startsWith("month,provider,model"));
        QCOMPARE(run({ "usage", "--since", "last tuesday" }).exitCode, 2);
    }

    // --- keys

    // `list` masks every key and says where it comes from; `set` and `remove` go to the system
    // keychain. The test keeps off any real keychain: the provider is one of its own (a custom
    // endpoint in the data folder's providers.json) and, on Linux, without a D-Bus session
    // there is no Secret Service, so the keychain path must fail clearly and print no key.
    void keysAreMaskedAndNeverPrinted()
    {
        QFile user(m_data->filePath("providers.json"));
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("{\"providers\":[{\"id\":\"cli-test\",\"name\":\"CLI test\",\"kind\":\"custom\","
                   "\"base_url\":\"http://127.0.0.1:9/v1\",\"wire\":\"openai\",\"auth\":\"bearer\","
                   "\"price_date\":\"2026-12-01\",\"models\":[{\"id\":\"t\",\"context_window\":1000,"
                   "\"input_per_mtok\":1,\"output_per_mtok\":1}]}]}");
        user.close();
        const QString secret = QStringLiteral("sk-cli-test-0123456789abcdef");
        QProcessEnvironment e = env();
        e.insert("SWITCHBOARD_KEY_CLI_TEST", secret);
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SB_CLI_PATH), { "keys", "list" });
        QVERIFY(p.waitForFinished(60000));
        const QString listed = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(listed.contains(QRegularExpression(
                     QStringLiteral("cli-test +sk-\\S+cdef  \\(from SWITCHBOARD_KEY_CLI_TEST\\)"))),
            qPrintable(listed));
        QVERIFY(!listed.contains(secret));
        QVERIFY(listed.contains("groq")); // every keyed provider of the catalog is listed
        QCOMPARE(run({ "keys", "set", "no-such-provider", "--key", secret }).exitCode, 2);
        QCOMPARE(run({ "keys", "frobnicate" }).exitCode, 2);
#ifdef Q_OS_LINUX
        e = env();
        e.remove("DBUS_SESSION_BUS_ADDRESS");
        QProcess set;
        set.setProcessEnvironment(e);
        set.start(QStringLiteral(SB_CLI_PATH), { "keys", "set", "cli-test" });
        set.write(secret.toUtf8() + "\n");
        set.closeWriteChannel();
        QVERIFY(set.waitForFinished(60000));
        const QString all = QString::fromUtf8(set.readAllStandardOutput() + set.readAllStandardError());
        QVERIFY(!all.contains(secret));
        if (set.exitCode() != 0)
            QVERIFY2(all.contains("cli-test"), qPrintable(all)); // the error names the provider
#endif
    }

    // --- budget

    // Budgets go to the data folder's router.json (what the app edits and serve enforces).
    void budgetsAreSetListedAndRemoved()
    {
        QCOMPARE(run({ "budget", "set", "monthly:20" }).exitCode, 0);
        QCOMPARE(run({ "budget", "set", "groq:daily:1.5" }).exitCode, 0);
        QCOMPARE(run({ "budget", "set", "monthly:30" }).exitCode, 0); // replaces, does not add
        Run list = run({ "budget", "list" });
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QRegularExpression("\\* +monthly +\\$30\\.00")), qPrintable(list.out));
        QVERIFY2(list.out.contains(QRegularExpression("groq +daily +\\$1\\.50")), qPrintable(list.out));
        QCOMPARE(list.out.count('\n'), 2);
        QFile config(m_data->filePath("router.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(config.readAll().contains("groq"));
        QCOMPARE(run({ "budget", "remove", "groq:daily" }).exitCode, 0);
        list = run({ "budget", "list" });
        QVERIFY(!list.out.contains("groq"));
        QCOMPARE(run({ "budget", "remove", "groq:daily" }).exitCode, 1);
        QCOMPARE(run({ "budget", "set", "weekly:5" }).exitCode, 2);
        QCOMPARE(run({ "budget", "set", "monthly:lots" }).exitCode, 2);
    }

    void usageWithoutALedgerSaysSo()
    {
        const Run r = run({ "usage" });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no ledger"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRouter)
#include "TestCliRouter.moc"
