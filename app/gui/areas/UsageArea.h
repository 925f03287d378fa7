#pragma once

#include <QWidget>

namespace sb {

class UsageArea : public QWidget {
    Q_OBJECT

public:
    explicit UsageArea(QWidget *parent = nullptr);
};

} // namespace sb
