#include "engine/model/HfConfig.h"

#include "engine/core/Json.h"
#include "engine/model/FileIo.h"

namespace sb {

namespace {

struct Reader {
    const Json &root;
    const std::string &path;

    Error error(const std::string &field, const std::string &why) const
    {
        return makeError(ErrorCode::Format, path + ": field \"" + field + "\" " + why);
    }

    // Reads an integer field; `required` fields must exist, optional ones keep `out`.
    Result<void> integer(const char *field, int64_t &out, bool required, bool nullable = false) const
    {
        const Json *v = root.find(field);
        if (!v) {
            if (required)
                return error(field, "is missing");
            return {};
        }
        if (v->isNull() && nullable) {
            out = -1;
            return {};
        }
        if (v->isArray() && nullable && v->size() > 0 && (*v)[0].isInteger()) { // eos can be a list
            out = (*v)[0].asInt64();
            return {};
        }
        if (!v->isInteger())
            return error(field, "must be an integer");
        out = v->asInt64();
        return {};
    }

    Result<void> number(const char *field, double &out, bool required) const
    {
        const Json *v = root.find(field);
        if (!v) {
            if (required)
                return error(field, "is missing");
            return {};
        }
        if (!v->isNumber())
            return error(field, "must be a number");
        out = v->asDouble();
        return {};
    }

