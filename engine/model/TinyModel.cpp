#include "engine/model/TinyModel.h"

#include <cmath>
#include <filesystem>

#include "engine/core/Json.h"
#include "engine/core/PathIo.h"
#include "engine/model/Dequant.h"
#include "engine/model/FileIo.h"
#include "engine/model/GgufModel.h"
#include "engine/model/HfConfig.h"
#include "engine/model/Safetensors.h"
#include "engine/model/TokenizerJson.h"

namespace sb {

namespace {

uint64_t splitMix64(uint64_t &state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

uint64_t hashName(const std::string &s)
{
    uint64_t h = 0xcbf29ce484222325ull; // FNV-1a
    for (unsigned char c : s)
        h = (h ^ c) * 0x100000001b3ull;
    return h;
}

// Uniform in (0, 1): 24 random bits, never 0.
float uniform01(uint64_t &state)
{
    return (static_cast<float>(splitMix64(state) >> 40) + 0.5f) * (1.0f / 16777216.0f);
}

} // namespace

ModelConfig TinyModelOptions::tinyModelConfig(int64_t vocabSize)
{
    ModelConfig c;
    c.vocabSize = vocabSize;
    c.hiddenSize = 64;
    c.intermediateSize = 128;
    c.numLayers = 4;
    c.numHeads = 4;
    c.numKvHeads = 2;
    c.headDim = 16;
    c.maxPositionEmbeddings = 4096;
    c.noRopeLayers = { 1, 1, 1, 0 };
    return c;
}

Result<ModelConfig> tinyModelEffectiveConfig(const TinyModelOptions &o)
{
    ModelConfig c = o.config;
    if (static_cast<int64_t>(c.noRopeLayers.size()) != c.numLayers && c.numLayers > 0
        && c.numLayers <= 4096) {
        c.noRopeLayers.clear();
        for (int64_t i = 0; i < c.numLayers; ++i)
            c.noRopeLayers.push_back((i + 1) % 4 != 0 ? 1 : 0);
    }
    if (o.tokenizerJsonPath.empty()) {
        if (c.vocabSize < SyntheticTokenIds::kMinVocab)
            return makeError(ErrorCode::InvalidArgument,
                "tiny model: vocab_size " + std::to_string(c.vocabSize)
                    + " is below the synthetic tokenizer's minimum of "
                    + std::to_string(SyntheticTokenIds::kMinVocab));
        c.bosTokenId = SyntheticTokenIds::kBeginOfText;
        c.eosTokenId = SyntheticTokenIds::kImEnd;
        c.padTokenId = SyntheticTokenIds::kPad;
    }
    auto valid = c.validate();
    if (!valid)
        return makeError(valid.error().code, "tiny model: " + valid.error().message);
    return c;
}

std::vector<float> tinyModelTensor(uint64_t seed, const TensorSpec &spec)
{
    int64_t n = 1;
    for (int64_t d : spec.shape)
        n *= d;
    std::vector<float> v(static_cast<size_t>(n));
    uint64_t state = seed ^ hashName(spec.hfName);
    splitMix64(state);
    // Norm weights near 1 (so they matter but keep activations sane); linear weights scaled by
    // 1/sqrt(fan_in) so activations neither vanish nor explode through the layers.
    const bool norm = spec.isNorm();
    const float stddev = norm ? 0.1f
        : spec.role == TensorRole::Embedding || spec.role == TensorRole::LmHead
        ? 0.5f
        : 1.0f / std::sqrt(static_cast<float>(spec.shape.back()));
    for (size_t i = 0; i < v.size(); i += 2) {
        // Box-Muller: two normals per pair of uniforms.
        const float u1 = uniform01(state), u2 = uniform01(state);
        const float r = std::sqrt(-2.0f * std::log(u1));
        const float z0 = r * std::cos(6.2831853f * u2), z1 = r * std::sin(6.2831853f * u2);
        v[i] = bf16ToF32(f32ToBf16((norm ? 1.0f : 0.0f) + stddev * z0));
        if (i + 1 < v.size())
            v[i + 1] = bf16ToF32(f32ToBf16((norm ? 1.0f : 0.0f) + stddev * z1));
    }
    return v;
}

Result<void> writeTinyModelHf(const TinyModelOptions &o, const std::string &dirPath, DType storage)
{
    if (storage != DType::F32 && storage != DType::F16 && storage != DType::BF16)
        return makeError(ErrorCode::InvalidArgument,
            std::string("tiny model: safetensors storage must be F32, F16 or BF16, not ")
                + dtypeName(storage));
    auto config = tinyModelEffectiveConfig(o);
    if (!config)
        return config.error();
    const std::filesystem::path dir = pathFromUtf8(dirPath);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return makeError(ErrorCode::Io, dirPath + ": cannot create directory: " + ec.message());

    std::vector<TensorSource> sources;
    for (const TensorSpec &spec : smolLM3TensorSpecs(config.value())) {
        TensorSource s;
        s.name = spec.hfName;
        s.dtype = storage;
        s.shape = spec.shape;
        s.bytes = [seed = o.seed, spec, storage]() -> Result<std::vector<std::byte>> {
            const std::vector<float> f = tinyModelTensor(seed, spec);
            std::vector<std::byte> out(tensorBytes(storage, spec.shape));
            SB_TRY(quantizeRow(storage, f.data(), out.data(), static_cast<int64_t>(f.size())));
            return out;
        };
        sources.push_back(std::move(s));
    }
    SB_TRY(writeSafetensors(pathToUtf8(dir / "model.safetensors"), sources, { { "format", "pt" } }));
    SB_TRY(writeTextFile(pathToUtf8(dir / "config.json"), hfConfigJson(config.value())));

    if (o.tokenizerJsonPath.empty())
        SB_TRY(writeTextFile(pathToUtf8(dir / "tokenizer.json"), syntheticTokenizerJson(config->vocabSize)));
    else
        SB_TRY(copyFile(o.tokenizerJsonPath, pathToUtf8(dir / "tokenizer.json")));

    Json tc = Json::object();
    tc.set("bos_token", Json("<|begin_of_text|>")); // both vocabularies have these three
    tc.set("eos_token", Json("<|im_end|>"));
    tc.set("pad_token", Json("<|finetune_right_pad_id|>"));
    tc.set("add_bos_token", Json(false));
    tc.set("model_max_length", Json(config->maxPositionEmbeddings));
    tc.set("tokenizer_class", Json("PreTrainedTokenizerFast"));
    if (!o.chatTemplatePath.empty()) {
        auto tmpl = readTextFile(o.chatTemplatePath);
        if (!tmpl)
            return tmpl.error();
        tc.set("chat_template", Json(tmpl.value()));
    }
    SB_TRY(writeTextFile(pathToUtf8(dir / "tokenizer_config.json"), tc.dump() + "\n"));

    Json gc = Json::object();
    gc.set("bos_token_id", Json(config->bosTokenId));
    gc.set("eos_token_id", Json(config->eosTokenId));
    gc.set("pad_token_id", Json(config->padTokenId));
    SB_TRY(writeTextFile(pathToUtf8(dir / "generation_config.json"), gc.dump() + "\n"));
    return {};
}

Result<void> writeTinyModelGguf(const TinyModelOptions &o, const std::string &path, DType weightType)
{
    auto config = tinyModelEffectiveConfig(o);
    if (!config)
        return config.error();
    TokenizerData tok;
    if (o.tokenizerJsonPath.empty()) {
        tok = syntheticTokenizerData(config->vocabSize);
    } else {
        auto t = tokenizerDataFromJson(o.tokenizerJsonPath, config->vocabSize);
        if (!t)
            return t.error();
        tok = std::move(t.value());
    }
    tok.bosTokenId = config->bosTokenId;
    tok.eosTokenId = config->eosTokenId;
    tok.padTokenId = config->padTokenId;
    tok.eotTokenId = config->eosTokenId;
    if (!o.chatTemplatePath.empty()) {
        auto tmpl = readTextFile(o.chatTemplatePath);
        if (!tmpl)
            return tmpl.error();
        tok.chatTemplate = tmpl.value();
    }
    const uint64_t seed = o.seed;
    return writeSmolLM3Gguf(path, config.value(), tok, weightType,
        [seed](const TensorSpec &spec) -> Result<std::vector<float>> { return tinyModelTensor(seed, spec); });
}

} // namespace sb
