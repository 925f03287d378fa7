#include "app/local/FineTuneJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "engine/core/Platform.h"
#include "engine/lora/LoraDataset.h"
#include "engine/lora/LoraFiles.h"
#include "engine/lora/LoraModel.h"
#include "engine/model/FileIo.h"
#include "engine/runtime/LoraBackendSelect.h"

namespace sb {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

Error settingsError(const QString &source, const QString &key, const char *what)
{
    return makeError(ErrorCode::Format, str(source) + ": \"" + str(key) + "\" " + what);
}

} // namespace

FineTuneSettings::FineTuneSettings()
{
    trainer.lora.rank = 16;
    trainer.lora.alpha = 32;
    trainer.lora.dropout = 0.05;
    trainer.optimizer.lr = 2e-4;
    trainer.optimizer.schedule = LrSchedule::Linear;
    trainer.optimizer.maxGradNorm = 1.0;
}

QString lrScheduleName(LrSchedule s)
{
    switch (s) {
    case LrSchedule::Constant:
        return QStringLiteral("constant");
    case LrSchedule::Linear:
        return QStringLiteral("linear");
    case LrSchedule::Cosine:
        return QStringLiteral("cosine");
    }
    return QStringLiteral("linear");
}

Result<LrSchedule> parseLrSchedule(const QString &name)
{
    for (LrSchedule s : { LrSchedule::Constant, LrSchedule::Linear, LrSchedule::Cosine })
        if (name == lrScheduleName(s))
            return s;
    return makeError(
        ErrorCode::InvalidArgument, "unknown schedule \"" + str(name) + "\" (linear, cosine or constant)");
}

QJsonObject FineTuneSettings::toJson() const
{
    QJsonArray targets;
    for (LoraTarget t : trainer.lora.targets)
        targets.append(QString::fromLatin1(loraTargetName(t)));
    const OptimizerConfig &o = trainer.optimizer;
    QJsonObject json {
        { QStringLiteral("model"), modelPath },
        { QStringLiteral("data"), dataPath },
        { QStringLiteral("backend"), backend },
        { QStringLiteral("rank"), double(trainer.lora.rank) },
        { QStringLiteral("alpha"), trainer.lora.alpha },
        { QStringLiteral("dropout"), trainer.lora.dropout },
        { QStringLiteral("targets"), targets },
        { QStringLiteral("lr"), o.lr },
        { QStringLiteral("schedule"), lrScheduleName(o.schedule) },
        { QStringLiteral("warmup_steps"), double(o.warmupSteps) },
        { QStringLiteral("weight_decay"), o.weightDecay },
        { QStringLiteral("max_grad_norm"), o.maxGradNorm },
        { QStringLiteral("epochs"), double(trainer.epochs) },
        { QStringLiteral("batch"), double(trainer.batch) },
        { QStringLiteral("grad_accum"), double(trainer.gradAccum) },
        { QStringLiteral("bucket_window"), double(trainer.bucketWindow) },
        { QStringLiteral("seed"), QString::number(trainer.seed) }, // 64-bit: a double would round it
        { QStringLiteral("checkpoint"), trainer.checkpoint },
        { QStringLiteral("seq_len"), double(seqLen) },
        { QStringLiteral("validation_fraction"), validationFraction },
        { QStringLiteral("save_every"), double(saveEvery) },
        { QStringLiteral("eval_every"), double(evalEvery) },
    };
    if (!device.isEmpty()) // only when chosen, so a run file names no device it did not ask for
        json.insert(QStringLiteral("device"), device);
    return json;
}

