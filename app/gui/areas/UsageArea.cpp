#include "gui/areas/UsageArea.h"

#include <QVBoxLayout>

#include "gui/EmptyState.h"

namespace sb {

UsageArea::UsageArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("UsageArea"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(tr("Usage & Billing"), tr("No requests recorded yet. Cost and latency per provider appear here as soon as requests complete."), this));
}

} // namespace sb
