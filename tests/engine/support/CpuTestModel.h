#pragma once
// Random-weight SmolLM3-architecture models held in memory, for CPU backend tests. The bytes
// live in the TestModel; ModelWeights' views point into them, so keep the TestModel alive (and
// do not copy it: moving is fine, the buffers do not move).

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/model/Weights.h"

namespace sb::test {

struct TestModelSpec {
    int64_t layers = 2;
    int64_t dim = 32;
    int64_t heads = 4;
    int64_t kvHeads = 2;
    int64_t headDim = 8;
    int64_t ffn = 48;
    int64_t vocab = 64;
    std::vector<int> noRopeLayers; // empty: every layer uses RoPE
    double theta = 10000.0;
    double eps = 1e-6;
    DType dtype = DType::F32; // storage of the matrices (norms are always F32)
    uint64_t seed = 1;
    int64_t maxPositions = 256;
};

struct TestModel {
    ModelWeights weights;
    std::vector<std::unique_ptr<std::vector<std::byte>>> storage;

    // The stored values of a tensor as fp32 (what a correct backend must compute with).
    static std::vector<float> values(const TensorView &t);
};

// Deterministic from spec.seed. Weight scales keep activations and logits O(1).
std::unique_ptr<TestModel> makeTestModel(const TestModelSpec &spec);

// Rebuilds `model`'s wq/wk rows in llama.cpp's GGUF order (interleaved RoPE pairs), sets
// qkInterleaved; the result computes the same logits as the original. It shares the other
// tensors with `model`, which must outlive it.
std::unique_ptr<TestModel> permuteForInterleavedRope(const TestModel &model);

// Uniform random floats in [-scale, scale], deterministic from seed.
std::vector<float> randomFloats(size_t n, uint64_t seed, float scale = 1.0f);

} // namespace sb::test
