// `switchboard-cli devices`: what the local engine can run on.
#include <QCommandLineParser>

#include "app/cli/CliCommand.h"
#include "app/common/DeviceReport.h"

namespace sb::cli {
namespace {

int runDevices(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists the Vulkan physical devices the local engine can use."));
    parser.addHelpOption();
    parser.process(QStringList { QStringLiteral("switchboard-cli devices") } + args);

    auto devices = enumerateDevices();
    if (!devices) {
        err() << "switchboard-cli devices: " << QString::fromStdString(devices.error().message) << "\n"
              << "The local model will run on the CPU reference backend instead.\n";
        return NoDevice;
    }
    auto best = selectDevice(devices.value(), {});
    for (const DeviceInfo &d : devices.value()) {
        out() << describeDevice(d) << "\n";
        if (best && best->index == d.index)
            out() << "    (selected by default)\n";
    }
    return Ok;
}

const Registrar registrar(
    "devices", "List Vulkan devices (name, type, VRAM heaps, subgroup size, fp16/int8, limits)", &runDevices);

} // namespace
} // namespace sb::cli
