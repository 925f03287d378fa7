#include "app/gui/finetune/FineTuneWorker.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <cmath>
#include <limits>

namespace sb {

FineTuneWorker *FineTuneWorker::spawn(QObject *threadParent)
{
    qRegisterMetaType<sb::FineTuneSettings>();
    qRegisterMetaType<sb::FineTuneStarted>();
    qRegisterMetaType<sb::FineTuneProgress>();
    auto *thread = new QThread(threadParent);
    thread->setObjectName(QStringLiteral("fine-tune"));
    auto *worker = new FineTuneWorker();
    worker->moveToThread(thread);
    QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    thread->start();
    return worker;
}

FineTuneWorker::~FineTuneWorker() = default;

void FineTuneWorker::start(const FineTuneSettings &settings, bool resume)
{
    m_job.reset();
    auto job = FineTuneJob::create(settings);
    if (!job) {
        Q_EMIT failed(QString::fromStdString(job.error().message));
        return;
    }
    m_job = std::move(job.value());
    if (resume) {
        if (auto r = m_job->resume(); !r) {
            m_job.reset();
            Q_EMIT failed(QString::fromStdString(r.error().message));
            return;
        }
    } else {
        if (auto r = m_job->startFresh(); !r) {
            m_job.reset();
            Q_EMIT failed(QString::fromStdString(r.error().message));
            return;
        }
    }
    FineTuneStarted info;
    info.stepsDone = m_job->trainer().stepsDone();
    info.totalSteps = m_job->trainer().totalSteps();
    info.trainRecords = m_job->trainRecords();
    info.validationRecords = m_job->validationRecords();
    info.trainTokens = m_job->trainTokens();
    info.parameters = m_job->trainer().adapter().parameterCount();
    info.backend = m_job->backendName();
    info.notice = m_job->backendNotice();
    info.deviceBytes = loraDeviceBytes(m_job->trainer().model());
    Q_EMIT started(info);
    m_running = true;
    QMetaObject::invokeMethod(this, &FineTuneWorker::runOne, Qt::QueuedConnection);
}

void FineTuneWorker::resume()
{
    if (!m_job || m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(this, &FineTuneWorker::runOne, Qt::QueuedConnection);
}

void FineTuneWorker::stop()
{
    m_running = false;
    if (m_job && !m_job->trainer().finished() && m_job->trainer().stepsDone() > 0)
        (void)m_job->save(); // the app is closing: nobody is left to tell if this fails
    m_job.reset();
    thread()->quit();
}

void FineTuneWorker::runOne()
{
    if (!m_job || !m_running)
        return;
    LoraTrainer &trainer = m_job->trainer();
    if (m_cancelRequested.load()) {
        m_running = false;
        if (auto r = m_job->save(); !r) {
            Q_EMIT failed(QString::fromStdString(r.error().message));
            return;
        }
        const qint64 step = trainer.stepsDone();
        m_job.reset();
        Q_EMIT cancelled(step);
        return;
    }
    if (m_pauseRequested.load()) {
        m_running = false;
        Q_EMIT paused(trainer.stepsDone());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto r = m_job->step();
    if (!r) {
        m_running = false;
        m_job.reset();
        Q_EMIT failed(QString::fromStdString(r.error().message));
        return;
    }
    FineTuneProgress p;
    p.step = r.value().stats.step;
    p.totalSteps = trainer.totalSteps();
    p.loss = r.value().stats.loss;
    p.lr = r.value().stats.lr;
    p.tokens = r.value().stats.tokens;
    p.validationLoss = r.value().validationLoss;
    p.saved = r.value().saved;
    p.stepSeconds = double(timer.nsecsElapsed()) / 1e9;
    p.deviceBytes = loraDeviceBytes(trainer.model());
    Q_EMIT progressed(p);
    if (trainer.finished()) {
        m_running = false;
        Q_EMIT finished(p.step); // the last step saved the adapter
        return;
    }
    QMetaObject::invokeMethod(this, &FineTuneWorker::runOne, Qt::QueuedConnection);
}

} // namespace sb
