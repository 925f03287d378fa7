#pragma once
// Human-readable descriptions of Vulkan devices, shared by `switchboard-cli devices` and the
// About dialog.

#include <QString>

#include "engine/vulkan/DeviceInfo.h"

namespace sb {

QString formatBytes(quint64 bytes);
QString describeDevice(const DeviceInfo &d); // multi-line block for the CLI
// The name of the device the engine would pick, or a reason why there is none.
struct DeviceSummary {
    bool available = false;
    QString text; // device name, or the error message
};
DeviceSummary bestDeviceSummary();

} // namespace sb
