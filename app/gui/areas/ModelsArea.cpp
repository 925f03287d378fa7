#include "gui/areas/ModelsArea.h"

#include <QVBoxLayout>

#include "gui/EmptyState.h"

namespace sb {

ModelsArea::ModelsArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ModelsArea"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(tr("Models"), tr("No local model loaded. Open a SmolLM3 model directory (safetensors) or a GGUF file to run it offline on your GPU."), this));
}

} // namespace sb