Result<FineTuneSettings> FineTuneSettings::fromJson(const QJsonObject &json, const QString &source)
{
    FineTuneSettings s;
    auto text = [&](const char *key, QString &into) -> Result<void> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return settingsError(source, QLatin1String(key), "must be a string");
        into = v.toString();
        return {};
    };
    auto number = [&](const char *key, auto &into) -> Result<void> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isDouble())
            return settingsError(source, QLatin1String(key), "must be a number");
        into = static_cast<std::remove_reference_t<decltype(into)>>(v.toDouble());
        return {};
    };
    SB_TRY(text("model", s.modelPath));
    SB_TRY(text("data", s.dataPath));
    SB_TRY(text("backend", s.backend));
    SB_TRY(text("device", s.device));
    SB_TRY(number("rank", s.trainer.lora.rank));
    SB_TRY(number("alpha", s.trainer.lora.alpha));
    SB_TRY(number("dropout", s.trainer.lora.dropout));
    SB_TRY(number("lr", s.trainer.optimizer.lr));
    SB_TRY(number("warmup_steps", s.trainer.optimizer.warmupSteps));
    SB_TRY(number("weight_decay", s.trainer.optimizer.weightDecay));
    SB_TRY(number("max_grad_norm", s.trainer.optimizer.maxGradNorm));
    SB_TRY(number("epochs", s.trainer.epochs));
    SB_TRY(number("batch", s.trainer.batch));
    SB_TRY(number("grad_accum", s.trainer.gradAccum));
    SB_TRY(number("bucket_window", s.trainer.bucketWindow));
    SB_TRY(number("seq_len", s.seqLen));
    SB_TRY(number("validation_fraction", s.validationFraction));
    SB_TRY(number("save_every", s.saveEvery));
    SB_TRY(number("eval_every", s.evalEvery));
    if (const QJsonValue v = json.value(QStringLiteral("checkpoint")); v.isBool())
        s.trainer.checkpoint = v.toBool();
    if (const QJsonValue v = json.value(QStringLiteral("seed")); !v.isUndefined()) {
        bool ok = false;
        s.trainer.seed = v.isDouble() ? uint64_t(v.toDouble()) : v.toString().toULongLong(&ok);
        if (!v.isDouble() && !ok)
            return settingsError(source, QStringLiteral("seed"), "must be an unsigned integer");
    }
    if (const QJsonValue v = json.value(QStringLiteral("schedule")); !v.isUndefined()) {
        auto sched = parseLrSchedule(v.toString());
        if (!sched)
            return settingsError(source, QStringLiteral("schedule"), "must be linear, cosine or constant");
        s.trainer.optimizer.schedule = sched.value();
    }
    if (const QJsonValue v = json.value(QStringLiteral("targets")); !v.isUndefined()) {
        if (!v.isArray())
            return settingsError(source, QStringLiteral("targets"), "must be an array of module names");
        s.trainer.lora.targets.clear();
        for (const QJsonValue &t : v.toArray()) {
            auto target = parseLoraTarget(str(t.toString()));
            if (!target)
                return makeError(ErrorCode::Format, str(source) + ": \"targets\": " + target.error().message);
            s.trainer.lora.targets.push_back(target.value());
        }
    }
    return s;
}

QStringList loraBackends()
{
    return { QStringLiteral("CPU"), QStringLiteral("Vulkan"), QStringLiteral("Auto") };
}

Result<std::unique_ptr<LoraCompute>> createLoraCompute(const QString &backend, const ModelWeights &weights,
    int threads, std::string *notice, const QString &device, std::string *reason)
{
    LoraBackendOptions o;
    if (backend.compare(QLatin1String("CPU"), Qt::CaseInsensitive) == 0)
        o.kind = BackendKind::Cpu;
    else if (backend.compare(QLatin1String("Vulkan"), Qt::CaseInsensitive) == 0)
        o.kind = BackendKind::Vulkan;
    else if (backend.compare(QLatin1String("Auto"), Qt::CaseInsensitive) == 0)
        o.kind = BackendKind::Auto;
    else
        return makeError(ErrorCode::InvalidArgument,
            "unknown LoRA training backend \"" + str(backend)
                + "\" (available: " + str(loraBackends().join(QStringLiteral(", "))) + ")");
    o.cpuThreads = threads;
    o.vulkanContext.deviceSelector = str(device);
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (o.kind != BackendKind::Cpu && !cacheDir.isEmpty() && QDir().mkpath(cacheDir))
        o.vulkanContext.pipelineCachePath
            = str(QDir(cacheDir).filePath(QStringLiteral("vulkan-pipelines.bin")));
    auto choice = createLoraCompute(weights, o);
    if (!choice)
        return choice.error();
    if (notice)
        *notice = choice.value().notice;
    if (reason)
        *reason = choice.value().reason;
    return std::move(choice.value().compute);
}

uint64_t loraDeviceBytes(LoraCompute &compute)
{
    if (auto *vk = dynamic_cast<VulkanLoraModel *>(&compute))
        return vk->weightBytes() + vk->workBytes();
    return 0;
}

Result<Tokenizer> tokenizerForModel(const LoadedModel &model)
{
    if (!model.tokenizerJsonPath.empty())
        return Tokenizer::fromFile(model.tokenizerJsonPath);
    if (model.hasTokenizerData)
        return Tokenizer::fromTokenizerData(model.tokenizer, model.path);
    return makeError(ErrorCode::NotFound,
        model.path + ": no tokenizer.json beside the weights and no vocabulary in the file");
}

