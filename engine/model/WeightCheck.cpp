#include "engine/model/WeightCheck.h"

#include <string>

#include "engine/ops/WeightRows.h"

namespace sb {

Result<void> checkCpuModelWeights(const ModelWeights &weights)
{
    const ModelConfig &c = weights.config;
    SB_TRY(c.validate());
    if (static_cast<int64_t>(weights.layers.size()) != c.numLayers)
        return makeError(ErrorCode::Format,
            "model has " + std::to_string(weights.layers.size())
                + " layers of weights but num_hidden_layers is " + std::to_string(c.numLayers));
    const int64_t dim = c.hiddenSize, ffn = c.intermediateSize;
    SB_TRY(checkWeight(weights.tokenEmbedding, { c.vocabSize, dim }));
    SB_TRY(checkWeight(weights.finalNorm, { dim }));
    if (weights.lmHead.valid())
        SB_TRY(checkWeight(weights.lmHead, { c.vocabSize, dim }));
    else if (!c.tieWordEmbeddings)
        return makeError(ErrorCode::NotFound, "lm_head.weight is missing and tie_word_embeddings is false");
    for (const LayerWeights &l : weights.layers) {
        SB_TRY(checkWeight(l.attnNorm, { dim }));
        SB_TRY(checkWeight(l.wq, { c.qDim(), dim }));
        SB_TRY(checkWeight(l.wk, { c.kvDim(), dim }));
        SB_TRY(checkWeight(l.wv, { c.kvDim(), dim }));
        SB_TRY(checkWeight(l.wo, { dim, c.qDim() }));
        SB_TRY(checkWeight(l.ffnNorm, { dim }));
        SB_TRY(checkWeight(l.wGate, { ffn, dim }));
        SB_TRY(checkWeight(l.wUp, { ffn, dim }));
        SB_TRY(checkWeight(l.wDown, { dim, ffn }));
    }
    return {};
}

} // namespace sb
