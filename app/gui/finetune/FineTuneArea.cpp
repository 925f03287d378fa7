#include "app/gui/finetune/FineTuneArea.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

#include "app/common/Settings.h"
#include "app/gui/finetune/DatasetPreviewPanel.h"
#include "app/gui/finetune/FineTuneSettingsForm.h"
#include "app/gui/finetune/LossChart.h"
#include "app/local/EngineLocalProvider.h"
#include "engine/core/Platform.h"

namespace sb {

namespace {

// Resident memory of this process in bytes (engine/core/Platform); 0 where unknown.
qint64 residentBytes()
{
    return qint64(platform::residentBytes());
}

QString duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("—");
    const qint64 s = qint64(std::llround(seconds));
    if (s >= 3600)
        return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 s").arg(s);
}

// Runs `work` on a short-lived thread that deletes itself; the area waits for it on destruction.
QThread *runDetached(QObject *owner, std::function<void()> work)
{
    QThread *t = QThread::create(std::move(work));
    t->setParent(owner);
    QObject::connect(t, &QThread::finished, t, &QObject::deleteLater);
    t->start();
    return t;
}

} // namespace

FineTuneArea::FineTuneArea(QWidget *parent)
    : QWidget(parent)
    , m_memoryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("FineTuneArea"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildSetup());
    split->addWidget(buildMonitor());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split);

    // The last run is found again after a restart (Resume continues it).
    m_outDir->setText(Settings().value(Settings::Key::FineTuneOutputDir).toString());
    m_memoryTimer->setInterval(1000);
    connect(m_memoryTimer, &QTimer::timeout, this, &FineTuneArea::updateMemory);
    updateMemory();
    updateButtons();
}

FineTuneArea::~FineTuneArea()
{
    if (m_worker) {
        // A run in progress keeps its place: the worker checkpoints before its thread ends.
        QThread *thread = m_worker->thread();
        m_worker->requestPause(); // no further step; stop() checkpoints
        QMetaObject::invokeMethod(m_worker, &FineTuneWorker::stop, Qt::QueuedConnection);
        thread->wait();
    }
    for (QThread *t : findChildren<QThread *>())
        t->wait();
}

