#include "engine/lora/LoraFiles.h"

#include <cstring>
#include <filesystem>
#include <map>

#include "engine/core/Json.h"
#include "engine/core/PathIo.h"
#include "engine/model/FileIo.h"
#include "engine/model/Half.h"
#include "engine/model/HfConfig.h"
#include "engine/model/Safetensors.h"
#include "engine/model/SmolLM3Tensors.h"
#include "engine/ops/WeightRows.h"

namespace sb {

namespace {

size_t sz(int64_t n)
{
    return static_cast<size_t>(n);
}

bool isQk(LoraTarget t)
{
    return t == LoraTarget::Q || t == LoraTarget::K;
}

// Rows of B (out, r) between interleaved (GGUF) and split-half (HF) order.
std::vector<float> permutedB(
    const std::vector<float> &b, int64_t out, int64_t rank, int64_t headDim, bool toSplitHalf)
{
    std::vector<float> r(b.size());
    if (toSplitHalf)
        permuteRowsToSplitHalf(b.data(), r.data(), out, rank, headDim, sizeof(float));
    else
        permuteRowsToInterleaved(b.data(), r.data(), out, rank, headDim, sizeof(float));
    return r;
}

std::vector<std::byte> floatBytes(const std::vector<float> &v, DType dtype)
{
    if (dtype == DType::F32) {
        std::vector<std::byte> out(v.size() * 4);
        std::memcpy(out.data(), v.data(), out.size());
        return out;
    }
    std::vector<std::byte> out(v.size() * 2);
    for (size_t i = 0; i < v.size(); ++i) {
        const uint16_t h = dtype == DType::F16 ? f32ToF16(v[i]) : f32ToBf16(v[i]);
        std::memcpy(out.data() + 2 * i, &h, 2);
    }
    return out;
}

Result<void> makeDir(const std::string &dir)
{
    std::error_code ec;
    std::filesystem::create_directories(pathFromUtf8(dir), ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot create directory " + dir + ": " + ec.message());
    return {};
}

// W (out, in) += scale · B (out, r) · A (r, in)
void addLowRank(std::vector<float> &w, const LoraPair &p, float scale)
{
    for (int64_t o = 0; o < p.out; ++o)
        for (int64_t k = 0; k < p.rank; ++k) {
            const float bk = scale * p.b[sz(o * p.rank + k)];
            if (bk == 0.0f)
                continue;
            const float *a = p.a.data() + k * p.in;
            float *row = w.data() + o * p.in;
            for (int64_t i = 0; i < p.in; ++i)
                row[i] += bk * a[i];
        }
}

bool roleTarget(TensorRole role, LoraTarget &t)
{
    switch (role) {
    case TensorRole::Wq:
        t = LoraTarget::Q;
        return true;
    case TensorRole::Wk:
        t = LoraTarget::K;
        return true;
    case TensorRole::Wv:
        t = LoraTarget::V;
        return true;
    case TensorRole::Wo:
        t = LoraTarget::O;
        return true;
    case TensorRole::Gate:
        t = LoraTarget::Gate;
        return true;
    case TensorRole::Up:
        t = LoraTarget::Up;
        return true;
    case TensorRole::Down:
        t = LoraTarget::Down;
        return true;
    default:
        return false;
    }
}

Result<void> checkAdapterFits(const ModelWeights &base, const LoraAdapter &adapter)
{
    if (adapter.layers.size() != base.layers.size())
        return makeError(ErrorCode::InvalidArgument,
            "adapter has " + std::to_string(adapter.layers.size()) + " layers but the model "
                + std::to_string(base.layers.size()));
    for (size_t l = 0; l < adapter.layers.size(); ++l)
        for (int ti = 0; ti < kLoraTargetCount; ++ti) {
            const LoraPair &p = adapter.layers[l][sz(ti)];
            const auto [out, in] = loraTargetShape(base.config, static_cast<LoraTarget>(ti));
            if (p.enabled() && (p.out != out || p.in != in))
                return makeError(ErrorCode::InvalidArgument,
                    "adapter layers." + std::to_string(l) + "." + loraTargetName(static_cast<LoraTarget>(ti))
                        + " does not match the model's shape");
        }
    return {};
}

} // namespace

std::string peftTensorName(int64_t layer, LoraTarget t, bool isB)
{
    return "base_model.model.model.layers." + std::to_string(layer) + "." + loraTargetParent(t) + "."
        + loraTargetName(t) + (isB ? ".lora_B.weight" : ".lora_A.weight");
}

Result<void> saveLoraAdapterPeft(
    const LoraAdapter &adapter, const std::string &dir, int64_t qkInterleavedHeadDim)
{
    SB_TRY(makeDir(dir));
    const LoraConfig &c = adapter.config;
    Json cfg = Json::object();
    cfg.set("peft_type", "LORA");
    cfg.set("task_type", "CAUSAL_LM");
    cfg.set("r", c.rank);
    cfg.set("lora_alpha", c.alpha);
    cfg.set("lora_dropout", c.dropout);
    Json targets = Json::array();
    for (LoraTarget t : c.targets)
        targets.push(loraTargetName(t));
    cfg.set("target_modules", targets);
    cfg.set("base_model_name_or_path", c.baseModel);
    cfg.set("bias", "none");
    cfg.set("fan_in_fan_out", false);
    cfg.set("inference_mode", true);
    cfg.set("init_lora_weights", true);
    cfg.set("use_rslora", false);
    cfg.set("use_dora", false);
    cfg.set("modules_to_save", nullptr);
    cfg.set("layers_to_transform", nullptr);
    cfg.set("rank_pattern", Json::object());
    cfg.set("alpha_pattern", Json::object());
    SB_TRY(writeTextFile(dir + "/adapter_config.json", cfg.dump()));

    std::vector<TensorSource> sources;
    for (size_t l = 0; l < adapter.layers.size(); ++l)
        for (int ti = 0; ti < kLoraTargetCount; ++ti) {
            const LoraPair *p = &adapter.layers[l][sz(ti)];
            const auto t = static_cast<LoraTarget>(ti);
            if (!p->enabled())
                continue;
            sources.push_back({ peftTensorName(int64_t(l), t, false), DType::F32, { p->rank, p->in },
                [p]() -> Result<std::vector<std::byte>> { return floatBytes(p->a, DType::F32); } });
            const bool permute = qkInterleavedHeadDim > 0 && isQk(t);
            sources.push_back({ peftTensorName(int64_t(l), t, true), DType::F32, { p->out, p->rank },
                [p, permute, hd = qkInterleavedHeadDim]() -> Result<std::vector<std::byte>> {
                    return floatBytes(
                        permute ? permutedB(p->b, p->out, p->rank, hd, true) : p->b, DType::F32);
                } });
        }
    return writeSafetensors(dir + "/adapter_model.safetensors", sources, { { "format", "pt" } });
}

Result<LoraAdapter> loadLoraAdapterPeft(const std::string &dir, const ModelConfig &model, bool qkInterleaved)
{
    const std::string cfgPath = dir + "/adapter_config.json";
    auto text = readTextFile(cfgPath);
    if (!text)
        return text.error();
    auto parsed = Json::parse(text.value());
    if (!parsed)
        return makeError(ErrorCode::Format, cfgPath + ": " + parsed.error().message);
    const Json &json = parsed.value();
    const auto field = [&](const char *name) { return json.find(name); };
    if (const Json *p = field("peft_type"); !p || p->asString() != "LORA")
        return makeError(ErrorCode::Unsupported, cfgPath + ": peft_type is not \"LORA\"");
    for (const char *flag : { "use_rslora", "use_dora", "fan_in_fan_out" })
        if (const Json *p = field(flag); p && p->asBool())
            return makeError(ErrorCode::Unsupported, cfgPath + ": " + flag + " = true is not supported");
    for (const char *pattern : { "rank_pattern", "alpha_pattern" })
        if (const Json *p = field(pattern); p && p->isObject() && p->size() > 0)
            return makeError(
                ErrorCode::Unsupported, cfgPath + ": a non-empty " + pattern + " is not supported");
    LoraAdapter adapter;
    LoraConfig &c = adapter.config;
    const Json *r = field("r");
    if (!r || !r->isNumber() || r->asInt64() <= 0)
        return makeError(ErrorCode::Format, cfgPath + ": field \"r\" is missing or not a positive integer");
    c.rank = r->asInt64();
    c.alpha = field("lora_alpha") ? field("lora_alpha")->asDouble(double(c.rank)) : double(c.rank);
    c.dropout = field("lora_dropout") ? field("lora_dropout")->asDouble(0.0) : 0.0;
    if (const Json *b = field("base_model_name_or_path"))
        c.baseModel = b->asString();

    const std::string stPath = dir + "/adapter_model.safetensors";
    auto opened = SafetensorsFile::open(stPath);
    if (!opened)
        return opened.error();
    const SafetensorsFile &file = opened.value();
    adapter.layers.resize(sz(model.numLayers));
    c.targets.clear();
    std::map<std::string, bool> known;
    for (int64_t l = 0; l < model.numLayers; ++l)
        for (int ti = 0; ti < kLoraTargetCount; ++ti)
            for (bool isB : { false, true })
                known[peftTensorName(l, static_cast<LoraTarget>(ti), isB)] = true;
    for (const TensorView &t : file.tensors())
        if (!known.count(t.name))
            return makeError(ErrorCode::Unsupported,
                stPath + ": tensor " + t.name + " is not a LoRA A/B of q/k/v/o/gate/up/down_proj in "
                    + std::to_string(model.numLayers) + " layers");
    for (int ti = 0; ti < kLoraTargetCount; ++ti) {
        const auto t = static_cast<LoraTarget>(ti);
        if (!file.find(peftTensorName(0, t, false)))
            continue;
        c.targets.push_back(t);
        const auto [out, in] = loraTargetShape(model, t);
        for (int64_t l = 0; l < model.numLayers; ++l) {
            const std::string an = peftTensorName(l, t, false), bn = peftTensorName(l, t, true);
            const TensorView *a = file.find(an), *b = file.find(bn);
            if (!a || !b)
                return makeError(ErrorCode::Format, stPath + ": missing " + (a ? bn : an));
            SB_TRY(checkWeight(*a, { c.rank, in }));
            SB_TRY(checkWeight(*b, { out, c.rank }));
            LoraPair &p = adapter.pair(l, t);
            p.in = in;
            p.out = out;
            p.rank = c.rank;
            p.a = toFloatVector(*a);
            p.b = toFloatVector(*b);
            if (qkInterleaved && isQk(t))
                p.b = permutedB(p.b, out, c.rank, model.headDim, false);
        }
    }
    if (c.targets.empty())
        return makeError(ErrorCode::Format, stPath + ": no LoRA tensors for layer 0");
    SB_TRY(c.validate());
    return adapter;
}

Result<std::unique_ptr<MergedModel>> mergeLoraAdapter(const ModelWeights &base, const LoraAdapter &adapter)
{
    SB_TRY(checkAdapterFits(base, adapter));
    auto merged = std::make_unique<MergedModel>();
    merged->weights = base;
    const float scale = adapter.config.scale();
    for (const TensorSpec &spec : smolLM3TensorSpecs(base.config)) {
        LoraTarget t;
        if (spec.layer < 0 || !roleTarget(spec.role, t))
            continue;
        const LoraPair &p = adapter.pair(spec.layer, t);
        if (!p.enabled())
            continue;
        TensorView &view = weightSlot(merged->weights, spec);
        auto values = std::make_unique<std::vector<float>>(toFloatVector(view));
        addLowRank(*values, p, scale);
        view.dtype = DType::F32;
        view.data = reinterpret_cast<const std::byte *>(values->data());
        view.nbytes = values->size() * sizeof(float);
        merged->storage.push_back(std::move(values));
    }
    return merged;
}

Result<void> writeMergedModelHf(
    const ModelWeights &base, const LoraAdapter &adapter, const std::string &dir, DType storage)
{
    if (storage != DType::F32 && storage != DType::F16 && storage != DType::BF16)
        return makeError(ErrorCode::Unsupported,
            std::string("merged model storage ") + dtypeName(storage) + " (use F32, F16 or BF16)");
    SB_TRY(checkAdapterFits(base, adapter));
    SB_TRY(makeDir(dir));
    SB_TRY(writeTextFile(dir + "/config.json", hfConfigJson(base.config)));
    auto weights = std::make_shared<ModelWeights>(base);
    const float scale = adapter.config.scale();
    std::vector<TensorSource> sources;
    for (const TensorSpec &spec : smolLM3TensorSpecs(base.config)) {
        const TensorView *view = &weightSlot(*weights, spec);
        if (!view->valid())
            return makeError(ErrorCode::NotFound, "base tensor " + spec.hfName + " is missing");
        const LoraPair *p = nullptr;
        LoraTarget t;
        if (spec.layer >= 0 && roleTarget(spec.role, t) && adapter.pair(spec.layer, t).enabled())
            p = &adapter.pair(spec.layer, t);
        const bool unpermute
            = base.qkInterleaved && (spec.role == TensorRole::Wq || spec.role == TensorRole::Wk);
        const int64_t headDim = base.config.headDim;
        sources.push_back({ spec.hfName, storage, spec.shape,
            [view, p, scale, unpermute, headDim, storage, weights]() -> Result<std::vector<std::byte>> {
                std::vector<float> v = toFloatVector(*view);
                if (p)
                    addLowRank(v, *p, scale);
                if (unpermute) {
                    std::vector<float> r(v.size());
                    permuteRowsToSplitHalf(
                        v.data(), r.data(), view->rows(), view->cols(), headDim, sizeof(float));
                    v.swap(r);
                }
                return floatBytes(v, storage);
            } });
    }
    return writeSafetensors(dir + "/model.safetensors", sources, { { "format", "pt" } });
}

} // namespace sb
