#include "app/local/EngineLocalProvider.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QMetaObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <thread>

#include "app/local/LocalOutput.h"
#include "engine/chat/ToolCalls.h"
#include "engine/model/WeightSummary.h"

namespace sb {

// State shared with worker threads, so a generation still running when the provider is
// destroyed finishes against live objects.
struct EngineLocalProvider::Shared {
    std::mutex runMutex; // one generation at a time
    std::mutex stateMutex; // guards runtime pointer swaps
    std::shared_ptr<ChatRuntime> runtime;
    std::shared_ptr<ChatRuntime> adapterRuntime; // base + LoRA adapter, served as adapterId
    QString adapterId, adapterDir;
    ChatRuntimeOptions options; // of the last load(), for the adapter runtime
};

namespace {

class EngineGeneration final : public LocalGeneration {
public:
    explicit EngineGeneration(std::shared_ptr<std::atomic<bool>> cancelled)
        : m_cancelled(std::move(cancelled))
    {
    }
    ~EngineGeneration() override { cancel(); }
    void cancel() override { m_cancelled->store(true); }

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

QString finishReasonFor(StopReason r)
{
    switch (r) {
    case StopReason::EndOfSequence:
    case StopReason::StopString:
        return QStringLiteral("stop");
    case StopReason::MaxTokens:
    case StopReason::ContextFull:
        return QStringLiteral("length");
    case StopReason::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("stop");
}

// OpenAI-style call ids: "call_" and 24 random alphanumerics.
QString newToolCallId()
{
    static const char kChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id = QStringLiteral("call_");
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char(kChars[QRandomGenerator::global()->bounded(int(sizeof kChars - 1))]);
    return id;
}

} // namespace

void toEngineRequest(const ChatRequest &request, std::vector<TemplateMessage> &messages,
    ChatTemplateVars &vars, GenerateOptions &options)
{
    messages.clear();
    for (const sb::ChatMessage &m : request.messages) {
        TemplateMessage em;
        em.role = m.role.toStdString();
        std::string content = m.content.toStdString();
        // SmolLM3's template renders only an assistant turn's content: its calls go back as the
        // text the model wrote for them.
        for (const QJsonValue &call : m.toolCalls) {
            const QJsonObject fn = call.toObject().value(QStringLiteral("function")).toObject();
            if (!content.empty())
                content += "\n";
            content += renderToolCall(fn.value(QStringLiteral("name")).toString().toStdString(),
                fn.value(QStringLiteral("arguments")).toString().toStdString());
            em.toolCalls.push_back({ call.toObject().value(QStringLiteral("id")).toString().toStdString(),
                fn.value(QStringLiteral("name")).toString().toStdString(),
                fn.value(QStringLiteral("arguments")).toString().toStdString() });
        }
        em.content = std::move(content);
        em.toolCallId = m.toolCallId.toStdString();
        messages.push_back(std::move(em));
    }
    const LocalOutputSpec spec = localOutputSpec(request);
    vars = ChatTemplateVars {};
    vars.addGenerationPrompt = true;
    // SmolLM3's reasoning switch: the request's `reasoning` / `enable_thinking` extras, else the
    // template's default (think), which a system prompt's /no_think also overrides.
    const QJsonValue thinking = request.extra.value(QStringLiteral("enable_thinking"));
    if (thinking.isBool())
        vars.enableThinking = thinking.toBool();
    // Constrained output starts at once (a reasoning section would have to fit the grammar).
    if (spec.grammar)
        vars.enableThinking = false;
    if (spec.toolsOffered)
        for (const QJsonValue &tool : request.tools) {
            auto json
                = Json::parse(QJsonDocument(tool.toObject()).toJson(QJsonDocument::Compact).toStdString());
            if (json.ok())
                vars.xmlTools.push_back(std::move(json.value()));
        }
    options = GenerateOptions {};
    options.maxNewTokens = request.maxTokens.value_or(1024);
    // SmolLM3's recommended sampling unless the request says otherwise.
    options.sampling.temperature = float(request.temperature.value_or(0.6));
    options.sampling.topP = float(request.topP.value_or(0.95));
    const QJsonValue seed = request.extra.value(QStringLiteral("seed"));
    if (seed.isDouble())
        options.sampling.seed = uint64_t(seed.toDouble());
    for (const QJsonValue &s : request.stop)
        if (s.isString())
            options.stopStrings.push_back(s.toString().toStdString());
}

EngineLocalProvider::EngineLocalProvider(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_servedIds { QStringLiteral("smollm3-3b"), QStringLiteral("HuggingFaceTB/SmolLM3-3B"),
        QStringLiteral("local") }
{
}

EngineLocalProvider::~EngineLocalProvider() = default;

Result<void> EngineLocalProvider::load(const QString &modelPath, const ChatRuntimeOptions &options)
{
    auto rt = ChatRuntime::open(modelPath.toStdString(), options);
    if (!rt)
        return rt.error();
    std::lock_guard lock(m_shared->stateMutex);
    m_shared->runtime = std::shared_ptr<ChatRuntime>(std::move(rt.value()));
    m_shared->options = options;
    m_shared->options.progress = nullptr;
    return {};
}

Result<void> EngineLocalProvider::loadAdapter(
    const QString &baseModelPath, const QString &adapterDir, const QString &modelId)
{
    ChatRuntimeOptions options;
    {
        std::lock_guard lock(m_shared->stateMutex);
        options = m_shared->options;
    }
    auto rt = ChatRuntime::openWithAdapter(baseModelPath.toStdString(), adapterDir.toStdString(), options);
    if (!rt)
        return rt.error();
    std::lock_guard lock(m_shared->stateMutex);
    m_shared->adapterRuntime = std::shared_ptr<ChatRuntime>(std::move(rt.value()));
    m_shared->adapterId = modelId;
    m_shared->adapterDir = adapterDir;
    return {};
}

void EngineLocalProvider::unloadAdapter()
{
    std::lock_guard lock(m_shared->stateMutex);
    m_shared->adapterRuntime.reset();
    m_shared->adapterId.clear();
    m_shared->adapterDir.clear();
}

QString EngineLocalProvider::adapterModelId() const
{
    std::lock_guard lock(m_shared->stateMutex);
    return m_shared->adapterId;
}

QString EngineLocalProvider::adapterDir() const
{
    std::lock_guard lock(m_shared->stateMutex);
    return m_shared->adapterDir;
}

bool EngineLocalProvider::isLoaded() const
{
    std::lock_guard lock(m_shared->stateMutex);
    return m_shared->runtime != nullptr;
}

QString EngineLocalProvider::modelPath() const
{
    std::lock_guard lock(m_shared->stateMutex);
    return m_shared->runtime ? QString::fromStdString(m_shared->runtime->modelPath()) : QString();
}

QString EngineLocalProvider::backendName() const
{
    std::lock_guard lock(m_shared->stateMutex);
    return m_shared->runtime ? QString::fromLatin1(m_shared->runtime->backendName()) : QString();
}

QString EngineLocalProvider::notice() const
{
    std::lock_guard lock(m_shared->stateMutex);
    return m_shared->runtime ? QString::fromStdString(m_shared->runtime->notice()) : QString();
}

QString EngineLocalProvider::backendReason() const
{
    std::lock_guard lock(m_shared->stateMutex);
    return m_shared->runtime ? QString::fromStdString(m_shared->runtime->backendReason()) : QString();
}

LocalModelInfo EngineLocalProvider::modelInfo() const
{
    std::lock_guard lock(m_shared->stateMutex);
    LocalModelInfo info;
    const ChatRuntime *rt = m_shared->runtime.get();
    if (!rt)
        return info;
    const ModelConfig &c = rt->config();
    info.format
        = rt->model().format == ModelFormat::Gguf ? QStringLiteral("GGUF") : QStringLiteral("safetensors");
    info.layers = c.numLayers;
    info.hiddenSize = c.hiddenSize;
    info.heads = c.numHeads;
    info.kvHeads = c.numKvHeads;
    info.vocabSize = c.vocabSize;
    info.parameters = rt->parameterCount();
    info.weightBytes = rt->model().weightBytes;
    info.contextLength = rt->contextLength();
    info.name = QFileInfo(QString::fromStdString(rt->modelPath())).fileName();
    info.quantisation = QString::fromStdString(describeWeightTypes(rt->model().weights));
    info.device = QString::fromStdString(rt->deviceName());
    info.deviceBytes = rt->deviceMemoryBytes();
    info.kernels = QString::fromStdString(rt->kernelPaths());
    return info;
}

bool EngineLocalProvider::canServe(const QString &modelId) const
{
    {
        std::lock_guard lock(m_shared->stateMutex);
        if (m_shared->adapterRuntime && modelId.compare(m_shared->adapterId, Qt::CaseInsensitive) == 0)
            return true;
    }
    return isLoaded() && m_servedIds.contains(modelId, Qt::CaseInsensitive);
}

std::unique_ptr<LocalGeneration> EngineLocalProvider::start(
    const QString &modelId, const ChatRequest &request, EventSink sink)
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto handle = std::make_unique<EngineGeneration>(cancelled);

    // Events go back to the caller's thread through a context object living there; once the
    // handle is cancelled nothing more is delivered (the LocalProvider contract).
    auto *context = new QObject();
    context->moveToThread(QThread::currentThread());
    QPointer<QObject> guard(context);
    auto post = [guard, sink, cancelled](ChatEvent e) {
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [sink, cancelled, e] {
                if (!cancelled->load())
                    sink(e);
            },
            Qt::QueuedConnection);
    };
    auto done = [guard] {
        if (guard)
            QMetaObject::invokeMethod(
                guard.data(),
                [guard] {
                    if (guard)
                        guard->deleteLater();
                },
                Qt::QueuedConnection);
    };

