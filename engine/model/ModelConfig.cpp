#include "engine/model/ModelConfig.h"

#include <cmath>

namespace sb {

namespace {

Error fieldError(const char *field, const std::string &why)
{
    return makeError(ErrorCode::Format, std::string("model config: ") + field + " " + why);
}

} // namespace

Result<void> ModelConfig::validate() const
{
    // Bounds keep every derived size (vocab * dim, heads * head_dim, ...) far from overflow.
    constexpr int64_t kMaxDim = int64_t(1) << 24;
    const struct {
        const char *name;
        int64_t value;
    } positive[] = {
        { "vocab_size", vocabSize },
        { "hidden_size", hiddenSize },
        { "intermediate_size", intermediateSize },
        { "num_hidden_layers", numLayers },
        { "num_attention_heads", numHeads },
        { "num_key_value_heads", numKvHeads },
        { "head_dim", headDim },
        { "max_position_embeddings", maxPositionEmbeddings },
    };
    for (const auto &p : positive) {
        if (p.value <= 0)
            return fieldError(p.name, "must be positive (got " + std::to_string(p.value) + ")");
        if (p.value > kMaxDim)
            return fieldError(p.name, "is implausibly large (" + std::to_string(p.value) + ")");
    }
    if (numLayers > 4096)
        return fieldError("num_hidden_layers", "is implausibly large (" + std::to_string(numLayers) + ")");
    if (numHeads % numKvHeads != 0)
        return fieldError("num_key_value_heads",
            "(" + std::to_string(numKvHeads) + ") must divide num_attention_heads ("
                + std::to_string(numHeads) + ")");
    if (headDim % 2 != 0)
        return fieldError(
            "head_dim", "must be even for rotary embeddings (got " + std::to_string(headDim) + ")");
    if (qDim() > kMaxDim)
        return fieldError("num_attention_heads", "* head_dim is implausibly large");
    if (!(rmsNormEps > 0.0) || !std::isfinite(rmsNormEps))
        return fieldError("rms_norm_eps", "must be a positive number");
    if (!(ropeTheta > 0.0) || !std::isfinite(ropeTheta))
        return fieldError("rope_theta", "must be a positive number");
    if (!noRopeLayers.empty() && static_cast<int64_t>(noRopeLayers.size()) != numLayers)
        return fieldError("no_rope_layers",
            "has " + std::to_string(noRopeLayers.size()) + " entries but num_hidden_layers is "
                + std::to_string(numLayers));
    for (size_t i = 0; i < noRopeLayers.size(); ++i) {
        if (noRopeLayers[i] != 0 && noRopeLayers[i] != 1)
            return fieldError("no_rope_layers", "entry " + std::to_string(i) + " must be 0 or 1");
    }
    const struct {
        const char *name;
        int64_t value;
    } tokenIds[]
        = { { "bos_token_id", bosTokenId }, { "eos_token_id", eosTokenId }, { "pad_token_id", padTokenId } };
    for (const auto &t : tokenIds) {
        // -1 means "none"; anything else must be a real token.
        if (t.value < -1 || t.value >= vocabSize)
            return fieldError(t.name,
                "(" + std::to_string(t.value) + ") is outside the vocabulary of "
                    + std::to_string(vocabSize));
    }
    return {};
}

} // namespace sb
