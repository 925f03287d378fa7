#pragma once
// Drives a FineTuneJob on its own thread, one optimizer step per event-loop turn so pause and
// cancel requests are seen between steps and the GUI never waits on training. Lives in the
// thread FineTuneWorker::spawn() creates; talk to it only through queued calls and its signals.

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

#include "app/local/FineTuneJob.h"

namespace sb {

struct FineTuneStarted {
    qint64 stepsDone = 0;
    qint64 totalSteps = 0;
    qint64 trainRecords = 0;
    qint64 validationRecords = 0;
    qint64 trainTokens = 0;
    qint64 parameters = 0;
    QString backend;
    QString notice; // why Auto fell back to the CPU, or ""
    quint64 deviceBytes = 0; // Vulkan: device memory held; 0 on the CPU
};

struct FineTuneProgress {
    qint64 step = 0;
    qint64 totalSteps = 0;
    double loss = 0.0;
    double lr = 0.0;
    double validationLoss = 0.0; // NaN when this step did not evaluate
    qint64 tokens = 0; // of this step
    double stepSeconds = 0.0; // wall time of this step (with its evaluation and checkpoint)
    bool saved = false;
    quint64 deviceBytes = 0; // Vulkan: device memory held; 0 on the CPU
};

class FineTuneWorker : public QObject {
    Q_OBJECT

public:
    // A worker in a new started thread; the thread quits and both are deleted after stop().
    static FineTuneWorker *spawn(QObject *threadParent);
    ~FineTuneWorker() override;

    // Thread-safe: asks the running loop to pause or cancel before its next step.
    void requestPause() { m_pauseRequested.store(true); }
    void requestCancel() { m_cancelRequested.store(true); }
    // Before start() or resume(): forget earlier requests (call only while the worker is idle).
    void clearRequests()
    {
        m_pauseRequested.store(false);
        m_cancelRequested.store(false);
    }

public Q_SLOTS:
    // Builds the job (model, dataset, trainer); with `resume`, continues from the checkpoint in
    // settings.outDir. Then runs steps until finished, paused or cancelled.
    void start(const sb::FineTuneSettings &settings, bool resume);
    // Continues a paused job (or runs a requested cancel).
    void resume();
    // Saves a checkpoint of an unfinished job, then ends the thread (deleting this worker).
    void stop();

Q_SIGNALS:
    void started(const sb::FineTuneStarted &info);
    void progressed(const sb::FineTuneProgress &progress);
    void paused(qint64 step);
    void cancelled(qint64 step); // a checkpoint was saved at `step`
    void finished(qint64 step); // the adapter is saved
    void failed(const QString &message);

private:
    FineTuneWorker() = default;
    void runOne();

    std::unique_ptr<FineTuneJob> m_job;
    std::atomic<bool> m_pauseRequested { false };
    std::atomic<bool> m_cancelRequested { false };
    bool m_running = false;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::FineTuneSettings)
Q_DECLARE_METATYPE(sb::FineTuneStarted)
Q_DECLARE_METATYPE(sb::FineTuneProgress)
