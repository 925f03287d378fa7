#pragma once
// The hyper-parameters of a LoRA run as form controls (defaults r 16, alpha 32, lr 2e-4,
// dropout 0.05, every projection targeted): backend, LoRA, optimiser and schedule, data and
// checkpoint cadence. Paths are not here (the area owns them).

#include <QWidget>

#include "app/local/FineTuneJob.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace sb {

class FineTuneSettingsForm : public QWidget {
    Q_OBJECT

public:
    explicit FineTuneSettingsForm(QWidget *parent = nullptr);

    // The form's values over `base` (whose paths are kept).
    FineTuneSettings settings(FineTuneSettings base = {}) const;
    void setSettings(const FineTuneSettings &s);
    QCheckBox *targetBox(LoraTarget t) const { return m_targets[size_t(t)]; }

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_backend;
    QSpinBox *m_rank;
    QDoubleSpinBox *m_alpha;
    QDoubleSpinBox *m_dropout;
    QDoubleSpinBox *m_lr;
    QSpinBox *m_epochs;
    QSpinBox *m_batch;
    QSpinBox *m_accum;
    QSpinBox *m_seqLen;
    std::array<QCheckBox *, kLoraTargetCount> m_targets {};
    QComboBox *m_schedule;
    QSpinBox *m_warmup;
    QDoubleSpinBox *m_validation;
    QSpinBox *m_seed;
    QSpinBox *m_saveEvery;
    QCheckBox *m_checkpointing;
};

} // namespace sb
