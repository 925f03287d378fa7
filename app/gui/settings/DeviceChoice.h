#pragma once
// The Vulkan device choice as a combo box, shared by the Settings dialog and the Models area.
// Items carry the engine's device selector (engine/vulkan/DeviceInfo.h selectDevice): "" for
// automatic, else the device name (stable across reboots), or its index when two devices share
// a name. A saved choice whose device is gone stays listed as "not found" so that loading says
// so instead of silently using another device.

#include <QString>

class QComboBox;

namespace sb {

// Fills `box` with "Automatic" and the devices the engine enumerates and selects `selector`.
void fillDeviceChoices(QComboBox *box, const QString &selector);
// Selects the item for `selector` (adding a "not found" item if no device matches).
void selectDeviceChoice(QComboBox *box, const QString &selector);
QString deviceChoice(const QComboBox *box);

} // namespace sb
