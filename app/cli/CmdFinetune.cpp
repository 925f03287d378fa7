// `switchboard-cli finetune --model PATH --data FILE.jsonl --out DIR [...]`: LoRA fine-tuning on
// Vulkan or the CPU reference (--backend). DIR holds the PEFT adapter (adapter_config.json +
// adapter_model.safetensors), trainer_state.bin and finetune_log.jsonl (one record per step and
// per evaluation), all written so that a run killed at any point continues exactly with --resume
// (see engine/lora/LoraRunDir.h), and finetune_run.json, the settings in the app's FineTuneJob
// format, so the Fine-tune area finds and resumes a CLI run.
// `switchboard-cli finetune merge --model PATH --adapter DIR --out DIR2` writes base + adapter as
// a Hugging Face model.
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cmath>
#include <cstdio>
#ifdef Q_OS_UNIX
#endif

#include "app/cli/CliCommand.h"
#include "app/cli/CliProgress.h"
#include "app/local/FineTuneJob.h"
#include "engine/core/Platform.h"
#include "engine/lora/LoraDataset.h"
#include "engine/lora/LoraFiles.h"
#include "engine/lora/LoraRunDir.h"
#include "engine/lora/LoraTrainer.h"
#include "engine/model/FileIo.h"
#include "engine/model/ModelLoader.h"
#include "engine/tokenizer/Tokenizer.h"
#include "engine/vulkan/train/LoraBackendSelect.h"
#include "engine/vulkan/train/VulkanLoraModel.h"

namespace sb::cli {
namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

int fail(const Error &e)
{
    err() << "switchboard-cli finetune: " << qs(e.message) << "\n";
    return Failure;
}

QCommandLineOption opt(const char *names, const char *help, const char *value = nullptr)
{
    const QStringList n = QString::fromLatin1(names).split(QLatin1Char('|'));
    return value ? QCommandLineOption(n, QString::fromLatin1(help), QString::fromLatin1(value))
                 : QCommandLineOption(n, QString::fromLatin1(help));
}

// Peak resident memory of this process so far (MiB), 0 where unknown.
double peakRssMiB()
{
    return double(platform::peakResidentBytes()) / (1024.0 * 1024.0);
}

Result<Tokenizer> tokenizerOf(const LoadedModel &lm)
{
    if (!lm.tokenizerJsonPath.empty())
        return Tokenizer::fromFile(lm.tokenizerJsonPath);
    if (lm.hasTokenizerData)
        return Tokenizer::fromTokenizerData(lm.tokenizer, lm.path);
    return makeError(ErrorCode::NotFound, lm.path + ": the model has no tokenizer");
}

Result<void> copyTokenizerFiles(const LoadedModel &lm, const std::string &dir)
{
    if (!lm.tokenizerJsonPath.empty())
        SB_TRY(copyFile(lm.tokenizerJsonPath, dir + "/tokenizer.json"));
    if (!lm.tokenizerConfigPath.empty())
        SB_TRY(copyFile(lm.tokenizerConfigPath, dir + "/tokenizer_config.json"));
    return {};
}

// The LoRA compute backend for --backend (auto: Vulkan if a device takes the model, else the CPU
// reference with a notice).
Result<std::unique_ptr<LoraCompute>> createCompute(
    const QString &kind, const QString &device, const ModelWeights &weights, int threads)
{
    LoraBackendOptions o;
    o.kind = kind == QLatin1String("cpu") ? BackendKind::Cpu
        : kind == QLatin1String("vulkan") ? BackendKind::Vulkan
                                          : BackendKind::Auto;
    o.cpuThreads = threads;
    o.vulkanContext.deviceSelector = device.toStdString();
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cacheDir.isEmpty() && QDir().mkpath(cacheDir))
        o.vulkanContext.pipelineCachePath
            = QDir(cacheDir).filePath(QStringLiteral("vulkan-pipelines.bin")).toStdString();
    auto choice = createLoraCompute(weights, o);
    if (!choice)
        return choice.error();
    if (!choice.value().notice.empty())
        out() << "notice: " << qs(choice.value().notice) << "\n";
    return std::move(choice.value().compute);
}

// Device memory the Vulkan backend holds (frozen weights + training buffers), 0 on the CPU.
double deviceMiB(LoraCompute &compute)
{
    if (auto *vk = dynamic_cast<VulkanLoraModel *>(&compute))
        return double(vk->weightBytes() + vk->workBytes()) / (1024.0 * 1024.0);
    return 0.0;
}

