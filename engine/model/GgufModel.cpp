#include "engine/model/GgufModel.h"

#include <memory>

#include "engine/model/Dequant.h"

namespace sb {

namespace {

constexpr const char *kArch = "smollm3";

Error keyError(const GgufFile &f, const std::string &key, const std::string &why)
{
    return makeError(ErrorCode::Format, f.path() + ": metadata '" + key + "' " + why);
}

Result<int64_t> requiredInt(const GgufFile &f, const std::string &key)
{
    const GgufValue *v = f.find(key);
    if (!v)
        return keyError(f, key, "is missing");
    if (!v->isInteger())
        return keyError(f, key, std::string("must be an integer, not ") + ggufTypeName(v->type));
    return v->i;
}

Result<void> optionalInt(const GgufFile &f, const std::string &key, int64_t &out)
{
    const GgufValue *v = f.find(key);
    if (!v)
        return {};
    if (!v->isInteger())
        return keyError(f, key, std::string("must be an integer, not ") + ggufTypeName(v->type));
    out = v->i;
    return {};
}

Result<void> optionalFloat(const GgufFile &f, const std::string &key, double &out)
{
    const GgufValue *v = f.find(key);
    if (!v)
        return {};
    if (!v->isFloat() && !v->isInteger())
        return keyError(f, key, std::string("must be a number, not ") + ggufTypeName(v->type));
    out = v->isFloat() ? v->f : static_cast<double>(v->i);
    return {};
}

uint32_t fileTypeOf(DType t)
{
    // llama_ftype: ALL_F32 = 0, MOSTLY_F16 = 1, MOSTLY_Q4_0 = 2, MOSTLY_Q8_0 = 7,
    // MOSTLY_Q4_K_S = 14, MOSTLY_Q6_K = 18, MOSTLY_BF16 = 32.
    switch (t) {
    case DType::F32:
        return 0;
    case DType::F16:
        return 1;
    case DType::Q4_0:
        return 2;
    case DType::Q8_0:
        return 7;
    case DType::Q4_K:
        return 14;
    case DType::Q6_K:
        return 18;
    case DType::BF16:
        return 32;
    default:
        return 0;
    }
}

} // namespace

Result<ModelConfig> ggufModelConfig(const GgufFile &f)
{
    const auto arch = f.getString("general.architecture");
    if (!arch)
        return makeError(
            ErrorCode::Format, f.path() + ": metadata 'general.architecture' is missing or not a string");
    if (*arch != kArch)
        return makeError(ErrorCode::Unsupported,
            f.path() + ": architecture '" + *arch + "' is not supported (expected 'smollm3')");
    const std::string p = std::string(kArch) + ".";
    ModelConfig c;
    c.modelType = kArch;
    auto dim = requiredInt(f, p + "embedding_length");
    if (!dim)
        return dim.error();
    auto layers = requiredInt(f, p + "block_count");
    if (!layers)
        return layers.error();
    auto ffn = requiredInt(f, p + "feed_forward_length");
    if (!ffn)
        return ffn.error();
    auto heads = requiredInt(f, p + "attention.head_count");
    if (!heads)
        return heads.error();
    auto ctx = requiredInt(f, p + "context_length");
    if (!ctx)
        return ctx.error();
    c.hiddenSize = dim.value();
    c.numLayers = layers.value();
    c.intermediateSize = ffn.value();
    c.numHeads = heads.value();
    c.maxPositionEmbeddings = ctx.value();
    c.numKvHeads = c.numHeads;
    SB_TRY(optionalInt(f, p + "attention.head_count_kv", c.numKvHeads));
    if (c.numHeads <= 0)
        return keyError(f, p + "attention.head_count", "must be positive");
    c.headDim = c.hiddenSize / c.numHeads;
    SB_TRY(optionalInt(f, p + "attention.key_length", c.headDim));
    c.rmsNormEps = 1e-6;
    SB_TRY(optionalFloat(f, p + "attention.layer_norm_rms_epsilon", c.rmsNormEps));
    c.ropeTheta = 10000.0; // llama.cpp's default when the key is absent
    SB_TRY(optionalFloat(f, p + "rope.freq_base", c.ropeTheta));

    const GgufValue *tokens = f.find("tokenizer.ggml.tokens");
    int64_t vocab = -1;
    if (tokens && tokens->type == GgufType::Array && tokens->arrayType == GgufType::String)
        vocab = static_cast<int64_t>(tokens->strings.size());
    SB_TRY(optionalInt(f, p + "vocab_size", vocab));
    if (vocab < 0) {
        // Fall back to the embedding's row count.
        if (const TensorView *e = f.findTensor("token_embd.weight"); e && e->shape.size() == 2)
            vocab = e->shape[0];
    }
    if (vocab <= 0)
        return keyError(f, "tokenizer.ggml.tokens", "is missing, so the vocabulary size is unknown");
    c.vocabSize = vocab;
    c.bosTokenId = c.eosTokenId = c.padTokenId = -1;
    SB_TRY(optionalInt(f, "tokenizer.ggml.bos_token_id", c.bosTokenId));
    SB_TRY(optionalInt(f, "tokenizer.ggml.eos_token_id", c.eosTokenId));
    SB_TRY(optionalInt(f, "tokenizer.ggml.padding_token_id", c.padTokenId));
    if (c.numLayers > 0 && c.numLayers <= 4096) {
        // GGUF has no NoPE key: llama.cpp hard-codes every 4th layer for smollm3.
        for (int64_t l = 0; l < c.numLayers; ++l)
            c.noRopeLayers.push_back((l + 1) % 4 != 0 ? 1 : 0);
    }
    c.tieWordEmbeddings = f.findTensor("output.weight") == nullptr;
    auto valid = c.validate();
    if (!valid)
        return makeError(valid.error().code, f.path() + ": " + valid.error().message);
    return c;
}

Result<TokenizerData> ggufTokenizerData(const GgufFile &f)
{
    const GgufValue *tokens = f.find("tokenizer.ggml.tokens");
    if (!tokens)
        return makeError(ErrorCode::NotFound, f.path() + ": no tokenizer.ggml.tokens metadata");
    if (tokens->type != GgufType::Array || tokens->arrayType != GgufType::String)
        return keyError(f, "tokenizer.ggml.tokens", "must be an array of strings");
    TokenizerData t;
    t.tokens = tokens->strings;
    if (auto m = f.getString("tokenizer.ggml.model"))
        t.model = *m;
    if (auto pre = f.getString("tokenizer.ggml.pre"))
        t.pre = *pre;
    if (const GgufValue *types = f.find("tokenizer.ggml.token_type")) {
        if (types->type != GgufType::Array || types->ints.size() != t.tokens.size())
            return keyError(
                f, "tokenizer.ggml.token_type", "must be an integer array as long as tokenizer.ggml.tokens");
        for (int64_t v : types->ints)
            t.tokenTypes.push_back(static_cast<int32_t>(v));
    }
    if (const GgufValue *scores = f.find("tokenizer.ggml.scores")) {
        if (scores->type != GgufType::Array || scores->floats.size() != t.tokens.size())
            return keyError(
                f, "tokenizer.ggml.scores", "must be a float array as long as tokenizer.ggml.tokens");
        for (double v : scores->floats)
            t.scores.push_back(static_cast<float>(v));
    }
    if (const GgufValue *merges = f.find("tokenizer.ggml.merges")) {
        if (merges->type != GgufType::Array || merges->arrayType != GgufType::String)
            return keyError(f, "tokenizer.ggml.merges", "must be an array of strings");
        t.merges = merges->strings;
    }
    const int64_t n = static_cast<int64_t>(t.tokens.size());
    const struct {
        const char *key;
        int64_t *out;
    } ids[] = { { "tokenizer.ggml.bos_token_id", &t.bosTokenId },
        { "tokenizer.ggml.eos_token_id", &t.eosTokenId },
        { "tokenizer.ggml.padding_token_id", &t.padTokenId },
        { "tokenizer.ggml.eot_token_id", &t.eotTokenId } };
    for (const auto &id : ids) {
        SB_TRY(optionalInt(f, id.key, *id.out));
        if (*id.out < -1 || *id.out >= n)
            return keyError(f, id.key, "(" + std::to_string(*id.out) + ") is outside the vocabulary");
    }
    if (const GgufValue *addBos = f.find("tokenizer.ggml.add_bos_token");
        addBos && addBos->type == GgufType::Bool)
        t.addBosToken = addBos->i != 0;
    if (auto tmpl = f.getString("tokenizer.chat_template"))
        t.chatTemplate = *tmpl;
    return t;
}

Result<LoadedModel> loadGgufModel(const std::string &path, const ProgressFn &progress)
{
    auto opened = GgufFile::open(path);
    if (!opened)
        return opened.error();
    return loadGgufModel(std::make_shared<const GgufFile>(std::move(opened.value())), progress);
}

Result<LoadedModel> loadGgufModel(std::shared_ptr<const GgufFile> file, const ProgressFn &progress)
{
    const std::string &path = file->path();
    auto config = ggufModelConfig(*file);
    if (!config)
        return config.error();

    LoadedModel m;
    m.format = ModelFormat::Gguf;
    m.path = path;
    m.weights.config = config.value();
    m.weights.layers.resize(static_cast<size_t>(config->numLayers));
    m.weights.qkInterleaved = true;
    const std::vector<TensorSpec> specs = smolLM3TensorSpecs(config.value());
    ModelProgress p;
    p.tensorsTotal = static_cast<int64_t>(specs.size());
    p.bytesTotal = file->fileSize();
    for (const TensorSpec &spec : specs) {
        const TensorView *v = file->findTensor(spec.ggufName);
        if (!v)
            return makeError(ErrorCode::Format,
                path + ": tensor '" + spec.ggufName + "' is missing (expected shape "
                    + shapeToString(spec.shape) + ")");
        SB_TRY(checkTensorShape(*v, spec.shape, spec.isNorm(), path));
        weightSlot(m.weights, spec) = *v;
        m.weightBytes += v->nbytes;
        ++p.tensorsDone;
        p.bytesDone += v->nbytes;
        if (progress && !progress(p))
            return makeError(ErrorCode::Cancelled, path + ": loading cancelled");
    }
    auto tok = ggufTokenizerData(*file);
    if (tok) {
        if (static_cast<int64_t>(tok->tokens.size()) != config->vocabSize)
            return keyError(*file, "tokenizer.ggml.tokens",
                "has " + std::to_string(tok->tokens.size()) + " entries but the embedding has "
                    + std::to_string(config->vocabSize) + " rows");
        m.tokenizer = std::move(tok.value());
        m.hasTokenizerData = true;
    } else if (tok.error().code != ErrorCode::NotFound) {
        return tok.error();
    }
    m.gguf = file;
    m.owners.push_back(file);
    return m;
}

Result<void> writeSmolLM3Gguf(const std::string &path, const ModelConfig &c, const TokenizerData &tok,
    DType weightType, const TensorF32Fn &tensorF32, const ProgressFn &progress)
{
    SB_TRY(c.validate());
    if (static_cast<int64_t>(tok.tokens.size()) != c.vocabSize)
        return makeError(ErrorCode::InvalidArgument,
            path + ": tokenizer has " + std::to_string(tok.tokens.size()) + " tokens but vocab_size is "
                + std::to_string(c.vocabSize));
    for (int64_t l = 0; l < c.numLayers; ++l) {
        // The GGUF format cannot say which layers skip RoPE; llama.cpp assumes every 4th.
        if (c.layerUsesRope(l) != ((l + 1) % 4 != 0))
            return makeError(ErrorCode::Unsupported,
                path + ": GGUF can only express NoPE on every 4th layer, but layer " + std::to_string(l)
                    + " differs");
    }
    GgufWriter w;
    const std::string p = "smollm3.";
    w.set("general.architecture", GgufValue::string("smollm3"));
    w.set("general.name", GgufValue::string("SmolLM3"));
    w.set("general.file_type", GgufValue::u32(fileTypeOf(weightType)));
    w.set("general.quantization_version", GgufValue::u32(2));
    w.set("general.alignment", GgufValue::u32(32));
    w.set(p + "context_length", GgufValue::u32(static_cast<uint32_t>(c.maxPositionEmbeddings)));
    w.set(p + "embedding_length", GgufValue::u32(static_cast<uint32_t>(c.hiddenSize)));
    w.set(p + "block_count", GgufValue::u32(static_cast<uint32_t>(c.numLayers)));
    w.set(p + "feed_forward_length", GgufValue::u32(static_cast<uint32_t>(c.intermediateSize)));
    w.set(p + "attention.head_count", GgufValue::u32(static_cast<uint32_t>(c.numHeads)));
    w.set(p + "attention.head_count_kv", GgufValue::u32(static_cast<uint32_t>(c.numKvHeads)));
    w.set(p + "attention.key_length", GgufValue::u32(static_cast<uint32_t>(c.headDim)));
    w.set(p + "attention.value_length", GgufValue::u32(static_cast<uint32_t>(c.headDim)));
    w.set(p + "attention.layer_norm_rms_epsilon", GgufValue::f32(static_cast<float>(c.rmsNormEps)));
    w.set(p + "rope.freq_base", GgufValue::f32(static_cast<float>(c.ropeTheta)));
    w.set(p + "rope.dimension_count", GgufValue::u32(static_cast<uint32_t>(c.headDim)));
    w.set(p + "vocab_size", GgufValue::u32(static_cast<uint32_t>(c.vocabSize)));
    w.set("tokenizer.ggml.model", GgufValue::string(tok.model.empty() ? "gpt2" : tok.model));
    w.set("tokenizer.ggml.pre", GgufValue::string(tok.pre.empty() ? "llama-bpe" : tok.pre));
    w.set("tokenizer.ggml.tokens", GgufValue::stringArray(tok.tokens));
    if (!tok.tokenTypes.empty())
        w.set("tokenizer.ggml.token_type", GgufValue::i32Array(tok.tokenTypes));
    if (!tok.scores.empty())
        w.set("tokenizer.ggml.scores", GgufValue::f32Array(tok.scores));
    w.set("tokenizer.ggml.merges", GgufValue::stringArray(tok.merges));
    if (tok.bosTokenId >= 0)
        w.set("tokenizer.ggml.bos_token_id", GgufValue::u32(static_cast<uint32_t>(tok.bosTokenId)));
    if (tok.eosTokenId >= 0)
        w.set("tokenizer.ggml.eos_token_id", GgufValue::u32(static_cast<uint32_t>(tok.eosTokenId)));
    if (tok.padTokenId >= 0)
        w.set("tokenizer.ggml.padding_token_id", GgufValue::u32(static_cast<uint32_t>(tok.padTokenId)));
    if (tok.eotTokenId >= 0)
        w.set("tokenizer.ggml.eot_token_id", GgufValue::u32(static_cast<uint32_t>(tok.eotTokenId)));
    w.set("tokenizer.ggml.add_bos_token", GgufValue::boolean(tok.addBosToken));
    if (!tok.chatTemplate.empty())
        w.set("tokenizer.chat_template", GgufValue::string(tok.chatTemplate));

    for (const TensorSpec &spec : smolLM3TensorSpecs(c)) {
        const DType dtype = spec.isNorm() ? DType::F32 : weightType;
        if (spec.shape.back() % dtypeBlockSize(dtype) != 0)
            return makeError(ErrorCode::InvalidArgument,
                path + ": tensor '" + spec.ggufName + "': rows of " + std::to_string(spec.shape.back())
                    + " elements cannot be stored as " + dtypeName(dtype) + " (block size "
                    + std::to_string(dtypeBlockSize(dtype)) + ")");
        TensorSource s;
        s.name = spec.ggufName;
        s.dtype = dtype;
        s.shape = spec.shape;
        const int64_t headDim = c.headDim;
        s.bytes = [spec, dtype, headDim, &tensorF32, &path]() -> Result<std::vector<std::byte>> {
            auto values = tensorF32(spec);
            if (!values)
                return values.error();
            std::vector<float> &f = values.value();
            if (static_cast<int64_t>(f.size()) != spec.shape[0] * (spec.shape.size() > 1 ? spec.shape[1] : 1))
                return makeError(ErrorCode::Internal,
                    path + ": tensor '" + spec.hfName + "': source gave " + std::to_string(f.size())
                        + " values");
            if (spec.role == TensorRole::Wq || spec.role == TensorRole::Wk) {
                std::vector<float> permuted(f.size());
                permuteRowsToInterleaved(
                    f.data(), permuted.data(), spec.shape[0], spec.shape[1], headDim, sizeof(float));
                f.swap(permuted);
            }
            std::vector<std::byte> out(tensorBytes(dtype, spec.shape));
            SB_TRY(quantizeRow(dtype, f.data(), out.data(), static_cast<int64_t>(f.size())));
            return out;
        };
        w.addTensor(std::move(s));
    }
    return w.write(path, progress);
}

} // namespace sb
