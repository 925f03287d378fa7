// engine/core/Platform and PathIo: the per-system services every caller shares (replacing a file,
// local time, thread CPU time, memory) and UTF-8 paths. On Linux these are the plain POSIX calls;
// tools/ci/mingw.sh runs the same checks on Windows (Wine) through tools/ci/engine-smoke.

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>

#include "engine/core/PathIo.h"
#include "engine/core/Platform.h"
#include "engine/model/FileIo.h"

using namespace sb;

class TestPlatform : public QObject {
    Q_OBJECT

private slots:
    void replaceFileReplacesAnExistingTarget()
    {
        QTemporaryDir tmp;
        const std::string a = tmp.filePath("a.tmp").toStdString(), b = tmp.filePath("b").toStdString();
        QVERIFY(writeTextFile(b, "old").ok());
        QVERIFY(writeTextFile(a, "new").ok());
        auto r = platform::replaceFile(a, b);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(QString::fromStdString(readTextFile(b).value()), QStringLiteral("new"));
        QVERIFY(!std::filesystem::exists(pathFromUtf8(a)));
        // And a second time over the file the first one left (the checkpoint pattern).
        QVERIFY(writeTextFile(a, "newer").ok());
        QVERIFY(platform::replaceFile(a, b).ok());
        QCOMPARE(QString::fromStdString(readTextFile(b).value()), QStringLiteral("newer"));
    }

    void replaceFileNamesBothPathsWhenItFails()
    {
        QTemporaryDir tmp;
        const std::string missing = tmp.filePath("missing").toStdString();
        const std::string to = tmp.filePath("to").toStdString();
        auto r = platform::replaceFile(missing, to);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(r.error().message.find(missing) != std::string::npos);
        QVERIFY(r.error().message.find(to) != std::string::npos);
    }

    void utf8PathsRoundTripAndOpen()
    {
        QTemporaryDir tmp;
        // "Zoë/模型": Latin-1 and CJK in one UTF-8 path.
        const std::string dir = tmp.path().toStdString() + "/Zo\xC3\xAB/\xE6\xA8\xA1\xE5\x9E\x8B";
        QCOMPARE(pathToUtf8(pathFromUtf8(dir)), dir);
        std::error_code ec;
        QVERIFY(std::filesystem::create_directories(pathFromUtf8(dir), ec));
        std::FILE *f = fopenUtf8(dir + "/config.json", "wb");
        QVERIFY(f);
        QCOMPARE(std::fputs("{}", f) >= 0, true);
        std::fclose(f);
        // Qt reads the same name: the bytes on disk are UTF-8, not mangled.
        QVERIFY(QFile::exists(QString::fromUtf8(dir.c_str()) + QStringLiteral("/config.json")));
        QCOMPARE(QString::fromStdString(readTextFile(dir + "/config.json").value()), QStringLiteral("{}"));
    }

    void localTimeIsTheCalendarTime()
    {
        const std::time_t when
            = 1765152000; // 2025-12-08 00:00 UTC: the same date in every zone within ±12 h of noon
        const std::tm tm = platform::localTime(when + 12 * 3600);
        QCOMPARE(tm.tm_year, 125);
        QCOMPARE(tm.tm_mon, 11);
        QCOMPARE(tm.tm_mday, 8);
    }

    void threadCpuTimeAdvancesWithWork()
    {
        const double before = platform::threadCpuMs();
        volatile double x = 0;
        for (int i = 0; i < 20'000'000; ++i)
            x = x + std::sqrt(double(i));
        const double after = platform::threadCpuMs();
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void memoryIsReportedInBytes()
    {
        const uint64_t rss = platform::residentBytes();
        const uint64_t peak = platform::peakResidentBytes();
        // A Qt test process is more than 1 MiB and less than 64 GiB: catches a kB/bytes mix-up.
        QVERIFY2(rss > (1u << 20) && rss < (64ull << 30), qPrintable(QString::number(rss)));
        QVERIFY2(peak >= rss / 2 && peak < (64ull << 30), qPrintable(QString::number(peak)));
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "TestPlatform.moc"
