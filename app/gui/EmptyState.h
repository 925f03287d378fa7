#pragma once

#include <QWidget>

namespace sb {

// A centred title and explanation for an area that has nothing to show yet.
class EmptyState : public QWidget {
    Q_OBJECT

public:
    EmptyState(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace sb