QWidget *FineTuneArea::buildSetup()
{
    auto *content = new QWidget;
    auto *v = new QVBoxLayout(content);

    const auto pathRow = [content](QLineEdit *&edit, const char *name, const QString &placeholder,
                             std::initializer_list<QToolButton *> buttons) {
        auto *row = new QWidget(content);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(row);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        h->addWidget(edit, 1);
        for (QToolButton *b : buttons) {
            b->setParent(row);
            h->addWidget(b);
        }
        return row;
    };
    auto *modelDir = new QToolButton;
    modelDir->setText(tr("Folder…"));
    modelDir->setToolTip(tr("A Hugging Face model directory (config.json + safetensors)"));
    auto *modelFile = new QToolButton;
    modelFile->setText(tr("GGUF…"));
    auto *dataBrowse = new QToolButton;
    dataBrowse->setText(tr("Browse…"));
    auto *outBrowse = new QToolButton;
    outBrowse->setText(tr("Browse…"));

    auto *files = new QGroupBox(tr("Model and data"), content);
    auto *ff = new QFormLayout(files);
    ff->addRow(tr("Base model"),
        pathRow(m_modelPath, "modelPath", tr("the loaded local model"), { modelDir, modelFile }));
    ff->addRow(tr("Dataset"), pathRow(m_dataPath, "dataPath", tr("train.jsonl"), { dataBrowse }));
    ff->addRow(tr("Output"), pathRow(m_outDir, "outputDir", tr("adapter directory"), { outBrowse }));
    m_modelPath->setAccessibleName(tr("Base model"));
    m_dataPath->setAccessibleName(tr("Dataset"));
    m_outDir->setAccessibleName(tr("Output directory"));
    v->addWidget(files);

    auto *hyper = new QGroupBox(tr("Hyper-parameters"), content);
    auto *hv = new QVBoxLayout(hyper);
    m_form = new FineTuneSettingsForm(hyper);
    hv->addWidget(m_form);
    v->addWidget(hyper);

    auto *buttons = new QWidget(content);
    auto *bl = new QGridLayout(buttons);
    bl->setContentsMargins(0, 0, 0, 0);
    const auto button = [buttons](const QString &text, const char *name) {
        auto *b = new QPushButton(text, buttons);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_start = button(tr("Start"), "startTraining");
    m_start->setToolTip(tr("Start a new run (replaces the adapter in the output directory)"));
    m_pause = button(tr("Pause"), "pauseTraining");
    m_resume = button(tr("Resume"), "resumeTraining");
    m_resume->setToolTip(tr("Continue a paused run, or the checkpoint saved in the output directory"));
    m_cancel = button(tr("Cancel"), "cancelTraining");
    m_cancel->setToolTip(tr("Stop after this step and save a checkpoint"));
    m_chat = button(tr("Chat with this adapter"), "chatWithAdapter");
    m_chat->setToolTip(tr("Serve base + adapter as a second local model in Chat, next to the base"));
    bl->addWidget(m_start, 0, 0);
    bl->addWidget(m_pause, 0, 1);
    bl->addWidget(m_resume, 0, 2);
    bl->addWidget(m_cancel, 0, 3);
    bl->addWidget(m_chat, 1, 0, 1, 4);
    v->addWidget(buttons);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("fineTuneStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);
    v->addStretch(1);

    connect(m_start, &QPushButton::clicked, this, &FineTuneArea::start);
    connect(m_pause, &QPushButton::clicked, this, &FineTuneArea::pause);
    connect(m_resume, &QPushButton::clicked, this, &FineTuneArea::resume);
    connect(m_cancel, &QPushButton::clicked, this, &FineTuneArea::cancel);
    connect(m_chat, &QPushButton::clicked, this, &FineTuneArea::chatWithAdapter);
    connect(modelDir, &QToolButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Base model directory"));
        if (!d.isEmpty())
            setModelPath(d);
    });
    connect(modelFile, &QToolButton::clicked, this, [this] {
        const QString f
            = QFileDialog::getOpenFileName(this, tr("Base model"), QString(), tr("GGUF models (*.gguf)"));
        if (!f.isEmpty())
            setModelPath(f);
    });
    connect(dataBrowse, &QToolButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Dataset"), QString(), tr("JSON Lines (*.jsonl *.json);;All files (*)"));
        if (!f.isEmpty())
            setDataPath(f);
    });
    connect(outBrowse, &QToolButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Output directory"));
        if (!d.isEmpty())
            setOutputDir(d);
    });
    connect(m_modelPath, &QLineEdit::textChanged, this, &FineTuneArea::schedulePreview);
    connect(m_dataPath, &QLineEdit::textChanged, this, &FineTuneArea::schedulePreview);
    connect(m_form, &FineTuneSettingsForm::changed, this, &FineTuneArea::schedulePreview);
    connect(m_outDir, &QLineEdit::textChanged, this, &FineTuneArea::outputDirChanged);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Narrow windows scroll the form rather than grow the whole window's minimum width.
    scroll->setMinimumWidth(300);
    scroll->resize(content->sizeHint().width() + 24, scroll->height());
    return scroll;
}

QWidget *FineTuneArea::buildMonitor()
{
    auto *split = new QSplitter(Qt::Vertical);

    m_preview = new DatasetPreviewPanel(split);
    connect(m_preview, &DatasetPreviewPanel::ready, this, &FineTuneArea::previewReady);

    auto *monitor = new QWidget(split);
    auto *mv = new QVBoxLayout(monitor);
    mv->setContentsMargins(0, 0, 0, 0);
    m_chart = new LossChart(monitor);
    m_chart->setMinimumHeight(220);
    mv->addWidget(m_chart, 1);
    auto *stats = new QWidget(monitor);
    auto *sl = new QGridLayout(stats);
    sl->setContentsMargins(4, 0, 4, 0);
    int cell = 0;
    const auto stat = [stats, sl, &cell](const char *name) {
        auto *l = new QLabel(stats);
        l->setObjectName(QString::fromLatin1(name));
        sl->addWidget(l, cell / 3, cell % 3);
        ++cell;
        return l;
    };
    m_stepLabel = stat("stepStat");
    m_lossLabel = stat("lossStat");
    m_speedLabel = stat("speedStat");
    m_etaLabel = stat("etaStat");
    m_memoryLabel = stat("memoryStat");
    m_vramLabel = stat("vramStat");
    sl->setColumnStretch(1, 1);
    mv->addWidget(stats);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    return split;
}

void FineTuneArea::setLocalProvider(EngineLocalProvider *provider)
{
    m_provider = provider;
    localModelChanged();
}

void FineTuneArea::localModelChanged()
{
    const QString loaded = m_provider ? m_provider->modelPath() : QString();
    m_modelPath->setPlaceholderText(loaded.isEmpty() ? tr("load a model in Models, or choose one")
                                                     : tr("loaded: %1").arg(QFileInfo(loaded).fileName()));
    if (m_modelPath->text().isEmpty())
        schedulePreview();
    updateButtons();
}

