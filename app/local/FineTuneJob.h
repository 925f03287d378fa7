#pragma once
// One LoRA fine-tuning run, the path shared by `switchboard-cli finetune` and the Fine-tune area:
// model + tokenizer, JSONL dataset, validation split, trainer on the chosen compute backend, and
// the output directory's layout, so a run started in one front end resumes in the other.
//
//   <out>/adapter_config.json, adapter_model.safetensors   PEFT adapter (latest checkpoint)
//   <out>/trainer_state.bin                                  LoraTrainer state: resumes exactly
//   <out>/finetune_run.json                                  the run's settings (resume after a restart)
//   <out>/finetune_log.jsonl                                 one line per step or evaluation (the curves)
//
// The adapter, state and log files are written by the engine's LoraRunDir (as the CLI writes
// them: atomic replaces, whole-line log appends), plus finetune_run.json with the settings.
// Not thread-safe: one thread drives a job (the GUI's worker thread).

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

#include "engine/lora/LoraCompute.h"
#include "engine/lora/LoraDataset.h"
#include "engine/lora/LoraRunDir.h"
#include "engine/lora/LoraTrainer.h"
#include "engine/model/ModelLoader.h"
#include "engine/tokenizer/Tokenizer.h"

namespace sb {

struct FineTuneSettings {
    QString modelPath; // HF directory or .gguf
    QString dataPath; // JSONL
    QString outDir;
    QString backend = QStringLiteral("CPU"); // one of loraBackends()
    QString device; // Vulkan device selector: "" = the best, an index or part of a name
    TrainerOptions trainer; // LoRA, AdamW, batch, accumulation, bucketing, epochs, seed, threads
    int64_t seqLen = 1024;
    double validationFraction = 0.05;
    int64_t saveEvery = 50; // steps between checkpoints; 0: only at the end (and on cancel)
    int64_t evalEvery = 0; // steps between validation losses; 0: at each checkpoint and the end

    FineTuneSettings(); // r 16, alpha 32, dropout 0.05, lr 2e-4, linear schedule, 1 epoch

    QJsonObject toJson() const;
    // Missing keys keep their defaults; wrong types and unknown targets are errors naming the key.
    static Result<FineTuneSettings> fromJson(const QJsonObject &json, const QString &source);
};

// "constant" | "linear" | "cosine".
QString lrScheduleName(LrSchedule s);
Result<LrSchedule> parseLrSchedule(const QString &name);

// Compute backends LoRA training can run on: "CPU" (the reference), "Vulkan" (an error when no
// device takes the model) and "Auto" (Vulkan if possible, else the CPU with a notice).
QStringList loraBackends();
// The choice follows engine/runtime/DevicePlan.h (Auto never trains on a software Vulkan device);
// `notice` (optional) receives why Auto did not get Vulkan, `reason` (optional) which device
// trains and why. `device` is the Vulkan device selector ("" = the best).
Result<std::unique_ptr<LoraCompute>> createLoraCompute(const QString &backend, const ModelWeights &weights,
    int threads, std::string *notice = nullptr, const QString &device = QString(),
    std::string *reason = nullptr);
// Device memory a training backend holds (frozen base + training buffers); 0 on the CPU.
uint64_t loraDeviceBytes(LoraCompute &compute);

// The tokenizer that belongs to a model (tokenizer.json beside an HF directory, or a GGUF's vocabulary).
Result<Tokenizer> tokenizerForModel(const LoadedModel &model);
// Same from a path; an HF directory's tokenizer.json is read without mapping the weights.
Result<Tokenizer> tokenizerForModelPath(const QString &modelPath);

struct FineTuneLogEntry {
    int64_t step = 0; // optimizer steps done
    double loss = 0.0; // training loss of that step (NaN for an evaluation line)
    double validationLoss = 0.0; // NaN for a training line
    double lr = 0.0;
    double gradNorm = 0.0; // the gradients' global norm before clipping (training lines)
    int64_t tokens = 0;
};

class FineTuneJob {
public:
    // Loads the model, tokenizer and dataset, splits off the validation records and builds the
    // trainer (a fresh adapter). Call resume() to continue from the output directory's checkpoint.
    static Result<std::unique_ptr<FineTuneJob>> create(const FineTuneSettings &settings);
    ~FineTuneJob();

    // Paths inside an output directory.
    static QString statePath(const QString &outDir);
    static QString runPath(const QString &outDir);
    static QString logPath(const QString &outDir);
    // A checkpoint that can be resumed: the settings file and the trainer state are both there.
    static bool hasCheckpoint(const QString &outDir);
    static Result<FineTuneSettings> readSettings(const QString &outDir);
    // The curve so far; lines past `upToStep` (written after the last checkpoint) are dropped.
    static std::vector<FineTuneLogEntry> readLog(const QString &outDir, int64_t upToStep = INT64_MAX);
    // Steps done by the saved checkpoint (-1 when there is none or it cannot be read).
    static int64_t checkpointStep(const QString &outDir);

    // A new run: clears the log and saves the settings and step 0, so the run can be found (and
    // resumed) from its output directory from the start.
    Result<void> startFresh();
    // Loads trainer_state.bin and trims the log to it.
    Result<void> resume();
    // One optimizer step; logged; checkpointed every saveEvery steps and evaluated every
    // evalEvery steps (the stats say whether).
    struct StepReport {
        TrainStepStats stats;
        bool saved = false;
        double validationLoss = 0.0; // NaN when not evaluated in this step
    };
    Result<StepReport> step();
    // Validation loss now (NaN without validation records); logged.
    Result<double> evaluate();
    // Adapter (PEFT), trainer state, settings.
    Result<void> save();
    // base + adapter as a Hugging Face model in `dir` (with the tokenizer files).
    Result<void> writeMerged(const QString &dir) const;

    LoraTrainer &trainer() { return *m_trainer; }
    const LoraTrainer &trainer() const { return *m_trainer; }
    const FineTuneSettings &settings() const { return m_settings; }
    const LoadedModel &model() const { return *m_model; }
    QString backendName() const;
    QString backendNotice() const { return m_notice; } // why Auto fell back to the CPU, or ""
    QString backendReason() const { return m_reason; } // which device trains and why
    // All records as read (before the validation split) and the training part.
    const DatasetSummary &datasetSummary() const { return m_all; }
    const DatasetSummary &trainSummary() const { return m_train; }
    int64_t trainRecords() const { return m_trainRecords; }
    int64_t validationRecords() const { return m_validationRecords; }
    int64_t trainTokens() const { return m_trainTokens; }

private:
    FineTuneJob() = default;
    Result<void> appendLog(const FineTuneLogEntry &e);

    FineTuneSettings m_settings;
    std::unique_ptr<LoadedModel> m_model; // the trainer's compute points into it
    std::unique_ptr<LoraTrainer> m_trainer;
    std::unique_ptr<LoraRunDir> m_run;
    int64_t m_trainRecords = 0, m_validationRecords = 0, m_trainTokens = 0;
    QString m_notice;
    QString m_reason;
    DatasetSummary m_all, m_train;
};

} // namespace sb
