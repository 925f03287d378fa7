#pragma once
// SmolLM3 hyper-parameters, as read from config.json or GGUF metadata.

#include <cstdint>
#include <string>
#include <vector>

#include "engine/core/Result.h"

namespace sb {

struct ModelConfig {
    std::string modelType = "smollm3";
    int64_t vocabSize = 128256;
    int64_t hiddenSize = 2048; // dim
    int64_t intermediateSize = 11008; // ffn hidden
    int64_t numLayers = 36;
    int64_t numHeads = 16;
    int64_t numKvHeads = 4;
    int64_t headDim = 128; // hiddenSize / numHeads unless config says otherwise
    int64_t maxPositionEmbeddings = 65536;
    double rmsNormEps = 1e-6;
    double ropeTheta = 5000000.0;
    std::vector<int> noRopeLayers; // 1 = layer uses RoPE, 0 = NoPE (SmolLM3 convention)
    bool tieWordEmbeddings = true;
    int64_t bosTokenId = 128000;
    int64_t eosTokenId = 128012;
    int64_t padTokenId = 128004;

    bool layerUsesRope(int64_t layer) const
    {
        if (layer < 0 || layer >= static_cast<int64_t>(noRopeLayers.size()))
            return true;
        return noRopeLayers[static_cast<size_t>(layer)] != 0;
    }
    int64_t qDim() const { return numHeads * headDim; }
    int64_t kvDim() const { return numKvHeads * headDim; }

    // Checks internal consistency (divisibility, positive sizes); names the field at fault.
    Result<void> validate() const;
};

} // namespace sb