void FineTuneArea::setModelPath(const QString &path)
{
    m_modelPath->setText(path);
}
void FineTuneArea::setDataPath(const QString &path)
{
    m_dataPath->setText(path);
}
void FineTuneArea::setOutputDir(const QString &dir)
{
    m_outDir->setText(dir);
}

QString FineTuneArea::effectiveModelPath() const
{
    const QString chosen = m_modelPath->text().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    return m_provider ? m_provider->modelPath() : QString();
}

QString FineTuneArea::previewSummary() const
{
    return m_preview->summary();
}
QStandardItemModel *FineTuneArea::previewModel() const
{
    return m_preview->model();
}
QString FineTuneArea::statusText() const
{
    return m_status->text();
}

QString FineTuneArea::adapterModelId() const
{
    const QString name = QFileInfo(m_outDir->text().trimmed()).fileName();
    return QStringLiteral("HuggingFaceTB/SmolLM3-3B+%1")
        .arg(name.isEmpty() ? QStringLiteral("adapter") : name);
}

void FineTuneArea::schedulePreview()
{
    m_preview->request(effectiveModelPath(), m_dataPath->text().trimmed(), m_form->settings().seqLen);
}

FineTuneSettings FineTuneArea::currentSettings() const
{
    FineTuneSettings base;
    base.modelPath = effectiveModelPath();
    base.dataPath = m_dataPath->text().trimmed();
    base.outDir = m_outDir->text().trimmed();
    return m_form->settings(base);
}

void FineTuneArea::ensureWorker()
{
    if (m_worker)
        return;
    m_worker = FineTuneWorker::spawn(this);
    connect(m_worker, &FineTuneWorker::started, this, &FineTuneArea::onStarted);
    connect(m_worker, &FineTuneWorker::progressed, this, &FineTuneArea::onProgress);
    connect(m_worker, &FineTuneWorker::paused, this, [this](qint64 step) {
        m_step = step;
        setState(RunState::Paused);
        m_status->setText(tr("Paused at step %1 of %2.").arg(step).arg(m_totalSteps));
    });
    connect(m_worker, &FineTuneWorker::cancelled, this, [this](qint64 step) {
        onStopped(step,
            tr("Cancelled at step %1 of %2; a checkpoint is saved, Resume continues from it.")
                .arg(step)
                .arg(m_totalSteps));
    });
    connect(m_worker, &FineTuneWorker::finished, this, [this](qint64 step) {
        m_step = step;
        setState(RunState::Finished);
        m_status->setText(tr("Done: %1 steps; the adapter is in %2.").arg(step).arg(m_outDir->text()));
        updateMemory();
    });
    connect(m_worker, &FineTuneWorker::failed, this, [this](const QString &message) {
        setState(RunState::Idle);
        m_status->setText(tr("Training stopped: %1").arg(message));
    });
}

void FineTuneArea::start()
{
    if (m_state != RunState::Idle && m_state != RunState::Finished)
        return;
    const FineTuneSettings s = currentSettings();
    if (s.modelPath.isEmpty() || s.dataPath.isEmpty() || s.outDir.isEmpty()) {
        m_status->setText(tr("Choose a base model, a dataset and an output directory first."));
        return;
    }
    if (s.trainer.lora.targets.empty()) {
        m_status->setText(tr("Choose at least one target module."));
        return;
    }
    Settings().setValue(Settings::Key::FineTuneOutputDir, s.outDir);
    ensureWorker();
    m_worker->clearRequests();
    m_chart->clear();
    m_status->setText(tr("Loading the model and the dataset…"));
    setState(RunState::Starting);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, s] { w->start(s, false); }, Qt::QueuedConnection);
}

void FineTuneArea::pause()
{
    if (m_state != RunState::Running)
        return;
    m_worker->requestPause();
    m_status->setText(tr("Pausing after this step…"));
}