// DIR/finetune_run.json in the app's format (FineTuneSettings), written atomically, so the
// Fine-tune area finds this run and can resume it (the app ignores keys it does not know, such as
// bucket_window; a bucketed run resumed there is refused by the trainer state's check).
Result<void> writeRunFile(const LoraRunDir &run, const TrainerOptions &t, const QString &model,
    const QString &data, const QString &backend, int64_t seqLen, double valFraction, int64_t saveEvery,
    int64_t evalEvery, int64_t totalSteps)
{
    FineTuneSettings s;
    s.modelPath = QFileInfo(model).absoluteFilePath();
    s.dataPath = QFileInfo(data).absoluteFilePath();
    s.outDir = QFileInfo(qs(run.dir())).absoluteFilePath();
    s.backend = backend;
    s.trainer = t;
    s.seqLen = seqLen;
    s.validationFraction = valFraction;
    s.saveEvery = saveEvery;
    s.evalEvery = evalEvery;
    QJsonObject json = s.toJson();
    json.insert(QStringLiteral("bucket_window"), double(t.bucketWindow));
    json.insert(QStringLiteral("total_steps"), double(totalSteps));
    const std::string path = run.dir() + "/finetune_run.json", tmp = path + ".tmp";
    SB_TRY(writeTextFile(tmp, QJsonDocument(json).toJson().toStdString()));
    return platform::replaceFile(tmp, path);
}

int runMerge(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Writes base + LoRA adapter (PEFT files) as a Hugging Face model."));
    p.addHelpOption();
    const auto model = opt("model", "Base model directory or .gguf file.", "path");
    const auto adapter
        = opt("adapter", "Directory with adapter_config.json and adapter_model.safetensors.", "dir");
    const auto outDir
        = opt("out", "Output directory for config.json, model.safetensors and the tokenizer.", "dir");
    const auto dtype
        = opt("dtype", "Weight type of the merged model: bf16, f16 or f32 (default bf16).", "type");
    p.addOptions({ model, adapter, outDir, dtype });
    p.process(QStringList { QStringLiteral("switchboard-cli finetune merge") } + args);
    if (!p.isSet(model) || !p.isSet(adapter) || !p.isSet(outDir)) {
        err() << "switchboard-cli finetune merge: --model, --adapter and --out are required\n";
        return Usage;
    }
    DType storage = DType::BF16;
    const QString dt = p.value(dtype);
    if (dt == QLatin1String("f16"))
        storage = DType::F16;
    else if (dt == QLatin1String("f32"))
        storage = DType::F32;
    else if (!dt.isEmpty() && dt != QLatin1String("bf16")) {
        err() << "switchboard-cli finetune merge: --dtype must be bf16, f16 or f32\n";
        return Usage;
    }
    auto loaded = loadModel(p.value(model).toStdString());
    if (!loaded)
        return fail(loaded.error());
    const LoadedModel &lm = loaded.value();
    auto lora
        = loadLoraAdapterPeft(p.value(adapter).toStdString(), lm.weights.config, lm.weights.qkInterleaved);
    if (!lora)
        return fail(lora.error());
    const std::string dir = p.value(outDir).toStdString();
    if (auto r = writeMergedModelHf(lm.weights, lora.value(), dir, storage); !r)
        return fail(r.error());
    if (auto r = copyTokenizerFiles(lm, dir); !r)
        return fail(r.error());
    out() << "wrote merged model (r=" << lora.value().config.rank << ", alpha=" << lora.value().config.alpha
          << ") to " << p.value(outDir) << "\n";
    return Ok;
}