Result<Tokenizer> tokenizerForModelPath(const QString &modelPath)
{
    const QString json = QDir(modelPath).filePath(QStringLiteral("tokenizer.json"));
    if (QFileInfo(modelPath).isDir() && QFileInfo::exists(json))
        return Tokenizer::fromFile(str(json));
    auto model = loadModel(str(modelPath));
    if (!model)
        return model.error();
    return tokenizerForModel(model.value());
}

FineTuneJob::~FineTuneJob() = default;

QString FineTuneJob::statePath(const QString &outDir)
{
    return QDir(outDir).filePath(QStringLiteral("trainer_state.bin"));
}
QString FineTuneJob::runPath(const QString &outDir)
{
    return QDir(outDir).filePath(QStringLiteral("finetune_run.json"));
}
QString FineTuneJob::logPath(const QString &outDir)
{
    return QDir(outDir).filePath(QStringLiteral("finetune_log.jsonl"));
}

bool FineTuneJob::hasCheckpoint(const QString &outDir)
{
    return !outDir.isEmpty() && QFile::exists(statePath(outDir)) && QFile::exists(runPath(outDir));
}

Result<FineTuneSettings> FineTuneJob::readSettings(const QString &outDir)
{
    const QString path = runPath(outDir);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, "cannot open " + str(path));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return makeError(
            ErrorCode::Format, str(path) + ": not a JSON object (" + str(pe.errorString()) + ")");
    auto s = FineTuneSettings::fromJson(doc.object(), path);
    if (s)
        s.value().outDir = outDir;
    return s;
}

int64_t FineTuneJob::checkpointStep(const QString &outDir)
{
    // The state's header: 8-byte magic, then the optimizer step (see LoraTrainer::saveState).
    QFile f(statePath(outDir));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray head = f.read(16);
    if (head.size() < 16 || !head.startsWith("SBLORAS"))
        return -1;
    int64_t step = 0;
    std::memcpy(&step, head.constData() + 8, sizeof step);
    return step;
}

std::vector<FineTuneLogEntry> FineTuneJob::readLog(const QString &outDir, int64_t upToStep)
{
    std::vector<FineTuneLogEntry> out;
    auto records = LoraRunDir::readLog(str(logPath(outDir)));
    if (!records)
        return out; // no log yet
    for (const TrainLogRecord &r : records.value()) {
        if (r.step > upToStep)
            continue;
        FineTuneLogEntry e;
        e.step = r.step;
        e.loss = r.loss;
        e.validationLoss = r.valLoss;
        e.lr = r.lr;
        e.gradNorm = r.gradNorm;
        e.tokens = r.tokens;
        out.push_back(e);
    }
    return out;
}

Result<void> FineTuneJob::appendLog(const FineTuneLogEntry &e)
{
    TrainLogRecord r;
    r.step = e.step;
    r.loss = e.loss;
    r.lr = e.lr;
    r.gradNorm = e.gradNorm; // was left at 0: the log's grad_norm read 0 on every line
    r.tokens = e.tokens;
    r.valLoss = e.validationLoss;
    return m_run->appendLog(r);
}

Result<std::unique_ptr<FineTuneJob>> FineTuneJob::create(const FineTuneSettings &settings)
{
    if (settings.outDir.isEmpty())
        return makeError(ErrorCode::InvalidArgument, "no output directory for the adapter");
    if (!QDir().mkpath(settings.outDir))
        return makeError(ErrorCode::Io, "cannot create the output directory " + str(settings.outDir));
    SB_TRY(settings.trainer.lora.validate());
    std::unique_ptr<FineTuneJob> job(new FineTuneJob());
    job->m_settings = settings;
    if (job->m_settings.trainer.lora.baseModel.empty())
        job->m_settings.trainer.lora.baseModel = str(settings.modelPath);

    auto loaded = loadModel(str(settings.modelPath));
    if (!loaded)
        return loaded.error();
    job->m_model = std::make_unique<LoadedModel>(std::move(loaded.value()));
    auto tokenizer = tokenizerForModel(*job->m_model);
    if (!tokenizer)
        return tokenizer.error();
    DatasetOptions dopt;
    dopt.seqLen = settings.seqLen;
    auto examples = loadJsonlDataset(str(settings.dataPath), tokenizer.value(), dopt);
    if (!examples)
        return examples.error();
    job->m_all = summarizeDataset(examples.value());
    std::vector<TrainExample> train = std::move(examples.value()), validation;
    splitValidation(train, validation, settings.validationFraction, settings.trainer.seed);
    job->m_train = summarizeDataset(train);
    job->m_trainRecords = int64_t(train.size());
    job->m_validationRecords = int64_t(validation.size());
    for (const TrainExample &e : train)
        job->m_trainTokens += int64_t(e.tokens.size());

    std::string notice, reason;
    auto compute = createLoraCompute(
        settings.backend, job->m_model->weights, settings.trainer.threads, &notice, settings.device, &reason);
    if (!compute)
        return compute.error();
    job->m_notice = QString::fromStdString(notice);
    job->m_reason = QString::fromStdString(reason);
    auto trainer = LoraTrainer::create(
        std::move(compute.value()), std::move(train), std::move(validation), job->m_settings.trainer);
    if (!trainer)
        return trainer.error();
    job->m_trainer = std::move(trainer.value());
    job->m_run = std::make_unique<LoraRunDir>(str(settings.outDir));
    return job;
}

