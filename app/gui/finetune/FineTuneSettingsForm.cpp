#include "app/gui/finetune/FineTuneSettingsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QSpinBox>

namespace sb {

namespace {

QSpinBox *spin(QWidget *parent, const char *name, int lo, int hi)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(lo, hi);
    return s;
}

QDoubleSpinBox *dspin(QWidget *parent, const char *name, double lo, double hi, int decimals, double step)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSingleStep(step);
    return s;
}

} // namespace

FineTuneSettingsForm::FineTuneSettingsForm(QWidget *parent)
    : QWidget(parent)
{
    m_backend = new QComboBox(this);
    m_backend->setObjectName(QStringLiteral("backend"));
    m_backend->addItems(loraBackends());
    m_backend->setToolTip(tr("Where training runs: the CPU, the GPU through Vulkan, or Auto (Vulkan when a "
                             "device takes the model)."));
    m_rank = spin(this, "rank", 1, 512);
    m_alpha = dspin(this, "alpha", 0.01, 4096, 2, 1);
    m_dropout = dspin(this, "dropout", 0, 0.9, 3, 0.01);
    m_lr = dspin(this, "learningRate", 1e-7, 1, 6, 1e-5);
    m_epochs = spin(this, "epochs", 1, 100000);
    m_batch = spin(this, "batch", 1, 1024);
    m_accum = spin(this, "gradAccum", 1, 4096);
    m_seqLen = spin(this, "seqLen", 8, 1 << 20);
    m_schedule = new QComboBox(this);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setAccessibleName(tr("Learning-rate schedule"));
    m_schedule->addItem(tr("cosine"), QStringLiteral("cosine"));
    m_schedule->addItem(tr("linear"), QStringLiteral("linear"));
    m_schedule->addItem(tr("constant"), QStringLiteral("constant"));
    m_warmup = spin(this, "warmup", 0, 1000000);
    m_warmup->setAccessibleName(tr("Warm-up steps"));
    m_validation = dspin(this, "validationPercent", 0, 50, 1, 1);
    m_validation->setSuffix(QStringLiteral(" %"));
    m_seed = spin(this, "seed", 0, std::numeric_limits<int>::max());
    m_saveEvery = spin(this, "saveEvery", 0, 1000000);
    m_saveEvery->setSpecialValueText(tr("only at the end"));
    m_checkpointing = new QCheckBox(tr("Recompute activations (less memory, ~1.3x time)"), this);
    m_checkpointing->setObjectName(QStringLiteral("activationCheckpointing"));

    auto *targets = new QWidget(this);
    auto *tl = new QGridLayout(targets);
    tl->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kLoraTargetCount; ++i) {
        const auto t = LoraTarget(i);
        QString name = QString::fromLatin1(loraTargetName(t));
        name.chop(5); // "_proj"
        auto *box = new QCheckBox(name, targets);
        box->setObjectName(QStringLiteral("target_") + name);
        box->setToolTip(
            tr("Adapt %1.%2")
                .arg(QString::fromLatin1(loraTargetParent(t)), QString::fromLatin1(loraTargetName(t))));
        tl->addWidget(box, i / 4, i % 4);
        m_targets[size_t(i)] = box;
        connect(box, &QCheckBox::toggled, this, &FineTuneSettingsForm::changed);
    }
    auto *sched = new QWidget(this);
    auto *sl = new QHBoxLayout(sched);
    sl->setContentsMargins(0, 0, 0, 0);
    sl->addWidget(m_schedule, 1);
    sl->addWidget(m_warmup, 1);
    m_warmup->setPrefix(tr("warm-up "));
    m_warmup->setSuffix(tr(" steps"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Backend"), m_backend);
    form->addRow(tr("Rank r"), m_rank);
    form->addRow(tr("Alpha"), m_alpha);
    form->addRow(tr("Dropout"), m_dropout);
    form->addRow(tr("Learning rate"), m_lr);
    form->addRow(tr("Schedule"), sched);
    form->addRow(tr("Epochs"), m_epochs);
    form->addRow(tr("Batch"), m_batch);
    form->addRow(tr("Gradient accumulation"), m_accum);
    form->addRow(tr("Sequence length"), m_seqLen);
    form->addRow(tr("Target modules"), targets);
    form->addRow(tr("Validation split"), m_validation);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Save every N steps"), m_saveEvery);
    form->addRow(QString(), m_checkpointing);
    const auto labels = findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *w : labels)
        if (auto *box = qobject_cast<QAbstractSpinBox *>(w))
            connect(box, &QAbstractSpinBox::editingFinished, this, &FineTuneSettingsForm::changed);

    FineTuneSettings defaults;
    defaults.trainer.optimizer.schedule = LrSchedule::Cosine; // the GUI's default: cosine decay
    setSettings(defaults);
}

FineTuneSettings FineTuneSettingsForm::settings(FineTuneSettings s) const
{
    s.backend = m_backend->currentText();
    s.trainer.lora.rank = m_rank->value();
    s.trainer.lora.alpha = m_alpha->value();
    s.trainer.lora.dropout = m_dropout->value();
    s.trainer.optimizer.lr = m_lr->value();
    s.trainer.optimizer.schedule = parseLrSchedule(m_schedule->currentData().toString()).value();
    s.trainer.optimizer.warmupSteps = m_warmup->value();
    s.trainer.epochs = m_epochs->value();
    s.trainer.batch = m_batch->value();
    s.trainer.gradAccum = m_accum->value();
    s.seqLen = m_seqLen->value();
    s.trainer.lora.targets.clear();
    for (int i = 0; i < kLoraTargetCount; ++i)
        if (m_targets[size_t(i)]->isChecked())
            s.trainer.lora.targets.push_back(LoraTarget(i));
    s.validationFraction = m_validation->value() / 100.0;
    s.trainer.seed = uint64_t(m_seed->value());
    s.saveEvery = m_saveEvery->value();
    s.trainer.checkpoint = m_checkpointing->isChecked();
    return s;
}

void FineTuneSettingsForm::setSettings(const FineTuneSettings &s)
{
    const int backend = m_backend->findText(s.backend, Qt::MatchFixedString);
    m_backend->setCurrentIndex(backend >= 0 ? backend : 0);
    m_rank->setValue(int(s.trainer.lora.rank));
    m_alpha->setValue(s.trainer.lora.alpha);
    m_dropout->setValue(s.trainer.lora.dropout);
    m_lr->setValue(s.trainer.optimizer.lr);
    m_schedule->setCurrentIndex(
        std::max(0, m_schedule->findData(lrScheduleName(s.trainer.optimizer.schedule))));
    m_warmup->setValue(int(s.trainer.optimizer.warmupSteps));
    m_epochs->setValue(int(s.trainer.epochs));
    m_batch->setValue(int(s.trainer.batch));
    m_accum->setValue(int(s.trainer.gradAccum));
    m_seqLen->setValue(int(s.seqLen));
    for (int i = 0; i < kLoraTargetCount; ++i)
        m_targets[size_t(i)]->setChecked(s.trainer.lora.hasTarget(LoraTarget(i)));
    m_validation->setValue(s.validationFraction * 100.0);
    m_seed->setValue(int(std::min<uint64_t>(s.trainer.seed, uint64_t(std::numeric_limits<int>::max()))));
    m_saveEvery->setValue(int(s.saveEvery));
    m_checkpointing->setChecked(s.trainer.checkpoint);
}

} // namespace sb
