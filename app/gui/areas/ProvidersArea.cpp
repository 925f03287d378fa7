#include "gui/areas/ProvidersArea.h"

#include <QVBoxLayout>

#include "gui/EmptyState.h"

namespace sb {

ProvidersArea::ProvidersArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ProvidersArea"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(tr("Providers & Budgets"), tr("No provider keys stored. Keys are kept in your system keychain, never in plain files."), this));
}

} // namespace sb
