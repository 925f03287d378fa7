#include "app/gui/AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include "app/common/DeviceReport.h"

namespace sb {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Switchboard"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(QStringLiteral("<h2>Switchboard %1</h2>").arg(QStringLiteral(SB_VERSION)), this);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("One place to talk to language models: the local SmolLM3 on Vulkan and "
                                    "remote providers through one router."),
        this));

    const DeviceSummary device = bestDeviceSummary();
    m_device = new QLabel(this);
    m_device->setObjectName(QStringLiteral("deviceLabel"));
    m_device->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_device->setText(device.available
            ? tr("Vulkan device: %1").arg(device.text)
            : tr("No Vulkan device (%1). The local model runs on the CPU.").arg(device.text));
    m_device->setWordWrap(true);
    layout->addWidget(m_device);
    layout->addWidget(
        new QLabel(tr("Qt %1. Licensed under the Apache License 2.0.").arg(QLatin1String(qVersion())), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::deviceText() const
{
    return m_device->text();
}

} // namespace sb
