// `switchboard --help` and `--version` print and exit instead of opening the window (issue 14,
// point 17). The real app binary, started as a person would start it.
#include <QtTest>

#include <QFileInfo>
#include <QProcess>

class TestAppCommandLine : public QObject {
    Q_OBJECT

private:
    // The app is built next to switchboard-cli (SB_APP_PATH: another build, e.g. an older one).
    static QString appPath()
    {
        if (qEnvironmentVariableIsSet("SB_APP_PATH"))
            return qEnvironmentVariable("SB_APP_PATH");
        const QFileInfo cli(QStringLiteral(SB_CLI_PATH));
        return cli.dir().filePath(
            QStringLiteral("switchboard") + (cli.suffix().isEmpty() ? QString() : QStringLiteral(".exe")));
    }

    static bool run(const QStringList &args, QByteArray *out, int *code)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(appPath(), args);
        if (!p.waitForStarted(10000))
            return false;
        if (!p.waitForFinished(15000)) { // a window opened instead
            p.kill();
            p.waitForFinished();
            return false;
        }
        *out = p.readAllStandardOutput();
        *code = p.exitCode();
        return p.exitStatus() == QProcess::NormalExit;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo::exists(appPath()), qPrintable(appPath())); }

    void versionPrintsAndExits()
    {
        QByteArray out;
        int code = -1;
        QVERIFY(run({ QStringLiteral("--version") }, &out, &code));
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(SB_VERSION), out.constData());
    }

    void helpListsTheOptionsAndExits()
    {
        QByteArray out;
        int code = -1;
        QVERIFY(run({ QStringLiteral("--help") }, &out, &code));
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("--data-dir"), out.constData());
        QVERIFY(out.contains("--version"));
    }
};

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "TestAppCommandLine.moc"
