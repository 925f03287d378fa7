#pragma once
// The router's "local" provider backed by the engine: one SmolLM3 model, generations run on a
// worker thread one at a time (the KV cache belongs to one conversation at a time), events are
// delivered on the thread that called start().

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>

#include "engine/runtime/ChatRuntime.h"
#include "router/core/LocalProvider.h"

namespace sb {

struct LocalModelInfo {
    QString format; // "safetensors" or "GGUF"
    qint64 layers = 0;
    qint64 hiddenSize = 0;
    qint64 heads = 0;
    qint64 kvHeads = 0;
    qint64 vocabSize = 0;
    qint64 parameters = 0;
    quint64 weightBytes = 0;
    qint64 contextLength = 0;
    QString name; // the model folder's or file's name
    QString quantisation; // the dtype of most weight bytes ("BF16", "Q4_0", ...; "mixed: ..." when split)
    QString device; // "CPU" or the Vulkan device's name
    quint64 deviceBytes = 0; // device memory held (weights, KV cache, buffers); 0 on the CPU
    QString kernels; // the Vulkan kernel paths in use (Backend::kernelPaths); empty on the CPU
};

class EngineLocalProvider : public QObject, public LocalProvider {
    Q_OBJECT

public:
    explicit EngineLocalProvider(QObject *parent = nullptr);
    ~EngineLocalProvider() override;

    // Loads (blocking; call from a worker or show progress). Replaces any loaded model.
    Result<void> load(const QString &modelPath, const ChatRuntimeOptions &options = {});
    bool isLoaded() const;
    QString modelPath() const;
    QString backendName() const;
    QString notice() const;
    // Which device runs the model and why (engine/runtime/DevicePlan.h), "" when none is loaded.
    QString backendReason() const;
    LocalModelInfo modelInfo() const; // zeros when nothing is loaded
    // A second local model: `baseModelPath` with the PEFT adapter in `adapterDir` merged, served as
    // `modelId` next to the base (so a chat can compare them). Blocking; replaces any previous one.
    // Uses the backend options of the last load().
    Result<void> loadAdapter(const QString &baseModelPath, const QString &adapterDir, const QString &modelId);
    void unloadAdapter();
    QString adapterModelId() const; // "" when no adapter model is loaded
    QString adapterDir() const;
    // The catalog's canonical id this provider answers to (default "smollm3-3b", plus the
    // model directory's name).
    void setServedModelIds(const QStringList &ids) { m_servedIds = ids; }

    bool canServe(const QString &modelId) const override;
    std::unique_ptr<LocalGeneration> start(
        const QString &modelId, const ChatRequest &request, EventSink sink) override;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QStringList m_servedIds;
};

// Converts the router's OpenAI-style request to the engine's chat messages and options: an
// assistant turn's tool_calls become the <tool_call> text the model writes, tools are rendered
// unless tool_choice is "none", and constrained output runs without a reasoning section.
void toEngineRequest(const ChatRequest &request, std::vector<TemplateMessage> &messages,
    ChatTemplateVars &vars, GenerateOptions &options);

} // namespace sb
