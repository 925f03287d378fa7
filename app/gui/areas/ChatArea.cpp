#include "gui/areas/ChatArea.h"

#include <QVBoxLayout>

#include "gui/EmptyState.h"

namespace sb {

ChatArea::ChatArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ChatArea"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(tr("Chat"), tr("No conversations yet. Add a provider key in Providers & Budgets or load a local model in Models to start chatting."), this));
}

} // namespace sb