    std::shared_ptr<ChatRuntime> runtime;
    {
        std::lock_guard lock(m_shared->stateMutex);
        if (m_shared->adapterRuntime && modelId.compare(m_shared->adapterId, Qt::CaseInsensitive) == 0)
            runtime = m_shared->adapterRuntime;
        else if (m_servedIds.contains(modelId, Qt::CaseInsensitive))
            runtime = m_shared->runtime;
    }
    if (!runtime) {
        post(ChatEvent::error(404, QStringLiteral("model_not_found"),
            QStringLiteral("local: no local model loaded that serves %1").arg(modelId)));
        done();
        return handle;
    }

    LocalOutputSpec spec = localOutputSpec(request);
    if (!spec.error.isEmpty()) {
        post(ChatEvent::error(400, QStringLiteral("invalid_request_error"), spec.error));
        done();
        return handle;
    }
    std::vector<TemplateMessage> messages;
    ChatTemplateVars vars;
    GenerateOptions options;
    toEngineRequest(request, messages, vars, options);

    std::thread([shared = m_shared, runtime, messages = std::move(messages), vars = std::move(vars), options,
                    spec = std::move(spec), cancelled, post, done]() mutable {
        std::lock_guard run(shared->runMutex);
        options.cancel = cancelled.get();
        std::unique_ptr<GrammarConstraint> constraint;
        if (spec.grammar) {
            constraint = runtime->makeConstraint(std::move(*spec.grammar));
            options.constraint = constraint.get();
        }
        // The answer's <tool_call> blocks become tool_calls deltas (whole calls, each with its id).
        ToolCallStream calls;
        int callIndex = 0;
        auto postPieces = [&](const std::vector<ToolCallStream::Piece> &pieces) {
            for (const ToolCallStream::Piece &p : pieces) {
                if (!p.isCall) {
                    post(ChatEvent::textDelta(QString::fromStdString(p.text)));
                    continue;
                }
                ChatEvent e;
                e.kind = ChatEvent::Kind::ToolCallDelta;
                e.toolIndex = callIndex++;
                e.toolId = newToolCallId();
                e.toolName = QString::fromStdString(p.call.name);
                e.toolArguments = QString::fromStdString(p.call.argumentsJson);
                post(e);
            }
        };
        auto result = runtime->chat(messages, vars, options, [&](const ChatDelta &d) {
            if (d.reasoning)
                post(ChatEvent::reasoningDelta(QString::fromUtf8(d.text.data(), qsizetype(d.text.size()))));
            else if (spec.parseToolCalls)
                postPieces(calls.push(d.text));
            else
                post(ChatEvent::textDelta(QString::fromUtf8(d.text.data(), qsizetype(d.text.size()))));
            return !cancelled->load();
        });
        if (spec.parseToolCalls)
            postPieces(calls.flush());
        if (!result) {
            post(ChatEvent::error(500, QStringLiteral("local_engine_error"),
                QStringLiteral("local: %1").arg(QString::fromStdString(result.error().message))));
        } else {
            const GenerationStats &s = result->generation.stats;
            TokenUsage usage;
            usage.inputTokens = s.promptTokens;
            usage.outputTokens = s.generatedTokens;
            usage.cachedInputTokens = s.reusedTokens;
            usage.reported = true;
            post(ChatEvent::usageEvent(usage));
            const StopReason stop = result->generation.stopReason;
            const bool called
                = callIndex > 0 && (stop == StopReason::EndOfSequence || stop == StopReason::StopString);
            post(ChatEvent::finish(called ? QStringLiteral("tool_calls") : finishReasonFor(stop)));
        }
        done();
    }).detach();
    return handle;
}

} // namespace sb
