#include "app/gui/settings/DeviceChoice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <algorithm>

#include "app/common/DeviceReport.h"
#include "engine/vulkan/DeviceInfo.h"

namespace sb {

namespace {

constexpr int kMissingRole = Qt::UserRole + 1;

} // namespace

void fillDeviceChoices(QComboBox *box, const QString &selector)
{
    box->clear();
    box->addItem(QCoreApplication::translate("sb::DeviceChoice", "Automatic (best available)"), QString());
    auto devices = enumerateDevices();
    if (devices.ok()) {
        const std::vector<DeviceInfo> &list = devices.value();
        for (const DeviceInfo &d : list) {
            const QString name = QString::fromStdString(d.name);
            const bool shared = std::count_if(list.begin(), list.end(), [&](const DeviceInfo &o) {
                return o.name == d.name;
            }) > 1;
            box->addItem(
                QStringLiteral("%1 (%2, %3)")
                    .arg(name, QLatin1String(deviceTypeName(d.type)), formatBytes(d.deviceLocalBytes())),
                shared ? QString::number(d.index) : name);
        }
    } else {
        box->setToolTip(QCoreApplication::translate("sb::DeviceChoice", "No Vulkan device: %1")
                            .arg(QString::fromStdString(devices.error().message)));
    }
    box->setEnabled(devices.ok());
    selectDeviceChoice(box, selector);
}

void selectDeviceChoice(QComboBox *box, const QString &selector)
{
    for (int i = box->count() - 1; i >= 0; --i)
        if (box->itemData(i, kMissingRole).toBool())
            box->removeItem(i);
    int found = box->findData(selector);
    if (found < 0 && !selector.isEmpty()) {
        // An index or part of a name, as the CLI's --device accepts.
        bool isIndex = false;
        const int index = selector.toInt(&isIndex);
        if (isIndex && index >= 0 && index + 1 < box->count())
            found = index + 1;
        for (int i = 1; found < 0 && i < box->count(); ++i)
            if (box->itemText(i).contains(selector, Qt::CaseInsensitive))
                found = i;
    }
    if (found < 0) {
        box->addItem(
            QCoreApplication::translate("sb::DeviceChoice", "%1 (not found)").arg(selector), selector);
        found = box->count() - 1;
        box->setItemData(found, true, kMissingRole);
    }
    box->setCurrentIndex(found);
}

QString deviceChoice(const QComboBox *box)
{
    return box->currentData().toString();
}

} // namespace sb
