#include "engine/runtime/ChatRuntime.h"

#include <fstream>
#include <sstream>

#include "engine/core/Json.h"
#include "engine/core/PathIo.h"
#include "engine/lora/LoraFiles.h"

namespace sb {

namespace {

// The model's own chat template, when its files carry one (tokenizer_config.json "chat_template").
std::string modelChatTemplate(const LoadedModel &model)
{
    if (model.tokenizerConfigPath.empty())
        return {};
    std::ifstream in(pathFromUtf8(model.tokenizerConfigPath), std::ios::binary);
    if (!in)
        return {};
    std::stringstream ss;
    ss << in.rdbuf();
    auto json = Json::parse(ss.str());
    if (!json.ok())
        return {};
    const Json *tpl = json->find("chat_template");
    return tpl && tpl->isString() ? tpl->asString() : std::string();
}

} // namespace

ChatRuntime::ChatRuntime() = default;
ChatRuntime::~ChatRuntime() = default;

Result<std::unique_ptr<ChatRuntime>> ChatRuntime::open(
    const std::string &modelPath, const ChatRuntimeOptions &options)
{
    std::unique_ptr<ChatRuntime> rt(new ChatRuntime());
    auto model = loadModel(modelPath, [&](const ModelProgress &p) {
        if (options.progress && p.tensorsTotal > 0)
            options.progress("validate", double(p.tensorsDone) / double(p.tensorsTotal));
        return true;
    });
    if (!model)
        return model.error();
    rt->m_model = std::move(model.value());
    return finishOpen(std::move(rt), modelPath, options);
}

Result<std::unique_ptr<ChatRuntime>> ChatRuntime::openWithAdapter(
    const std::string &modelPath, const std::string &adapterDir, const ChatRuntimeOptions &options)
{
    std::unique_ptr<ChatRuntime> rt(new ChatRuntime());
    auto model = loadModel(modelPath);
    if (!model)
        return model.error();
    rt->m_model = std::move(model.value());
    auto adapter
        = loadLoraAdapterPeft(adapterDir, rt->m_model.weights.config, rt->m_model.weights.qkInterleaved);
    if (!adapter)
        return adapter.error();
    auto merged = mergeLoraAdapter(rt->m_model.weights, adapter.value());
    if (!merged)
        return merged.error();
    rt->m_merged = std::move(merged.value());
    rt->m_model.weights = rt->m_merged->weights;
    return finishOpen(std::move(rt), modelPath, options);
}

Result<std::unique_ptr<ChatRuntime>> ChatRuntime::finishOpen(
    std::unique_ptr<ChatRuntime> rt, const std::string &modelPath, const ChatRuntimeOptions &options)
{

    Result<Tokenizer> tok = !rt->m_model.tokenizerJsonPath.empty()
        ? Tokenizer::fromFile(rt->m_model.tokenizerJsonPath)
        : rt->m_model.hasTokenizerData
        ? Tokenizer::fromTokenizerData(rt->m_model.tokenizer, rt->m_model.path)
        : Result<Tokenizer>(makeError(ErrorCode::NotFound,
            modelPath + ": no tokenizer.json beside the weights and no vocabulary in the file"));
    if (!tok)
        return tok.error();
    rt->m_tokenizer = std::make_unique<Tokenizer>(std::move(tok.value()));
    if (rt->m_tokenizer->vocabSize() > rt->m_model.weights.config.vocabSize)
        return makeError(ErrorCode::Format,
            modelPath + ": the tokenizer has " + std::to_string(rt->m_tokenizer->vocabSize())
                + " ids but the model's embedding only "
                + std::to_string(rt->m_model.weights.config.vocabSize));

    const std::string ownTemplate = modelChatTemplate(rt->m_model);
    if (!ownTemplate.empty()) {
        const ChatTemplateDetection detection = detectTemplate(ownTemplate);
        if (detection.kind != ChatTemplateKind::SmolLM3)
            rt->m_notice = detection.message;
    }

    BackendOptions backendOptions = options.backend;
    if (options.progress && !backendOptions.vulkanModel.progress)
        backendOptions.vulkanModel.progress = [p = options.progress](uint64_t done, uint64_t total) {
            p("upload", total ? double(done) / double(total) : 1.0);
        };
    auto backend = createBackend(rt->m_model.weights, backendOptions);
    if (!backend)
        return backend.error();
    rt->m_backend = std::move(backend->backend);
    if (!backend->notice.empty())
        rt->m_notice = rt->m_notice.empty() ? backend->notice : backend->notice + "; " + rt->m_notice;
    rt->m_session = std::make_unique<Session>(*rt->m_backend);

    rt->m_thinkOpen = rt->m_tokenizer->tokenId("<think>");
    rt->m_thinkClose = rt->m_tokenizer->tokenId("</think>");
    rt->m_endOfTurn = rt->m_tokenizer->tokenId("<|im_end|>");
    return rt;
}

int64_t ChatRuntime::parameterCount() const
{
    const ModelWeights &w = m_model.weights;
    int64_t n = w.tokenEmbedding.numel() + w.finalNorm.numel() + (w.lmHead.valid() ? w.lmHead.numel() : 0);
    for (const LayerWeights &l : w.layers)
        for (const TensorView *t :
            { &l.attnNorm, &l.wq, &l.wk, &l.wv, &l.wo, &l.ffnNorm, &l.wGate, &l.wUp, &l.wDown })
            n += t->numel();
    return n;
}

Result<std::vector<int32_t>> ChatRuntime::promptTokens(
    std::span<const TemplateMessage> messages, const ChatTemplateVars &vars) const
{
    auto text = renderSmolLM3Chat(messages, vars);
    if (!text)
        return text.error();
    EncodeOptions encode;
    encode.parseSpecial = true;
    return m_tokenizer->encode(text.value(), encode);
}

Result<ChatRun> ChatRuntime::chat(std::span<const TemplateMessage> messages, const ChatTemplateVars &vars,
    const GenerateOptions &options, const ChatDeltaCallback &onDelta)
{
    auto prompt = promptTokens(messages, vars);
    if (!prompt)
        return prompt.error();

    GenerateOptions opts = options;
    if (m_endOfTurn >= 0)
        opts.stopTokens.push_back(m_endOfTurn);
    if (!opts.tokenText)
        opts.tokenText = [this](int32_t id) { return std::string(m_tokenizer->tokenBytes(id)); };

    ChatRun run;
    StreamingDecoder decoder(*m_tokenizer, /*skipSpecial=*/true);
    bool inReasoning = false;
    bool keepGoing = true;
    auto emit = [&](const std::string &piece) {
        if (piece.empty())
            return;
        (inReasoning ? run.reasoning : run.text) += piece;
        if (onDelta && keepGoing)
            keepGoing = onDelta(ChatDelta { piece, inReasoning });
    };
    auto result = m_session->generate(prompt.value(), opts, [&](int32_t token) {
        // The <think> markers are special tokens: they switch channels instead of being shown.
        if (token == m_thinkOpen || token == m_thinkClose) {
            emit(decoder.flush());
            inReasoning = token == m_thinkOpen;
            return keepGoing;
        }
        emit(decoder.push(token));
        return keepGoing;
    });
    if (!result)
        return result.error();
    emit(decoder.flush());
    run.generation = std::move(result.value());
    return run;
}

} // namespace sb
