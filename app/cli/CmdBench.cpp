// `switchboard-cli bench`: speed figures for docs/benchmarks.md.
//   bench tokenizer [--tokenizer FILE] [--mb N] [--runs N]
//   bench catalog [--models N] [--url URL]   (CmdCatalog.cpp)
//   bench grammar --tokenizer FILE [--schema FILE] [--tokens N] [--runs N]
//   bench model --model PATH [--prompt-tokens 512] [--gen-tokens 128] [--runs 3] [--json] [--backend
//   cpu|cpu-reference|vulkan]
//   bench memory [--mb 1024] [--threads 0] [--runs 5]
//   bench gateway-ledger --ledger FILE|URL [--requests N]   (CmdBenchGateway.cpp)
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <thread>

#include "app/cli/BackendArgs.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliProgress.h"
#include "app/cli/CmdCatalog.h"
#include "engine/bench/CpuBench.h"
#include "engine/bench/GrammarBench.h"
#include "engine/bench/TokenizerBench.h"
#include "engine/bench/VulkanBench.h"
#include "engine/cpu/CpuModel.h"
#include "engine/model/ModelLoader.h"
#include "engine/runtime/CpuBackend.h"
#include "engine/runtime/DevicePlan.h"
#include "engine/vulkan/VulkanModel.h"

namespace sb::cli {
namespace {

int benchTokenizerCmd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tokenizer load time and encode/decode throughput on one core."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("tokenizer"), QStringLiteral("tokenizer.json to load."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("mb"), QStringLiteral("Megabytes of English text to encode."),
        QStringLiteral("n"), QStringLiteral("4") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions (median reported)."),
        QStringLiteral("n"), QStringLiteral("7") });
    parser.process(QStringList { QStringLiteral("switchboard-cli bench tokenizer") } + args);
    if (!parser.isSet(QStringLiteral("tokenizer"))) {
        err() << "bench tokenizer: --tokenizer FILE is required (a Hugging Face tokenizer.json)\n";
        return Usage;
    }
    TokenizerBenchOptions options;
    options.targetBytes = size_t(parser.value(QStringLiteral("mb")).toDouble() * 1024 * 1024);
    options.runs = parser.value(QStringLiteral("runs")).toInt();
    auto r = benchTokenizer(parser.value(QStringLiteral("tokenizer")).toStdString(), options);
    if (!r) {
        err() << "bench tokenizer: " << QString::fromStdString(r.error().message) << "\n";
        return Failure;
    }
    out() << QStringLiteral("tokenizer load: %1 ms (median of %2; %3 ms CPU)\n")
                 .arg(r->loadMs, 0, 'f', 1)
                 .arg(options.loadRuns)
                 .arg(r->loadCpuMs, 0, 'f', 1);
    out() << QStringLiteral("encode: %1 MB/s wall, %2 MB/s CPU (%3 bytes -> %4 tokens, %5 bytes/token)\n")
                 .arg(r->encodeMBps, 0, 'f', 1)
                 .arg(r->encodeCpuMBps, 0, 'f', 1)
                 .arg(r->textBytes)
                 .arg(r->tokens)
                 .arg(r->bytesPerToken, 0, 'f', 2);
    out() << QStringLiteral("decode: %1 MB/s\n").arg(r->decodeMBps, 0, 'f', 1);
    return Ok;
}

