#pragma once
// One line about a model's storage types for people (the Models area, `generate` banners):
// "Q4_0" when one type holds (nearly) all matrix bytes, else the types by share, largest first,
// e.g. "mixed: Q4_K 71%, Q6_K 27%, F32 2%". Norm vectors are ignored (always fp32 in practice).

#include <string>

#include "engine/model/Weights.h"

namespace sb {

std::string describeWeightTypes(const ModelWeights &weights);

} // namespace sb
