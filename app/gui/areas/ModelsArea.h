#pragma once

#include <QWidget>

namespace sb {

class ModelsArea : public QWidget {
    Q_OBJECT

public:
    explicit ModelsArea(QWidget *parent = nullptr);
};

} // namespace sb
