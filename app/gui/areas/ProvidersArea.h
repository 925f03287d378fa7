#pragma once

#include <QWidget>

namespace sb {

class ProvidersArea : public QWidget {
    Q_OBJECT

public:
    explicit ProvidersArea(QWidget *parent = nullptr);
};

} // namespace sb
