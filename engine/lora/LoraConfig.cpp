#include "engine/lora/LoraConfig.h"

#include <cmath>

#include "engine/sampling/Rng.h"

namespace sb {

namespace {
constexpr const char *kNames[kLoraTargetCount]
    = { "q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj" };
} // namespace

const char *loraTargetName(LoraTarget t)
{
    return kNames[static_cast<int>(t)];
}

const char *loraTargetParent(LoraTarget t)
{
    return static_cast<int>(t) <= static_cast<int>(LoraTarget::O) ? "self_attn" : "mlp";
}

Result<LoraTarget> parseLoraTarget(const std::string &name)
{
    for (int i = 0; i < kLoraTargetCount; ++i) {
        const std::string full = kNames[i];
        if (name == full || name == full.substr(0, full.size() - 5))
            return static_cast<LoraTarget>(i);
    }
    return makeError(ErrorCode::InvalidArgument,
        "unknown LoRA target module '" + name + "' (expected q/k/v/o/gate/up/down[_proj])");
}

bool LoraConfig::hasTarget(LoraTarget t) const
{
    for (LoraTarget x : targets)
        if (x == t)
            return true;
    return false;
}

Result<void> LoraConfig::validate() const
{
    if (rank <= 0)
        return makeError(
            ErrorCode::InvalidArgument, "LoRA rank r must be positive (got " + std::to_string(rank) + ")");
    if (!(alpha > 0.0) || !std::isfinite(alpha))
        return makeError(ErrorCode::InvalidArgument, "lora_alpha must be a positive number");
    if (!(dropout >= 0.0 && dropout < 1.0))
        return makeError(ErrorCode::InvalidArgument, "lora_dropout must be in [0, 1)");
    if (targets.empty())
        return makeError(ErrorCode::InvalidArgument, "target_modules is empty");
    return {};
}

std::array<int64_t, 2> loraTargetShape(const ModelConfig &m, LoraTarget t)
{
    switch (t) {
    case LoraTarget::Q:
        return { m.qDim(), m.hiddenSize };
    case LoraTarget::K:
    case LoraTarget::V:
        return { m.kvDim(), m.hiddenSize };
    case LoraTarget::O:
        return { m.hiddenSize, m.qDim() };
    case LoraTarget::Gate:
    case LoraTarget::Up:
        return { m.intermediateSize, m.hiddenSize };
    case LoraTarget::Down:
        return { m.hiddenSize, m.intermediateSize };
    }
    return { 0, 0 };
}

Result<LoraAdapter> LoraAdapter::create(const ModelConfig &model, const LoraConfig &config, uint64_t seed)
{
    SB_TRY(config.validate());
    LoraAdapter adapter;
    adapter.config = config;
    adapter.layers.resize(static_cast<size_t>(model.numLayers));
    Rng rng(seed);
    for (auto &layer : adapter.layers) {
        for (int ti = 0; ti < kLoraTargetCount; ++ti) {
            const auto t = static_cast<LoraTarget>(ti);
            if (!config.hasTarget(t))
                continue;
            LoraPair &p = layer[size_t(ti)];
            const auto [out, in] = loraTargetShape(model, t);
            p.in = in;
            p.out = out;
            p.rank = config.rank;
            // kaiming_uniform_(a=sqrt(5)): gain sqrt(2/(1+5)), bound gain·sqrt(3/fan_in) = 1/sqrt(in).
            const double bound = 1.0 / std::sqrt(static_cast<double>(in));
            p.a.resize(size_t(config.rank * in));
            for (float &x : p.a)
                x = static_cast<float>((2.0 * rng.uniform() - 1.0) * bound);
            p.b.assign(size_t(out * config.rank), 0.0f);
        }
    }
    return adapter;
}

LoraAdapter LoraAdapter::zerosLike() const
{
    LoraAdapter z = *this;
    z.forEachTensor([](std::vector<float> &v) { std::fill(v.begin(), v.end(), 0.0f); });
    return z;
}

int64_t LoraAdapter::parameterCount() const
{
    int64_t n = 0;
    forEachTensor([&](const std::vector<float> &v) { n += static_cast<int64_t>(v.size()); });
    return n;
}

} // namespace sb
