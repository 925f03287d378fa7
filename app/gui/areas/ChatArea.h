#pragma once

#include <QWidget>

namespace sb {

class ChatArea : public QWidget {
    Q_OBJECT

public:
    explicit ChatArea(QWidget *parent = nullptr);
};

} // namespace sb
