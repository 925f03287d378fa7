#include "app/gui/EmptyState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sb {

EmptyState::EmptyState(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("emptyStateText"));
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(2);
}

} // namespace sb