int benchModelCmd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prefill and decode tokens/s of a model on the Vulkan backend, or on the CPU with --backend cpu\n"
        "(cpu-reference: the fp32 oracle), median of several runs; weight bytes read per token, achieved "
        "GB/s\n"
        "and that as a fraction of the measured bandwidth (device-to-device copy on Vulkan, a "
        "multi-threaded\n"
        "read-only stream on the CPU)."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("model"), QStringLiteral("Model directory or .gguf file."),
        QStringLiteral("path") });
    parser.addOption({ QStringLiteral("prompt-tokens"), QStringLiteral("Prefill length."),
        QStringLiteral("n"), QStringLiteral("512") });
    parser.addOption({ QStringLiteral("gen-tokens"), QStringLiteral("Decode steps."), QStringLiteral("n"),
        QStringLiteral("128") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions (median reported)."),
        QStringLiteral("n"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print the result as JSON.") });
    addBackendOptions(parser);
    parser.process(QStringList { QStringLiteral("switchboard-cli bench model") } + args);
    if (!parser.isSet(QStringLiteral("model"))) {
        err() << "bench model: --model PATH is required\n";
        return Usage;
    }
    BackendOptions backend;
    if (QString e = backendOptionsFrom(parser, backend); !e.isEmpty()) {
        err() << "bench model: " << e << "\n";
        return Usage;
    }
    const QString path = parser.value(QStringLiteral("model"));
    ProgressLine loading(QStringLiteral("checking ") + QFileInfo(path).fileName());
    auto model = loadModel(path.toStdString(), [&](const ModelProgress &p) {
        loading.update(p.tensorsTotal ? double(p.tensorsDone) / double(p.tensorsTotal) : 0.0);
        return true;
    });
    loading.finish();
    if (!model) {
        err() << "bench model: " << QString::fromStdString(model.error().message) << "\n";
        return Failure;
    }
    const int promptTokens = parser.value(QStringLiteral("prompt-tokens")).toInt();
    const int genTokens = parser.value(QStringLiteral("gen-tokens")).toInt();
    // The same rule as every other front end (engine/runtime/DevicePlan.h): auto leaves a
    // software Vulkan device to the CPU backend. The reason goes to stderr with the figures.
    auto plan = planDevice(backend.kind,
        backend.kind == BackendKind::Cpu || backend.kind == BackendKind::CpuReference
            ? Result<std::vector<DeviceInfo>>(std::vector<DeviceInfo> {})
            : enumerateDevices(),
        backend.vulkanContext.deviceSelector);
    if (!plan) {
        err() << "bench model: " << QString::fromStdString(plan.error().message) << "\n";
        return plan.error().code == ErrorCode::NoDevice ? NoDevice : Failure;
    }
    err() << "backend: " << QString::fromStdString(plan->reason) << "\n";
    if (!plan->vulkan) {
        CpuModelOptions cpuOptions = backend.cpuModel;
        cpuOptions.contextLength = std::max<int64_t>(cpuOptions.contextLength, promptTokens + genTokens + 1);
        auto cm = createCpuBackend(model->weights, cpuOptions,
            backend.kind == BackendKind::CpuReference ? CpuBackendKind::Reference : CpuBackendKind::Fast);
        if (!cm) {
            err() << "bench model: " << QString::fromStdString(cm.error().message) << "\n";
            return Failure;
        }
        CpuBenchOptions options;
        options.promptTokens = promptTokens;
        options.genTokens = genTokens;
        options.runs = parser.value(QStringLiteral("runs")).toInt();
        const int threads
            = cpuOptions.threads > 0 ? cpuOptions.threads : int(std::thread::hardware_concurrency());
        auto r = runCpuBench(*cm.value(), model->weights, threads, options);
        if (!r) {
            err() << "bench model: " << QString::fromStdString(r.error().message) << "\n";
            return Failure;
        }
        out() << QString::fromStdString(parser.isSet(QStringLiteral("json")) ? r->toJson() : r->toText())
              << "\n";
        return Ok;
    }
    ProgressLine upload(QStringLiteral("uploading weights"));
    backend.vulkanModel.progress
        = [&](uint64_t done, uint64_t total) { upload.update(total ? double(done) / total : 1.0); };
    backend.vulkanModel.contextLength
        = std::max<int64_t>(backend.vulkanModel.contextLength, promptTokens + genTokens + 1);
    backend.vulkanContext.deviceSelector = std::to_string(plan->device.index); // the planned device
    auto vm = VulkanModel::create(model->weights, backend.vulkanContext, backend.vulkanModel);
    upload.finish();
    if (!vm) {
        err() << "bench model: " << QString::fromStdString(vm.error().message) << "\n";
        return vm.error().code == ErrorCode::NoDevice ? NoDevice : Failure;
    }
    VulkanBenchOptions options;
    options.promptTokens = promptTokens;
    options.genTokens = genTokens;
    options.runs = parser.value(QStringLiteral("runs")).toInt();
    auto r = runVulkanBench(*vm.value(), options);
    if (!r) {
        err() << "bench model: " << QString::fromStdString(r.error().message) << "\n";
        return Failure;
    }
    out() << QString::fromStdString(parser.isSet(QStringLiteral("json")) ? r->toJson() : r->toText()) << "\n";
    return Ok;
}

int benchMemoryCmd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Host memory bandwidth: a read-only stream on several threads (what decode's weight reads are\n"
        "held against) and a single-threaded memcpy."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("mb"), QStringLiteral("Buffer size in MiB (well above the caches)."),
        QStringLiteral("n"), QStringLiteral("1024") });
    parser.addOption({ QStringLiteral("threads"), QStringLiteral("Reading threads (0 = all cores)."),
        QStringLiteral("n"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Repetitions (median reported)."),
        QStringLiteral("n"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print the result as JSON.") });
    parser.process(QStringList { QStringLiteral("switchboard-cli bench memory") } + args);
    bool okMb = false, okThreads = false, okRuns = false;
    const int mb = parser.value(QStringLiteral("mb")).toInt(&okMb);
    int threads = parser.value(QStringLiteral("threads")).toInt(&okThreads);
    const int runs = parser.value(QStringLiteral("runs")).toInt(&okRuns);
    if (!okMb || !okThreads || !okRuns || mb < 1 || threads < 0 || runs < 1) {
        err() << "bench memory: --mb and --runs must be positive, --threads >= 0\n";
        return Usage;
    }
    if (threads == 0)
        threads = std::max(1, int(std::thread::hardware_concurrency()));
    const uint64_t bytes = uint64_t(mb) << 20;
    const double read = measureHostReadBandwidth(bytes, threads, runs);
    const double copy = measureHostCopyBandwidth(bytes, runs);
    if (parser.isSet(QStringLiteral("json")))
        out() << QStringLiteral("{\"threads\":%1,\"bytes\":%2,\"read_gbps\":%3,\"copy_gbps\":%4}\n")
                     .arg(threads)
                     .arg(bytes)
                     .arg(read, 0, 'f', 2)
                     .arg(copy, 0, 'f', 2);
    else
        out() << QStringLiteral(
            "read (%1 threads, %2 MiB): %3 GB/s; memcpy (1 thread, read + write): %4 GB/s\n")
                     .arg(threads)
                     .arg(mb)
                     .arg(read, 0, 'f', 2)
                     .arg(copy, 0, 'f', 2);
    return Ok;
}
} // namespace

int benchGatewayLedgerCmd(const QStringList &args); // CmdBenchGateway.cpp

namespace {
int benchGrammarCmd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Cost per token of grammar-constrained sampling (response_format) over a tokenizer's vocabulary."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("tokenizer"), QStringLiteral("tokenizer.json (its vocabulary)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("schema"), QStringLiteral("A JSON Schema file (default: json_object)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("tokens"), QStringLiteral("Constrained tokens per run."),
        QStringLiteral("n"), QStringLiteral("256") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs (seeds)."), QStringLiteral("n"),
        QStringLiteral("5") });
    parser.process(QStringList { QStringLiteral("switchboard-cli bench grammar") } + args);
    if (!parser.isSet(QStringLiteral("tokenizer"))) {
        err() << "bench grammar: --tokenizer FILE is required (a Hugging Face tokenizer.json)\n";
        return Usage;
    }
    GrammarBenchOptions options;
    if (parser.isSet(QStringLiteral("schema"))) {
        QFile f(parser.value(QStringLiteral("schema")));
        if (!f.open(QIODevice::ReadOnly)) {
            err() << "bench grammar: cannot read " << parser.value(QStringLiteral("schema")) << "\n";
            return Failure;
        }
        options.schemaJson = f.readAll().toStdString();
    }
    options.tokens = parser.value(QStringLiteral("tokens")).toInt();
    options.runs = parser.value(QStringLiteral("runs")).toInt();
    auto r = benchGrammar(parser.value(QStringLiteral("tokenizer")).toStdString(), options);
    if (!r) {
        err() << "bench grammar: " << QString::fromStdString(r.error().message) << "\n";
        return Failure;
    }
    out() << QStringLiteral("vocabulary: %1 tokens, byte table built in %2 ms (once per model)\n")
                 .arg(r->vocabSize)
                 .arg(r->tableMs, 0, 'f', 1);
    out() << QStringLiteral(
        "mask per token (CPU time): mean %1 ms, median %2, p95 %3, max %4 over %5 tokens; "
        "%6% from the per-state cache\n")
                 .arg(r->meanMs, 0, 'f', 3)
                 .arg(r->p50Ms, 0, 'f', 3)
                 .arg(r->p95Ms, 0, 'f', 3)
                 .arg(r->maxMs, 0, 'f', 3)
                 .arg(r->steps)
                 .arg(100.0 * r->cacheHitRate, 0, 'f', 0);
    out() << QStringLiteral("uncached walk: mean %1 ms, max %2 ms\n")
                 .arg(r->uncachedMeanMs, 0, 'f', 3)
                 .arg(r->uncachedMaxMs, 0, 'f', 3);
    out() << QStringLiteral("sample: %1\n").arg(QString::fromStdString(r->sample));
    return Ok;
}

int runBench(const QStringList &args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("gateway-ledger"))
        return benchGatewayLedgerCmd(args.mid(1));
    if (what == QLatin1String("tokenizer"))
        return benchTokenizerCmd(args.mid(1));
    if (what == QLatin1String("catalog"))
        return runBenchCatalog(args.mid(1));
    if (what == QLatin1String("model"))
        return benchModelCmd(args.mid(1));
    if (what == QLatin1String("memory"))
        return benchMemoryCmd(args.mid(1));
    if (what == QLatin1String("grammar"))
        return benchGrammarCmd(args.mid(1));
    err() << "usage: switchboard-cli bench tokenizer|model|memory|grammar|catalog|gateway-ledger [options]   "
             "(--help after the kind lists them)\n";
    return what == QLatin1String("--help") ? Ok : Usage;
}

const Registrar registrar("bench",
    "Benchmarks: tokenizer, model prefill/decode and roofline, memory bandwidth, grammar masks, catalog "
    "sync, "
    "gateway ledger",
    &runBench);

} // namespace
} // namespace sb::cli
