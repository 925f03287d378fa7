#pragma once
// Everything the local provider needs to chat with one SmolLM3 model: the mapped weights, the
// tokenizer, the chat template, a compute backend (Vulkan or the CPU reference) and a Session
// that keeps the KV cache of the conversation so a follow-up only prefills the new turn.
// Single-threaded: one generation at a time (callers serialise; app/local does).

#include <atomic>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "engine/chat/ChatTemplate.h"
#include "engine/core/Result.h"
#include "engine/generate/Session.h"
#include "engine/model/ModelLoader.h"
#include "engine/runtime/BackendSelect.h"
#include "engine/sampling/GrammarConstraint.h"
#include "engine/tokenizer/Tokenizer.h"

namespace sb {

struct MergedModel;

struct ChatRuntimeOptions {
    BackendOptions backend;
    // Loading stages for a progress bar: ("validate" | "upload", fraction 0..1).
    std::function<void(std::string_view stage, double fraction)> progress;
};

// A piece of streamed output: visible answer text or the model's reasoning (<think> section).
struct ChatDelta {
    std::string_view text;
    bool reasoning = false;
};
using ChatDeltaCallback = std::function<bool(const ChatDelta &delta)>;

struct ChatRun {
    std::string text; // the answer (reasoning excluded)
    std::string reasoning; // the <think> section's text, if any
    GenerationResult generation;
};

class ChatRuntime {
public:
    static Result<std::unique_ptr<ChatRuntime>> open(
        const std::string &modelPath, const ChatRuntimeOptions &options = {});
    // The model with a PEFT LoRA adapter (directory) merged into an fp32 copy of the adapted
    // matrices (LoraFiles' mergeLoraAdapter); the other tensors stay mapped from the base files.
    static Result<std::unique_ptr<ChatRuntime>> openWithAdapter(
        const std::string &modelPath, const std::string &adapterDir, const ChatRuntimeOptions &options = {});
    ~ChatRuntime();

    const std::string &modelPath() const { return m_model.path; }
    const char *backendName() const { return m_backend->name(); }
    // Why the backend is not the one asked for (e.g. Vulkan unavailable), or a template warning.
    const std::string &notice() const { return m_notice; }
    // Which device runs the model and why (DevicePlan.h), e.g. "Vulkan device llvmpipe is a
    // software implementation; the CPU backend is faster".
    const std::string &backendReason() const { return m_backendReason; }
    const ModelConfig &config() const { return m_model.weights.config; }
    const Tokenizer &tokenizer() const { return *m_tokenizer; }
    const LoadedModel &model() const { return m_model; }
    int64_t contextLength() const { return m_backend->contextLength(); }
    std::string deviceName() const { return m_backend->deviceName(); }
    uint64_t deviceMemoryBytes() const { return m_backend->deviceMemoryBytes(); }
    std::string kernelPaths() const { return m_backend->kernelPaths(); }
    int64_t parameterCount() const;
    Session &session() { return *m_session; }

    // The prompt token ids for a conversation, rendered with the SmolLM3 template.
    Result<std::vector<int32_t>> promptTokens(
        std::span<const TemplateMessage> messages, const ChatTemplateVars &vars) const;

    // A constraint that makes the answer follow `grammar` (set it as GenerateOptions::constraint).
    // The vocabulary's byte table is built on the first call and kept.
    std::unique_ptr<GrammarConstraint> makeConstraint(JsonGrammar grammar);

    // Renders, generates and streams text deltas; `onDelta` returning false cancels.
    Result<ChatRun> chat(std::span<const TemplateMessage> messages, const ChatTemplateVars &vars,
        const GenerateOptions &options, const ChatDeltaCallback &onDelta = {});

private:
    ChatRuntime();
    static Result<std::unique_ptr<ChatRuntime>> finishOpen(
        std::unique_ptr<ChatRuntime> rt, const std::string &modelPath, const ChatRuntimeOptions &options);

    LoadedModel m_model;
    std::unique_ptr<MergedModel> m_merged; // adapter runtimes: m_model.weights point into it
    std::unique_ptr<Tokenizer> m_tokenizer;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<Session> m_session;
    std::string m_notice;
    std::string m_backendReason;
    std::shared_ptr<const TokenTable> m_tokenTable;
    int32_t m_toolOpen = -1; // <tool_call> / </tool_call>, where a tokenizer has them as tokens
    int32_t m_toolClose = -1;
    int32_t m_thinkOpen = -1;
    int32_t m_thinkClose = -1;
    int32_t m_endOfTurn = -1;
};

} // namespace sb
