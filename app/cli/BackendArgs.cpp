#include "app/cli/BackendArgs.h"

#include <QDir>
#include <QStandardPaths>

namespace sb::cli {

void addBackendOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("backend"),
        QStringLiteral("auto (Vulkan, else CPU), vulkan, cpu or cpu-reference (the slow fp32 oracle)."),
        QStringLiteral("kind"), QStringLiteral("auto") });
    parser.addOption({ QStringLiteral("device"), QStringLiteral("Vulkan device: index or part of its name."),
        QStringLiteral("selector") });
    parser.addOption({ QStringLiteral("context"), QStringLiteral("KV cache length in tokens."),
        QStringLiteral("n"), QStringLiteral("4096") });
    parser.addOption({ QStringLiteral("threads"), QStringLiteral("CPU backend threads (0 = all cores)."),
        QStringLiteral("n"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("subgroups"),
        QStringLiteral("Vulkan subgroup reductions: gpu (GPUs with subgroup arithmetic), always or never."),
        QStringLiteral("when"), QStringLiteral("gpu") });
    parser.addOption({ QStringLiteral("coop-matrix"),
        QStringLiteral("Vulkan cooperative-matrix prefill matmuls (fp16 operands): gpu, always or never."),
        QStringLiteral("when"), QStringLiteral("gpu") });
    parser.addOption({ QStringLiteral("int8-dot"),
        QStringLiteral(
            "Vulkan int8 dot products for Q8_0/Q4_0/Q4_K/Q6_K decode: accelerated (where the device "
            "says they are), always or never."),
        QStringLiteral("when"), QStringLiteral("accelerated") });
}

namespace {

// The value of option `name` among `choices` (first: the default's spelling), or an error text.
template <typename Enum>
QString pick(const QCommandLineParser &parser, const char *name,
    std::initializer_list<std::pair<const char *, Enum>> choices, Enum &out)
{
    const QString value = parser.value(QLatin1String(name));
    QStringList names;
    for (const auto &[text, e] : choices) {
        if (value == QLatin1String(text)) {
            out = e;
            return {};
        }
        names << QLatin1String(text);
    }
    return QStringLiteral("--%1 must be %2 (got '%3')")
        .arg(QLatin1String(name), names.join(QStringLiteral(", ")), value);
}

} // namespace

QString backendOptionsFrom(const QCommandLineParser &parser, BackendOptions &options)
{
    const QString kind = parser.value(QStringLiteral("backend"));
    if (kind == QLatin1String("auto"))
        options.kind = BackendKind::Auto;
    else if (kind == QLatin1String("vulkan"))
        options.kind = BackendKind::Vulkan;
    else if (kind == QLatin1String("cpu"))
        options.kind = BackendKind::Cpu;
    else if (kind == QLatin1String("cpu-reference"))
        options.kind = BackendKind::CpuReference;
    else
        return QStringLiteral("--backend must be auto, vulkan, cpu or cpu-reference (got '%1')").arg(kind);
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
        options.vulkanContext.pipelineCachePath
            = QDir(cacheDir).filePath(QStringLiteral("vulkan-pipelines.bin")).toStdString();
    options.vulkanModel.contextLength = context;
    VulkanModelOptions &vm = options.vulkanModel;
    QString error = pick(parser, "subgroups",
        { { "gpu", SubgroupUse::GpusOnly }, { "always", SubgroupUse::WhenSupported },
            { "never", SubgroupUse::Never } },
        vm.subgroups);
    if (error.isEmpty())
        error = pick(parser, "coop-matrix",
            { { "gpu", CoopMatUse::GpusOnly }, { "always", CoopMatUse::WhenSupported },
                { "never", CoopMatUse::Never } },
            vm.coopMat);
    if (error.isEmpty())
        error = pick(parser, "int8-dot",
            { { "accelerated", IntegerDotUse::WhenAccelerated }, { "always", IntegerDotUse::WhenSupported },
                { "never", IntegerDotUse::Never } },
            vm.integerDot);
    if (!error.isEmpty())
        return error;
    options.cpuModel.contextLength = context;
    options.cpuModel.threads = threads;
    return {};
}

} // namespace sb::cli
