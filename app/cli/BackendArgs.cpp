#include "cli/BackendArgs.h"

#include <QStandardPaths>
#include <QDir>

namespace sb::cli {

void addBackendOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("backend"), QStringLiteral("auto (Vulkan, else CPU), vulkan or cpu."),
                      QStringLiteral("kind"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("device"), QStringLiteral("Vulkan device: index or part of its name."),
                      QStringLiteral("selector")});
    parser.addOption({QStringLiteral("context"), QStringLiteral("KV cache length in tokens."), QStringLiteral("n"),
                      QStringLiteral("4096")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("CPU backend threads (0 = all cores)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("subgroups"),
                      QStringLiteral("Vulkan subgroup reductions: gpu (GPUs with subgroup arithmetic), always or never."),
                      QStringLiteral("when"), QStringLiteral("gpu")});
}

QString backendOptionsFrom(const QCommandLineParser &parser, BackendOptions &options)
{
    const QString kind = parser.value(QStringLiteral("backend"));
    if (kind == QLatin1String("auto"))
        options.kind = BackendKind::Auto;
    else if (kind == QLatin1String("vulkan"))
        options.kind = BackendKind::Vulkan;
    else if (kind == QLatin1String("cpu"))
        options.kind = BackendKind::Cpu;
    else
        return QStringLiteral("--backend must be auto, vulkan or cpu (got '%1')").arg(kind);
    bool ok = false;
    const qint64 context = parser.value(QStringLiteral("context")).toLongLong(&ok);
    if (!ok || context < 16)
        return QStringLiteral("--context must be a number >= 16");
    const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads < 0)
        return QStringLiteral("--threads must be a number >= 0");
    options.vulkanContext.deviceSelector = parser.value(QStringLiteral("device")).toStdString();
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cacheDir.isEmpty() && QDir().mkpath(cacheDir))
        options.vulkanContext.pipelineCachePath = QDir(cacheDir).filePath(QStringLiteral("vulkan-pipelines.bin")).toStdString();
    options.vulkanModel.contextLength = context;
    const QString subgroups = parser.value(QStringLiteral("subgroups"));
    if (subgroups == QLatin1String("gpu"))
        options.vulkanModel.subgroups = SubgroupUse::GpusOnly;
    else if (subgroups == QLatin1String("always"))
        options.vulkanModel.subgroups = SubgroupUse::WhenSupported;
    else if (subgroups == QLatin1String("never"))
        options.vulkanModel.subgroups = SubgroupUse::Never;
    else
        return QStringLiteral("--subgroups must be gpu, always or never (got '%1')").arg(subgroups);
    options.cpuModel.contextLength = context;
    options.cpuModel.threads = threads;
    return {};
}

} // namespace sb::cli