void FineTuneArea::resume()
{
    if (m_state == RunState::Paused) {
        m_worker->clearRequests();
        setState(RunState::Running);
        m_status->setText(tr("Training…"));
        QMetaObject::invokeMethod(m_worker, &FineTuneWorker::resume, Qt::QueuedConnection);
        return;
    }
    if (m_state != RunState::Idle && m_state != RunState::Finished)
        return;
    const QString dir = m_outDir->text().trimmed();
    auto saved = FineTuneJob::readSettings(dir);
    if (!saved || !FineTuneJob::hasCheckpoint(dir)) {
        m_status->setText(tr("No checkpoint to resume in %1.").arg(dir));
        return;
    }
    FineTuneSettings s = saved.value();
    // The run continues as it was set up: show its settings.
    m_form->setSettings(s);
    m_modelPath->setText(s.modelPath);
    m_dataPath->setText(s.dataPath);
    ensureWorker();
    m_worker->clearRequests();
    m_status->setText(tr("Resuming from the checkpoint at step %1…").arg(FineTuneJob::checkpointStep(dir)));
    setState(RunState::Starting);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, s] { w->start(s, true); }, Qt::QueuedConnection);
}

void FineTuneArea::cancel()
{
    if (m_state == RunState::Running || m_state == RunState::Starting) {
        m_worker->requestCancel();
        setState(RunState::Cancelling);
        m_status->setText(tr("Cancelling after this step (saving a checkpoint)…"));
    } else if (m_state == RunState::Paused) {
        m_worker->requestCancel();
        setState(RunState::Cancelling);
        QMetaObject::invokeMethod(
            m_worker, &FineTuneWorker::resume, Qt::QueuedConnection); // to its cancel check
    }
}

void FineTuneArea::onStarted(const FineTuneStarted &info)
{
    m_step = info.stepsDone;
    m_totalSteps = info.totalSteps;
    m_sessionSteps = 0;
    m_sessionTokens = 0;
    m_sessionSeconds = 0;
    m_chart->setTotalSteps(info.totalSteps);
    loadCurveFromLog();
    m_status->setText(
        tr("Training on %1: %2 records (%3 tokens), %4 for validation; %5 trainable parameters.")
            .arg(info.backend)
            .arg(info.trainRecords)
            .arg(QLocale().toString(info.trainTokens))
            .arg(info.validationRecords)
            .arg(QLocale().toString(info.parameters)));
    m_stepLabel->setText(tr("step %1 / %2").arg(m_step).arg(m_totalSteps));
    if (!info.notice.isEmpty())
        m_status->setText(m_status->text() + QLatin1Char(' ') + info.notice);
    showDeviceMemory(info.deviceBytes);
    m_memoryTimer->start();
    if (m_state == RunState::Starting)
        setState(RunState::Running);
}

void FineTuneArea::onProgress(const FineTuneProgress &p)
{
    m_step = p.step;
    m_totalSteps = p.totalSteps;
    ++m_sessionSteps;
    m_sessionTokens += p.tokens;
    m_sessionSeconds += p.stepSeconds;
    m_chart->addTrainingLoss(p.step, p.loss);
    if (!std::isnan(p.validationLoss))
        m_chart->addValidationLoss(p.step, p.validationLoss);
    m_stepLabel->setText(tr("step %1 / %2").arg(p.step).arg(p.totalSteps));
    m_lossLabel->setText(std::isnan(p.validationLoss)
            ? tr("loss %1").arg(p.loss, 0, 'f', 4)
            : tr("loss %1 · validation %2").arg(p.loss, 0, 'f', 4).arg(p.validationLoss, 0, 'f', 4));
    const double perStep = m_sessionSeconds / double(std::max<qint64>(1, m_sessionSteps));
    m_speedLabel->setText(
        tr("%1 tokens/s")
            .arg(m_sessionSeconds > 0 ? double(m_sessionTokens) / m_sessionSeconds : 0.0, 0, 'f', 1));
    m_etaLabel->setText(tr("ETA %1").arg(duration(perStep * double(p.totalSteps - p.step))));
    showDeviceMemory(p.deviceBytes);
    Q_EMIT stepCompleted(p.step, p.loss);
}

void FineTuneArea::onStopped(qint64 step, const QString &message)
{
    m_step = step;
    setState(RunState::Idle);
    m_status->setText(message);
    updateMemory();
}

void FineTuneArea::loadCurveFromLog()
{
    const QString dir = m_outDir->text().trimmed();
    m_chart->clear();
    const int64_t upTo = FineTuneJob::checkpointStep(dir);
    for (const FineTuneLogEntry &e : FineTuneJob::readLog(dir, upTo < 0 ? 0 : upTo)) {
        if (!std::isnan(e.loss))
            m_chart->addTrainingLoss(e.step, e.loss);
        if (!std::isnan(e.validationLoss))
            m_chart->addValidationLoss(e.step, e.validationLoss);
    }
}