int runFinetune(const QStringList &args)
{
    if (!args.isEmpty() && args.first() == QLatin1String("merge"))
        return runMerge(args.mid(1));
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("LoRA fine-tuning of a SmolLM3 model on a JSONL dataset.\n"
                       "  switchboard-cli finetune --model PATH --data FILE.jsonl --out DIR [options]\n"
                       "  switchboard-cli finetune merge --model PATH --adapter DIR --out DIR2"));
    p.addHelpOption();
    const auto model = opt("model", "Base model directory or .gguf file.", "path");
    const auto data = opt("data", "JSONL with {\"messages\": [...]} or {\"text\": ...} records.", "file");
    const auto outDir = opt("out", "Output directory for the adapter, trainer state and log.", "dir");
    const auto backend
        = opt("backend", "cpu, vulkan or auto (Vulkan if possible, else CPU; default auto).", "kind");
    const auto device = opt("device", "Vulkan device: index or part of its name.", "selector");
    const auto rank = opt("rank", "LoRA rank r (default 16).", "r");
    const auto alpha = opt("alpha", "LoRA alpha (default 32).", "alpha");
    const auto dropout = opt("dropout", "LoRA dropout (default 0.05).", "p");
    const auto targets
        = opt("targets", "Comma-separated modules among q,k,v,o,gate,up,down (default all).", "list");
    const auto lr = opt("lr", "Peak learning rate (default 2e-4).", "lr");
    const auto epochs = opt("epochs", "Epochs (default 1).", "n");
    const auto batch = opt("batch", "Sequences per micro-batch (default 1).", "n");
    const auto accum = opt("grad-accum", "Micro-batches per optimizer step (default 1).", "n");
    const auto seqLen
        = opt("seq-len", "Maximum tokens per sequence; longer records are truncated (default 1024).", "n");
    const auto bucket = opt("bucket",
        "Length bucketing: sort each window of N micro-batches by length so a "
        "micro-batch holds similar lengths (0 = plain shuffle, default).",
        "n");
    const auto warmup = opt("warmup", "Warm-up steps (default 0).", "n");
    const auto schedule = opt("schedule", "linear, cosine or constant (default linear).", "name");
    const auto wd = opt("weight-decay", "AdamW weight decay (default 0).", "x");
    const auto clip = opt("max-grad-norm", "Gradient clipping norm, 0 = off (default 1).", "x");
    const auto val
        = opt("val-split|val-fraction", "Share of records held out for validation (default 0.05).", "x");
    const auto seed = opt("seed", "Random seed (default 0).", "n");
    const auto saveEvery
        = opt("save-every", "Save adapter and state every N steps (default 50; 0 = at the end).", "n");
    const auto evalEvery = opt("eval-every", "Validation loss every N steps (default: at each save).", "n");
    const auto threads = opt("threads", "CPU threads (default: all).", "n");
    const auto checkpoint
        = opt("checkpointing|checkpoint", "Recompute activations per layer (less memory, ~1.3x time).");
    const auto resume
        = opt("resume", "Continue from DIR's checkpoint (starts afresh, with a notice, if there is none).");
    const auto merge = opt("merge", "Also write base + adapter as a Hugging Face model here.", "dir");
    p.addOptions({ model, data, outDir, backend, device, rank, alpha, dropout, targets, lr, epochs, batch,
        accum, seqLen, bucket, warmup, schedule, wd, clip, val, seed, saveEvery, evalEvery, threads,
        checkpoint, resume, merge });
    p.process(QStringList { QStringLiteral("switchboard-cli finetune") } + args);
    if (!p.isSet(model) || !p.isSet(data) || !p.isSet(outDir)) {
        err() << "switchboard-cli finetune: --model, --data and --out are required\n";
        return Usage;
    }
    bool ok = true;
    const auto num = [&](const QCommandLineOption &o, double def) {
        if (!p.isSet(o))
            return def;
        bool good = false;
        const double v = p.value(o).toDouble(&good);
        if (!good || !std::isfinite(v)) {
            err() << "switchboard-cli finetune: --" << o.names().first() << " needs a number\n";
            ok = false;
        }
        return v;
    };
    TrainerOptions t;
    t.lora.rank = int64_t(num(rank, 16));
    t.lora.alpha = num(alpha, 32);
    t.lora.dropout = num(dropout, 0.05);
    t.lora.baseModel = p.value(model).toStdString();
    t.optimizer.lr = num(lr, 2e-4);
    t.optimizer.warmupSteps = int64_t(num(warmup, 0));
    t.optimizer.weightDecay = num(wd, 0.0);
    t.optimizer.maxGradNorm = num(clip, 1.0);
    t.epochs = int64_t(num(epochs, 1));
    t.batch = int64_t(num(batch, 1));
    t.gradAccum = int64_t(num(accum, 1));
    t.bucketWindow = int64_t(num(bucket, 0));
    t.seed = uint64_t(num(seed, 0));
    t.threads = int(num(threads, 0));
    t.checkpoint = p.isSet(checkpoint);
    const int64_t every = int64_t(num(saveEvery, 50));
    const int64_t evalStep = int64_t(num(evalEvery, 0));
    const double valFraction = num(val, 0.05);
    DatasetOptions dopt;
    dopt.seqLen = int64_t(num(seqLen, 1024));
    if (!ok)
        return Usage;
    const QString backendKind = p.isSet(backend) ? p.value(backend) : QStringLiteral("auto");
    if (backendKind != QLatin1String("cpu") && backendKind != QLatin1String("vulkan")
        && backendKind != QLatin1String("auto")) {
        err() << "switchboard-cli finetune: --backend must be cpu, vulkan or auto (got '" << backendKind
              << "')\n";
        return Usage;
    }
    const QString sched = p.value(schedule).isEmpty() ? QStringLiteral("linear") : p.value(schedule);
    if (sched == QLatin1String("linear"))
        t.optimizer.schedule = LrSchedule::Linear;
    else if (sched == QLatin1String("cosine"))
        t.optimizer.schedule = LrSchedule::Cosine;
    else if (sched == QLatin1String("constant"))
        t.optimizer.schedule = LrSchedule::Constant;
    else {
        err() << "switchboard-cli finetune: unknown --schedule " << sched << "\n";
        return Usage;
    }
    if (p.isSet(targets)) {
        t.lora.targets.clear();
        for (const QString &name : p.value(targets).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto target = parseLoraTarget(name.trimmed().toStdString());
            if (!target) {
                err() << "switchboard-cli finetune: " << qs(target.error().message) << "\n";
                return Usage;
            }
            t.lora.targets.push_back(target.value());
        }
    }
    if (auto v = t.lora.validate(); !v) {
        err() << "switchboard-cli finetune: " << qs(v.error().message) << "\n";
        return Usage;
    }

    auto loaded = loadModel(p.value(model).toStdString());
    if (!loaded)
        return fail(loaded.error());
    const LoadedModel &lm = loaded.value();
    auto tokenizer = tokenizerOf(lm);
    if (!tokenizer)
        return fail(tokenizer.error());
    auto examples = loadJsonlDataset(p.value(data).toStdString(), tokenizer.value(), dopt);
    if (!examples)
        return fail(examples.error());
    const DatasetSummary all = summarizeDataset(examples.value());
    if (all.truncated > 0)
        err() << "warning: " << all.truncated << " of " << all.records
              << " records are longer than --seq-len " << dopt.seqLen << " and were truncated\n";
    if (all.untrained > 0)
        err() << "warning: " << all.untrained << " records have no trained token (after truncation) and add "
              << "nothing to the loss\n";
    std::vector<TrainExample> train = std::move(examples.value()), validation;
    splitValidation(train, validation, valFraction, t.seed);
    const DatasetSummary ts = summarizeDataset(train);
    out() << "train: " << ts.records << " records, " << ts.tokens << " tokens (" << ts.trainedTokens
          << " trained); validation: " << validation.size() << " records\n";

    const bool hasValidation = !validation.empty();
    auto compute = createCompute(backendKind, p.value(device), lm.weights, t.threads);
    if (!compute)
        return fail(compute.error());
    auto trainer
        = LoraTrainer::create(std::move(compute.value()), std::move(train), std::move(validation), t);
    if (!trainer)
        return fail(trainer.error());
    LoraTrainer &tr = *trainer.value();
    LoraRunDir run(p.value(outDir).toStdString());
    const int64_t headDim = lm.weights.qkInterleaved ? lm.weights.config.headDim : 0;
    if (p.isSet(resume)) {
        if (run.hasState()) {
            if (auto r = tr.loadState(run.statePath()); !r)
                return fail(r.error());
            out() << "resumed at step " << tr.stepsDone() << "/" << tr.totalSteps() << "\n";
        } else {
            out() << "notice: no checkpoint in " << p.value(outDir) << " yet; starting from step 0\n";
        }
    }
    if (auto r = run.openLog(tr.stepsDone()); !r)
        return fail(r.error());
    if (auto r = writeRunFile(run, t, p.value(model), p.value(data),
            deviceMiB(tr.model()) > 0 ? QStringLiteral("Vulkan") : QStringLiteral("CPU"), dopt.seqLen,
            valFraction, every, evalStep, tr.totalSteps());
        !r)
        return fail(r.error());
    if (t.batch > 1) {
        const std::vector<int64_t> lengths = tr.exampleLengths();
        const double now = paddingShare(lengths, tr.currentOrder(), t.batch);
        const double plain
            = paddingShare(lengths, epochOrder(lengths, t.seed, tr.epoch(), { t.batch, 0 }), t.batch);
        out() << "micro-batches as (batch, longest): " << QString::number(now * 100.0, 'f', 1) << "% padding"
              << (t.bucketWindow > 0
                         ? QStringLiteral(" with bucketing (%1% without)").arg(plain * 100.0, 0, 'f', 1)
                         : QString())
              << "\n";
    }
    out() << "LoRA r=" << t.lora.rank << " alpha=" << t.lora.alpha << " on " << tr.model().backendName()
          << ": " << tr.adapter().parameterCount() << " trainable parameters, " << tr.totalSteps()
          << " steps\n";
    out().flush();

    const auto evaluate = [&]() -> Result<double> {
        auto v = tr.validationLoss();
        if (!v || std::isnan(v.value()))
            return v;
        TrainLogRecord rec;
        rec.step = tr.stepsDone();
        rec.valLoss = v.value();
        SB_TRY(run.appendLog(rec));
        return v;
    };

    ProgressLine progress(QStringLiteral("finetune"));
    QElapsedTimer timer;
    timer.start();
    const int64_t firstStep = tr.stepsDone();
    int64_t tokensDone = 0;
    double lastVal = std::nan("");
    while (!tr.finished()) {
        auto s = tr.step();
        if (!s)
            return fail(s.error());
        const TrainStepStats &st = s.value();
        tokensDone += st.tokens;
        TrainLogRecord rec;
        rec.step = st.step;
        rec.loss = st.loss;
        rec.lr = st.lr;
        rec.gradNorm = st.gradNorm;
        rec.tokens = st.tokens;
        if (auto r = run.appendLog(rec); !r)
            return fail(r.error());
        const bool last = tr.finished();
        const bool save = last || (every > 0 && st.step % every == 0);
        if (last || (evalStep > 0 ? st.step % evalStep == 0 : save)) {
            auto v = evaluate();
            if (!v)
                return fail(v.error());
            lastVal = v.value();
        }
        if (save)
            if (auto r = run.saveCheckpoint(tr, headDim); !r)
                return fail(r.error());
        const double secs = std::max(1e-3, double(timer.elapsed()) / 1000.0);
        progress.update(
            double(tr.stepsDone() - firstStep) / double(std::max<int64_t>(1, tr.totalSteps() - firstStep)),
            QStringLiteral("step %1/%2 loss %3%4 lr %5 %6 tok/s")
                .arg(tr.stepsDone())
                .arg(tr.totalSteps())
                .arg(st.loss, 0, 'f', 4)
                .arg(std::isnan(lastVal) ? QString() : QStringLiteral(" val %1").arg(lastVal, 0, 'f', 4))
                .arg(st.lr, 0, 'g', 3)
                .arg(double(tokensDone) / secs, 0, 'f', 1));
    }
    progress.finish();
    const double secs = double(timer.elapsed()) / 1000.0;
    if (firstStep
        == tr.totalSteps()) { // resumed a finished run: nothing trained; make sure the files are there
        if (auto r = run.saveCheckpoint(tr, headDim); !r)
            return fail(r.error());
    }
    if (hasValidation && !std::isnan(lastVal))
        out() << "validation loss " << QString::number(lastVal, 'f', 4) << "\n";
    const double vram = deviceMiB(tr.model());
    out() << "trained " << tokensDone << " tokens in " << QString::number(secs, 'f', 2) << " s ("
          << QString::number(secs > 0 ? double(tokensDone) / secs : 0.0, 'f', 1) << " tokens/s); peak memory "
          << QString::number(peakRssMiB(), 'f', 1) << " MiB"
          << (vram > 0 ? QStringLiteral(", device buffers %1 MiB").arg(vram, 0, 'f', 1) : QString()) << "\n";
    out() << "wrote adapter to " << p.value(outDir) << "\n";
    if (p.isSet(merge)) {
        const std::string mdir = p.value(merge).toStdString();
        if (auto r = writeMergedModelHf(lm.weights, tr.adapter(), mdir); !r)
            return fail(r.error());
        if (auto r = copyTokenizerFiles(lm, mdir); !r)
            return fail(r.error());
        out() << "wrote merged model to " << p.value(merge) << "\n";
    }
    return Ok;
}

const Registrar registrar(
    "finetune", "LoRA fine-tuning on a JSONL dataset (PEFT adapter output); finetune merge", &runFinetune);

} // namespace
} // namespace sb::cli
