#include "app/gui/models/ModelsArea.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <thread>

#include "app/common/DeviceReport.h"
#include "app/common/Settings.h"
#include "app/gui/models/DownloadPanel.h"
#include "app/gui/settings/DeviceChoice.h"
#include "app/local/EngineLocalProvider.h"

namespace sb {

ModelsArea::ModelsArea(QWidget *parent)
    : QWidget(parent)
    , m_ownProvider(std::make_unique<EngineLocalProvider>())
    , m_provider(m_ownProvider.get())
{
    setObjectName(QStringLiteral("ModelsArea"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Local model")), this);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Run SmolLM3 on this computer, offline. Open a Hugging Face model folder "
                                "(config.json, tokenizer.json, *.safetensors) or a GGUF file."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Left: the model on this computer; right: fetching one from the Hugging Face Hub.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    columns->addLayout(left, 2);
    layout->addLayout(columns, 1);

    auto *choose = new QGroupBox(tr("Model and device"), this);
    auto *form = new QFormLayout(choose);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(choose);
    m_path->setObjectName(QStringLiteral("modelPath"));
    m_path->setAccessibleName(tr("Model folder or GGUF file"));
    m_path->setPlaceholderText(tr("Model folder or .gguf file"));
    m_path->setText(Settings().value(Settings::Key::LocalModelPath).toString());
    auto *browseDir = new QPushButton(tr("Folder…"), choose);
    auto *browseFile = new QPushButton(tr("GGUF file…"), choose);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseDir);
    pathRow->addWidget(browseFile);
    form->addRow(tr("Model:"), pathRow);

    m_backend = new QComboBox(choose);
    m_backend->setObjectName(QStringLiteral("backend"));
    m_backend->addItem(tr("Automatic (GPU if possible)"), int(BackendKind::Auto));
    m_backend->addItem(tr("Vulkan GPU"), int(BackendKind::Vulkan));
    m_backend->addItem(tr("CPU"), int(BackendKind::Cpu));
    form->addRow(tr("Backend:"), m_backend);

    m_device = new QComboBox(choose);
    m_device->setObjectName(QStringLiteral("device"));
    fillDeviceChoices(m_device, Settings().vulkanDevice()); // the same choice as in Settings
    form->addRow(tr("Device:"), m_device);

    m_context = new QSpinBox(choose);
    m_context->setObjectName(QStringLiteral("contextLength"));
    m_context->setRange(256, 65536);
    m_context->setSingleStep(1024);
    m_context->setValue(8192);
    m_context->setSuffix(tr(" tokens"));
    form->addRow(tr("Context:"), m_context);
    // Long device names must not widen the window: the download panel shares it.
    for (QComboBox *combo : { m_backend, m_device }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    left->addWidget(choose);

    auto *actions = new QHBoxLayout;
    m_load = new QPushButton(tr("Load model"), this);
    m_load->setObjectName(QStringLiteral("loadButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    actions->addWidget(m_load);
    actions->addWidget(m_progress, 1);
    left->addLayout(actions);

    m_status = new QLabel(tr("No local model loaded."), this);
    m_status->setObjectName(QStringLiteral("modelStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_status);

    auto *detailsBox = new QGroupBox(tr("Loaded model"), this);
    m_details = new QFormLayout(detailsBox);
    m_detailsBox = detailsBox;
    detailsBox->setVisible(false);
    left->addWidget(detailsBox);
    left->addStretch(1);

    m_download = new DownloadPanel(this);
    columns->addWidget(m_download, 3);

    connect(browseDir, &QPushButton::clicked, this, &ModelsArea::browseDirectory);
    connect(browseFile, &QPushButton::clicked, this, &ModelsArea::browseGguf);
    connect(m_load, &QPushButton::clicked, this, &ModelsArea::startLoading);
    connect(m_download, &DownloadPanel::openModelRequested, this, [this](const QString &folder) {
        setModelPath(folder);
        startLoading();
    });
    connect(m_device, &QComboBox::currentIndexChanged, this,
        [this] { Settings().setValue(Settings::Key::VulkanDevice, deviceChoice(m_device)); });
}

void ModelsArea::setDeviceSelector(const QString &selector)
{
    selectDeviceChoice(m_device, selector);
}

ModelsArea::~ModelsArea() = default;

void ModelsArea::setLocalProvider(EngineLocalProvider *provider)
{
    m_provider = provider ? provider : m_ownProvider.get();
}

void ModelsArea::setKeyStore(KeyStore *keys)
{
    m_download->setKeyStore(keys);
}

void ModelsArea::startDefaultDownload()
{
    m_download->startDefaultDownload();
}

void ModelsArea::setModelPath(const QString &path)
{
    m_path->setText(path);
}

QString ModelsArea::statusText() const
{
    return m_status->text();
}

void ModelsArea::browseDirectory()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open model folder"), m_path->text());
    if (!dir.isEmpty())
        m_path->setText(dir);
}

void ModelsArea::browseGguf()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open GGUF model"), m_path->text(), tr("GGUF models (*.gguf);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void ModelsArea::startLoading()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a model folder or a GGUF file first."));
        return;
    }
    if (m_loading)
        return;
    m_loading = true;
    m_load->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Checking %p%"));
    m_status->setText(tr("Loading %1…").arg(path));

    ChatRuntimeOptions options;
    options.backend.kind = BackendKind(m_backend->currentData().toInt());
    options.backend.vulkanContext.deviceSelector = deviceChoice(m_device).toStdString();
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cacheDir.isEmpty() && QDir().mkpath(cacheDir))
        options.backend.vulkanContext.pipelineCachePath
            = QDir(cacheDir).filePath(QStringLiteral("vulkan-pipelines.bin")).toStdString();
    options.backend.vulkanModel.contextLength = m_context->value();
    options.backend.cpuModel.contextLength = m_context->value();
    QPointer<ModelsArea> self(this);
    options.progress = [self](std::string_view stage, double fraction) {
        const QString s = QString::fromUtf8(stage.data(), qsizetype(stage.size()));
        QMetaObject::invokeMethod(
            qApp,
            [self, s, fraction] {
                if (self)
                    self->onProgress(s, fraction);
            },
            Qt::QueuedConnection);
    };
    EngineLocalProvider *provider = m_provider;
    std::thread([self, provider, path, options] {
        Result<void> r = provider->load(path, options);
        const bool ok = r.ok();
        const QString message = ok ? QString() : QString::fromStdString(r.error().message);
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, message] {
                if (self)
                    self->onFinished(ok, message);
            },
            Qt::QueuedConnection);
    }).detach();
}

bool ModelsArea::reloadLastModel()
{
    const QString path = Settings().value(Settings::Key::LocalModelPath).toString();
    if (path.isEmpty() || !QFileInfo::exists(path) || m_loading || (m_provider && m_provider->isLoaded()))
        return false;
    m_path->setText(path);
    startLoading();
    return m_loading;
}

void ModelsArea::onProgress(const QString &stage, double fraction)
{
    Q_EMIT loadProgress(m_path->text().trimmed(), int(fraction * 100));
    m_progress->setFormat(
        stage == QLatin1String("upload") ? tr("Uploading weights %p%") : tr("Checking %p%"));
    m_progress->setValue(int(fraction * 1000));
}

void ModelsArea::onFinished(bool ok, const QString &message)
{
    m_loading = false;
    m_load->setEnabled(true);
    m_progress->setVisible(false);
    if (!ok) {
        m_status->setText(tr("Could not load the model: %1").arg(message));
        m_detailsBox->setVisible(false);
        Q_EMIT loadFailed(message);
        return;
    }
    Settings().setValue(Settings::Key::LocalModelPath, m_provider->modelPath());
    QString text = tr("Loaded %1 on the %2 backend.").arg(m_provider->modelPath(), m_provider->backendName());
    if (!m_provider->notice().isEmpty())
        text += QLatin1Char(' ') + tr("Note: %1").arg(m_provider->notice());
    m_status->setText(text);
    showDetails();
    Q_EMIT modelLoaded(m_provider->modelPath(), m_provider->backendName());
}

void ModelsArea::showDetails()
{
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    const LocalModelInfo info = m_provider->modelInfo();
    auto add = [this](const QString &label, const QString &value) {
        auto *v = new QLabel(value, m_detailsBox);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->addRow(label, v);
    };
    add(tr("Name:"), info.name);
    add(tr("Backend:"), m_provider->backendName());
    add(tr("Device:"), info.device);
    // Why this device: e.g. a software Vulkan device (lavapipe) is passed over for the CPU backend.
    add(tr("Why this device:"), m_provider->backendReason());
    if (!info.kernels.isEmpty()) // subgroup reductions, int8 decode, cooperative matrices: on or off
        add(tr("Kernels:"), info.kernels);
    add(tr("Format:"), info.format);
    add(tr("Quantisation:"), info.quantisation);
    add(tr("Layers:"), QString::number(info.layers));
    add(tr("Hidden size:"), QString::number(info.hiddenSize));
    add(tr("Attention heads:"), tr("%1 query, %2 key/value").arg(info.heads).arg(info.kvHeads));
    add(tr("Vocabulary:"), QString::number(info.vocabSize));
    add(tr("Parameters:"), QLocale().toString(info.parameters));
    add(tr("Weights:"), formatBytes(info.weightBytes));
    add(tr("Context:"), tr("%1 tokens").arg(info.contextLength));
    // The CPU backend reads the memory-mapped files in place: no device memory to report.
    add(tr("VRAM use:"), info.deviceBytes > 0 ? formatBytes(info.deviceBytes) : tr("none (runs on the CPU)"));
    m_detailsBox->setVisible(true);
}

} // namespace sb