    // A field that must be absent, null, false or equal to `allowed` for us to run the model.
    Result<void> unsupportedUnless(const char *field, const char *allowed = nullptr) const
    {
        const Json *v = root.find(field);
        if (!v || v->isNull() || (v->isBool() && !v->asBool()))
            return {};
        if (allowed && v->isString() && v->asString() == allowed)
            return {};
        return makeError(ErrorCode::Unsupported,
            path + ": field \"" + field + "\" = " + v->dump() + " is not supported by this engine");
    }
};

} // namespace

Result<ModelConfig> parseHfConfig(std::string_view text, const std::string &path)
{
    auto parsed = Json::parse(text);
    if (!parsed)
        return makeError(ErrorCode::Format, path + ": invalid JSON: " + parsed.error().message);
    const Json &root = parsed.value();
    if (!root.isObject())
        return makeError(ErrorCode::Format, path + ": top level is not an object");
    const Reader r { root, path };

    ModelConfig c;
    const Json &type = root["model_type"];
    if (!type.isString())
        return r.error("model_type", "is missing or not a string");
    if (type.asString() != "smollm3")
        return makeError(ErrorCode::Unsupported,
            path + ": model_type \"" + type.asString() + "\" is not supported (expected \"smollm3\")");
    c.modelType = type.asString();
    SB_TRY(r.integer("vocab_size", c.vocabSize, true));
    SB_TRY(r.integer("hidden_size", c.hiddenSize, true));
    SB_TRY(r.integer("intermediate_size", c.intermediateSize, true));
    SB_TRY(r.integer("num_hidden_layers", c.numLayers, true));
    SB_TRY(r.integer("num_attention_heads", c.numHeads, true));
    c.numKvHeads = c.numHeads;
    SB_TRY(r.integer("num_key_value_heads", c.numKvHeads, false));
    c.headDim = c.numHeads > 0 ? c.hiddenSize / c.numHeads : 0;
    if (c.numHeads > 0 && c.hiddenSize % c.numHeads != 0 && !root.find("head_dim"))
        return r.error("num_attention_heads", "does not divide hidden_size and no head_dim is given");
    SB_TRY(r.integer("head_dim", c.headDim, false));
    SB_TRY(r.integer("max_position_embeddings", c.maxPositionEmbeddings, false));
    SB_TRY(r.number("rms_norm_eps", c.rmsNormEps, false));
    SB_TRY(r.number("rope_theta", c.ropeTheta, false));
    SB_TRY(r.integer("bos_token_id", c.bosTokenId, false, true));
    SB_TRY(r.integer("eos_token_id", c.eosTokenId, false, true));
    SB_TRY(r.integer("pad_token_id", c.padTokenId, false, true));
    if (const Json *tie = root.find("tie_word_embeddings")) {
        if (!tie->isBool())
            return r.error("tie_word_embeddings", "must be true or false");
        c.tieWordEmbeddings = tie->asBool();
    }

    if (const Json *nr = root.find("no_rope_layers"); nr && !nr->isNull()) {
        if (!nr->isArray())
            return r.error("no_rope_layers", "must be an array of 0/1");
        for (const Json &e : nr->asArray()) {
            if (!e.isInteger())
                return r.error("no_rope_layers", "must be an array of 0/1");
            c.noRopeLayers.push_back(static_cast<int>(e.asInt64()));
        }
    } else if (c.numLayers > 0 && c.numLayers <= 4096) {
        // transformers' SmolLM3Config default: every no_rope_layer_interval-th layer skips RoPE.
        int64_t interval = 4;
        SB_TRY(r.integer("no_rope_layer_interval", interval, false));
        if (interval <= 0)
            return r.error("no_rope_layer_interval", "must be positive");
        for (int64_t i = 0; i < c.numLayers; ++i)
            c.noRopeLayers.push_back((i + 1) % interval != 0 ? 1 : 0);
    }

    SB_TRY(r.unsupportedUnless("hidden_act", "silu"));
    SB_TRY(r.unsupportedUnless("attention_bias"));
    SB_TRY(r.unsupportedUnless("mlp_bias"));
    SB_TRY(r.unsupportedUnless("rope_scaling"));
    SB_TRY(r.unsupportedUnless("use_sliding_window"));

    auto valid = c.validate();
    if (!valid)
        return makeError(valid.error().code, path + ": " + valid.error().message);
    return c;
}

Result<ModelConfig> loadHfConfig(const std::string &path)
{
    auto text = readTextFile(path, 16u * 1024 * 1024);
    if (!text)
        return text.error();
    return parseHfConfig(text.value(), path);
}

std::string hfConfigJson(const ModelConfig &c)
{
    Json j = Json::object();
    j.set("architectures", Json(Json::Array { Json("SmolLM3ForCausalLM") }));
    j.set("model_type", Json(c.modelType));
    j.set("vocab_size", Json(c.vocabSize));
    j.set("hidden_size", Json(c.hiddenSize));
    j.set("intermediate_size", Json(c.intermediateSize));
    j.set("num_hidden_layers", Json(c.numLayers));
    j.set("num_attention_heads", Json(c.numHeads));
    j.set("num_key_value_heads", Json(c.numKvHeads));
    j.set("head_dim", Json(c.headDim));
    j.set("hidden_act", Json("silu"));
    j.set("max_position_embeddings", Json(c.maxPositionEmbeddings));
    j.set("rms_norm_eps", Json(c.rmsNormEps));
    j.set("rope_theta", Json(c.ropeTheta));
    j.set("rope_scaling", Json(nullptr));
    Json::Array noRope;
    for (int64_t i = 0; i < c.numLayers; ++i)
        noRope.push_back(Json(c.layerUsesRope(i) ? 1 : 0));
    j.set("no_rope_layers", Json(std::move(noRope)));
    j.set("use_sliding_window", Json(false));
    j.set("attention_bias", Json(false));
    j.set("mlp_bias", Json(false));
    j.set("tie_word_embeddings", Json(c.tieWordEmbeddings));
    j.set("bos_token_id", c.bosTokenId >= 0 ? Json(c.bosTokenId) : Json(nullptr));
    j.set("eos_token_id", c.eosTokenId >= 0 ? Json(c.eosTokenId) : Json(nullptr));
    j.set("pad_token_id", c.padTokenId >= 0 ? Json(c.padTokenId) : Json(nullptr));
    j.set("torch_dtype", Json("bfloat16"));
    return j.dump() + "\n";
}

} // namespace sb
