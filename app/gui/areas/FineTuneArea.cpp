#include "gui/areas/FineTuneArea.h"

#include <QVBoxLayout>

#include "gui/EmptyState.h"

namespace sb {

FineTuneArea::FineTuneArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("FineTuneArea"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(tr("Fine-tune"), tr("No fine-tuning runs yet. Load a local model first, then choose a JSONL dataset to train a LoRA adapter."), this));
}

} // namespace sb
