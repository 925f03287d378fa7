#pragma once
// The Fine-tune area: choose a model (the loaded local one by default) and a JSONL dataset (with
// a tokenised preview), set the LoRA hyper-parameters, and run training on a worker thread with
// start / pause / resume / cancel, live loss curves, throughput, ETA and memory. A run's output
// directory holds everything to resume it, also after a restart. "Chat with this adapter" loads
// base + adapter into the local provider as a second local model next to the base.

#include <QWidget>
#include <memory>

#include "app/gui/finetune/FineTuneWorker.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace sb {

class DatasetPreviewPanel;
class EngineLocalProvider;
class FineTuneSettingsForm;
class LossChart;

class FineTuneArea : public QWidget {
    Q_OBJECT

public:
    enum class RunState { Idle, Starting, Running, Paused, Cancelling, Finished };

    explicit FineTuneArea(QWidget *parent = nullptr);
    ~FineTuneArea() override;

    // The local model is the default base, and the adapter is chatted with through it.
    void setLocalProvider(EngineLocalProvider *provider);
    void setModelPath(const QString &path); // "" = the loaded local model
    void setDataPath(const QString &path);
    void setOutputDir(const QString &dir);
    QString outputDir() const;
    // The base model training would use: the chosen path, else the loaded local model's.
    QString effectiveModelPath() const;

    FineTuneSettingsForm *settingsForm() const { return m_form; }
    LossChart *lossChart() const { return m_chart; }
    QStandardItemModel *previewModel() const;
    QString previewSummary() const;
    QString statusText() const;
    RunState runState() const { return m_state; }
    qint64 stepsDone() const { return m_step; }
    qint64 totalSteps() const { return m_totalSteps; }
    // The model id the adapter is served under after "Chat with this adapter".
    QString adapterModelId() const;

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void cancel();
    void chatWithAdapter();
    // At start: serves the adapter of `dir` beside the base again (as "Chat with this adapter").
    void reloadAdapter(const QString &dir);
    // The loaded local model changed (the Models area loaded one).
    void localModelChanged();

Q_SIGNALS:
    void runStateChanged(sb::FineTuneArea::RunState state);
    void stepCompleted(qint64 step, double loss);
    void previewReady();
    // The adapter is served by the local provider as `modelId` (beside the base).
    void adapterReady(const QString &modelId, const QString &adapterName);
    void adapterFailed(const QString &message);

private:
    QWidget *buildSetup();
    QWidget *buildMonitor();
    void setState(RunState s);
    void updateButtons();
    void schedulePreview();
    void outputDirChanged();
    void loadCurveFromLog();
    void onStarted(const FineTuneStarted &info);
    void onProgress(const FineTuneProgress &p);
    void onStopped(qint64 step, const QString &message);
    void updateMemory();
    void showDeviceMemory(quint64 bytes);
    void ensureWorker();
    FineTuneSettings currentSettings() const;

    EngineLocalProvider *m_provider = nullptr;
    FineTuneWorker *m_worker = nullptr;
    QLineEdit *m_modelPath;
    QLineEdit *m_dataPath;
    QLineEdit *m_outDir;
    FineTuneSettingsForm *m_form;
    QPushButton *m_start, *m_pause, *m_resume, *m_cancel, *m_chat;
    QLabel *m_status;
    DatasetPreviewPanel *m_preview;
    LossChart *m_chart;
    QLabel *m_stepLabel, *m_lossLabel, *m_speedLabel, *m_etaLabel, *m_memoryLabel, *m_vramLabel;
    QTimer *m_memoryTimer;

    RunState m_state = RunState::Idle;
    qint64 m_step = 0, m_totalSteps = 0;
    qint64 m_sessionSteps = 0, m_sessionTokens = 0;
    double m_sessionSeconds = 0.0;
    bool m_adapterLoading = false;
};

} // namespace sb