QString FineTuneJob::backendName() const
{
    return QString::fromLatin1(m_trainer->model().backendName());
}

Result<void> FineTuneJob::startFresh()
{
    SB_TRY(m_run->openLog(0));
    return save();
}

Result<void> FineTuneJob::resume()
{
    SB_TRY(m_trainer->loadState(m_run->statePath()));
    // The log keeps what the checkpoint covers; later records (a killed run went on past its last
    // checkpoint) are dropped, since those steps are done again.
    return m_run->openLog(m_trainer->stepsDone());
}

Result<FineTuneJob::StepReport> FineTuneJob::step()
{
    StepReport report;
    report.validationLoss = std::numeric_limits<double>::quiet_NaN();
    auto s = m_trainer->step();
    if (!s)
        return s.error();
    report.stats = s.value();
    FineTuneLogEntry e;
    e.step = report.stats.step;
    e.loss = report.stats.loss;
    e.lr = report.stats.lr;
    e.gradNorm = report.stats.gradNorm;
    e.tokens = report.stats.tokens;
    e.validationLoss = std::numeric_limits<double>::quiet_NaN();
    SB_TRY(appendLog(e));
    const int64_t step = report.stats.step;
    const bool last = m_trainer->finished();
    const bool checkpoint = last || (m_settings.saveEvery > 0 && step % m_settings.saveEvery == 0);
    const bool evaluate = m_validationRecords > 0
        && (last || (m_settings.evalEvery > 0 ? step % m_settings.evalEvery == 0 : checkpoint));
    if (evaluate) {
        auto v = this->evaluate();
        if (!v)
            return v.error();
        report.validationLoss = v.value();
    }
    if (checkpoint) {
        SB_TRY(save());
        report.saved = true;
    }
    return report;
}

Result<double> FineTuneJob::evaluate()
{
    auto v = m_trainer->validationLoss();
    if (!v)
        return v.error();
    if (!std::isnan(v.value())) {
        FineTuneLogEntry e;
        e.step = m_trainer->stepsDone();
        e.loss = std::numeric_limits<double>::quiet_NaN();
        e.validationLoss = v.value();
        SB_TRY(appendLog(e));
    }
    return v.value();
}

Result<void> FineTuneJob::save()
{
    const int64_t headDim = m_model->weights.qkInterleaved ? m_model->weights.config.headDim : 0;
    SB_TRY(m_run->saveCheckpoint(*m_trainer, headDim));
    QJsonObject run = m_settings.toJson();
    run.insert(QStringLiteral("total_steps"), double(m_trainer->totalSteps()));
    const std::string path = str(runPath(m_settings.outDir));
    SB_TRY(writeTextFile(path + ".tmp", QJsonDocument(run).toJson().toStdString()));
    return platform::replaceFile(path + ".tmp", path);
}

Result<void> FineTuneJob::writeMerged(const QString &dir) const
{
    const std::string d = str(dir);
    SB_TRY(writeMergedModelHf(m_model->weights, m_trainer->adapter(), d));
    if (!m_model->tokenizerJsonPath.empty())
        SB_TRY(copyFile(m_model->tokenizerJsonPath, d + "/tokenizer.json"));
    if (!m_model->tokenizerConfigPath.empty())
        SB_TRY(copyFile(m_model->tokenizerConfigPath, d + "/tokenizer_config.json"));
    return {};
}

} // namespace sb
