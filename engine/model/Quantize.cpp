#include "engine/model/Quantize.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

#include "engine/core/Json.h"
#include "engine/core/PathIo.h"
#include "engine/model/Dequant.h"
#include "engine/model/FileIo.h"
#include "engine/model/GgufModel.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/TokenizerJson.h"

namespace sb {

namespace {

Result<TokenizerData> tokenizerFor(const LoadedModel &m)
{
    if (m.hasTokenizerData)
        return m.tokenizer;
    const ModelConfig &c = m.weights.config;
    if (m.tokenizerJsonPath.empty())
        return makeError(ErrorCode::NotFound, m.path + ": no tokenizer.json to carry into the GGUF file");
    auto t = tokenizerDataFromJson(m.tokenizerJsonPath, c.vocabSize);
    if (!t)
        return t.error();
    t->bosTokenId = c.bosTokenId;
    t->eosTokenId = c.eosTokenId;
    t->padTokenId = c.padTokenId;
    t->eotTokenId = c.eosTokenId;
    if (!m.tokenizerConfigPath.empty()) {
        // The chat template lives in tokenizer_config.json; a missing or odd one is not fatal.
        if (auto text = readTextFile(m.tokenizerConfigPath, 64u * 1024 * 1024)) {
            if (auto json = Json::parse(text.value()); json && json.value()["chat_template"].isString())
                t->chatTemplate = json.value()["chat_template"].asString();
        }
    }
    return t;
}

} // namespace

Result<DType> parseDType(const std::string &name)
{
    std::string s = name;
    std::transform(
        s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    if (s == "q8_0")
        return DType::Q8_0;
    if (s == "q4_0")
        return DType::Q4_0;
    if (s == "q4_k")
        return DType::Q4_K;
    if (s == "q6_k")
        return DType::Q6_K;
    if (s == "f16")
        return DType::F16;
    if (s == "bf16")
        return DType::BF16;
    if (s == "f32")
        return DType::F32;
    return makeError(ErrorCode::InvalidArgument,
        "unknown type '" + name + "' (expected q8_0, q4_0, q4_k, q6_k, f16, bf16 or f32)");
}

Result<void> quantizeModel(
    const std::string &inPath, DType to, const std::string &outPath, const ProgressFn &progress)
{
    std::error_code ec;
    if (std::filesystem::exists(pathFromUtf8(outPath), ec)
        && std::filesystem::equivalent(pathFromUtf8(inPath), pathFromUtf8(outPath), ec))
        return makeError(
            ErrorCode::InvalidArgument, outPath + ": the output would overwrite the input model");
    auto model = loadModel(inPath);
    if (!model)
        return model.error();
    auto tok = tokenizerFor(model.value());
    if (!tok)
        return tok.error();
    const ModelWeights &w = model->weights;
    const bool interleaved = w.qkInterleaved;
    const int64_t headDim = w.config.headDim;
    auto source = [&w, interleaved, headDim](const TensorSpec &spec) -> Result<std::vector<float>> {
        const TensorView &v = weightSlot(const_cast<ModelWeights &>(w), spec);
        std::vector<float> f = dequantizeTensor(v);
        if (interleaved && (spec.role == TensorRole::Wq || spec.role == TensorRole::Wk)) {
            // The writer permutes from Hugging Face order; undo the source file's permutation.
            std::vector<float> hf(f.size());
            permuteRowsToSplitHalf(f.data(), hf.data(), v.shape[0], v.shape[1], headDim, sizeof(float));
            f.swap(hf);
        }
        return f;
    };
    auto written = writeSmolLM3Gguf(outPath, w.config, tok.value(), to, source, progress);
    if (!written) {
        std::remove(outPath.c_str());
        return written.error();
    }
    return {};
}

} // namespace sb
