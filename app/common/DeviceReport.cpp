#include "app/common/DeviceReport.h"

#include "engine/vulkan/VulkanKernels.h"

#include <QStringList>

namespace sb {

QString formatBytes(quint64 bytes)
{
    const char *units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
    double v = double(bytes);
    int u = 0;
    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

static QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString describeDevice(const DeviceInfo &d)
{
    QStringList lines;
    lines << QStringLiteral("[%1] %2").arg(d.index).arg(QString::fromStdString(d.name));
    lines << QStringLiteral("    type:                  %1").arg(QLatin1String(deviceTypeName(d.type)));
    lines << QStringLiteral("    Vulkan API:            %1").arg(QString::fromStdString(d.apiVersion));
    lines << QStringLiteral("    driver:                %1 %2")
                 .arg(QString::fromStdString(d.driverName), QString::fromStdString(d.driverInfo));
    for (size_t i = 0; i < d.heaps.size(); ++i)
        lines << QStringLiteral("    memory heap %1:         %2%3")
                     .arg(i)
                     .arg(formatBytes(d.heaps[i].size))
                     .arg(d.heaps[i].deviceLocal ? QStringLiteral(" (device local)") : QString());
    lines << QStringLiteral("    subgroup size:         %1%2")
                 .arg(d.subgroupSize)
                 .arg(d.subgroupArithmetic ? QStringLiteral(" (arithmetic ops)") : QString());
    lines << QStringLiteral("    fp16 arithmetic:       %1").arg(yesNo(d.fp16Arithmetic));
    lines << QStringLiteral("    int8 arithmetic:       %1").arg(yesNo(d.int8Arithmetic));
    lines << QStringLiteral("    16-bit storage:        %1").arg(yesNo(d.storage16Bit));
    lines << QStringLiteral("    8-bit storage:         %1").arg(yesNo(d.storage8Bit));
    lines << QStringLiteral("    integer dot product:   %1").arg(yesNo(d.integerDotProduct));
    QString coop = yesNo(d.cooperativeMatrix);
    if (d.coopMatF16.valid())
        coop += QStringLiteral(" (fp16 %1x%2x%3 for prefill)")
                    .arg(d.coopMatF16.m)
                    .arg(d.coopMatF16.n)
                    .arg(d.coopMatF16.k);
    std::string why;
    if (d.cooperativeMatrix && !coopMatCapable(d, &why))
        coop += QStringLiteral(" (unused: %1)").arg(QString::fromStdString(why));
    lines << QStringLiteral("    cooperative matrix:    %1").arg(coop);
    lines << QStringLiteral("    full subgroups:        %1%2")
                 .arg(yesNo(d.computeFullSubgroups))
                 .arg(d.subgroupSizeControl
                         ? QStringLiteral(" (sizes %1..%2)").arg(d.minSubgroupSize).arg(d.maxSubgroupSize)
                         : QString());
    lines << QStringLiteral("    maxStorageBufferRange: %1 (%2)")
                 .arg(d.maxStorageBufferRange)
                 .arg(formatBytes(d.maxStorageBufferRange));
    lines << QStringLiteral("    shared memory:         %1").arg(formatBytes(d.maxComputeSharedMemory));
    return lines.join(QLatin1Char('\n'));
}

DeviceSummary bestDeviceSummary()
{
    auto devices = enumerateDevices();
    if (!devices)
        return { false, QString::fromStdString(devices.error().message) };
    auto best = selectDevice(devices.value(), {});
    if (!best)
        return { false, QString::fromStdString(best.error().message) };
    return { true, QString::fromStdString(best->name) };
}

} // namespace sb
