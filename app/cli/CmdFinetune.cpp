// `switchboard-cli finetune --model PATH --data FILE.jsonl --out DIR [...]`: LoRA fine-tuning on
// the CPU reference backend. Writes DIR/adapter_config.json + adapter_model.safetensors (PEFT)
// every --save-every steps and at the end, with DIR/trainer_state.bin to --resume exactly;
// --merge DIR2 also writes base + adapter as a Hugging Face model.
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cmath>

#include "cli/CliCommand.h"
#include "cli/CliProgress.h"
#include "lora/LoraDataset.h"
#include "lora/LoraFiles.h"
#include "lora/LoraTrainer.h"
#include "model/FileIo.h"
#include "model/ModelLoader.h"
#include "tokenizer/Tokenizer.h"

namespace sb::cli {
namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

int fail(const Error &e)
{
    err() << "switchboard-cli finetune: " << qs(e.message) << "\n";
    return Failure;
}

int runFinetune(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("LoRA fine-tuning of a SmolLM3 model on a JSONL dataset (CPU)."));
    p.addHelpOption();
    const auto opt = [](const char *name, const char *help, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    const auto model = opt("model", "Base model directory or .gguf file.", "path");
    const auto data = opt("data", "JSONL with {\"messages\": [...]} or {\"text\": ...} records.", "file");
    const auto outDir = opt("out", "Output directory for the adapter and trainer state.", "dir");
    const auto rank = opt("rank", "LoRA rank r (default 16).", "r");
    const auto alpha = opt("alpha", "LoRA alpha (default 32).", "alpha");
    const auto dropout = opt("dropout", "LoRA dropout (default 0.05).", "p");
    const auto targets = opt("targets", "Comma-separated modules among q,k,v,o,gate,up,down (default all).", "list");
    const auto lr = opt("lr", "Peak learning rate (default 2e-4).", "lr");
    const auto epochs = opt("epochs", "Epochs (default 1).", "n");
    const auto batch = opt("batch", "Sequences per micro-batch (default 1).", "n");
    const auto accum = opt("grad-accum", "Micro-batches per optimizer step (default 1).", "n");
    const auto seqLen = opt("seq-len", "Maximum tokens per sequence (default 1024).", "n");
    const auto warmup = opt("warmup", "Warm-up steps (default 0).", "n");
    const auto schedule = opt("schedule", "linear, cosine or constant (default linear).", "name");
    const auto wd = opt("weight-decay", "AdamW weight decay (default 0).", "x");
    const auto clip = opt("max-grad-norm", "Gradient clipping norm, 0 = off (default 1).", "x");
    const auto val = opt("val-fraction", "Share of records held out for validation (default 0.05).", "x");
    const auto seed = opt("seed", "Random seed (default 0).", "n");
    const auto saveEvery = opt("save-every", "Save adapter and state every N steps (default 50).", "n");
    const auto threads = opt("threads", "CPU threads (default: all).", "n");
    const auto checkpoint = opt("checkpoint", "Recompute activations per layer (less memory, ~1.3x time).");
    const auto resume = opt("resume", "Continue from DIR/trainer_state.bin.");
    const auto merge = opt("merge", "Also write base + adapter as a Hugging Face model here.", "dir");
    p.addOptions({model, data, outDir, rank, alpha, dropout, targets, lr, epochs, batch, accum, seqLen, warmup, schedule,
                  wd, clip, val, seed, saveEvery, threads, checkpoint, resume, merge});
    p.process(QStringList{QStringLiteral("switchboard-cli finetune")} + args);
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
    t.seed = uint64_t(num(seed, 0));
    t.threads = int(num(threads, 0));
    t.checkpoint = p.isSet(checkpoint);
    const int64_t every = int64_t(num(saveEvery, 50));
    const double valFraction = num(val, 0.05);
    DatasetOptions dopt;
    dopt.seqLen = int64_t(num(seqLen, 1024));
    if (!ok)
        return Usage;
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

    auto loaded = loadModel(p.value(model).toStdString());
    if (!loaded)
        return fail(loaded.error());
    const LoadedModel &lm = loaded.value();
    auto tokenizer = !lm.tokenizerJsonPath.empty() ? Tokenizer::fromFile(lm.tokenizerJsonPath)
                     : lm.hasTokenizerData          ? Tokenizer::fromTokenizerData(lm.tokenizer, lm.path)
                                                    : Result<Tokenizer>(makeError(ErrorCode::NotFound, "the model has no tokenizer"));
    if (!tokenizer)
        return fail(tokenizer.error());
    auto examples = loadJsonlDataset(p.value(data).toStdString(), tokenizer.value(), dopt);
    if (!examples)
        return fail(examples.error());
    std::vector<TrainExample> train = std::move(examples.value()), validation;
    splitValidation(train, validation, valFraction, t.seed);
    int64_t tokens = 0;
    for (const TrainExample &e : train)
        tokens += int64_t(e.tokens.size());
    out() << "train: " << train.size() << " records, " << tokens << " tokens; validation: " << validation.size()
          << " records\n";

    auto trainer = LoraTrainer::create(lm.weights, std::move(train), std::move(validation), t);
    if (!trainer)
        return fail(trainer.error());
    LoraTrainer &tr = *trainer.value();
    const std::string dir = p.value(outDir).toStdString();
    const std::string statePath = dir + "/trainer_state.bin";
    const int64_t headDim = lm.weights.qkInterleaved ? lm.weights.config.headDim : 0;
    if (p.isSet(resume)) {
        if (auto r = tr.loadState(statePath); !r)
            return fail(r.error());
        out() << "resumed at step " << tr.stepsDone() << "/" << tr.totalSteps() << "\n";
    }
    const auto save = [&]() -> Result<void> {
        SB_TRY(saveLoraAdapterPeft(tr.adapter(), dir, headDim));
        return tr.saveState(statePath);
    };
    out() << "LoRA r=" << t.lora.rank << " alpha=" << t.lora.alpha << ": " << tr.adapter().parameterCount()
          << " trainable parameters, " << tr.totalSteps() << " steps\n";
    out().flush();

    ProgressLine progress(QStringLiteral("finetune"));
    QElapsedTimer timer;
    timer.start();
    const int64_t firstStep = tr.stepsDone();
    int64_t tokensDone = 0;
    while (!tr.finished()) {
        auto s = tr.step();
        if (!s)
            return fail(s.error());
        tokensDone += s.value().tokens;
        const double secs = std::max(1e-3, double(timer.elapsed()) / 1000.0);
        progress.update(double(tr.stepsDone() - firstStep) / double(std::max<int64_t>(1, tr.totalSteps() - firstStep)),
                        QStringLiteral("step %1/%2 loss %3 lr %4 %5 tok/s")
                            .arg(tr.stepsDone())
                            .arg(tr.totalSteps())
                            .arg(s.value().loss, 0, 'f', 4)
                            .arg(s.value().lr, 0, 'g', 3)
                            .arg(double(tokensDone) / secs, 0, 'f', 1));
        if (every > 0 && tr.stepsDone() % every == 0 && !tr.finished())
            if (auto r = save(); !r)
                return fail(r.error());
    }
    progress.finish();
    if (auto r = save(); !r)
        return fail(r.error());
    auto vloss = tr.validationLoss();
    if (!vloss)
        return fail(vloss.error());
    if (!std::isnan(vloss.value()))
        out() << "validation loss " << QString::number(vloss.value(), 'f', 4) << "\n";
    out() << "wrote adapter to " << p.value(outDir) << "\n";
    if (p.isSet(merge)) {
        const std::string mdir = p.value(merge).toStdString();
        if (auto r = writeMergedModelHf(lm.weights, tr.adapter(), mdir); !r)
            return fail(r.error());
        if (!lm.tokenizerJsonPath.empty())
            if (auto r = copyFile(lm.tokenizerJsonPath, mdir + "/tokenizer.json"); !r)
                return fail(r.error());
        if (!lm.tokenizerConfigPath.empty())
            if (auto r = copyFile(lm.tokenizerConfigPath, mdir + "/tokenizer_config.json"); !r)
                return fail(r.error());
        out() << "wrote merged model to " << p.value(merge) << "\n";
    }
    return Ok;
}

const Registrar registrar("finetune", "LoRA fine-tuning on a JSONL dataset (PEFT adapter output)", &runFinetune);

} // namespace
} // namespace sb::cli
