#include "app/common/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include "app/common/Settings.h"

namespace sb::dataPaths {

namespace {

QString &latched()
{
    static QString dir;
    return dir;
}

} // namespace

QString platformDefault()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString resolve()
{
    const QString fromEnv = qEnvironmentVariable(kEnvironmentVariable);
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    const QString fromSettings = Settings().dataDirectory();
    if (!fromSettings.isEmpty())
        return QDir::cleanPath(QDir(fromSettings).absolutePath());
    return platformDefault();
}

QString directory()
{
    QString &dir = latched();
    if (dir.isEmpty()) {
        dir = resolve();
        QDir().mkpath(dir); // a failure shows later, where a file cannot be opened
    }
    return dir;
}

QString filePath(const QString &name)
{
    return QDir(directory()).filePath(name);
}

QString modelsDirectory()
{
    const QString dir = filePath(QStringLiteral("models"));
    QDir().mkpath(dir);
    return dir;
}

void setOverride(const QString &dir)
{
    latched() = dir.isEmpty() ? QString() : QDir::cleanPath(QDir(dir).absolutePath());
    if (!latched().isEmpty())
        QDir().mkpath(latched());
}

QString checkWritable(const QString &dir)
{
    if (dir.trimmed().isEmpty())
        return QCoreApplication::translate("sb::dataPaths", "No folder chosen.");
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return QCoreApplication::translate("sb::dataPaths", "%1 is a file, not a folder.").arg(dir);
    if (!QDir().mkpath(dir))
        return QCoreApplication::translate("sb::dataPaths", "%1 cannot be created.").arg(dir);
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".switchboard-write-test-XXXXXX")));
    if (!probe.open() || probe.write("ok", 2) != 2)
        return QCoreApplication::translate("sb::dataPaths", "%1 is not writable: %2")
            .arg(dir, probe.errorString());
    return {};
}

} // namespace sb::dataPaths