void FineTuneArea::outputDirChanged()
{
    if (m_state != RunState::Idle && m_state != RunState::Finished)
        return;
    const QString dir = m_outDir->text().trimmed();
    if (FineTuneJob::hasCheckpoint(dir)) {
        auto saved = FineTuneJob::readSettings(dir);
        const int64_t step = FineTuneJob::checkpointStep(dir);
        m_step = step;
        m_totalSteps = 0;
        QFile run(FineTuneJob::runPath(dir));
        if (run.open(QIODevice::ReadOnly))
            m_totalSteps = qint64(QJsonDocument::fromJson(run.readAll())
                                      .object()
                                      .value(QStringLiteral("total_steps"))
                                      .toDouble());
        m_chart->setTotalSteps(m_totalSteps);
        loadCurveFromLog();
        m_stepLabel->setText(tr("step %1 / %2").arg(step).arg(m_totalSteps));
        m_status->setText(step < m_totalSteps
                ? tr("This folder holds a run at step %1 of %2: Resume continues it, Start begins anew.")
                      .arg(step)
                      .arg(m_totalSteps)
                : tr("This folder holds a finished run (%1 steps).").arg(step));
        if (saved && m_dataPath->text().isEmpty())
            m_dataPath->setText(saved.value().dataPath);
    }
    updateButtons();
}

void FineTuneArea::chatWithAdapter()
{
    const QString dir = m_outDir->text().trimmed();
    if (!m_provider || m_adapterLoading || dir.isEmpty())
        return;
    auto saved = FineTuneJob::readSettings(dir);
    const QString base
        = saved && !saved.value().modelPath.isEmpty() ? saved.value().modelPath : effectiveModelPath();
    const QString id = adapterModelId();
    const QString name = QFileInfo(dir).fileName();
    m_adapterLoading = true;
    updateButtons();
    m_status->setText(tr("Loading %1 with the adapter…").arg(QFileInfo(base).fileName()));
    QPointer<FineTuneArea> self(this);
    EngineLocalProvider *provider = m_provider;
    runDetached(this, [self, provider, base, dir, id, name] {
        auto r = provider->loadAdapter(base, dir, id);
        const QString error = r ? QString() : QString::fromStdString(r.error().message);
        QMetaObject::invokeMethod(qApp, [self, error, id, name] {
            if (!self)
                return;
            self->m_adapterLoading = false;
            self->updateButtons();
            if (!error.isEmpty()) {
                self->m_status->setText(tr("The adapter could not be loaded: %1").arg(error));
                Q_EMIT self->adapterFailed(error);
                return;
            }
            self->m_status->setText(tr("\"%1\" is in Chat's model picker next to the base model.").arg(name));
            Q_EMIT self->adapterReady(id, name);
        });
    });
}

QString FineTuneArea::outputDir() const
{
    return m_outDir->text().trimmed();
}

void FineTuneArea::reloadAdapter(const QString &dir)
{
    setOutputDir(dir);
    chatWithAdapter();
}

void FineTuneArea::setState(RunState s)
{
    if (m_state == s)
        return;
    m_state = s;
    if (s != RunState::Running && s != RunState::Starting && s != RunState::Cancelling)
        m_memoryTimer->stop();
    updateButtons();
    Q_EMIT runStateChanged(s);
}

void FineTuneArea::updateButtons()
{
    const bool idle = m_state == RunState::Idle || m_state == RunState::Finished;
    const QString dir = m_outDir->text().trimmed();
    const bool checkpoint = idle && FineTuneJob::hasCheckpoint(dir);
    m_start->setEnabled(idle);
    m_pause->setEnabled(m_state == RunState::Running);
    m_resume->setEnabled(m_state == RunState::Paused || (checkpoint && m_step < m_totalSteps));
    m_cancel->setEnabled(
        m_state == RunState::Running || m_state == RunState::Paused || m_state == RunState::Starting);
    m_chat->setEnabled(idle && m_provider && !m_adapterLoading
        && QFileInfo::exists(QDir(dir).filePath(QStringLiteral("adapter_model.safetensors"))));
    for (QWidget *w : { static_cast<QWidget *>(m_form), static_cast<QWidget *>(m_modelPath),
             static_cast<QWidget *>(m_dataPath), static_cast<QWidget *>(m_outDir) })
        w->setEnabled(idle);
}

void FineTuneArea::showDeviceMemory(quint64 bytes)
{
    m_vramLabel->setText(bytes > 0 ? tr("VRAM %1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 0)
                                   : tr("VRAM: not used (CPU)"));
}

void FineTuneArea::updateMemory()
{
    m_memoryLabel->setText(tr("memory %1 MiB").arg(double(residentBytes()) / (1024.0 * 1024.0), 0, 'f', 0));
}

} // namespace sb
