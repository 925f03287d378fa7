#include "app/gui/chat/ConversationSettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace sb {

ConversationSettingsDialog::ConversationSettingsDialog(const ConversationSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_base(settings)
{
    setWindowTitle(tr("Conversation settings"));
    setObjectName(QStringLiteral("conversationSettings"));
    auto *form = new QFormLayout(this);
    m_system = new QPlainTextEdit(settings.systemPrompt, this);
    m_system->setObjectName(QStringLiteral("systemPrompt"));
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setPlaceholderText(tr("You are a helpful assistant."));
    form->addRow(tr("System prompt"), m_system);

    auto row = [this](QCheckBox *check, QWidget *spin) {
        auto *w = new QWidget(this);
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(check);
        l->addWidget(spin, 1);
        spin->setEnabled(check->isChecked());
        connect(check, &QCheckBox::toggled, spin, &QWidget::setEnabled);
        return w;
    };
    m_useTemperature = new QCheckBox(tr("Set"), this);
    m_useTemperature->setChecked(settings.temperature.has_value());
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(settings.temperature.value_or(0.7));
    form->addRow(tr("Temperature"), row(m_useTemperature, m_temperature));

    m_useTopP = new QCheckBox(tr("Set"), this);
    m_useTopP->setChecked(settings.topP.has_value());
    m_topP = new QDoubleSpinBox(this);
    m_topP->setObjectName(QStringLiteral("topP"));
    m_topP->setAccessibleName(tr("Top p"));
    m_topP->setRange(0.01, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(settings.topP.value_or(0.95));
    form->addRow(tr("Top p"), row(m_useTopP, m_topP));

    m_maxTokens = new QSpinBox(this);
    m_maxTokens->setObjectName(QStringLiteral("maxTokens"));
    m_maxTokens->setAccessibleName(tr("Maximum answer tokens"));
    m_maxTokens->setRange(0, 1'000'000);
    m_maxTokens->setSpecialValueText(tr("provider default"));
    m_maxTokens->setValue(settings.maxTokens);
    form->addRow(tr("Maximum answer tokens"), m_maxTokens);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(520, 360);
}

ConversationSettings ConversationSettingsDialog::settings() const
{
    ConversationSettings s = m_base;
    s.systemPrompt = m_system->toPlainText().trimmed();
    s.temperature
        = m_useTemperature->isChecked() ? std::optional<double>(m_temperature->value()) : std::nullopt;
    s.topP = m_useTopP->isChecked() ? std::optional<double>(m_topP->value()) : std::nullopt;
    s.maxTokens = m_maxTokens->value();
    return s;
}

} // namespace sb
