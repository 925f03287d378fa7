#pragma once
// The dropout masks of LoRA training, defined once so that every backend draws the same ones
// (the CPU reference and Vulkan are compared with dropout on, and a run can resume on either):
// Linear `target` of `layer` in the step with seed `stepSeed` draws its elements in row-major
// order from Rng(loraDropoutSeed(...)); an element is dropped when uniform() < p.

#include <cstdint>

#include "engine/sampling/Rng.h"

namespace sb {

inline uint64_t loraDropoutSeed(uint64_t stepSeed, int64_t layer, int target)
{
    return stepSeed + 0x9e3779b97f4a7c15ull * static_cast<uint64_t>(layer * 8 + target + 1);
}

inline bool loraDropNext(Rng &rng, double p)
{
    return rng.uniform() < p;
}

} // namespace sb
