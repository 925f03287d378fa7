#pragma once
// System prompt and sampling for one conversation.

#include "app/common/ConversationStore.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace sb {

class ConversationSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConversationSettingsDialog(const ConversationSettings &settings, QWidget *parent = nullptr);
    ConversationSettings settings() const;

private:
    ConversationSettings m_base;
    QPlainTextEdit *m_system;
    QCheckBox *m_useTemperature;
    QDoubleSpinBox *m_temperature;
    QCheckBox *m_useTopP;
    QDoubleSpinBox *m_topP;
    QSpinBox *m_maxTokens;
};

} // namespace sb
