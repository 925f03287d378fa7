#pragma once
// Hugging Face config.json <-> ModelConfig for SmolLM3 (model_type "smollm3").

#include <string>
#include <string_view>

#include "engine/core/Result.h"
#include "engine/model/ModelConfig.h"

namespace sb {

// Parses and validates config.json text; `path` names the file in errors, which also name the
// field at fault. Features SmolLM3 checkpoints do not use (biases, rope_scaling, sliding
// window, a non-silu activation) are Unsupported rather than silently ignored.
Result<ModelConfig> parseHfConfig(std::string_view text, const std::string &path);
Result<ModelConfig> loadHfConfig(const std::string &path);

// config.json text for a ModelConfig (what TinyModel writes).
std::string hfConfigJson(const ModelConfig &config);

} // namespace sb
