#pragma once

#include <QWidget>

namespace sb {

class FineTuneArea : public QWidget {
    Q_OBJECT

public:
    explicit FineTuneArea(QWidget *parent = nullptr);
};

} // namespace sb
