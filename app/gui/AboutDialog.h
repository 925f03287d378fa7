#pragma once

#include <QDialog>

class QLabel;

namespace sb {

// Version, licence and the Vulkan device the local engine would use (or why there is none).
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QString deviceText() const;

private:
    QLabel *m_device = nullptr;
};

} // namespace sb
